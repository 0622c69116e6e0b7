#!/usr/bin/env node
/**
 * `npm run new -- <slug> [--phase <id>] [--title "…"]`: scaffolds content/notes/<phase>/<slug>.mdx.
 * Run without arguments in a terminal, it asks for each value; it never prompts in CI or when piped.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { newSlugProblem, noteTemplate, titleFromSlug } from '../src/lib/scaffold.ts';
import { routeHref, routeUrl } from '../src/lib/routes.ts';
import { contentLocation, loadSite } from '../src/node/load-site.ts';
import { siteAddress } from '../src/node/site-address.ts';

const usage = 'Usage: npm run new -- <slug> [--phase <id>] [--title "Title"]';

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

const { values, positionals } = (() => {
  try {
    return parseArgs({
      allowPositionals: true,
      options: { phase: { type: 'string' }, title: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (error) {
    return fail(`${(error as Error).message}\n${usage}`);
  }
})();
if (values.help) {
  process.stdout.write(`${usage}\n`);
  process.exit(0);
}

const location = contentLocation();
const site = loadSite({ production: false, location });
const phases = site.roadmap?.phases ?? [];
if (!phases.length)
  fail(
    `No phases found: ${path.relative(process.cwd(), path.join(location.contentDir, 'roadmap.yaml'))} must list at least one phase (run npm run check).`,
  );
const existing = new Map(site.notes.map((n) => [n.slug, n.file]));
const phaseIds = phases.map((p) => p.id);

const interactive = positionals.length === 0 && process.stdin.isTTY && process.stdout.isTTY && !process.env['CI'];
let slug = positionals[0];
let phase = values.phase;
let title = values.title;

if (interactive) {
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  for (;;) {
    slug = (await rl.question('Slug (lowercase-with-hyphens): ')).trim();
    const problem = newSlugProblem(slug, existing);
    if (!problem) break;
    process.stdout.write(`${problem}\n`);
  }
  const suggested = titleFromSlug(slug);
  title = (await rl.question(`Title [${suggested}]: `)).trim() || suggested;
  process.stdout.write(phases.map((p, i) => `  ${i + 1}. ${p.id} — ${p.title}`).join('\n') + '\n');
  for (;;) {
    const answer = (await rl.question(`Phase (number or id) [${phaseIds[0]}]: `)).trim() || phaseIds[0]!;
    phase = phaseIds[Number(answer) - 1] ?? answer;
    if (phaseIds.includes(phase)) break;
    process.stdout.write(`"${answer}" is not a phase. Use one of: ${phaseIds.join(', ')}.\n`);
  }
  rl.close();
}

if (!slug) fail(`Give the new note a slug.\n${usage}`);
if (positionals.length > 1)
  fail(`Only one slug, please (got ${positionals.join(', ')}). Quote a title with spaces: --title "My title".\n${usage}`);
const problem = newSlugProblem(slug, existing);
if (problem) fail(problem);
phase ??= phaseIds[0]!;
if (!phaseIds.includes(phase))
  fail(`Unknown phase "${phase}". Use one of: ${phaseIds.join(', ')} (they are listed in content/roadmap.yaml).`);
title ??= titleFromSlug(slug);

const file = path.join(location.contentDir, 'notes', phase, `${slug}.mdx`);
if (existsSync(file)) fail(`${path.relative(process.cwd(), file)} already exists.`);
mkdirSync(path.dirname(file), { recursive: true });
writeFileSync(file, noteTemplate({ title, phase, today: site.today }));

// The address the build will use: the roadmap's `url`, unless SITE_URL / BASE_PATH say otherwise.
const address = siteAddress(location);
const route = { kind: 'topic', slug } as const;
process.stdout.write(
  [
    `Created ${path.relative(process.cwd(), file).split(path.sep).join('/')}`,
    `It will be published at ${routeHref(address.base, route)}${address.source === 'none' ? '' : ` (${routeUrl(address.site, address.base, route)})`}.`,
    'Write its summary and body, then run npm run dev to see it or npm run check to check it.',
    '',
  ].join('\n'),
);
