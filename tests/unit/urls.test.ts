import { describe, expect, it } from 'vitest';
import { absoluteUrl, normalizeBase, sitePath, tagHref, topicHref } from '../../src/lib/urls.ts';

describe('normalizeBase', () => {
  it('gives one leading and one trailing slash', () => {
    expect(normalizeBase('/sub')).toBe('/sub/');
    expect(normalizeBase('sub/')).toBe('/sub/');
    expect(normalizeBase('/sub/')).toBe('/sub/');
    expect(normalizeBase('//a/b//')).toBe('/a/b/');
  });

  it('is the root for an empty or missing base', () => {
    expect(normalizeBase('')).toBe('/');
    expect(normalizeBase('/')).toBe('/');
    expect(normalizeBase(undefined)).toBe('/');
  });
});

describe('sitePath', () => {
  it('puts a path under the base, with or without its leading slash', () => {
    expect(sitePath('/sub/', '/tags/gpus/')).toBe('/sub/tags/gpus/');
    expect(sitePath('/sub', 'roadmap/')).toBe('/sub/roadmap/');
    expect(sitePath('/', 'rss.xml')).toBe('/rss.xml');
  });
});

describe('topicHref', () => {
  it('builds a topic URL under the base', () => {
    expect(topicHref('/', 'kubeflow')).toBe('/topics/kubeflow/');
    expect(topicHref('/mlops-notes', 'kubeflow')).toBe('/mlops-notes/topics/kubeflow/');
  });

  it('appends a heading anchor when given', () => {
    expect(topicHref('/', 'kubeflow', 'pipelines')).toBe('/topics/kubeflow/#pipelines');
    expect(topicHref('/', 'kubeflow', '')).toBe('/topics/kubeflow/');
  });
});

describe('tagHref', () => {
  it('builds a tag URL under the base', () => {
    expect(tagHref('/sub/', 'feature-store')).toBe('/sub/tags/feature-store/');
  });
});

describe('absoluteUrl', () => {
  it('joins the site origin and a path that already holds the base', () => {
    expect(absoluteUrl('https://jane.github.io', '/mlops-notes/topics/kubeflow/')).toBe(
      'https://jane.github.io/mlops-notes/topics/kubeflow/',
    );
    expect(absoluteUrl('https://example.org/', '/rss.xml')).toBe('https://example.org/rss.xml');
  });
});
