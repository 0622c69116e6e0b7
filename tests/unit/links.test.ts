import { describe, expect, it } from 'vitest';
import { buildLinkIndex, resolveHref, resolveRelativePath, resolveWikilink, type LinkTarget } from '../../src/lib/links.ts';

const kubeflow: LinkTarget = {
  slug: 'kubeflow',
  title: 'Kubeflow',
  file: 'content/notes/platforms/kubeflow.mdx',
  headingIds: ['pipelines', 'notebooks', 'katib'],
  draft: false,
};
const azureMl: LinkTarget = {
  slug: 'azure-ml',
  title: 'Azure ML',
  file: 'content/notes/platforms/azure-ml.mdx',
  headingIds: ['workspaces', 'endpoints'],
  draft: false,
};
const docker: LinkTarget = { slug: 'docker', title: 'Docker', file: 'content/notes/basics/docker.mdx', headingIds: [], draft: false };
const index = buildLinkIndex([kubeflow, azureMl, docker], new Map([['kubeflow-basics', 'kubeflow']]));

/** Resolves an href written in the Docker note. */
const fromDocker = (href: string) => resolveHref(index, href, docker.file, 'docker');
/** Resolves an href written in the Kubeflow note. */
const fromKubeflow = (href: string) => resolveHref(index, href, kubeflow.file, 'kubeflow');

/** What a broken link resolves to: the problem's code, what is wrong and how to fix it. */
const broken = (code: string, message: string, hint: string) => ({ kind: 'broken', code, message, hint });

describe('buildLinkIndex', () => {
  it('indexes notes by slug and by file', () => {
    expect(index.bySlug.get('azure-ml')).toBe(azureMl);
    expect(index.byFile.get('content/notes/basics/docker.mdx')).toBe(docker);
    expect(index.aliases.get('kubeflow-basics')).toBe('kubeflow');
  });
});

describe('resolveRelativePath', () => {
  it('resolves a sibling file', () => {
    expect(resolveRelativePath('content/notes/platforms/kubeflow.mdx', './azure-ml.mdx')).toBe('content/notes/platforms/azure-ml.mdx');
    expect(resolveRelativePath('content/notes/platforms/kubeflow.mdx', 'azure-ml.mdx')).toBe('content/notes/platforms/azure-ml.mdx');
  });

  it('resolves a file in another folder', () => {
    expect(resolveRelativePath('content/notes/platforms/kubeflow.mdx', '../basics/docker.mdx')).toBe('content/notes/basics/docker.mdx');
    expect(resolveRelativePath('content/notes/a/b/c.mdx', '../../x/./y.mdx')).toBe('content/notes/x/y.mdx');
  });
});

describe('resolveHref', () => {
  // Each case: an href written in the Docker note and what it resolves to.
  const cases = [
    {
      name: 'makes a protocol-relative link https',
      href: '//example.org/x',
      resolved: { kind: 'external', href: 'https://example.org/x' },
    },
    {
      name: 'follows an alias in a topic path',
      href: '/topics/kubeflow-basics/',
      resolved: { kind: 'note', target: kubeflow },
    },
    {
      name: 'reports a topic path to an unknown note with a suggestion',
      href: '/topics/kubeflo/',
      resolved: broken('unknown-note', 'no note has the slug "kubeflo"', 'Did you mean "kubeflow"?'),
    },
    {
      name: 'reports a heading id that a note does not have, listing the ones it has',
      href: '/topics/kubeflow/#serving',
      resolved: broken(
        'unknown-anchor',
        '"kubeflow" has no heading with id "serving"',
        'Use one of its heading ids: pipelines, notebooks, katib.',
      ),
    },
    {
      name: 'reports a path that is not a page of the site',
      href: '/foo/',
      resolved: broken(
        'unknown-page',
        '"/foo/" is not a page of this site',
        'Link to a note as /topics/<slug>/ or [[slug]], or to /roadmap/, /timeline/ or /tags/.',
      ),
    },
    {
      name: 'resolves a note file in another folder with a heading id',
      href: '../platforms/azure-ml.mdx#endpoints',
      resolved: { kind: 'note', target: azureMl, anchor: 'endpoints' },
    },
    {
      name: 'points to the right folder when a relative path misses the note',
      href: './azure-ml.mdx',
      resolved: broken(
        'unknown-file',
        'no note file at "content/notes/basics/azure-ml.mdx"',
        'The note "azure-ml" is at content/notes/platforms/azure-ml.mdx: fix the relative path, or write [[azure-ml]].',
      ),
    },
    {
      name: 'suggests a slug when a note file does not exist anywhere',
      href: '../platforms/azure-mll.mdx',
      resolved: broken('unknown-file', 'no note file at "content/notes/platforms/azure-mll.mdx"', 'Did you mean "azure-ml"?'),
    },
    {
      name: 'reports an unknown heading id in another note file',
      href: '../platforms/azure-ml.mdx#endpoint',
      resolved: broken('unknown-anchor', '"azure-ml" has no heading with id "endpoint"', 'Did you mean "#endpoints"?'),
    },
    {
      name: 'treats other relative links as assets',
      href: './images/layers.png',
      resolved: { kind: 'asset', href: './images/layers.png' },
    },
    {
      name: 'treats a root-relative file path as a file of public/, served under the base path',
      href: '/diagrams/pipeline.svg',
      resolved: { kind: 'site-page', path: 'diagrams/pipeline.svg' },
    },
  ];
  for (const { name, href, resolved } of cases) {
    it(name, () => {
      expect(fromDocker(href)).toEqual(resolved);
    });
  }

  it('leaves http(s) and mailto links alone', () => {
    expect(fromDocker('https://docs.docker.com/')).toEqual({ kind: 'external', href: 'https://docs.docker.com/' });
    expect(fromDocker('http://example.org')).toEqual({ kind: 'external', href: 'http://example.org' });
    expect(fromDocker('mailto:jane@example.org')).toEqual({ kind: 'external', href: 'mailto:jane@example.org' });
  });

  it('rejects javascript: and other unsafe schemes', () => {
    expect(fromDocker('javascript:alert(1)')).toEqual(
      broken(
        'unsafe-url',
        '"javascript:alert(1)" uses the javascript: scheme, which is not allowed',
        'Link to an http(s) address, a note file or a page of this site.',
      ),
    );
    expect(fromDocker('JavaScript:alert(1)')).toMatchObject({ kind: 'broken', code: 'unsafe-url' });
    // A browser drops tabs and newlines inside a URL, so these are javascript: to it as well.
    expect(fromDocker('java\tscript:alert(1)')).toMatchObject({
      kind: 'broken',
      code: 'unsafe-url',
      message: '"java\\tscript:alert(1)" uses the javascript: scheme, which is not allowed',
    });
    expect(fromDocker('java\nscript:alert(1)')).toMatchObject({ kind: 'broken', code: 'unsafe-url' });
    expect(fromDocker('data:text/html,x')).toMatchObject({
      kind: 'broken',
      code: 'unsafe-url',
      message: '"data:text/html,x" uses the data: scheme, which is not allowed',
    });
  });

  it('resolves an anchor on the same note', () => {
    expect(fromKubeflow('#katib')).toEqual({ kind: 'self-anchor', anchor: 'katib' });
  });

  it('reports an unknown anchor on the same note with a suggestion', () => {
    expect(fromKubeflow('#pipeline')).toEqual(
      broken('unknown-anchor', 'this note has no heading with id "pipeline"', 'Did you mean "#pipelines"?'),
    );
    expect(fromKubeflow('#deployment')).toEqual(
      broken(
        'unknown-anchor',
        'this note has no heading with id "deployment"',
        'Check the heading id: it is the heading text in lowercase with hyphens.',
      ),
    );
  });

  it('resolves a topic path with a heading id', () => {
    expect(fromDocker('/topics/kubeflow/#pipelines')).toEqual({ kind: 'note', target: kubeflow, anchor: 'pipelines' });
    expect(fromDocker('/topics/kubeflow')).toEqual({ kind: 'note', target: kubeflow });
  });

  it('resolves the pages of the site', () => {
    expect(fromDocker('/roadmap/')).toEqual({ kind: 'site-page', path: 'roadmap/' });
    expect(fromDocker('/timeline/#2026-03')).toEqual({ kind: 'site-page', path: 'timeline/#2026-03' });
    expect(fromDocker('/tags/gpus/')).toEqual({ kind: 'site-page', path: 'tags/gpus/' });
    expect(fromDocker('/review/')).toEqual({ kind: 'site-page', path: 'review/' });
    expect(fromDocker('/portfolio/')).toEqual({ kind: 'site-page', path: 'portfolio/' });
    expect(fromDocker('/weeks/')).toEqual({ kind: 'site-page', path: 'weeks/' });
    expect(fromDocker('/weeks/2026-W48/')).toEqual({ kind: 'site-page', path: 'weeks/2026-W48/' });
    expect(fromDocker('/')).toEqual({ kind: 'site-page', path: '' });
  });

  it('resolves a note file next to the current one', () => {
    expect(fromKubeflow('./azure-ml.mdx')).toEqual({ kind: 'note', target: azureMl });
  });

  it('keeps a malformed % escape in an anchor as written instead of crashing', () => {
    expect(fromDocker('#100%')).toMatchObject({ kind: 'broken', code: 'unknown-anchor' });
  });
});

describe('resolveWikilink', () => {
  it('resolves a slug', () => {
    expect(resolveWikilink(index, 'azure-ml', undefined, 'docker')).toEqual({ kind: 'note', target: azureMl });
  });

  it('follows an alias to the current note', () => {
    expect(resolveWikilink(index, 'kubeflow-basics', 'katib', 'docker')).toEqual({ kind: 'note', target: kubeflow, anchor: 'katib' });
  });

  it('reports an unknown slug with a suggestion', () => {
    expect(resolveWikilink(index, 'dockr', undefined, 'kubeflow')).toEqual(
      broken('unknown-note', 'no note has the slug "dockr"', 'Did you mean "docker"?'),
    );
  });

  it('suggests aliases too', () => {
    expect(resolveWikilink(index, 'kubeflow-basic', undefined, 'docker')).toMatchObject({
      kind: 'broken',
      hint: 'Did you mean "kubeflow-basics"?',
    });
  });

  it('explains how to find the slug when nothing is close', () => {
    expect(resolveWikilink(index, 'feature-stores', undefined, 'docker')).toMatchObject({
      kind: 'broken',
      hint: 'Check the slug: it is the note file name without .mdx.',
    });
  });

  it('says a note without headings cannot be linked with #', () => {
    expect(resolveWikilink(index, 'docker', 'layers', 'kubeflow')).toEqual(
      broken('unknown-anchor', '"docker" has no heading with id "layers"', 'That note has no headings yet: link to the note without #.'),
    );
  });

  it('lists at most six heading ids', () => {
    const long: LinkTarget = {
      ...docker,
      slug: 'long',
      file: 'content/notes/long.mdx',
      headingIds: ['one', 'two', 'three', 'four', 'five', 'six', 'seven'],
    };
    expect(resolveWikilink(buildLinkIndex([long], new Map()), 'long', 'zzzzzzzz', 'x')).toMatchObject({
      hint: 'Use one of its heading ids: one, two, three, four, five, six, ….',
    });
  });

  it('resolves a heading of the same note', () => {
    expect(resolveWikilink(index, '', 'notebooks', 'kubeflow')).toEqual({ kind: 'self-anchor', anchor: 'notebooks' });
  });

  it('reports a wikilink with no target', () => {
    expect(resolveWikilink(index, '', undefined, 'kubeflow')).toEqual(
      broken('empty-link', 'the wikilink has no target', 'Write the slug of a note, e.g. [[kubeflow]].'),
    );
  });
});
