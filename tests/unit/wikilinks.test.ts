import { describe, expect, it } from 'vitest';
import { findWikilinks } from '../../src/lib/wikilinks.ts';

describe('findWikilinks', () => {
  it('reads a bare slug', () => {
    expect(findWikilinks('See [[kubeflow]].')).toEqual([{ target: 'kubeflow', index: 4, length: 12 }]);
  });

  it('reads a slug with a label', () => {
    expect(findWikilinks('[[kubeflow|Kubeflow pipelines]]')).toEqual([
      { target: 'kubeflow', label: 'Kubeflow pipelines', index: 0, length: 31 },
    ]);
  });

  it('reads a slug with a heading id', () => {
    expect(findWikilinks('[[azure-ml#endpoints]]')).toEqual([{ target: 'azure-ml', anchor: 'endpoints', index: 0, length: 22 }]);
  });

  it('reads a slug with a heading id and a label', () => {
    expect(findWikilinks('[[azure-ml#endpoints|online endpoints]]')).toEqual([
      { target: 'azure-ml', anchor: 'endpoints', label: 'online endpoints', index: 0, length: 39 },
    ]);
  });

  it('reads a heading of the same note', () => {
    expect(findWikilinks('[[#setup]]')).toEqual([{ target: '', anchor: 'setup', index: 0, length: 10 }]);
  });

  it('finds several links on one line, in order, with their positions', () => {
    const text = 'From [[docker]] to [[kubernetes-core|K8s]] and [[kubeflow#pipelines]].';
    const links = findWikilinks(text);
    expect(links.map((l) => l.target)).toEqual(['docker', 'kubernetes-core', 'kubeflow']);
    expect(links.map((l) => text.slice(l.index, l.index + l.length))).toEqual([
      '[[docker]]',
      '[[kubernetes-core|K8s]]',
      '[[kubeflow#pipelines]]',
    ]);
  });

  it('finds links written back to back', () => {
    expect(findWikilinks('[[a]][[b]]').map((l) => [l.target, l.index])).toEqual([
      ['a', 0],
      ['b', 5],
    ]);
  });

  it('trims spaces around the parts', () => {
    expect(findWikilinks('[[ kubeflow # pipelines | Pipelines ]]')).toEqual([
      { target: 'kubeflow', anchor: 'pipelines', label: 'Pipelines', index: 0, length: 38 },
    ]);
  });

  it('drops an empty label', () => {
    expect(findWikilinks('[[kubeflow|]]')).toEqual([{ target: 'kubeflow', index: 0, length: 13 }]);
  });

  it('does not match across lines or single brackets', () => {
    expect(findWikilinks('[[kube\nflow]] and [kubeflow] and [[]')).toEqual([]);
  });
});
