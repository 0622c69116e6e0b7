import { describe, expect, it } from 'vitest';
import { checkPermalinks, currentUrls, formatManifest, parseManifest, updateManifest } from '../../src/lib/permalinks.ts';

const notes = [
  {
    slug: 'kubeflow',
    tags: ['kubernetes'],
    headings: [
      { depth: 2, id: 'pipelines' },
      { depth: 3, id: 'katib' },
      { depth: 5, id: 'deep' },
    ],
  },
  { slug: 'docker', tags: [], headings: [], log: [{ date: '2026-11-29' }, { date: '2026-11-30' }, { date: '2026-11-23' }] },
];
const current = currentUrls(notes);

describe('published URLs', () => {
  it('lists every page and the h2–h4 anchors of each topic, sorted', () => {
    expect(current).toEqual({
      '/': [],
      '/portfolio/': [],
      '/review/': [],
      '/roadmap/': [],
      '/tags/': [],
      '/tags/kubernetes/': [],
      '/timeline/': [],
      '/topics/docker/': [],
      '/topics/kubeflow/': ['katib', 'pipelines'],
      '/weeks/': [],
      '/weeks/2026-W48/': [],
      '/weeks/2026-W49/': [],
    });
  });

  it('writes one URL per line and reads it back', () => {
    const text = formatManifest({ urls: current });
    expect(text.split('\n')).toContain('    "/topics/kubeflow/": ["katib","pipelines"],');
    expect(text.split('\n')).toContain('    "/topics/docker/": [],');
    expect(parseManifest(text).manifest).toEqual({ urls: current });
  });

  it('reports a manifest that is not JSON with its line', () => {
    expect(parseManifest('{\n  "urls": {\n    "/": [],\n  }\n}')).toEqual({
      problem: { line: 4, message: expect.stringMatching(/^is not valid JSON/) },
    });
    expect(parseManifest('{"urls": []}')).toEqual({ problem: { line: 1, message: 'has no "urls" object' } });
  });
});

describe('checking the manifest against the content', () => {
  const source = formatManifest({ urls: { ...current, '/topics/kubeflow/': ['katib', 'old-heading', 'pipelines'], '/topics/k8s/': [] } });
  const { manifest } = parseManifest(source);

  it('reports a vanished topic URL and a vanished anchor at their manifest lines', () => {
    const found = checkPermalinks('content/permalinks.json', source, manifest!, current, new Map());
    expect(found.map((d) => [d.line, d.code, d.message])).toEqual([
      [12, 'published-url-removed', '/topics/k8s/ was published but would now disappear'],
      [13, 'published-anchor-removed', '/topics/kubeflow/#old-heading was published but that heading is gone'],
    ]);
  });

  it('accepts a vanished topic URL that is now an alias', () => {
    const found = checkPermalinks('content/permalinks.json', source, manifest!, current, new Map([['k8s', 'kubeflow']]));
    expect(found.map((d) => d.code)).toEqual(['published-anchor-removed']);
  });

  it('reports a mass removal as one problem with the count, the first URLs and the ways out', () => {
    const published = Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`/topics/note-${String(i).padStart(2, '0')}/`, []]));
    const text = formatManifest({ urls: { ...current, ...published } });
    const found = checkPermalinks('content/permalinks.json', text, parseManifest(text).manifest!, current, new Map());
    expect(found.map(({ line, code, message, hint }) => ({ line, code, message, hint }))).toEqual([
      {
        // The line of the first lost URL in the manifest.
        line: 13,
        code: 'published-urls-mass-removed',
        message: '12 published URLs and anchors would disappear at once: /topics/note-00/, /topics/note-01/, /topics/note-02/ and 9 more',
        hint:
          'If the notes were deleted by mistake, restore them (git restore content/); to start a roadmap of your own, run npm run init; ' +
          'to forget every missing URL on purpose, run npm run permalinks -- --forget-missing',
      },
    ]);
  });
});

describe('updating the manifest', () => {
  it('adds new URLs and keeps every published one', () => {
    const { manifest, lost } = updateManifest({ urls: { '/': [] } }, current, new Map(), []);
    expect(lost).toEqual([]);
    expect(manifest.urls).toEqual(current);
  });

  it('refuses to forget a URL or anchor unless it is dropped on purpose', () => {
    const previous = { urls: { '/topics/gone/': [], '/topics/kubeflow/': ['old'] } };
    expect(updateManifest(previous, current, new Map(), []).lost).toEqual(['/topics/gone/', '/topics/kubeflow/#old']);
    const dropped = updateManifest(previous, current, new Map(), ['/topics/gone/', '/topics/kubeflow/#old']);
    expect(dropped.lost).toEqual([]);
    expect(dropped.manifest.urls).toEqual(current);
  });

  it('keeps a renamed note URL that an alias now covers', () => {
    const { manifest, lost } = updateManifest({ urls: { '/topics/k8s/': ['pods'] } }, current, new Map([['k8s', 'kubeflow']]), []);
    expect(lost).toEqual([]);
    expect(manifest.urls['/topics/k8s/']).toEqual(['pods']);
  });

  it('says which drops name nothing that was published', () => {
    expect(updateManifest({ urls: {} }, current, new Map(), ['/topics/nope/']).unknownDrops).toEqual(['/topics/nope/']);
  });
});
