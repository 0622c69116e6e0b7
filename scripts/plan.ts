#!/usr/bin/env node
/**
 * `npm run plan -- [--from YYYY-MM-DD] [--hours-per-week N] [--dry-run]`: re-plans the targets of the notes not done,
 * from today (or --from) at your pace (or --hours-per-week, else the roadmap's plan.hoursPerWeek). Done notes are
 * never touched; an in-progress note keeps its started date. Edits go through the YAML document (comments kept).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { formatCalendarDate } from '../src/lib/calendar-date.ts';
import { hasErrors } from '../src/lib/diagnostics.ts';
import { paceOf } from '../src/lib/forecast.ts';
import { setTopLevel, yamlDocument, yamlText, editFrontmatter } from '../src/lib/frontmatter-edit.ts';
import { DEFAULT_HOURS_PER_WEEK, scheduleStudyPlan } from '../src/lib/schedule.ts';
import { dateFlagProblem, fail, hoursPerWeekProblem, parseFlags } from '../src/node/cli.ts';
import { contentLocation, loadSite } from '../src/node/load-site.ts';
import { printDiagnostics } from '../src/node/report.ts';
import { compareCodePoints } from '../src/lib/compare.ts';
import { countLabel } from '../src/lib/plural.ts';

const usage = 'Usage: npm run plan -- [--from YYYY-MM-DD] [--hours-per-week N] [--dry-run]';
const values = parseFlags(
  { from: { type: 'string' }, 'hours-per-week': { type: 'string' }, 'dry-run': { type: 'boolean', default: false } },
  usage,
);

const location = contentLocation();
const site = loadSite({ production: false, location });
const errors = site.diagnostics.filter((d) => d.severity === 'error');
if (hasErrors(errors) || !site.roadmap || !site.graph) {
  printDiagnostics(errors);
  fail('Fix the content first: the plan is made from notes that check.');
}
const roadmap = site.roadmap;
const problems = [
  values.from === undefined ? undefined : dateFlagProblem('--from', values.from),
  values['hours-per-week'] === undefined ? undefined : hoursPerWeekProblem(values['hours-per-week']),
].filter((p): p is string => p !== undefined);
if (problems.length) fail(`${problems.join('\n')}\n${usage}`);

const from = values.from ?? site.today;
// Every note, drafts too: the analysis is not a production one.
const ordered = site.graph.ordered;
const pace = paceOf(ordered, site.today);
const [hoursPerWeek, paceSource] =
  values['hours-per-week'] !== undefined
    ? [Number(values['hours-per-week']), 'as asked']
    : pace > 0
      ? [pace, `your pace over the last 4 weeks`]
      : roadmap.plan
        ? [roadmap.plan.hoursPerWeek, 'plan.hoursPerWeek in roadmap.yaml']
        : [DEFAULT_HOURS_PER_WEEK, 'the default'];

const plan = scheduleStudyPlan(
  ordered.map((note) => ({ ...note, loggedHours: note.log.reduce((sum, entry) => sum + (entry.hours ?? 0), 0) })),
  { start: from, hoursPerWeek },
);
const shown = (file: string) => path.relative(process.cwd(), path.resolve(location.root, file)).split(path.sep).join('/');
const bySlug = new Map(ordered.map((note) => [note.slug, note]));
const width = Math.max(0, ...plan.map((topic) => topic.slug.length));
const rows = plan.map((topic) => {
  const old = bySlug.get(topic.slug)!.target;
  const change = old === topic.target ? 'unchanged' : `${old ?? 'none'} → ${topic.target}`;
  return `  ${topic.slug.padEnd(width)}  ${change}`;
});
const changed = plan.filter((topic) => bySlug.get(topic.slug)!.target !== topic.target);
const finish = plan
  .map((topic) => topic.target)
  .sort(compareCodePoints)
  .at(-1);

process.stdout.write(
  [
    `Plan from ${formatCalendarDate(from)} at ${hoursPerWeek} h/week (${paceSource}): ${countLabel(plan.length, 'topic')} not done${finish ? `, the last one finished on ${formatCalendarDate(finish)}` : ''}.`,
    ...rows,
    '',
  ].join('\n'),
);
if (values['dry-run']) {
  process.stdout.write(
    `Dry run: no file changed (${countLabel(changed.length, 'target')} would change). Run without --dry-run to write them.\n`,
  );
  process.exit(0);
}

for (const topic of changed) {
  const file = path.resolve(location.root, bySlug.get(topic.slug)!.file);
  writeFileSync(
    file,
    editFrontmatter(readFileSync(file, 'utf8'), shown(file), (document) =>
      setTopLevel(document, 'target', topic.target, ['completed', 'started', 'status']),
    ),
  );
}
const roadmapFile = path.join(location.contentDir, 'roadmap.yaml');
const roadmapDocument = yamlDocument(readFileSync(roadmapFile, 'utf8'));
setTopLevel(roadmapDocument, 'plan', { start: from, hoursPerWeek }, ['url', 'repo', 'author', 'description', 'title']);
writeFileSync(roadmapFile, yamlText(roadmapDocument));
process.stdout.write(
  `Wrote ${countLabel(changed.length, 'target')} into the notes and plan { start: ${from}, hoursPerWeek: ${hoursPerWeek} } into ${shown(roadmapFile)}; git diff shows every change.\n`,
);
