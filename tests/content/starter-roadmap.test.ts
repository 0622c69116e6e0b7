/**
 * The starter roadmap that ships in content/: checks on the content itself, not on the generator.
 *
 * Every note is read with the project's own code (the frontmatter splitter and YAML reader, the note schema,
 * the MDX body reader) and the whole site with `loadSite`, so a note that passes here is a note the build
 * accepts. On top of what the build enforces, these tests hold the starter plan to its editorial promises:
 * substantial bodies, runnable-looking code, real sources, a connected prerequisite graph and dates and estimates
 * that tell one coherent study plan at a believable pace, as seen on the roadmap's `asOf` day, 2026-12-01.
 *
 * `estimate`, `evidence` and a log entry's `kind` are read from the raw YAML, so these checks hold whether or not
 * the note schema knows those fields yet.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Code } from 'mdast';
import { visit } from 'unist-util-visit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { daysBetween } from '../../src/lib/calendar-date.ts';
import { formatDiagnostic, sortDiagnostics } from '../../src/lib/diagnostics.ts';
import { parseYamlWithLines, splitFrontmatter } from '../../src/lib/frontmatter.ts';
import { findPrerequisiteCycles } from '../../src/lib/graph.ts';
import { parseMdx, readNoteBody } from '../../src/lib/note-body.ts';
import type { AnalyzedSite } from '../../src/lib/site-check.ts';
import { listNoteFiles, loadSite, type ContentLocation } from '../../src/node/load-site.ts';
import { noteFrontmatterSchema, type NoteFrontmatter } from '../../src/schemas/note.ts';
import { compareCodePoints } from '../../src/lib/compare.ts';

/** The day the starter content describes (`asOf` in roadmap.yaml): done work lies on or before it, planned work after it. */
const TODAY = '2026-12-01';

/** The focus of the plan the starter follows: at least this share of the estimated hours goes to these topics. */
const HEART_OF_THE_PLAN = ['kubeflow', 'kubeflow-pipelines', 'katib', 'kserve', 'azure-ml', 'datarobot-mlops'];
const HEART_MIN_SHARE = 0.3;

/** A pace one person keeps next to a job, in hours per week. */
const PACE = { min: 6, max: 10 };

const root = path.resolve(import.meta.dirname, '../..');
// An explicit location, so a CONTENT_DIR left over from the fixture tests can never point us elsewhere.
const location: ContentLocation = { root, contentDir: path.join(root, 'content') };

interface StarterNote {
  slug: string;
  /** Path from the project root, for messages. */
  file: string;
  data: NoteFrontmatter;
  /** The frontmatter as written, before the schema drops fields it does not know. */
  raw: Record<string, unknown>;
  /** Words of prose and code together, as `readNoteBody` counts them for reading time. */
  wordCount: number;
  /** Fenced and indented code blocks of the body, in document order. */
  codeBlocks: { lang: string | null; value: string; line: number }[];
}

function readStarterNote(absolute: string): StarterNote {
  const file = path.relative(root, absolute).split(path.sep).join('/');
  const source = readFileSync(absolute, 'utf8');
  const split = splitFrontmatter(source);
  const parsed = parseYamlWithLines(split.yaml ?? '');
  if (parsed.problems.length) throw new Error(`${file}: invalid frontmatter YAML: ${JSON.stringify(parsed.problems)}`);
  const result = noteFrontmatterSchema.safeParse(parsed.data ?? {});
  if (!result.success) throw new Error(`${file}: frontmatter does not match the schema: ${result.error.message}`);
  const body = readNoteBody(split.bodyWithFileLines);
  if (body.syntaxError) throw new Error(`${file}:${body.syntaxError.line} MDX syntax error: ${body.syntaxError.message}`);
  const codeBlocks: StarterNote['codeBlocks'] = [];
  visit(parseMdx(split.bodyWithFileLines), 'code', (node: Code) => {
    codeBlocks.push({ lang: node.lang ?? null, value: node.value, line: node.position?.start.line ?? 1 });
  });
  const raw = (parsed.data ?? {}) as Record<string, unknown>;
  return { slug: path.basename(absolute, '.mdx'), file, data: result.data, raw, wordCount: body.wordCount, codeBlocks };
}

const notes = listNoteFiles(location).map(readStarterNote);
const bySlug = new Map(notes.map((n) => [n.slug, n]));
const roadmap = parseYamlWithLines(readFileSync(path.join(location.contentDir, 'roadmap.yaml'), 'utf8')).data as {
  phases: { id: string }[];
};
const phaseIds = roadmap.phases.map((p) => p.id);

/** Notes in roadmap order: by phase, then `order`, then slug, as the site lists them. */
const inRoadmapOrder = [...notes].sort(
  (a, b) =>
    phaseIds.indexOf(a.data.phase) - phaseIds.indexOf(b.data.phase) ||
    (a.data.order ?? Infinity) - (b.data.order ?? Infinity) ||
    compareCodePoints(a.slug, b.slug),
);

/** The note's estimated hours, or undefined. */
function estimateOf(note: StarterNote): number | undefined {
  const value = note.raw['estimate'];
  return typeof value === 'number' ? value : undefined;
}

/** The raw log entries, each with its kind: `study` unless it says `kind: review`. */
function rawLogOf(note: StarterNote): { date: string; kind: string; hours: number }[] {
  const log = Array.isArray(note.raw['log']) ? (note.raw['log'] as Record<string, unknown>[]) : [];
  return log.map((entry) => ({
    date: String(entry['date']),
    kind: entry['kind'] === 'review' ? 'review' : 'study',
    hours: typeof entry['hours'] === 'number' ? entry['hours'] : 0,
  }));
}

/** Every calendar date a note mentions. */
function datesOf(note: StarterNote): string[] {
  const { started, completed, target, log } = note.data;
  return [started, completed, target, ...log.map((entry) => entry.date)].filter((d): d is string => d !== undefined);
}

function codeOf(lang: readonly string[]) {
  return notes.flatMap((note) =>
    note.codeBlocks.filter((block) => block.lang !== null && lang.includes(block.lang)).map((block) => ({ note, block })),
  );
}

const hasPython = spawnSync('python3', ['--version'], { encoding: 'utf8' }).status === 0;
const pythonMissing = hasPython ? '' : ' (skipped: python3 is not on the PATH, so Python blocks cannot be compiled here)';
if (!hasPython) console.warn('tests/content: python3 not found; the Python code-block checks are skipped.');

describe('the starter site as a whole', () => {
  let site: AnalyzedSite;
  const previousToday = process.env['STUDY_NOTES_TODAY'];

  beforeAll(() => {
    // Pin "today" so the verdict on dates does not change with the calendar.
    process.env['STUDY_NOTES_TODAY'] = TODAY;
    site = loadSite({ production: true, location });
  });

  afterAll(() => {
    if (previousToday === undefined) delete process.env['STUDY_NOTES_TODAY'];
    else process.env['STUDY_NOTES_TODAY'] = previousToday;
  });

  it('passes the whole-site check with no errors and no warnings', () => {
    expect(sortDiagnostics(site.diagnostics).map(formatDiagnostic)).toEqual([]);
  });

  it('publishes every note it finds (no drafts in the starter content)', () => {
    expect(site.notes.filter((n) => !n.draft).map((n) => n.slug).sort()).toEqual(notes.map((n) => n.slug).sort());
  });

  it('has 5 or 6 phases and 26 to 40 notes', () => {
    expect(phaseIds.length).toBeGreaterThanOrEqual(5);
    expect(phaseIds.length).toBeLessThanOrEqual(6);
    expect(notes.length).toBeGreaterThanOrEqual(26);
    expect(notes.length).toBeLessThanOrEqual(40);
  });

  it('gives every phase at least one note', () => {
    for (const id of phaseIds) expect(notes.filter((n) => n.data.phase === id).length, id).toBeGreaterThan(0);
  });
});

describe.each(notes)('note $slug', (note) => {
  it('has a summary', () => {
    expect(note.data.summary.trim().length).toBeGreaterThan(20);
  });

  // The count is readNoteBody's wordCount: prose and code together (the same number that drives reading time).
  it('has 400 to 1,200 words of body, prose and code counted together', () => {
    expect(note.wordCount).toBeGreaterThanOrEqual(400);
    expect(note.wordCount).toBeLessThanOrEqual(1200);
  });

  it('has at least one fenced code block with a language', () => {
    expect(note.codeBlocks.filter((block) => block.lang).length).toBeGreaterThan(0);
  });

  it('lists 2 to 5 resources, each with an http(s) URL and a kind', () => {
    const { resources } = note.data;
    expect(resources.length).toBeGreaterThanOrEqual(2);
    expect(resources.length).toBeLessThanOrEqual(5);
    for (const resource of resources) {
      expect(resource.url, resource.title).toMatch(/^https?:\/\/[^\s/]+\.[^\s/]+/);
      expect(resource.kind, resource.title).toBeDefined();
    }
  });

  it('has tags', () => {
    expect(note.data.tags.length).toBeGreaterThan(0);
  });

  it('lists related notes', () => {
    expect(note.data.related.length).toBeGreaterThan(0);
  });

  it('lists prerequisites unless it opens one of the first two phases', () => {
    const opensEarlyPhase =
      phaseIds.indexOf(note.data.phase) < 2 && inRoadmapOrder.find((n) => n.data.phase === note.data.phase) === note;
    if (!opensEarlyPhase) expect(note.data.prerequisites.length).toBeGreaterThan(0);
  });

  it('has no duplicate slugs in prerequisites or related, and no note in both lists', () => {
    const { prerequisites, related } = note.data;
    expect(new Set(prerequisites).size).toBe(prerequisites.length);
    expect(new Set(related).size).toBe(related.length);
    expect(prerequisites.filter((slug) => related.includes(slug))).toEqual([]);
  });
});

describe('code blocks', () => {
  const yamlBlocks = codeOf(['yaml', 'yml']);
  const jsonBlocks = codeOf(['json']);
  const pythonBlocks = codeOf(['python', 'py']);

  it('include YAML, JSON and Python examples', () => {
    expect(yamlBlocks.length).toBeGreaterThan(0);
    expect(jsonBlocks.length).toBeGreaterThan(0);
    expect(pythonBlocks.length).toBeGreaterThan(0);
  });

  it.each(yamlBlocks.map(({ note, block }) => ({ where: `${note.file}:${block.line}`, block })))(
    'YAML at $where parses (several documents allowed)',
    ({ block }) => {
      const problems = parseAllDocuments(block.value).flatMap((doc) => ('errors' in doc ? doc.errors.map((e) => e.message) : []));
      expect(problems).toEqual([]);
    },
  );

  it.each(jsonBlocks.map(({ note, block }) => ({ where: `${note.file}:${block.line}`, block })))('JSON at $where parses', ({ block }) => {
    expect(() => JSON.parse(block.value)).not.toThrow();
  });

  it.skipIf(!hasPython).each(pythonBlocks.map(({ note, block }) => ({ where: `${note.file}:${block.line}`, block })))(
    `Python at $where compiles${pythonMissing}`,
    ({ block }) => {
      const result = spawnSync('python3', ['-c', 'import ast,sys; ast.parse(sys.stdin.read())'], { input: block.value, encoding: 'utf8' });
      expect(result.stderr.trim().split('\n').at(-1) ?? '').toBe('');
      expect(result.status).toBe(0);
    },
  );
});

describe('the prerequisite graph', () => {
  it('has no cycles', () => {
    expect(findPrerequisiteCycles(notes.map((n) => ({ slug: n.slug, prerequisites: n.data.prerequisites })))).toEqual([]);
  });

  it('only names notes that exist', () => {
    const unknown = notes.flatMap((n) => [...n.data.prerequisites, ...n.data.related].filter((slug) => !bySlug.has(slug)).map((slug) => `${n.slug} → ${slug}`));
    expect(unknown).toEqual([]);
  });

  it('connects every note when prerequisites and related links are read as undirected edges', () => {
    const neighbours = new Map(notes.map((n) => [n.slug, new Set<string>()]));
    for (const n of notes) {
      for (const other of [...n.data.prerequisites, ...n.data.related]) {
        neighbours.get(n.slug)?.add(other);
        neighbours.get(other)?.add(n.slug);
      }
    }
    const reached = new Set<string>([notes[0]!.slug]);
    const queue = [notes[0]!.slug];
    while (queue.length) {
      for (const next of neighbours.get(queue.shift()!) ?? []) {
        if (!reached.has(next)) {
          reached.add(next);
          queue.push(next);
        }
      }
    }
    expect(notes.map((n) => n.slug).filter((slug) => !reached.has(slug))).toEqual([]);
  });

  it('has done notes depend only on done notes', () => {
    const early = notes
      .filter((n) => n.data.status === 'done')
      .flatMap((n) => n.data.prerequisites.filter((p) => bySlug.get(p)?.data.status !== 'done').map((p) => `${n.slug} needs ${p}`));
    expect(early).toEqual([]);
  });

  it('never starts a note before its prerequisites are finished', () => {
    const early = notes
      .filter((n) => n.data.started !== undefined)
      .flatMap((n) =>
        n.data.prerequisites
          .filter((p) => {
            const completed = bySlug.get(p)?.data.completed;
            return completed === undefined || completed > n.data.started!;
          })
          .map((p) => `${n.slug} (started ${n.data.started}) before ${p} was done`),
      );
    expect(early).toEqual([]);
  });

  it('never plans to finish a note before its prerequisites are finished', () => {
    const finish = (n: StarterNote) => n.data.completed ?? n.data.target;
    const early = notes.flatMap((n) =>
      n.data.prerequisites
        .filter((p) => (finish(bySlug.get(p)!) ?? '') > (finish(n) ?? ''))
        .map((p) => `${n.slug} (${finish(n)}) before ${p} (${finish(bySlug.get(p)!)})`),
    );
    expect(early).toEqual([]);
  });
});

describe('the study plan in dates', () => {
  const done = notes.filter((n) => n.data.status === 'done');
  const inProgress = notes.filter((n) => n.data.status === 'in-progress');
  const planned = notes.filter((n) => n.data.status === 'planned');

  it('gives every note an estimate of more than 0 hours', () => {
    expect(notes.filter((n) => !((estimateOf(n) ?? 0) > 0)).map((n) => n.slug)).toEqual([]);
  });

  it('has studied at a believable pace so far (hours logged per week since the first session)', () => {
    const earliest = notes.flatMap(datesOf).sort()[0]!;
    const logged = notes.flatMap(rawLogOf).reduce((sum, entry) => sum + entry.hours, 0);
    const perWeek = logged / (daysBetween(earliest, TODAY) / 7);
    expect(perWeek).toBeGreaterThanOrEqual(PACE.min);
    expect(perWeek).toBeLessThanOrEqual(PACE.max);
  });

  it('plans what is left at a believable pace (estimated hours left per week until the last target)', () => {
    const left = notes
      .filter((n) => n.data.status !== 'done')
      .reduce((sum, n) => sum + Math.max(0, estimateOf(n)! - rawLogOf(n).reduce((s, e) => s + e.hours, 0)), 0);
    const latestTarget = notes.flatMap((n) => (n.data.target ? [n.data.target] : [])).sort().at(-1)!;
    const perWeek = left / (daysBetween(TODAY, latestTarget) / 7);
    expect(perWeek).toBeGreaterThanOrEqual(PACE.min);
    expect(perWeek).toBeLessThanOrEqual(PACE.max);
  });

  it('spends at least 30 % of the estimated hours on Kubeflow (Pipelines, Katib, KServe), Azure ML and DataRobot', () => {
    const total = notes.reduce((sum, n) => sum + (estimateOf(n) ?? 0), 0);
    const heart = HEART_OF_THE_PLAN.reduce((sum, slug) => sum + (estimateOf(bySlug.get(slug)!) ?? 0), 0);
    expect(heart / total).toBeGreaterThanOrEqual(HEART_MIN_SHARE);
  });

  it('keeps the ML refresher quick and gives advanced Kubernetes a course-sized block', () => {
    expect(estimateOf(bySlug.get('ml-refresher')!)!).toBeLessThanOrEqual(8);
    expect(estimateOf(bySlug.get('kubernetes-advanced')!)!).toBeGreaterThanOrEqual(20);
  });

  it('studies governance after the platforms whose governance features it checks, and ends with the capstone', () => {
    const finish = (slug: string) => bySlug.get(slug)!.data.completed ?? bySlug.get(slug)!.data.target!;
    for (const platform of HEART_OF_THE_PLAN) expect(finish('ml-governance') > finish(platform), platform).toBe(true);
    const otherFinishes = notes.filter((n) => n.slug !== 'capstone-project').map((n) => finish(n.slug));
    expect(otherFinishes.every((date) => date <= finish('capstone-project'))).toBe(true);
  });

  it('logs hours on done notes that are close to their estimates (half to one and a half times)', () => {
    const far = done.flatMap((n) => {
      const studied = rawLogOf(n).filter((e) => e.kind === 'study').reduce((sum, e) => sum + e.hours, 0);
      const estimate = estimateOf(n)!;
      return studied < estimate / 2 || studied > estimate * 1.5 ? [`${n.slug}: ${studied} h logged, ${estimate} h estimated`] : [];
    });
    expect(far).toEqual([]);
  });

  it('runs from done through in progress to planned in roadmap order', () => {
    const rank = { done: 0, 'in-progress': 1, planned: 2 } as const;
    const statuses = inRoadmapOrder.map((n) => rank[n.data.status]);
    const outOfOrder = inRoadmapOrder.filter((_, i) => i > 0 && statuses[i]! < statuses[i - 1]!).map((n) => n.slug);
    expect(outOfOrder).toEqual([]);
  });

  it('has finished the first phases completely', () => {
    const finishedPhases = phaseIds.filter((id) => notes.filter((n) => n.data.phase === id).every((n) => n.data.status === 'done'));
    expect(finishedPhases.slice(0, 2)).toEqual(phaseIds.slice(0, 2));
  });

  it('has one or two notes in progress', () => {
    expect(inProgress.length).toBeGreaterThanOrEqual(1);
    expect(inProgress.length).toBeLessThanOrEqual(2);
  });

  it.each(done.map((n) => ({ slug: n.slug, note: n })))(
    'done note $slug has 2+ study sessions, none after it was completed, and reviews only after it, none after today',
    ({ note }) => {
      const { started, completed } = note.data;
      const log = rawLogOf(note);
      expect(started).toBeDefined();
      expect(completed).toBeDefined();
      expect(completed! <= TODAY).toBe(true);
      expect(log.filter((entry) => entry.kind === 'study').length).toBeGreaterThanOrEqual(2);
      for (const entry of log) {
        expect(entry.date >= started!, `${entry.date} is before started ${started}`).toBe(true);
        if (entry.kind === 'study') expect(entry.date <= completed!, `${entry.date} is after completed ${completed}`).toBe(true);
        else expect(entry.date > completed!, `review on ${entry.date} is not after completed ${completed}`).toBe(true);
        expect(entry.date <= TODAY, `${entry.date} is after ${TODAY}`).toBe(true);
      }
    },
  );

  it.each(inProgress.map((n) => ({ slug: n.slug, note: n })))('note in progress $slug started by today, logs no future session and has a target ahead', ({ note }) => {
    const { started, target, completed, log } = note.data;
    expect(completed).toBeUndefined();
    expect(started! <= TODAY).toBe(true);
    expect(target).toBeDefined();
    expect(target! >= TODAY).toBe(true);
    expect(log.length).toBeGreaterThan(0);
    for (const entry of log) expect(entry.date >= started! && entry.date <= TODAY, entry.date).toBe(true);
  });

  it.each(planned.map((n) => ({ slug: n.slug, note: n })))('planned note $slug has a future target and no history yet', ({ note }) => {
    const { started, completed, target, log } = note.data;
    expect(target).toBeDefined();
    expect(target! > TODAY).toBe(true);
    expect(started).toBeUndefined();
    expect(completed).toBeUndefined();
    expect(log).toEqual([]);
  });
});
