/**
 * The Astro integration that checks all content before Astro builds anything, so `astro build` fails with
 * one line per problem (never only the first, never a note silently dropped).
 */
import type { AstroIntegration } from 'astro';
import { hasErrors } from '../lib/diagnostics.ts';
import { loadSite, setBuildMode } from '../node/load-site.ts';
import { printDiagnostics } from '../node/report.ts';

/** Prints every diagnostic to stderr; returns whether any is an error. */
export function reportDiagnostics(production: boolean): boolean {
  const { diagnostics } = loadSite({ production });
  return hasErrors(printDiagnostics(diagnostics, { github: process.env['GITHUB_ACTIONS'] === 'true' }));
}

export function contentCheck(): AstroIntegration {
  return {
    name: 'mlops-study-notes:content-check',
    hooks: {
      'astro:config:setup': ({ command }) => {
        setBuildMode(command === 'build' ? 'build' : 'dev');
        if (command !== 'build') return;
        if (reportDiagnostics(true)) {
          // Exit here rather than throw: Astro would bury the list under a stack trace that says nothing to an author.
          process.stderr.write('The build stopped: fix each problem at the file and line it names, then build again.\n');
          process.exit(1);
        }
      },
    },
  };
}
