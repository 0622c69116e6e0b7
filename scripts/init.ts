#!/usr/bin/env node
/**
 * `npm run init`: starts a roadmap of your own in this checkout (see the README, "Start your own roadmap").
 *   --mode adopt    keep the starter's topics as your plan: every note planned, its study record removed, the
 *                   targets scheduled from --start at --hours-per-week, each body marked as starter text
 *   --mode outline  the same, but each body keeps only its headings, with a prompt under each
 *   --mode empty    your title and description, the starter's phases, no notes
 * In a terminal without flags it asks for each value; with any flag, or without a terminal (CI), it never asks.
 */
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { formatCalendarDate } from '../src/lib/calendar-date.ts';
import {
  adoptedNoteSource,
  INIT_MODES,
  isStarterRoadmap,
  ownRoadmapSource,
  type InitMode,
  type RoadmapChoices,
} from '../src/lib/own-roadmap.ts';
import { formatManifest, parseManifest } from '../src/lib/permalinks.ts';
import { DEFAULT_HOURS_PER_WEEK, nextMonday, scheduleStudyPlan } from '../src/lib/schedule.ts';
import { httpUrl } from '../src/schemas/fields.ts';
import { roadmapSchema } from '../src/schemas/roadmap.ts';
import { dateFlagProblem, fail, hoursPerWeekProblem, inTerminal, questioner, parseFlags } from '../src/node/cli.ts';
import { readClock } from '../src/node/clock.ts';
import { contentLocation, listNoteFiles, loadSite } from '../src/node/load-site.ts';
import { compareCodePoints } from '../src/lib/compare.ts';
import { countLabel } from '../src/lib/plural.ts';
import { slugOfNoteFile } from '../src/lib/note-slug.ts';

const OWN_ROADMAP_DESCRIPTION = 'My MLOps study plan, in public: one note per topic as I learn it.';

const usage = `Usage: npm run init -- [--mode adopt|outline|empty] [--title T] [--author A] [--description D]
                     [--site-url URL] [--repo URL] [--start YYYY-MM-DD] [--hours-per-week N] [--yes] [--force]`;

const values = parseFlags(
  {
    mode: { type: 'string' },
    title: { type: 'string' },
    author: { type: 'string' },
    description: { type: 'string' },
    'site-url': { type: 'string' },
    repo: { type: 'string' },
    start: { type: 'string' },
    'hours-per-week': { type: 'string' },
    yes: { type: 'boolean', default: false },
    force: { type: 'boolean', default: false },
  },
  usage,
);

const location = contentLocation();
const shown = (file: string) => path.relative(process.cwd(), file).split(path.sep).join('/');
const roadmapFile = path.join(location.contentDir, 'roadmap.yaml');
const permalinksFile = path.join(location.contentDir, 'permalinks.json');
const notesDir = path.join(location.contentDir, 'notes');
if (!existsSync(roadmapFile))
  fail(`${shown(roadmapFile)} is missing: init starts from a roadmap with phases (restore it with git restore ${shown(roadmapFile)}).`);
const roadmapSource = readFileSync(roadmapFile, 'utf8');

// Over a roadmap that is already someone's own and has published URLs, starting again would break those links.
const publishedCount = existsSync(permalinksFile)
  ? Object.keys(parseManifest(readFileSync(permalinksFile, 'utf8')).manifest?.urls ?? {}).length
  : 0;
if (!isStarterRoadmap(roadmapSource) && publishedCount > 0 && !values.force) {
  fail(
    `${shown(roadmapFile)} is not the starter roadmap (it has no \`starter: true\`) and ${shown(permalinksFile)} lists ${publishedCount} published URLs.\n` +
      'init would replace your notes and forget those URLs. To re-plan your own notes, run npm run plan; to start over anyway, run npm run init -- --force.',
  );
}

const site = loadSite({ production: false, location });
if (!site.roadmap || !site.graph) fail(`${shown(roadmapFile)} has problems: run npm run check and fix them first.`);
const roadmap = site.roadmap;
const clockToday = readClock().date;
const gitName = spawnSync('git', ['config', 'user.name'], { encoding: 'utf8' }).stdout?.trim() || undefined;

let mode = values.mode ?? 'adopt';
const choices: RoadmapChoices = {
  title: values.title ?? roadmap.title,
  description: values.description ?? roadmap.description,
  author: values.author ?? gitName,
  repo: values.repo,
  siteUrl: values['site-url'],
  plan: { start: values.start ?? nextMonday(clockToday), hoursPerWeek: Number(values['hours-per-week'] ?? DEFAULT_HOURS_PER_WEEK) },
};
let hoursRaw = values['hours-per-week'] ?? String(DEFAULT_HOURS_PER_WEEK);

/**
 * The starter's description tells its own story (its hours a week, its path), so a roadmap of your own gets a neutral
 * one unless you wrote yours.
 */
function keepsStarterDescription(): boolean {
  return isStarterRoadmap(roadmapSource) && values.description === undefined && choices.description === roadmap.description;
}

/** Every problem with the chosen values, so one run names them all. */
function problems(): string[] {
  const found: string[] = [];
  if (!(INIT_MODES as readonly string[]).includes(mode))
    found.push(`--mode: "${mode}" is not a mode. Use one of ${INIT_MODES.join(', ')}.`);
  if (!choices.title.trim()) found.push('--title: is empty. Give your roadmap a title, e.g. --title "My MLOps plan".');
  if (!choices.description.trim()) found.push('--description: is empty. Write one line about your roadmap.');
  const url = choices.siteUrl === undefined ? undefined : roadmapSchema.shape.url.safeParse(choices.siteUrl);
  if (url && !url.success) found.push(`--site-url: ${url.error.issues[0]!.message.replace('\n', '. ')}`);
  const repo = choices.repo === undefined ? undefined : httpUrl.safeParse(choices.repo);
  if (repo && !repo.success) found.push(`--repo: ${repo.error.issues[0]!.message.replace('\n', '. ')}`);
  const start = dateFlagProblem('--start', choices.plan.start);
  if (start) found.push(start);
  const hours = hoursPerWeekProblem(hoursRaw);
  if (hours) found.push(hours);
  return found;
}

const askedAnything = process.argv.slice(2).length > 0;
if (!askedAnything && inTerminal()) {
  const prompt = questioner();
  process.stdout.write('Start a roadmap of your own. Press Enter to keep the value in brackets.\n');
  for (;;) {
    mode = await prompt.ask(`Mode: adopt (keep the starter's topics), outline (their headings only) or empty`, mode);
    if (keepsStarterDescription()) choices.description = OWN_ROADMAP_DESCRIPTION;
    choices.title = await prompt.ask('Title', choices.title);
    choices.author = (await prompt.ask('Author', choices.author)) || undefined;
    choices.description = await prompt.ask('Description (one line)', choices.description);
    choices.siteUrl =
      (await prompt.ask('Site address, e.g. https://jane.github.io/mlops-notes (empty: none yet)', choices.siteUrl)) || undefined;
    choices.repo =
      (await prompt.ask('Source repository, e.g. https://github.com/jane/mlops-notes (empty: none)', choices.repo)) || undefined;
    choices.plan.start = await prompt.ask('First day of study (YYYY-MM-DD)', choices.plan.start);
    hoursRaw = await prompt.ask('Hours of study per week', hoursRaw);
    const found = problems();
    if (!found.length) break;
    process.stdout.write(`${found.join('\n')}\nLet's try again.\n`);
  }
  const confirm = values.yes
    ? 'y'
    : await prompt.ask(`Replace the starter roadmap in ${shown(location.contentDir)}/ with yours? (y/n)`, 'n');
  prompt.close();
  if (!/^y(es)?$/i.test(confirm)) fail('Nothing was changed.');
} else {
  const found = problems();
  if (found.length) fail(`${found.join('\n')}\n${usage}`);
}
choices.plan.hoursPerWeek = Number(hoursRaw);
if (keepsStarterDescription()) choices.description = OWN_ROADMAP_DESCRIPTION;
const chosenMode = mode as InitMode;

const changes: string[] = [];
// Every note, drafts too: the analysis is not a production one.
const ordered = site.graph.ordered;
if (chosenMode === 'empty') {
  // Everything under notes/ goes (notes and their images); .gitkeep keeps the folder in git for the first note.
  for (const entry of existsSync(notesDir) ? readdirSync(notesDir) : [])
    rmSync(path.join(notesDir, entry), { recursive: true, force: true });
  writeFileSync(path.join(notesDir, '.gitkeep'), '');
  changes.push(`Removed the ${ordered.length} starter notes from ${shown(notesDir)}/ (the phases stay in ${shown(roadmapFile)}).`);
} else {
  const plan = scheduleStudyPlan(
    ordered.map((note) => ({ slug: note.slug, status: 'planned', prerequisites: note.prerequisites, estimate: note.estimate })),
    choices.plan,
  );
  const targets = new Map(plan.map((topic) => [topic.slug, topic.target]));
  for (const file of listNoteFiles(location)) {
    const slug = slugOfNoteFile(file);
    writeFileSync(file, adoptedNoteSource(readFileSync(file, 'utf8'), shown(file), { mode: chosenMode, target: targets.get(slug) }));
  }
  const finish = plan
    .map((topic) => topic.target)
    .sort(compareCodePoints)
    .at(-1);
  changes.push(
    `Rewrote ${countLabel(ordered.length, 'note')} in ${shown(notesDir)}/: status planned; started, completed, log and evidence removed; ` +
      `targets scheduled from ${formatCalendarDate(choices.plan.start)} at ${choices.plan.hoursPerWeek} h/week` +
      `${finish ? ` (last one ${formatCalendarDate(finish)})` : ''}; ` +
      (chosenMode === 'adopt'
        ? 'each body marked as starter text for you to rewrite.'
        : 'each body reduced to its headings with a prompt to write your own notes.'),
  );
}
writeFileSync(roadmapFile, ownRoadmapSource(roadmapSource, choices));
changes.push(
  `Updated ${shown(roadmapFile)}: title, description${choices.author ? ', author' : ''}${choices.repo ? ', repo' : ''}${choices.siteUrl ? ', url' : ''} and ` +
    `plan { start: ${choices.plan.start}, hoursPerWeek: ${choices.plan.hoursPerWeek} }; removed starter and asOf.`,
);
writeFileSync(permalinksFile, formatManifest({ urls: {} }));
changes.push(`Emptied ${shown(permalinksFile)}: nothing of yours is published yet (run npm run permalinks after you publish).`);

process.stdout.write(
  [
    `Your roadmap "${choices.title}" is ready (mode ${chosenMode}).`,
    ...changes.map((line) => `- ${line}`),
    '',
    'Next: npm run dev to see it, npm run check and npm run build before you publish; git diff shows every change.',
    ...(choices.siteUrl
      ? []
      : ['No site address yet: add one with url: in content/roadmap.yaml before you publish (see the README, "Hosting").']),
    '',
  ].join('\n'),
);
