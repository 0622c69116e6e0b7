#!/usr/bin/env node
/**
 * `npm run check`: validates all content (frontmatter, links, anchors, prerequisites, aliases, dates) without a
 * build, with the same messages as the build. Exit code 1 on errors.
 *   --json    machine-readable diagnostics on stdout
 *   --watch   re-check whenever a file under the content folder changes
 *   --verbose also print an informational line per overdue topic (never an error)
 * With GITHUB_ACTIONS=true, also prints ::error annotations.
 */
import { readFileSync, watch } from 'node:fs';
import path from 'node:path';
import { overdueNotice, overdueSince } from '../src/lib/forecast.ts';
import { clockProblem } from '../src/node/clock.ts';
import { parseYamlWithLines, splitFrontmatter } from '../src/lib/frontmatter.ts';
import { hasErrors } from '../src/lib/diagnostics.ts';
import { contentLocation, invalidateSite, loadSite } from '../src/node/load-site.ts';
import { printDiagnostics } from '../src/node/report.ts';

const args = new Set(process.argv.slice(2));
const json = args.has('--json');
const verbose = args.has('--verbose');
const github = process.env['GITHUB_ACTIONS'] === 'true';
for (const arg of args) {
  if (!['--json', '--watch', '--verbose'].includes(arg)) {
    process.stderr.write(`Unknown option ${arg}. Usage: npm run check [-- --json] [-- --watch] [-- --verbose]\n`);
    process.exit(2);
  }
}

/** The line of a note's `target:`, for the informational lines. */
function targetLine(file: string): number {
  const split = splitFrontmatter(readFileSync(path.resolve(contentLocation().root, file), 'utf8'));
  return split.yaml === undefined ? 1 : parseYamlWithLines(split.yaml).lineOf(['target']) + split.yamlFirstLine - 1;
}

function printOverdue(site: ReturnType<typeof loadSite>): void {
  for (const note of site.notes) {
    const since = note.draft ? undefined : overdueSince(note, site.today);
    if (since) process.stderr.write(`${overdueNotice(note, targetLine(note.file), since, site.today)}\n`);
  }
}

function runCheck(): boolean {
  const started = performance.now();
  const site = loadSite({ production: true });
  const sorted = printDiagnostics(site.diagnostics, { json, github });
  const failed = hasErrors(sorted);
  const clock = clockProblem();
  if (clock && !json) process.stderr.write(`warning: ${clock}\n`);
  if (verbose && !json) printOverdue(site);
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
  runCheck();
  const { contentDir } = contentLocation();
  let timer: NodeJS.Timeout | undefined;
  watch(contentDir, { recursive: true }, () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      process.stderr.write('\n— content changed, checking again —\n');
      invalidateSite();
      runCheck();
    }, 50);
  });
  process.stderr.write(`Watching ${contentDir} for changes (Ctrl+C to stop).\n`);
} else {
  process.exitCode = runCheck() ? 1 : 0;
}
