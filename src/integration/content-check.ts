/**
 * The Astro integration that checks all content before Astro builds anything, so `astro build` fails with
 * one line per problem (never only the first, never a note silently dropped); that reports what still fails
 * later (bundling or rendering a note) in the same shape; and that keeps `astro dev`
 * honest: a change to any note re-checks the site, re-renders the notes that depend on it, and reloads the page.
 *
 * It is the one place that analyses the content in an Astro run: once when Astro starts and, in `astro dev`, once per
 * content change. It publishes each analysis (src/node/site-store.ts) for the pages, plugins and other integrations.
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { countLabel } from '../lib/plural.ts';
import path from 'node:path';
import { hasErrors, type Diagnostic } from '../lib/diagnostics.ts';
import { contentLocation, diagnosticsWithDiagrams, loadSite, readBodiesAhead } from '../node/load-site.ts';
import type { BodyCache } from '../node/body-cache.ts';
import type { AnalyzedSite } from '../lib/site-check.ts';
import { publishedSite, publishSite, type AstroMode } from '../node/site-store.ts';
import { readContentHistory, type ContentHistory } from '../node/git-dates.ts';
import { buildErrorReporter, stopIfPagesFailed } from '../node/build-errors.ts';
import { printDiagnostics, stopBuild } from '../node/report.ts';
import { clockProblem } from '../node/clock.ts';
import { NO_SITE_ADDRESS_WARNING, type SiteAddress } from '../lib/site-address.ts';

/** Minimal view of Vite's dev server that this integration uses. */
interface DevServer {
  watcher: { on(event: 'add' | 'change' | 'unlink', listener: (file: string) => void): unknown };
  environments: Record<
    string,
    {
      moduleGraph: { idToModuleMap: Map<string, { file: string | null }>; invalidateModule(module: never): void };
      hot: { send(payload: { type: 'full-reload' }): void };
    }
  >;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Analyses the content as it is on disk now and publishes it with the whole-site check's problems. */
function publishAnalysis(mode: AstroMode, history: ContentHistory, bodies?: BodyCache): AnalyzedSite {
  // A build leaves drafts out; the dev server shows them.
  const site = loadSite({ production: mode === 'build', ...(bodies ? { bodies } : {}) });
  publishSite({ mode, site, diagnostics: site.diagnostics, history });
  return site;
}

/**
 * Checks the diagrams of a published site (asynchronously) and publishes their problems with it, unless a newer
 * analysis replaced it meanwhile. Returns every problem of the site.
 */
async function publishDiagramProblems(mode: AstroMode, site: AnalyzedSite, history: ContentHistory): Promise<Diagnostic[]> {
  const diagnostics = await diagnosticsWithDiagrams(site);
  if (publishedSite()?.site === site) publishSite({ mode, site, diagnostics, history });
  return diagnostics;
}

export function contentCheck({ address }: { address?: SiteAddress } = {}): AstroIntegration {
  // The dev server's first analysis, started in astro:config:setup.
  let firstDevCheck: Promise<Diagnostic[]> | undefined;
  // One `git log` per run, not one per change (the dev server's "Updated" dates stay those of its start).
  let history: ContentHistory | undefined;
  const gitHistory = () => (history ??= readContentHistory());
  const publish = (mode: AstroMode) => publishAnalysis(mode, gitHistory());
  // The first analysis of a run reads the bodies the cache lacks on every core first.
  const publishFirst = async (mode: AstroMode, logger: AstroIntegrationLogger) => {
    const { bodies, read, inWorkers, ms } = await readBodiesAhead();
    if (read > 0) {
      logger.info(
        `Read ${countLabel(read, 'note body', 'note bodies')} the cache did not hold in ${(ms / 1000).toFixed(2)}s${inWorkers ? ` (${inWorkers} in worker threads)` : ''}.`,
      );
    }
    return publishAnalysis(mode, gitHistory(), bodies);
  };
  const analyse = async (mode: AstroMode, logger: AstroIntegrationLogger) =>
    publishDiagramProblems(mode, await publishFirst(mode, logger), gitHistory());
  return {
    name: 'mlops-study-notes:content-check',
    hooks: {
      'astro:config:setup': async ({ command, updateConfig, logger }) => {
        // `astro sync` / `astro check` render nothing, so they need no site.
        if (command !== 'build' && command !== 'dev') return;
        if (command === 'dev') {
          // Published before Vite starts, which may compile a note at once; printed by astro:server:setup.
          firstDevCheck = publishDiagramProblems('dev', await publishFirst('dev', logger), gitHistory());
          return;
        }
        const clock = clockProblem();
        if (clock) process.stderr.write(`warning: ${clock}\n`);
        const diagnostics = await analyse('build', logger);
        // Stop here rather than throw: Astro would bury the list under a stack trace that says nothing to an author.
        if (hasErrors(diagnostics)) stopBuild(diagnostics);
        printDiagnostics(diagnostics, { github: process.env['GITHUB_ACTIONS'] === 'true' });
        // A local build needs no address, so this is a warning, never an error.
        if (address?.source === 'none') process.stderr.write(`${NO_SITE_ADDRESS_WARNING}\n`);
        // What still fails later (bundling or rendering a note) is reported in the same shape.
        updateConfig({ vite: { plugins: [buildErrorReporter()] } });
      },
      'astro:build:done': () => {
        stopIfPagesFailed();
      },
      'astro:server:setup': ({ server, logger }) => {
        const { root, contentDir } = contentLocation();
        const notesDir = path.join(contentDir, 'notes') + path.sep;
        // Notes may link to files in public/: adding the one a link was missing must clear its error.
        const watched = [contentDir + path.sep, path.join(root, 'public') + path.sep];
        const dev = server as unknown as DevServer;
        let timer: NodeJS.Timeout | undefined;

        const recheck = () => {
          clearTimeout(timer);
          // Editors often write a file in several steps; act once they are done.
          timer = setTimeout(async () => {
            timer = undefined;
            // A note's page shows other notes' titles, headings and statuses (wikilink labels, backlinks), so
            // every rendered note is stale, not only the one that changed.
            for (const environment of Object.values(dev.environments)) {
              const graph = environment.moduleGraph;
              for (const module of graph.idToModuleMap.values()) {
                if (module.file?.startsWith(notesDir)) graph.invalidateModule(module as never);
              }
            }
            // Analysed again once the writes have settled: the analysis published at the first event may have read a
            // file half-written (an editor, or `writeFileSync`, truncates it first), and no later event may follow.
            const problems = await publishDiagramProblems('dev', publish('dev'), gitHistory());
            if (problems.length) printDiagnostics(problems);
            else logger.info('Content check: no problems.');
            dev.environments['client']?.hot.send({ type: 'full-reload' });
          }, 60);
        };
        const onContentChange = (file: string) => {
          if (!watched.some((dir) => file.startsWith(dir))) return;
          // Published at the first event of a burst, so a page rendered before the re-check below (Vite reloads the
          // edited note's page by itself) reads the content as it is on disk, never the state before the edit; the
          // rest of the burst waits for the re-check, which analyses once more.
          if (timer === undefined) publish('dev');
          recheck();
        };
        dev.watcher.on('change', onContentChange);
        dev.watcher.on('add', onContentChange);
        dev.watcher.on('unlink', onContentChange);

        // Today is a UTC calendar day (src/node/clock.ts): overdue marks and the plan move at midnight UTC.
        const untilNextDay = () => DAY_MS - (Date.now() % DAY_MS) + 1000;
        const atNextDay = () => {
          publish('dev');
          recheck();
          setTimeout(atNextDay, untilNextDay()).unref();
        };
        setTimeout(atNextDay, untilNextDay()).unref();

        void (firstDevCheck ?? analyse('dev', logger)).then((diagnostics) => diagnostics.length && printDiagnostics(diagnostics));
      },
    },
  };
}
