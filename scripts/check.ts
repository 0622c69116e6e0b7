#!/usr/bin/env node
/**
 * `npm run check`: validates all content (frontmatter, links, anchors, prerequisites, aliases, dates, components,
 * images and files) without a build, with the same messages as the build. Exit code 1 on errors.
 *   --json      machine-readable diagnostics on stdout
 *   --watch     re-check whenever a file under the content folder changes
 *   --verbose   also print an informational line per overdue topic (never an error); with --external, every address
 *   --external  also ask every resource and external link of the notes; dead ones are warnings (needs the network)
 * With GITHUB_ACTIONS=true, also prints ::error annotations.
 */
import { readFileSync, watch } from 'node:fs';
import path from 'node:path';
import { overdueNotice, overdueSince } from '../src/lib/forecast.ts';
import { clockProblem } from '../src/node/clock.ts';
import { parseYamlWithLines, splitFrontmatter } from '../src/lib/frontmatter.ts';
import { hasErrors, type Diagnostic } from '../src/lib/diagnostics.ts';
import { deadLinkWarnings, externalLinksOf, uniqueUrls } from '../src/lib/external-links.ts';
import { checkUrls, resourceLineReader } from '../src/node/external-links.ts';
import type { AnalyzedSite } from '../src/lib/site-check.ts';
import { checkContent, contentLocation } from '../src/node/load-site.ts';
import { printDiagnostics } from '../src/node/report.ts';
import { countLabel } from '../src/lib/plural.ts';

const OPTIONS = ['--json', '--watch', '--external', '--verbose'];
const args = new Set(process.argv.slice(2));
const json = args.has('--json');
const verbose = args.has('--verbose');
const github = process.env['GITHUB_ACTIONS'] === 'true';
for (const arg of args) {
  if (!OPTIONS.includes(arg)) {
    process.stderr.write(`Unknown option ${arg}. Usage: npm run check [-- --json] [-- --watch] [-- --verbose] [-- --external]\n`);
    process.exit(2);
  }
}
if (args.has('--watch') && args.has('--external')) {
  process.stderr.write('--external asks the network and does not go with --watch: run it on its own.\n');
  process.exit(2);
}

/** The line of a note's `target:`, for the informational lines. */
function targetLine(file: string): number {
  const split = splitFrontmatter(readFileSync(path.resolve(contentLocation().root, file), 'utf8'));
  return split.yaml === undefined ? 1 : parseYamlWithLines(split.yaml).lineOf(['target']) + split.yamlFirstLine - 1;
}

function printOverdue(site: AnalyzedSite): void {
  for (const note of site.notes) {
    const since = note.draft ? undefined : overdueSince(note, site.today);
    if (since) process.stderr.write(`${overdueNotice(note, targetLine(note.file), since, site.today)}\n`);
  }
}

/** Asks every external address of the published notes; returns a warning per place that points at a dead one. */
async function externalWarnings(site: AnalyzedSite): Promise<Diagnostic[]> {
  const links = externalLinksOf(
    site.notes.filter((n) => !n.draft),
    resourceLineReader(contentLocation().root),
  );
  const urls = uniqueUrls(links);
  if (!json)
    process.stderr.write(
      `Checking ${countLabel(urls.length, 'external address', 'external addresses')} (${countLabel(links.length, 'link')})…\n`,
    );
  const results = await checkUrls(urls, {
    ...(process.env['EXTERNAL_TIMEOUT_MS'] ? { timeoutMs: Number(process.env['EXTERNAL_TIMEOUT_MS']) } : {}),
    ...(process.env['EXTERNAL_RETRY_DELAY_MS'] ? { retryDelayMs: Number(process.env['EXTERNAL_RETRY_DELAY_MS']) } : {}),
    onResult: (r) => {
      if (args.has('--verbose') && !json)
        process.stderr.write(`  ${r.ok ? 'ok  ' : 'dead'} ${r.url}${r.ok ? '' : ` (${r.status ?? r.reason})`}\n`);
    },
  });
  return deadLinkWarnings(links, results);
}

async function runCheck(): Promise<boolean> {
  const started = performance.now();
  const checked = await checkContent({ production: true });
  const site = checked.site;
  const diagnostics = args.has('--external') ? [...checked.diagnostics, ...(await externalWarnings(site))] : checked.diagnostics;
  const sorted = printDiagnostics(diagnostics, { json, github });
  const failed = hasErrors(sorted);
  const clock = clockProblem();
  if (clock && !json) process.stderr.write(`warning: ${clock}\n`);
  if (verbose && !json) printOverdue(site);
  if (!json) {
    const ms = Math.round(performance.now() - started);
    const published = site.notes.filter((n) => !n.draft).length;
    process.stderr.write(
      failed
        ? `✗ ${countLabel(site.notes.length, 'note')} checked in ${ms} ms: fix the errors above.\n`
        : `✓ ${countLabel(site.notes.length, 'note')} checked (${published} published) in ${ms} ms: no errors.\n`,
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
      void runCheck();
    }, 50);
  });
  process.stderr.write(`Watching ${contentDir} for changes (Ctrl+C to stop).\n`);
} else {
  // The exit code is set, not forced: output on a pipe is written in full before the process ends.
  process.exitCode = (await runCheck()) ? 1 : 0;
}
