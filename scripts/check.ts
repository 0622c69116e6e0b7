#!/usr/bin/env node
/**
 * `npm run check`: validates all content (frontmatter, links, anchors, prerequisites, aliases, dates) without a
 * build, with the same messages as the build. Exit code 1 on errors.
 *   --json    machine-readable diagnostics on stdout
 *   --watch   re-check whenever a file under the content folder changes
 * With GITHUB_ACTIONS=true, also prints ::error annotations.
 */
import { watch } from 'node:fs';
import { hasErrors } from '../src/lib/diagnostics.ts';
import { checkContent, contentLocation, invalidateSite } from '../src/node/load-site.ts';
import { printDiagnostics } from '../src/node/report.ts';

const args = new Set(process.argv.slice(2));
const json = args.has('--json');
const github = process.env['GITHUB_ACTIONS'] === 'true';
for (const arg of args) {
  if (!['--json', '--watch'].includes(arg)) {
    process.stderr.write(`Unknown option ${arg}. Usage: npm run check [-- --json] [-- --watch]\n`);
    process.exit(2);
  }
}

async function runCheck(): Promise<boolean> {
  const started = performance.now();
  const { site, diagnostics } = await checkContent({ production: true });
  const sorted = printDiagnostics(diagnostics, { json, github });
  const failed = hasErrors(sorted);
  if (!json) {
    const ms = Math.round(performance.now() - started);
    const published = site.notes.filter((n) => !n.draft).length;
    process.stderr.write(
      failed
        ? `✗ ${site.notes.length} notes checked in ${ms} ms: fix the errors above.\n`
        : `✓ ${site.notes.length} notes checked (${published} published) in ${ms} ms: no errors.\n`,
    );
  }
  return failed;
}

if (args.has('--watch')) {
  await runCheck();
  const { contentDir } = contentLocation();
  let timer: NodeJS.Timeout | undefined;
  watch(contentDir, { recursive: true }, () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      process.stderr.write('\n— content changed, checking again —\n');
      invalidateSite();
      void runCheck();
    }, 50);
  });
  process.stderr.write(`Watching ${contentDir} for changes (Ctrl+C to stop).\n`);
} else {
  process.exitCode = (await runCheck()) ? 1 : 0;
}
