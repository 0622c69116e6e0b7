#!/usr/bin/env node
/**
 * `npm run permalinks`: records every URL and heading anchor the site publishes in content/permalinks.json.
 * It never forgets a published URL on its own: one that the content no longer has (and no alias covers) stops
 * the command, unless you drop it on purpose:
 *   npm run permalinks -- --drop /topics/old-note/ --drop /topics/kubeflow/#old-heading
 * or forget every URL the content no longer has (after deleting notes on purpose):
 *   npm run permalinks -- --forget-missing
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { hasErrors } from '../src/lib/diagnostics.ts';
import { currentUrls, formatManifest, MASS_REMOVAL_THRESHOLD, parseManifest, updateManifest } from '../src/lib/permalinks.ts';
import { contentLocation, loadSite } from '../src/node/load-site.ts';
import { printDiagnostics } from '../src/node/report.ts';

const { values } = parseArgs({
  options: { drop: { type: 'string', multiple: true, default: [] }, 'forget-missing': { type: 'boolean', default: false } },
});
const location = contentLocation();
const file = path.join(location.contentDir, 'permalinks.json');
const shown = path.relative(process.cwd(), file).split(path.sep).join('/');

const site = loadSite({ production: true, location });
const blocking = site.diagnostics.filter((d) => d.severity === 'error' && !d.code.startsWith('published-'));
if (hasErrors(blocking)) {
  printDiagnostics(blocking);
  process.stderr.write('Fix the content first: the URLs are recorded from a site that builds.\n');
  process.exit(1);
}

let previous;
if (existsSync(file)) {
  const parsed = parseManifest(readFileSync(file, 'utf8'));
  if (!parsed.manifest) {
    process.stderr.write(`${shown}:${parsed.problem!.line} ${parsed.problem!.message}. Fix it, or delete the file to start again.\n`);
    process.exit(1);
  }
  previous = parsed.manifest;
}

const published = site.notes.filter((n) => !n.draft);
// Only published notes' aliases get redirect pages.
const publishedSlugs = new Set(published.map((n) => n.slug));
const aliases = new Map([...site.aliases].filter(([, slug]) => publishedSlugs.has(slug)));
const current = currentUrls(published);
// --forget-missing drops, on purpose, every published URL and anchor the content no longer has.
const drops = values['forget-missing'] ? updateManifest(previous, current, aliases, []).lost : values.drop;
const { manifest, lost, unknownDrops } = updateManifest(previous, current, aliases, drops);

if (unknownDrops.length) {
  process.stderr.write(`Not in ${shown}, so nothing to drop: ${unknownDrops.join(', ')}\n`);
  process.exit(1);
}
if (lost.length) {
  process.stderr.write(
    [
      `These published URLs would break, so ${shown} was not changed:`,
      ...lost.map((url) => `  ${url}`),
      'Give a renamed note its old slug in `aliases`, keep the heading, or drop them on purpose:',
      lost.length > MASS_REMOVAL_THRESHOLD
        ? '  npm run permalinks -- --forget-missing'
        : `  npm run permalinks -- ${lost.map((url) => `--drop ${url}`).join(' ')}`,
      '',
    ].join('\n'),
  );
  process.exit(1);
}

const before = Object.keys(previous?.urls ?? {}).length;
writeFileSync(file, formatManifest(manifest));
const after = Object.keys(manifest.urls).length;
process.stdout.write(
  `Wrote ${shown}: ${after} URLs (${after - before >= 0 ? '+' : ''}${after - before}), ${drops.length} dropped on purpose. Commit it with your notes.\n`,
);
