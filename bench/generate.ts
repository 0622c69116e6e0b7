/**
 * The benchmark's synthetic roadmap: N notes in the content contract's format, generated from a seed.
 *
 * Pure: no fs, no clock, no network. The same options always give the same files, so runs on different machines
 * (and the peer build of the same notes) measure the same content. Notes are generated in roadmap order, so
 * "earlier note" means "earlier in the roadmap"; prerequisites only point backwards and can never form a cycle.
 */
import GithubSlugger from 'github-slugger';
import { compareCodePoints } from '../src/lib/compare.ts';

/** What to generate. */
export interface GenerateOptions {
  /** Number of notes. */
  notes: number;
  /** PRNG seed; the same seed gives the same files. */
  seed?: number;
  /**
   * The day the dates are relative to (`YYYY-MM-DD`): done notes end before it, planned ones start after it.
   * Build and check with `STUDY_NOTES_TODAY` set to the same day so the output does not depend on the clock.
   */
  today?: string;
  /** Approximate words per note body. */
  wordsPerNote?: number;
}

/** The defaults of {@link GenerateOptions}. */
export const GENERATE_DEFAULTS = { seed: 20260601, today: '2026-06-01', wordsPerNote: 700 } as const;

/** A roadmap phase; its notes live in the folder `notes/<id>/`. */
export interface GeneratedPhase {
  id: string;
  title: string;
  summary: string;
}

/** A heading of a note body, with the id the site gives it (GitHub style). */
export interface GeneratedHeading {
  depth: 2 | 3;
  text: string;
  id: string;
}

/** A link from one note to another, as written in its body. */
export interface GeneratedLink {
  kind: 'wikilink' | 'file';
  /** The slug of the linked note. */
  target: string;
  /** A heading id of the linked note, when the link points at one. */
  anchor?: string;
  /** Exactly what the body contains, e.g. `[[model-registry#stages]]` or `[label](../serving/kserve.mdx)`. */
  written: string;
}

/** One generated note, with the facts tests and the peer conversion need. */
export interface GeneratedNote {
  slug: string;
  title: string;
  summary: string;
  phase: string;
  /** Content-relative path with forward slashes: `notes/<phase>/<slug>.mdx`. */
  path: string;
  status: 'planned' | 'in-progress' | 'done';
  /** Slugs of earlier notes only. */
  prerequisites: string[];
  tags: string[];
  headings: GeneratedHeading[];
  links: GeneratedLink[];
  /** The MDX body after the frontmatter. */
  body: string;
  /** The whole file: frontmatter and body. */
  source: string;
}

/** A file to write, relative to the content folder. */
export interface GeneratedFile {
  path: string;
  contents: string;
}

/** The whole generated content folder. */
export interface GeneratedSite {
  seed: number;
  today: string;
  title: string;
  description: string;
  phases: GeneratedPhase[];
  /** In roadmap order. */
  notes: GeneratedNote[];
  /** `roadmap.yaml` then every note, in roadmap order. */
  files: GeneratedFile[];
}

/** A seeded pseudo-random source. */
export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  chance(probability: number): boolean;
  /** `count` distinct items, in random order. */
  sample<T>(items: readonly T[], count: number): T[];
}

/**
 * mulberry32: a tiny 32-bit PRNG with a good enough spread for synthetic text.
 * (https://gist.github.com/tommyettinger/46a874533244883189143505d203312c)
 */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    pick: (items) => items[Math.floor(next() * items.length)]!,
    chance: (probability) => next() < probability,
    sample: (items, count) => {
      const pool = [...items];
      const picked = [];
      for (let i = 0; i < count && pool.length > 0; i++) picked.push(pool.splice(int(0, pool.length - 1), 1)[0]!);
      return picked;
    },
  };
}

// Lowercase a–z only: safe in slugs, tags, heading ids and MDX prose (no `<`, `{` or `$`).
const WORDS = (
  'model data feature pipeline training serving registry drift metric experiment artifact dataset label schema ' +
  'container cluster node pod deployment service endpoint batch stream latency throughput scaling gpu memory ' +
  'version lineage metadata monitoring alert dashboard baseline threshold rollout canary shadow rollback release ' +
  'validation evaluation accuracy precision recall bias fairness audit governance policy approval review owner ' +
  'team budget cost quota storage bucket table partition index query warehouse lake catalog snapshot checkpoint ' +
  'epoch batchsize optimizer gradient loss tuning search trial sweep objective hyperparameter ensemble forest ' +
  'regression classifier embedding vector token prompt retrieval cache queue worker scheduler trigger cron job ' +
  'workflow step component operator controller manifest chart template secret config environment runtime image ' +
  'registry build test lint review merge branch commit tag release notebook script module package dependency ' +
  'kubernetes docker terraform helm kubeflow katib kserve mlflow airflow spark kafka feast azure datarobot python ' +
  'reproducible portable observable reliable scalable secure private robust stable fresh stale noisy sparse dense ' +
  'online offline realtime hourly daily weekly manual automated continuous incremental distributed parallel local ' +
  'quickly carefully rarely often usually always never first later again together instead mostly simply'
).split(' ');

// Small words that make the filler read like sentences rather than keyword soup.
const GLUE = [
  'the',
  'a',
  'each',
  'every',
  'this',
  'that',
  'and',
  'or',
  'with',
  'for',
  'in',
  'on',
  'to',
  'from',
  'by',
  'when',
  'before',
  'after',
];

const VERBS = [
  'tracks',
  'versions',
  'validates',
  'deploys',
  'monitors',
  'compares',
  'schedules',
  'caches',
  'logs',
  'promotes',
  'retrains',
  'scores',
  'exports',
  'reviews',
  'packages',
];

const PHASE_NAMES = ['foundations', 'refresher', 'infrastructure', 'data', 'training', 'serving', 'platforms', 'governance', 'capstone'];

const TAGS = [
  'kubernetes',
  'docker',
  'gpus',
  'pipelines',
  'serving',
  'monitoring',
  'drift',
  'feature-store',
  'registry',
  'testing',
  'data-quality',
  'experiment-tracking',
  'ci-cd',
  'terraform',
  'azure',
  'kubeflow',
  'governance',
  'security',
  'cost',
  'batch',
  'streaming',
  'llm',
  'evaluation',
  'automl',
  'observability',
];

const RESOURCE_KINDS = ['course', 'paper', 'book', 'docs', 'video', 'article', 'talk'];

const capitalize = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

function words(random: Random, count: number): string[] {
  return Array.from({ length: count }, () => random.pick(WORDS));
}

/** A sentence of `count` words (at least 4), capitalized and closed with a period. */
function sentence(random: Random, count: number): string {
  const parts: string[] = [];
  for (let i = 0; i < count; i++) {
    if (i === 2) parts.push(random.pick(VERBS));
    else if (i > 0 && random.chance(0.3)) parts.push(random.pick(GLUE));
    else parts.push(random.pick(WORDS));
  }
  // Some inline formatting, as real notes have.
  if (random.chance(0.3)) parts[count - 1] = `\`${parts[count - 1]}\``;
  if (random.chance(0.2)) parts[1] = `**${parts[1]}**`;
  return `${capitalize(parts.join(' '))}.`;
}

/** A paragraph of about `wordCount` words, with `inserts` (links, footnote refs) placed between its sentences. */
function paragraph(random: Random, wordCount: number, inserts: readonly string[] = []): string {
  const sentences: string[] = [];
  let written = 0;
  while (written < wordCount) {
    const length = Math.min(random.int(8, 16), Math.max(4, wordCount - written));
    sentences.push(sentence(random, length));
    written += length;
  }
  for (const insert of inserts) {
    const at = random.int(0, sentences.length - 1);
    // A footnote reference follows its sentence; a link reads as an aside.
    sentences[at] = insert.startsWith('[^') ? `${sentences[at]}${insert}` : `${sentences[at]!.slice(0, -1)} (see ${insert}).`;
  }
  return sentences.join(' ');
}

/** One plain sentence of at most 200 characters, as the schema asks. */
function summaryFor(random: Random): string {
  const plain = capitalize(words(random, random.int(10, 18)).join(' '));
  return `${plain.length > 199 ? plain.slice(0, plain.lastIndexOf(' ', 199)) : plain}.`;
}

/** Adds `days` to a `YYYY-MM-DD` date. UTC integer arithmetic: no time zone can shift it. */
export function addDays(date: string, days: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

/** A YAML scalar, double-quoted when plain style could be misread (backticks, `**`, `: `, `#`). */
function yamlText(text: string): string {
  return /^[\w][\w .,'()-]*$/.test(text) && !/: |#/.test(text) ? text : JSON.stringify(text);
}

/** Pass 1 of a note: what other notes need to know before any body is written. */
interface Skeleton {
  index: number;
  slug: string;
  title: string;
  phase: string;
  order: number;
  headings: GeneratedHeading[];
}

/** The section plan of a note: h2 headings, and for some an h3 inside. */
function headingsFor(random: Random): GeneratedHeading[] {
  const slugger = new GithubSlugger();
  const headings: GeneratedHeading[] = [];
  const used = new Set<string>();
  const heading = (depth: 2 | 3): void => {
    let text: string;
    do text = capitalize(words(random, random.int(2, 3)).join(' '));
    while (used.has(text));
    used.add(text);
    headings.push({ depth, text, id: slugger.slug(text) });
  };
  const sections = random.int(4, 5);
  for (let s = 0; s < sections; s++) {
    heading(2);
    if (s === 0 || s === 2 || random.chance(0.4)) heading(3);
  }
  return headings;
}

function phasesFor(random: Random, noteCount: number): GeneratedPhase[] {
  const count = Math.max(1, Math.min(random.int(5, 8), noteCount));
  // Keep roadmap order meaningful: a random subset of the names, in their usual order.
  const names = random.sample(PHASE_NAMES, count).sort((a, b) => PHASE_NAMES.indexOf(a) - PHASE_NAMES.indexOf(b));
  return names.map((name, i) => ({
    id: `${String(i + 1).padStart(2, '0')}-${name}`,
    title: capitalize(name),
    summary: sentence(random, random.int(8, 14)),
  }));
}

/** How many notes each phase gets: uneven, but at least one each. */
function phaseSizes(random: Random, phases: number, notes: number): number[] {
  const weights = Array.from({ length: phases }, () => 0.6 + random.next() * 0.8);
  const total = weights.reduce((a, b) => a + b, 0);
  const sizes = weights.map((w) => Math.max(1, Math.floor((w / total) * notes)));
  let missing = notes - sizes.reduce((a, b) => a + b, 0);
  for (let i = 0; missing !== 0; i = (i + 1) % phases) {
    if (missing > 0) {
      sizes[i]!++;
      missing--;
    } else if (sizes[i]! > 1) {
      sizes[i]!--;
      missing++;
    }
  }
  return sizes;
}

interface Dates {
  status: GeneratedNote['status'];
  started?: string;
  completed?: string;
  target?: string;
  log: { date: string; note: string; hours: number }[];
}

/**
 * Dates consistent with the status, following roadmap order: the first 40 % of notes are done (over the year
 * before `today`), the next 10 % are in progress, the rest are planned over the two years after `today`.
 */
function datesFor(random: Random, index: number, total: number, today: string): Dates {
  const position = total === 1 ? 0 : index / (total - 1);
  const session = (from: string, span: number): Dates['log'][number] => ({
    date: addDays(from, random.int(0, Math.max(0, span))),
    note: sentence(random, random.int(6, 12)),
    hours: random.int(1, 8) / 2,
  });
  const sessions = (from: string, span: number): Dates['log'] =>
    Array.from({ length: random.int(1, 4) }, () => session(from, span)).sort((a, b) => compareCodePoints(a.date, b.date));

  if (position < 0.4) {
    const started = addDays(today, -400 + Math.floor((position / 0.4) * 360));
    const completed = addDays(started, random.int(3, 14));
    return { status: 'done', started, completed, log: sessions(started, diffDays(started, completed)) };
  }
  if (position < 0.5) {
    const started = addDays(today, -random.int(1, 20));
    return { status: 'in-progress', started, target: addDays(today, random.int(5, 30)), log: sessions(started, diffDays(started, today)) };
  }
  return { status: 'planned', target: addDays(today, 30 + Math.floor(((position - 0.5) / 0.5) * 700)), log: [] };
}

/** Days from `from` to `to`. */
function diffDays(from: string, to: string): number {
  const utc = (d: string): number => {
    const [y, m, day] = d.split('-').map(Number) as [number, number, number];
    return Date.UTC(y, m - 1, day);
  };
  return Math.round((utc(to) - utc(from)) / 86_400_000);
}

/** A fenced code block of `language`, its lines made from three random words. */
function codeBlock(random: Random, language: string, lines: (words: string[]) => string[]): string {
  return ['```' + language, ...lines(words(random, 3)), '```'].join('\n');
}

function yamlCode(random: Random, slug: string): string {
  return codeBlock(random, 'yaml', ([team, format, bucket]) => [
    'apiVersion: serving.kserve.io/v1beta1',
    'kind: InferenceService',
    'metadata:',
    `  name: ${slug}`,
    '  labels:',
    `    team: ${team}`,
    'spec:',
    '  predictor:',
    `    minReplicas: ${random.int(1, 3)}`,
    `    maxReplicas: ${random.int(4, 12)}`,
    '    model:',
    `      modelFormat: { name: ${format} }`,
    `      storageUri: s3://models/${bucket}/${random.int(1, 40)}`,
  ]);
}

function pythonCode(random: Random): string {
  return codeBlock(random, 'python', ([task, model, metric]) => [
    'import mlflow',
    '',
    '',
    `def train_${task}(rows, epochs: int = ${random.int(3, 30)}) -> dict:`,
    `    """Fit the ${model} model and log it with its ${metric} metrics."""`,
    `    with mlflow.start_run(run_name="${task}-${model}"):`,
    '        model = build_model(rows)',
    '        for epoch in range(epochs):',
    '            loss = model.fit_epoch(rows)',
    '            mlflow.log_metric("loss", loss, step=epoch)',
    `        mlflow.log_param("${metric}", ${random.int(1, 99) / 100})`,
    '        return {"loss": loss, "epochs": epochs}',
  ]);
}

function table(random: Random): string {
  const rows = Array.from(
    { length: random.int(3, 5) },
    () => `| ${capitalize(random.pick(WORDS))} | ${sentence(random, random.int(5, 9)).slice(0, -1)} | ${random.int(1, 8)} h |`,
  );
  return ['| Concept | What it means here | Effort |', '| --- | --- | --- |', ...rows].join('\n');
}

function taskList(random: Random): string {
  return Array.from(
    { length: random.int(3, 5) },
    (_, i) => `- [${i < 2 ? 'x' : random.chance(0.3) ? 'x' : ' '}] ${sentence(random, random.int(4, 8)).slice(0, -1)}`,
  ).join('\n');
}

/** The links of one note: 3–5 wikilinks (some to headings) and 1–2 relative file links, to other notes. */
function linksFor(random: Random, self: Skeleton, all: readonly Skeleton[]): GeneratedLink[] {
  if (all.length < 2) return [];
  const other = (): Skeleton => {
    let target: Skeleton;
    do target = random.pick(all);
    while (target.index === self.index);
    return target;
  };
  const anchorOf = (target: Skeleton): string | undefined => (random.chance(0.5) ? random.pick(target.headings).id : undefined);
  const links: GeneratedLink[] = [];
  for (let i = random.int(3, 5); i > 0; i--) {
    const target = other();
    const anchor = anchorOf(target);
    links.push({
      kind: 'wikilink',
      target: target.slug,
      ...(anchor ? { anchor } : {}),
      written: `[[${target.slug}${anchor ? `#${anchor}` : ''}]]`,
    });
  }
  for (let i = random.int(1, 2); i > 0; i--) {
    const target = other();
    const anchor = anchorOf(target);
    const href = `../${target.phase}/${target.slug}.mdx${anchor ? `#${anchor}` : ''}`;
    links.push({ kind: 'file', target: target.slug, ...(anchor ? { anchor } : {}), written: `[${target.title}](${href})` });
  }
  return links;
}

/** The MDX body: sections with prose, a table, a task list, footnotes and two code blocks, with the links spread over the prose. */
function bodyFor(random: Random, self: Skeleton, links: readonly GeneratedLink[], wordsPerNote: number): string {
  // One paragraph to open, one under each heading, one after the YAML block.
  const paragraphs = self.headings.length + 2;
  // Fixed parts (headings, table, task list, code, footnotes) and the links take about 250 words; prose fills the rest.
  const perParagraph = Math.max(20, Math.round((wordsPerNote - 250) / paragraphs));
  // Paragraph 0 is the intro; links go round-robin into the paragraphs.
  const inserts: string[][] = Array.from({ length: paragraphs }, () => []);
  links.forEach((link, i) => inserts[(i * 2 + 1) % paragraphs]!.push(link.written));
  inserts[1]!.push('[^1]');
  inserts[paragraphs - 1]!.push('[^2]');
  let next = 0;
  const prose = (): string => paragraph(random, perParagraph + random.int(-10, 10), inserts[next++] ?? []);

  const blocks: string[] = [prose()];
  let h2Seen = 0;
  for (const heading of self.headings) {
    blocks.push(`${'#'.repeat(heading.depth)} ${heading.text}`);
    if (heading.depth === 3) {
      blocks.push(prose());
      continue;
    }
    h2Seen++;
    blocks.push(prose());
    if (h2Seen === 1) blocks.push(table(random));
    if (h2Seen === 2) blocks.push(yamlCode(random, self.slug), prose());
    if (h2Seen === 3) blocks.push(taskList(random), pythonCode(random));
  }
  blocks.push(`[^1]: ${sentence(random, random.int(8, 14))}`, `[^2]: ${sentence(random, random.int(8, 14))}`);
  return `${blocks.join('\n\n')}\n`;
}

function frontmatter(fields: Record<string, string | undefined>, lists: string[]): string {
  const lines = Object.entries(fields).flatMap(([key, value]) => (value === undefined ? [] : [`${key}: ${value}`]));
  return ['---', ...lines, ...lists, '---'].join('\n');
}

/**
 * Generates the whole content folder: `roadmap.yaml` with 5–8 phases and `notes/<phase>/<slug>.mdx` for each
 * of `options.notes` notes, in roadmap order.
 */
export function generateSite(options: GenerateOptions): GeneratedSite {
  const seed = options.seed ?? GENERATE_DEFAULTS.seed;
  const today = options.today ?? GENERATE_DEFAULTS.today;
  const wordsPerNote = options.wordsPerNote ?? GENERATE_DEFAULTS.wordsPerNote;
  const total = Math.max(0, Math.floor(options.notes));
  const random = createRandom(seed);

  const phases = phasesFor(random, total);
  const sizes = total === 0 ? [] : phaseSizes(random, phases.length, total);
  const skeletons: Skeleton[] = [];
  phases.forEach((phase, p) => {
    for (let order = 1; order <= (sizes[p] ?? 0); order++) {
      const index = skeletons.length;
      const [a, b] = words(random, 2);
      skeletons.push({
        index,
        // The index keeps slugs unique however the words fall.
        slug: `${a}-${b}-${index + 1}`,
        title: `${capitalize(a!)} ${b} ${random.pick(['basics', 'in practice', 'at scale', 'deep dive', 'patterns', 'notes'])}`,
        phase: phase.id,
        order,
        headings: headingsFor(random),
      });
    }
  });

  const notes = skeletons.map((self): GeneratedNote => {
    const dates = datesFor(random, self.index, total, today);
    // 1–3 prerequisites among the (up to) 30 notes just before this one: local, like real study order.
    const window = skeletons.slice(Math.max(0, self.index - 30), self.index);
    const prerequisites = random.sample(window, random.int(1, 3)).map((s) => s.slug);
    const related =
      self.index > 0 && random.chance(0.5)
        ? random
            .sample(
              skeletons.filter((s) => s.index !== self.index),
              random.int(1, 2),
            )
            .map((s) => s.slug)
        : [];
    const tags = random.sample(TAGS, random.int(1, 4)).sort(compareCodePoints);
    const summary = summaryFor(random);
    const links = linksFor(random, self, skeletons);
    const body = bodyFor(random, self, links, wordsPerNote);
    const resources = Array.from({ length: random.int(0, 2) }, (_, i) => [
      `  - title: ${capitalize(words(random, 3).join(' '))}`,
      `    url: https://example.com/${self.slug}/${i + 1}`,
      `    kind: ${random.pick(RESOURCE_KINDS)}`,
    ]).flat();

    const head = frontmatter(
      {
        title: yamlText(self.title),
        summary: yamlText(summary),
        phase: self.phase,
        status: dates.status,
        order: String(self.order),
        started: dates.started,
        completed: dates.completed,
        target: dates.target,
        prerequisites: prerequisites.length ? `[${prerequisites.join(', ')}]` : undefined,
        related: related.length ? `[${related.join(', ')}]` : undefined,
        tags: `[${tags.join(', ')}]`,
      },
      [
        ...(resources.length ? ['resources:', ...resources] : []),
        ...(dates.log.length
          ? [
              'log:',
              ...dates.log.flatMap((entry) => [
                `  - date: ${entry.date}`,
                `    note: ${yamlText(entry.note)}`,
                `    hours: ${entry.hours}`,
              ]),
            ]
          : []),
      ],
    );
    return {
      slug: self.slug,
      title: self.title,
      summary,
      phase: self.phase,
      path: `notes/${self.phase}/${self.slug}.mdx`,
      status: dates.status,
      prerequisites,
      tags,
      headings: self.headings,
      links,
      body,
      source: `${head}\n\n${body}`,
    };
  });

  const title = 'Synthetic MLOps Roadmap';
  const description = `${total} generated notes for the build benchmark (seed ${seed}).`;
  const roadmap = [
    `title: ${title}`,
    `description: ${yamlText(description)}`,
    'author: The benchmark',
    'phases:',
    ...phases.flatMap((p) => [`  - id: ${p.id}`, `    title: ${p.title}`, `    summary: ${yamlText(p.summary)}`]),
    '',
  ].join('\n');

  return {
    seed,
    today,
    title,
    description,
    phases,
    notes,
    files: [{ path: 'roadmap.yaml', contents: roadmap }, ...notes.map((n) => ({ path: n.path, contents: n.source }))],
  };
}

/**
 * The smallest real edit to a note: the first prose word of its body gets one letter more. Used to time a rebuild
 * after touching one note. Returns the new source.
 */
export function touchOneWord(source: string): string {
  const bodyStart = source.indexOf('\n---\n', 4) + 5;
  // The first lowercase word of at least four letters after the frontmatter: always prose in generated notes.
  const match = /\b([a-z]{4,})\b/.exec(source.slice(bodyStart));
  if (!match) return `${source}\nTouched.\n`;
  const at = bodyStart + match.index + match[1]!.length;
  return `${source.slice(0, at)}s${source.slice(at)}`;
}
