/**
 * The Astro integration that checks all content before Astro builds anything, so `astro build` fails with
 * one line per problem (never only the first, never a note silently dropped); that reports what still fails
 * later (bundling or rendering a note) in the same shape; and that keeps `astro dev`
 * honest: a change to any note re-checks the site, re-renders the notes that depend on it, and reloads the page.
 */
import type { AstroIntegration } from 'astro';
import path from 'node:path';
import { hasErrors } from '../lib/diagnostics.ts';
import { checkContent, contentLocation, invalidateSite, setBuildMode } from '../node/load-site.ts';
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

export function contentCheck({ address }: { address?: SiteAddress } = {}): AstroIntegration {
  return {
    name: 'mlops-study-notes:content-check',
    hooks: {
      'astro:config:setup': async ({ command, updateConfig }) => {
        setBuildMode(command === 'build' ? 'build' : 'dev');
        if (command !== 'build') return;
        const clock = clockProblem();
        if (clock) process.stderr.write(`warning: ${clock}\n`);
        const { diagnostics } = await checkContent({ production: true });
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
        const { contentDir } = contentLocation();
        const notesDir = path.join(contentDir, 'notes') + path.sep;
        const dev = server as unknown as DevServer;
        let timer: NodeJS.Timeout | undefined;

        const onContentChange = (file: string) => {
          if (!file.startsWith(contentDir + path.sep)) return;
          invalidateSite();
          clearTimeout(timer);
          // Editors often write a file in several steps; act once they are done.
          timer = setTimeout(async () => {
            // A note's page shows other notes' titles, headings and statuses (wikilink labels, backlinks), so
            // every rendered note is stale, not only the one that changed.
            for (const environment of Object.values(dev.environments)) {
              const graph = environment.moduleGraph;
              for (const module of graph.idToModuleMap.values()) {
                if (module.file?.startsWith(notesDir)) graph.invalidateModule(module as never);
              }
            }
            const problems = (await checkContent({ production: false })).diagnostics;
            if (problems.length) printDiagnostics(problems);
            else logger.info('Content check: no problems.');
            dev.environments['client']?.hot.send({ type: 'full-reload' });
          }, 60);
        };
        dev.watcher.on('change', onContentChange);
        dev.watcher.on('add', onContentChange);
        dev.watcher.on('unlink', onContentChange);

        void checkContent({ production: false }).then(({ diagnostics }) => diagnostics.length && printDiagnostics(diagnostics));
      },
    },
  };
}
