import { describe, expect, it } from 'vitest';
import { formatDiagnostic, sortDiagnostics } from '../../src/lib/diagnostics.ts';
import { analyzeSite } from '../../src/lib/site-check.ts';
import { noteRecord } from './note-record-fixture.ts';

const ROADMAP = [
  'title: MLOps Study Notes',
  'description: A roadmap in public.',
  'phases:',
  '  - id: foundations',
  '    title: Foundations',
  '  - id: platforms',
  '    title: Platforms',
].join('\n');

/**
 * A note file: frontmatter lines (title, summary and phase first, so `extra` starts on line 5) and a body,
 * which starts on line 6 + the number of extra lines.
 */
function note(title: string, phase: string, extra: string[] = [], body = ''): string {
  return ['---', `title: ${title}`, 'summary: A topic.', `phase: ${phase}`, ...extra, '---', body].join('\n');
}

function analyze(notes: Record<string, string>, options: { production?: boolean; roadmap?: string | undefined } = {}) {
  return analyzeSite(
    {
      roadmapFile: 'content/roadmap.yaml',
      roadmapSource: 'roadmap' in options ? options.roadmap : ROADMAP,
      notesDir: 'content/notes',
      notes: Object.entries(notes).map(([file, source]) => ({ file: `content/notes/${file}`, source })),
      today: '2026-06-01',
    },
    { production: options.production ?? false },
  );
}

/** The lines an author reads, in report order. */
function report(notes: Record<string, string>, options: { production?: boolean; roadmap?: string | undefined } = {}): string[] {
  return sortDiagnostics(analyze(notes, options).diagnostics).map(formatDiagnostic);
}

describe('analyzeSite: a good site', () => {
  it('reports nothing and returns every note as a plain record', () => {
    const site = analyze({
      'basics/docker.mdx': note('Docker', 'foundations', ['order: 1'], '## Images\n\nSee [[kubernetes]].\n'),
      'basics/kubernetes.mdx': note('Kubernetes', 'foundations', ['prerequisites: [docker]'], 'Builds on [Docker](./docker.mdx#images).\n'),
    });
    expect(site.diagnostics).toEqual([]);
    expect(site.roadmap).toEqual({
      title: 'MLOps Study Notes',
      description: 'A roadmap in public.',
      editBranch: 'main',
      phases: [
        { id: 'foundations', title: 'Foundations' },
        { id: 'platforms', title: 'Platforms' },
      ],
    });
    expect(site.notes[0]).toEqual(
      noteRecord('docker', {
        file: 'content/notes/basics/docker.mdx',
        title: 'Docker',
        summary: 'A topic.',
        order: 1,
        headings: [{ depth: 2, text: 'Images', id: 'images', line: 7 }],
        links: [{ kind: 'wikilink', target: 'kubernetes', line: 9, column: 5, context: 'See [[kubernetes]].' }],
        linksTo: [{ slug: 'kubernetes', context: 'See [[kubernetes]].' }],
        wordCount: 3,
      }),
    );
  });
});

describe('analyzeSite: the note record', () => {
  it('holds every frontmatter field as the schema outputs it, new ones included', () => {
    const site = analyze({ 'basics/docker.mdx': note('Docker', 'foundations', ['difficulty: beginner', 'estimate: 4']) });
    expect(site.diagnostics).toEqual([]);
    expect(site.notes[0]).toMatchObject({ slug: 'docker', difficulty: 'beginner', estimate: 4, status: 'planned', tags: [] });
  });

  it('keeps the title and draft flag of a note whose frontmatter does not validate, and the defaults for the rest', () => {
    const site = analyze({
      'basics/docker.mdx': note('Docker', 'foundations', ['status: started', 'draft: true', 'tags: [containers]', 'difficulty: beginner']),
    });
    expect(site.diagnostics.map(formatDiagnostic)).toEqual([
      'content/notes/basics/docker.mdx:5 status: "started" is not a status. Use one of planned, in-progress, done.',
    ]);
    const record = site.notes[0]!;
    expect(record).toMatchObject({ slug: 'docker', title: 'Docker', summary: '', phase: '', status: 'planned', draft: true, tags: [] });
    expect(record.difficulty).toBeUndefined();
  });
});

describe('analyzeSite: the roadmap', () => {
  it('reports a missing roadmap', () => {
    const site = analyze({}, { roadmap: undefined });
    expect(site.roadmap).toBeUndefined();
    // Without phases there is no roadmap order, so no graph (pages and scripts stop on the error first).
    expect(site.graph).toBeUndefined();
    expect(site.diagnostics.map(formatDiagnostic)).toEqual([
      'content/roadmap.yaml:1 roadmap: the roadmap file is missing. Create it with `title:`, `description:` and a list of `phases:` (see the README).',
    ]);
  });

  it('reports a YAML syntax error with line and column', () => {
    expect(report({}, { roadmap: 'title: T\ndescription: D\nphases: [\n' })).toEqual([
      'content/roadmap.yaml:4:1 yaml: invalid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]. Fix the YAML syntax (indentation, quotes, colons).',
    ]);
  });

  it('warns about an unknown field and reports a missing one at once', () => {
    expect(report({}, { roadmap: 'title: T\ndescripton: D\nphases:\n  - id: a\n    title: A\n' })).toEqual([
      'content/roadmap.yaml:1 description: is required. Add a line such as `description: My MLOps learning roadmap, in public.`.',
      'warning: content/roadmap.yaml:2 descripton: unknown field "descripton" is ignored. Did you mean "description"?',
    ]);
  });

  it('reports a phase field at its line', () => {
    expect(
      report({}, { roadmap: 'title: T\ndescription: D\nphases:\n  - id: a\n    title: A\n  - id: Platforms\n    title: P\n' }),
    ).toEqual([
      'content/roadmap.yaml:6 phases[1].id: "Platforms" is not a valid phase id. Use lowercase letters, digits and hyphens, e.g. foundations.',
    ]);
  });

  it('reports a phase id used twice', () => {
    expect(report({}, { roadmap: 'title: T\ndescription: D\nphases:\n  - id: a\n    title: A\n  - id: a\n    title: B\n' })).toEqual([
      'content/roadmap.yaml:6 phases[1].id: phase id "a" is already used by phases[0]. Give every phase its own id.',
    ]);
  });
});

describe('analyzeSite: one note on its own', () => {
  it('reports a note without frontmatter', () => {
    expect(report({ 'docker.mdx': '# Docker\n' })).toEqual([
      'content/notes/docker.mdx:1 frontmatter: the note has no frontmatter. Start the file with ---, the fields title, summary and phase, and another ---.',
    ]);
  });

  it('reports frontmatter that is never closed', () => {
    expect(report({ 'docker.mdx': '---\ntitle: Docker\n' })).toEqual([
      'content/notes/docker.mdx:1 frontmatter: the frontmatter opened with --- is never closed. Add a line with --- after the last field.',
    ]);
  });

  it('reports a YAML syntax error at its file line and column', () => {
    expect(report({ 'docker.mdx': note('Docker: the basics', 'foundations') })).toEqual([
      'content/notes/docker.mdx:2:8 frontmatter: invalid YAML: Nested mappings are not allowed in compact mappings. Fix the YAML syntax: indentation, a missing colon, or a value with ": " that needs quotes.',
    ]);
  });

  it('reports a field written twice', () => {
    expect(report({ 'docker.mdx': note('Docker', 'foundations', ['title: Again']) })).toEqual([
      'content/notes/docker.mdx:5:1 frontmatter: invalid YAML: Map keys must be unique. Fix the YAML syntax: indentation, a missing colon, or a value with ": " that needs quotes.',
    ]);
  });

  it('reports schema problems at the file line of each field', () => {
    const source = note('Docker', 'foundations', [
      'status: finished',
      'started: 2026-13-01',
      'resources:',
      '  - title: Docs',
      '    url: javascript:alert(1)',
    ]);
    expect(report({ 'docker.mdx': source })).toEqual([
      'content/notes/docker.mdx:5 status: "finished" is not a status. Use one of planned, in-progress, done.',
      'content/notes/docker.mdx:6 started: "2026-13-01" has no month 13. Write a real calendar date as YYYY-MM-DD, e.g. 2026-03-01.',
      'content/notes/docker.mdx:9 resources[0].url: "javascript:alert(1)" is not an http(s) URL. Write a full address starting with https://.',
    ]);
  });

  it('reports rules across fields at the file line', () => {
    expect(
      report({
        'docker.mdx': note('Docker', 'foundations', [
          'status: done',
          'started: 2026-03-01',
          'log:',
          '  - date: 2026-02-01',
          '    note: Early',
        ]),
      }),
    ).toEqual([
      'content/notes/docker.mdx:5 status: is "done" but the note has no completed date. Add `completed: YYYY-MM-DD` with the day you finished.',
      'warning: content/notes/docker.mdx:8 log[0].date: 2026-02-01 is before started (2026-03-01). Check the date, or move the started date to the first session.',
    ]);
  });

  it('warns about an unknown field and suggests the field that was meant', () => {
    expect(report({ 'docker.mdx': note('Docker', 'foundations', ['sumary: Oops']) })).toEqual([
      'warning: content/notes/docker.mdx:5 sumary: unknown field "sumary" is ignored. Did you mean "summary"?',
    ]);
  });

  it('lists the known fields when an unknown one is not close to any', () => {
    expect(report({ 'docker.mdx': note('Docker', 'foundations', ['colour: blue']) })).toEqual([
      'warning: content/notes/docker.mdx:5 colour: unknown field "colour" is ignored. Remove it, or use one of: title, summary, phase, status, order, started, completed, target, log, estimate, difficulty, prerequisites, related, tags, resources, evidence, aliases, draft.',
    ]);
  });

  it('reports an invalid file name and suggests a slug', () => {
    expect(report({ 'platforms/Azure_ML.mdx': note('Azure ML', 'platforms') })).toEqual([
      'content/notes/platforms/Azure_ML.mdx:1 slug: the file name "Azure_ML" is not a valid slug. Rename the file to lowercase letters, digits and single hyphens, e.g. azure-ml.mdx.',
    ]);
  });

  it('reports an MDX syntax error with line and column', () => {
    expect(report({ 'docker.mdx': note('Docker', 'foundations', [], 'Intro.\n\nImages are <div> layered.\n') })).toEqual([
      'content/notes/docker.mdx:8:12 mdx: MDX syntax error: Expected a closing tag for `<div>` before the end of `paragraph`. Close it with </div>: MDX needs every tag closed, HTML ones too.',
    ]);
  });

  it('reports a { in prose as an MDX syntax error', () => {
    expect(report({ 'docker.mdx': note('Docker', 'foundations', [], 'A set {a, b\n') })).toEqual([
      'content/notes/docker.mdx:6:12 mdx: MDX syntax error: Unexpected end of file in expression, expected a corresponding closing brace for `{`. In prose, { starts a JavaScript expression: write it as \\{ or inside backticks (`{`), and close every { you open in code.',
    ]);
  });
});

describe('analyzeSite: slugs and phases', () => {
  it('reports a slug used in two folders, in both files', () => {
    expect(
      report({ 'basics/docker.mdx': note('Docker', 'foundations'), 'platforms/docker.mdx': note('Docker again', 'platforms') }),
    ).toEqual([
      'content/notes/basics/docker.mdx:1 slug: the slug "docker" is also used by content/notes/platforms/docker.mdx. Slugs are unique across all folders: rename one of the files.',
      'content/notes/platforms/docker.mdx:1 slug: the slug "docker" is also used by content/notes/basics/docker.mdx. Slugs are unique across all folders: rename one of the files.',
    ]);
  });

  it('names every other file when a slug is used three times', () => {
    const site = analyze({ 'a/x.mdx': note('X', 'foundations'), 'b/x.mdx': note('X', 'foundations'), 'c/x.mdx': note('X', 'foundations') });
    expect(site.diagnostics.map((d) => d.message)).toEqual([
      'the slug "x" is also used by content/notes/b/x.mdx, content/notes/c/x.mdx',
      'the slug "x" is also used by content/notes/a/x.mdx, content/notes/c/x.mdx',
      'the slug "x" is also used by content/notes/a/x.mdx, content/notes/b/x.mdx',
    ]);
  });

  it('reports an unknown phase and suggests the closest one', () => {
    expect(report({ 'docker.mdx': note('Docker', 'foundation') })).toEqual([
      'content/notes/docker.mdx:4 phase: "foundation" is not a phase of the roadmap. Did you mean "foundations"?',
    ]);
  });

  it('lists the phases when an unknown one is not close to any', () => {
    expect(report({ 'docker.mdx': note('Docker', 'serving') })).toEqual([
      'content/notes/docker.mdx:4 phase: "serving" is not a phase of the roadmap. Use one of: foundations, platforms; or add the phase to the roadmap.',
    ]);
  });
});

describe('analyzeSite: prerequisites and related notes', () => {
  it('reports an unknown prerequisite and suggests the closest slug', () => {
    expect(
      report({
        'kubernetes-advanced.mdx': note('Advanced', 'foundations'),
        'kubeflow.mdx': note('Kubeflow', 'platforms', ['prerequisites:', '  - docker', '  - kubernetes-advance']),
      }),
    ).toEqual([
      'content/notes/kubeflow.mdx:6 prerequisites[0]: unknown note "docker". Check the slug: it is the note file name without .mdx.',
      'content/notes/kubeflow.mdx:7 prerequisites[1]: unknown note "kubernetes-advance". Did you mean "kubernetes-advanced"?',
    ]);
  });

  it('reports a note that lists itself as a prerequisite or as related', () => {
    expect(report({ 'docker.mdx': note('Docker', 'foundations', ['prerequisites: [docker]', 'related: [docker]']) })).toEqual([
      'content/notes/docker.mdx:5 prerequisites[0]: the note lists itself. Remove "docker" from prerequisites.',
      'content/notes/docker.mdx:6 related[0]: the note lists itself. Remove "docker" from related.',
    ]);
  });

  it('reports an unknown related note', () => {
    expect(report({ 'docker.mdx': note('Docker', 'foundations', ['related: [podman]']) })).toEqual([
      'content/notes/docker.mdx:5 related[0]: unknown note "podman". Check the slug: it is the note file name without .mdx.',
    ]);
  });

  it('reports a prerequisite cycle with its full path', () => {
    expect(
      report({
        'a.mdx': note('A', 'foundations', ['prerequisites: [b]']),
        'b.mdx': note('B', 'foundations', ['prerequisites: [c]']),
        'c.mdx': note('C', 'foundations', ['prerequisites: [a]']),
      }),
    ).toEqual([
      'content/notes/a.mdx:5 prerequisites[0]: prerequisites form a cycle: a → b → c → a. Remove one prerequisite in the cycle so that an order of study exists.',
    ]);
  });

  it('locates a cycle at the prerequisite that starts it', () => {
    expect(
      report({
        'a.mdx': note('A', 'foundations', ['prerequisites:', '  - x', '  - b']),
        'b.mdx': note('B', 'foundations', ['prerequisites: [a]']),
        'x.mdx': note('X', 'foundations'),
      }),
    ).toEqual([
      'content/notes/a.mdx:7 prerequisites[1]: prerequisites form a cycle: a → b → a. Remove one prerequisite in the cycle so that an order of study exists.',
    ]);
  });

  it('warns about a prerequisite in a later phase', () => {
    expect(
      report({ 'kubeflow.mdx': note('Kubeflow', 'platforms'), 'docker.mdx': note('Docker', 'foundations', ['prerequisites: [kubeflow]']) }),
    ).toEqual([
      'warning: content/notes/docker.mdx:5 prerequisites[0]: "kubeflow" is in the later phase "platforms". Move one of the notes, or drop the prerequisite: a topic should not need one studied after it.',
    ]);
  });

  it('accepts an alias as a prerequisite but asks for the current slug', () => {
    expect(
      report({
        'docker.mdx': note('Docker', 'foundations', ['aliases: [containers]']),
        'kubernetes.mdx': note('K8s', 'foundations', ['prerequisites: [containers]']),
      }),
    ).toEqual([
      'warning: content/notes/kubernetes.mdx:5 prerequisites[0]: "containers" is a former slug of "docker". Write "docker" instead.',
    ]);
  });
});

describe('analyzeSite: aliases', () => {
  it('reports an alias that is the slug of another note', () => {
    expect(
      report({ 'docker.mdx': note('Docker', 'foundations'), 'podman.mdx': note('Podman', 'foundations', ['aliases: [docker]']) }),
    ).toEqual([
      'content/notes/podman.mdx:5 aliases[0]: "docker" is the slug of content/notes/docker.mdx. Remove the alias, or rename one of the notes: one URL can lead to only one note.',
    ]);
  });

  it('reports an alias already used by another note', () => {
    expect(
      report({
        'docker.mdx': note('Docker', 'foundations', ['aliases: [containers]']),
        'podman.mdx': note('Podman', 'foundations', ['aliases: [containers]']),
      }),
    ).toEqual([
      'content/notes/podman.mdx:5 aliases[0]: "containers" is already an alias of content/notes/docker.mdx. Keep the alias on one note only.',
    ]);
  });

  it('returns the alias map and a link index that resolves aliases, for every consumer to share', () => {
    const site = analyze({
      'docker.mdx': note('Docker', 'foundations', ['aliases: [containers, docker-basics]'], '## Images\n'),
      'podman.mdx': note('Podman', 'foundations'),
    });
    expect([...site.aliases]).toEqual([
      ['containers', 'docker'],
      ['docker-basics', 'docker'],
    ]);
    expect(site.linkIndex.aliases).toBe(site.aliases);
    expect(site.linkIndex.bySlug.get('docker')).toEqual({
      slug: 'docker',
      title: 'Docker',
      file: 'content/notes/docker.mdx',
      headingIds: ['images'],
      draft: false,
    });
    expect(site.linkIndex.byFile.get('content/notes/podman.mdx')?.slug).toBe('podman');
  });

  it("reports an alias that is the note's own slug", () => {
    expect(report({ 'docker.mdx': note('Docker', 'foundations', ['aliases: [docker]']) })).toEqual([
      'content/notes/docker.mdx:5 aliases[0]: "docker" is this note\'s own slug. Remove it: an alias is a former slug.',
    ]);
  });
});

describe('analyzeSite: links in the body', () => {
  const docker = note('Docker', 'foundations', [], '## Images\n\n## Layers\n');

  it('reports a broken wikilink with a suggestion, at its line and column', () => {
    expect(
      report({ 'basics/docker.mdx': docker, 'basics/kubernetes.mdx': note('K8s', 'foundations', [], 'Intro.\nRuns [[dockr]] images.\n') }),
    ).toEqual(['content/notes/basics/kubernetes.mdx:7:6 link: [[dockr]]: no note has the slug "dockr". Did you mean "docker"?']);
  });

  it('reports a broken anchor with a suggestion', () => {
    expect(
      report({ 'basics/docker.mdx': docker, 'basics/kubernetes.mdx': note('K8s', 'foundations', [], 'See [[docker#image]].\n') }),
    ).toEqual([
      'content/notes/basics/kubernetes.mdx:6:5 link: [[docker#image]]: "docker" has no heading with id "image". Did you mean "#images"?',
    ]);
  });

  it('reports an anchor missing from the note itself', () => {
    expect(report({ 'basics/docker.mdx': note('Docker', 'foundations', [], '## Layers\n\nSee [below](#layer).\n') })).toEqual([
      'content/notes/basics/docker.mdx:8:5 link: #layer: this note has no heading with id "layer". Did you mean "#layers"?',
    ]);
  });

  it('reports a relative link to a note in another folder and shows where the note is', () => {
    expect(
      report({
        'basics/docker.mdx': docker,
        'platforms/kubeflow.mdx': note('Kubeflow', 'platforms', [], 'Built on [Docker](./docker.mdx#layers).\n'),
      }),
    ).toEqual([
      'content/notes/platforms/kubeflow.mdx:6:10 link: ./docker.mdx#layers: no note file at "content/notes/platforms/docker.mdx". The note "docker" is at content/notes/basics/docker.mdx: fix the relative path, or write [[docker]].',
    ]);
  });

  it('resolves a relative link across folders with its anchor', () => {
    expect(
      report({
        'basics/docker.mdx': docker,
        'platforms/kubeflow.mdx': note('Kubeflow', 'platforms', [], 'Built on [Docker](../basics/docker.mdx#layers).\n'),
      }),
    ).toEqual([]);
  });

  it('reports a javascript: link and a path that is not a page', () => {
    expect(report({ 'docker.mdx': note('Docker', 'foundations', [], '[x](javascript:alert(1)) and [y](/about/)\n') })).toEqual([
      'content/notes/docker.mdx:6:1 link: javascript:alert(1): "javascript:alert(1)" uses the javascript: scheme, which is not allowed. Link to an http(s) address, a note file or a page of this site.',
      'content/notes/docker.mdx:6:30 link: /about/: "/about/" is not a page of this site. Link to a note as /topics/<slug>/ or [[slug]], or to /roadmap/, /timeline/ or /tags/.',
    ]);
  });

  it('fills linksTo in first-mention order, following aliases and leaving out the note itself', () => {
    const site = analyze({
      'basics/docker.mdx': note('Docker', 'foundations', ['aliases: [containers]'], '## Images\n'),
      'basics/kubernetes.mdx': note('K8s', 'foundations'),
      'platforms/kubeflow.mdx': note(
        'Kubeflow',
        'platforms',
        [],
        '## Setup\n\nOn [[kubernetes]] with [[containers]], see [Docker](../basics/docker.mdx#images), [[kubeflow#setup]], [setup](#setup) and [[kubernetes]].\n',
      ),
    });
    expect(site.diagnostics).toEqual([]);
    const sentence = 'On [[kubernetes]] with [[containers]], see Docker, [[kubeflow#setup]], setup and [[kubernetes]].';
    expect(site.notes.map((n) => [n.slug, n.linksTo])).toEqual([
      ['docker', []],
      ['kubernetes', []],
      [
        'kubeflow',
        [
          { slug: 'kubernetes', context: sentence },
          { slug: 'docker', context: sentence },
        ],
      ],
    ]);
  });
});

describe('analyzeSite: drafts', () => {
  const sources = {
    'docker.mdx': note('Docker', 'foundations', ['draft: true']),
    'kubernetes.mdx': note('K8s', 'foundations', ['prerequisites: [docker]'], 'Uses [[docker]].\n'),
  };

  it('keeps drafts among the notes, flagged as drafts', () => {
    expect(analyze(sources).notes.map((n) => [n.slug, n.draft])).toEqual([
      ['docker', true],
      ['kubernetes', false],
    ]);
  });

  it('leaves drafts out of the graph of a production build only, and keeps them in its link index', () => {
    const production = analyze(sources, { production: true });
    expect(production.production).toBe(true);
    expect(production.graph?.ordered.map((n) => n.slug)).toEqual(['kubernetes']);
    expect(production.linkIndex.bySlug.get('docker')?.draft).toBe(true);
    const dev = analyze(sources);
    expect(dev.production).toBe(false);
    expect(dev.graph?.ordered.map((n) => n.slug)).toEqual(['docker', 'kubernetes']);
    expect(dev.graph?.unlocks.get('docker')).toEqual(['kubernetes']);
  });

  it('says nothing about references to drafts outside a production build', () => {
    expect(report(sources)).toEqual([]);
  });

  it('warns in a production build when a published note points at a draft', () => {
    expect(report(sources, { production: true })).toEqual([
      'warning: content/notes/kubernetes.mdx:5 prerequisites[0]: "docker" is a draft and is left out of this build. Publish it (remove `draft: true`) or remove it from the list.',
      'warning: content/notes/kubernetes.mdx:7:6 link: [[docker]]: "docker" is a draft and is left out of this build. The link shows as plain text until the note is published.',
    ]);
  });
});

describe('analyzeSite: every problem in one run', () => {
  it('reports all problems of several files, and a note with bad frontmatter still counts as a link target', () => {
    const site = analyze({
      'basics/docker.mdx': note('Docker', 'foundation', ['sumary: Oops', 'prerequisites: [kubernets]'], 'See [[kubernetes#pod]].\n'),
      'basics/kubernetes.mdx': note('Kubernetes', 'foundations', ['status: started'], '## Pods\n\nText <div>\n'),
      'platforms/kubeflow.mdx': note(
        'Kubeflow',
        'platforms',
        ['status: done', 'aliases: [docker]'],
        'Uses [[kubernetes]] and [[pipelnes]].\n',
      ),
    });
    expect(sortDiagnostics(site.diagnostics).map(formatDiagnostic)).toEqual([
      'content/notes/basics/docker.mdx:4 phase: "foundation" is not a phase of the roadmap. Did you mean "foundations"?',
      'warning: content/notes/basics/docker.mdx:5 sumary: unknown field "sumary" is ignored. Did you mean "summary"?',
      'content/notes/basics/docker.mdx:6 prerequisites[0]: unknown note "kubernets". Did you mean "kubernetes"?',
      'content/notes/basics/docker.mdx:8:5 link: [[kubernetes#pod]]: "kubernetes" has no heading with id "pod". That note has no headings yet: link to the note without #.',
      'content/notes/basics/kubernetes.mdx:5 status: "started" is not a status. Use one of planned, in-progress, done.',
      'content/notes/basics/kubernetes.mdx:9:6 mdx: MDX syntax error: Expected a closing tag for `<div>` before the end of `paragraph`. Close it with </div>: MDX needs every tag closed, HTML ones too.',
      'content/notes/platforms/kubeflow.mdx:5 status: is "done" but the note has no completed date. Add `completed: YYYY-MM-DD` with the day you finished.',
      'content/notes/platforms/kubeflow.mdx:6 aliases[0]: "docker" is the slug of content/notes/basics/docker.mdx. Remove the alias, or rename one of the notes: one URL can lead to only one note.',
      'content/notes/platforms/kubeflow.mdx:8:25 link: [[pipelnes]]: no note has the slug "pipelnes". Check the slug: it is the note file name without .mdx.',
    ]);
    expect(site.notes.map((n) => [n.slug, n.title])).toEqual([
      ['docker', 'Docker'],
      ['kubernetes', 'Kubernetes'],
      ['kubeflow', 'Kubeflow'],
    ]);
  });
});

describe('analyzeSite: files and links that are not notes', () => {
  const files = {
    contentDir: 'content',
    content: [
      'content/notes/docker.mdx',
      'content/notes/kubeflow.mdx',
      'content/notes/chart.png',
      'content/notes/old.md',
      'content/notes/slides.pdf',
    ],
    public: [],
  };
  const withFiles = (notes: Record<string, string>) =>
    sortDiagnostics(
      analyzeSite(
        {
          roadmapFile: 'content/roadmap.yaml',
          roadmapSource: ROADMAP,
          notesDir: 'content/notes',
          notes: Object.entries(notes).map(([file, source]) => ({ file: `content/notes/${file}`, source })),
          today: '2026-06-01',
          files,
        },
        { production: false },
      ).diagnostics,
    ).map(formatDiagnostic);

  it('rejects a relative path that is no note file, with the link to write, and reports the .md file by name', () => {
    expect(
      withFiles({
        'docker.mdx': note('Docker', 'foundations', [], 'See [it](topics/kubeflow) and ![A chart](./chart.png).'),
        'kubeflow.mdx': note('Kubeflow', 'platforms', [], '[Slides](./slides.pdf)'),
      }),
    ).toEqual([
      'content/notes/docker.mdx:6:5 link: topics/kubeflow: "topics/kubeflow" is a relative path, not a note file. Write [[kubeflow]] or /topics/kubeflow/ (or the file: ./kubeflow.mdx).',
      'content/notes/kubeflow.mdx:6:1 link: ./slides.pdf: "./slides.pdf" is a file beside the note, which is not published with the site. Move it to public/slides.pdf and link /slides.pdf.',
      'content/notes/old.md:1 file: is not a note: only .mdx files become pages, so this one would get no page. Rename it to old.mdx (MDX is Markdown that also reads JSX: self-close tags such as <br /> and <img … />, and write { and < in prose as \\{ and \\<).',
    ]);
  });

  it('warns about a file no note uses', () => {
    expect(withFiles({ 'docker.mdx': note('Docker', 'foundations'), 'kubeflow.mdx': note('Kubeflow', 'platforms') })).toContain(
      'warning: content/notes/chart.png:1 file: is not used by any note, and files beside notes are not published. Show it in a note with ![description](./chart.png), or delete it.',
    );
  });
});
