/**
 * The notes' Markdown pipeline outside Astro: its remark plugins, given an analysed site, turn a note's links and
 * headings into what the page shows, with the heading ids and link targets the site check found.
 */
import { toHtml } from 'hast-util-to-html';
import type { Root } from 'mdast';
import { toHast } from 'mdast-util-to-hast';
import path from 'node:path';
import { unified, type PluggableList } from 'unified';
import { describe, expect, it } from 'vitest';
import { parseMdx } from '../../../src/lib/note-body.ts';
import { analyzeSite, type AnalyzedSite } from '../../../src/lib/site-check.ts';
import { markdownPipeline } from '../../../src/node/markdown-pipeline.ts';

const ROADMAP = ['title: Notes', 'description: A roadmap.', 'phases:', '  - id: platforms', '    title: Platforms'].join('\n');

function note(title: string, extra: string[], body: string): string {
  return ['---', `title: ${title}`, 'summary: A topic.', 'phase: platforms', ...extra, '---', body].join('\n');
}

const KUBEFLOW = note('Kubeflow', ['aliases: [kubeflow-basics]'], '## Pipelines\n\n## Pipelines\n\nSee [[azure-ml#endpoints]].\n');
const AZURE_ML = note('Azure ML', [], '## Endpoints\n\nBack to [[kubeflow-basics#pipelines-1|the second run]].\n');

function analysed(production: boolean): AnalyzedSite {
  return analyzeSite(
    {
      roadmapFile: 'content/roadmap.yaml',
      roadmapSource: ROADMAP,
      notesDir: 'content/notes',
      notes: [
        { file: 'content/notes/platforms/kubeflow.mdx', source: KUBEFLOW },
        { file: 'content/notes/platforms/azure-ml.mdx', source: AZURE_ML },
      ],
      today: '2026-06-01',
    },
    { production },
  );
}

async function compile(source: string, file: string, site: AnalyzedSite | (() => AnalyzedSite), base = '/'): Promise<string> {
  const { remarkPlugins } = markdownPipeline({ base, site });
  const body = source.slice(source.indexOf('\n---\n') + 5);
  const tree = await unified()
    .use(remarkPlugins as PluggableList)
    .run(parseMdx(body), { path: path.resolve(file) });
  return toHtml(toHast(tree as Root, { allowDangerousHtml: true }), { allowDangerousHtml: true });
}

describe('markdownPipeline', () => {
  it('gives headings the ids the check collected and resolves links against the analysed site', async () => {
    const site = analysed(true);
    expect(site.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(site.notes.find((n) => n.slug === 'kubeflow')!.headings.map((h) => h.id)).toEqual(['pipelines', 'pipelines-1']);

    expect(await compile(KUBEFLOW, 'content/notes/platforms/kubeflow.mdx', site)).toBe(
      [
        '<h2 id="pipelines">Pipelines</h2>',
        '<h2 id="pipelines-1">Pipelines</h2>',
        '<p>See <a href="/topics/azure-ml/#endpoints" class="wikilink">Azure ML</a>.</p>',
      ].join('\n'),
    );
    expect(await compile(AZURE_ML, 'content/notes/platforms/azure-ml.mdx', site, '/sub/')).toBe(
      [
        '<h2 id="endpoints">Endpoints</h2>',
        '<p>Back to <a href="/sub/topics/kubeflow/#pipelines-1" class="wikilink">the second run</a>.</p>',
      ].join('\n'),
    );
  });

  it('reads the current site on every compile when given a function (the dev server publishes a new one per change)', async () => {
    let current = analysed(false);
    const getter = () => current;
    expect(await compile(AZURE_ML, 'content/notes/platforms/azure-ml.mdx', getter)).toContain('the second run');

    current = analyzeSite(
      {
        roadmapFile: 'content/roadmap.yaml',
        roadmapSource: ROADMAP,
        notesDir: 'content/notes',
        notes: [{ file: 'content/notes/platforms/azure-ml.mdx', source: AZURE_ML }],
        today: '2026-06-01',
      },
      { production: false },
    );
    // Kubeflow is gone: the wikilink is its label as plain text.
    expect(await compile(AZURE_ML, 'content/notes/platforms/azure-ml.mdx', getter)).toContain('<p>Back to the second run.</p>');
  });
});
