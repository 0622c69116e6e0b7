/**
 * The Astro integration that checks all content before Astro builds anything, so `astro build` fails with
 * one line per problem (never only the first, never a note silently dropped), and that keeps `astro dev`
 * honest: a change to any note re-checks the site, re-renders the notes that depend on it, and reloads the page.
 */
import type { AstroIntegration } from 'astro';
import path from 'node:path';
import { hasErrors } from '../lib/diagnostics.ts';
import { checkContent, contentLocation, invalidateSite, setBuildMode } from '../node/load-site.ts';
import { printDiagnostics } from '../node/report.ts';

/** Prints every diagnostic to stderr; returns whether any is an error. */
export async function reportDiagnostics(production: boolean): Promise<boolean> {
  const { diagnostics } = await checkContent({ production });
  return hasErrors(printDiagnostics(diagnostics, { github: process.env['GITHUB_ACTIONS'] === 'true' }));
}

/** Minimal view of Vite's dev server that this integration uses. */
interface DevServer {
  watcher: { on(event: 'add' | 'change' | 'unlink', listener: (file: string) => void): unknown };
  environments: Record<string, { moduleGraph: { idToModuleMap: Map<string, { file: string | null }>; invalidateModule(module: never): void }; hot: { send(payload: { type: 'full-reload' }): void } }>;
}

export function contentCheck(): AstroIntegration {
  return {
    name: 'mlops-study-notes:content-check',
    hooks: {
      'astro:config:setup': async ({ command }) => {
        setBuildMode(command === 'build' ? 'build' : 'dev');
        if (command !== 'build') return;
        if (await reportDiagnostics(true)) {
          // Exit here rather than throw: Astro would bury the list under a stack trace that says nothing to an author.
          process.stderr.write('The build stopped: fix each problem at the file and line it names, then build again.\n');
          process.exit(1);
        }
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
