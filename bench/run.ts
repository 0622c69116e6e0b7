#!/usr/bin/env node
/**
 * `npm run bench`: builds synthetic roadmaps of N notes and measures the build (cold and rebuilds), its memory,
 * the content check, the size of the output and the weight of a topic page; optionally the same notes built
 * with Starlight, interleaved with ours. A benchmark, not a test: it asserts nothing about time.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { measureDevServer } from './dev.ts';
import { GENERATE_DEFAULTS, generateSite, touchOneWord, type GeneratedSite } from './generate.ts';
import { astroPhases, evenSample, folderSize, pageWeight, timedRun, writeFiles, type TimedRun } from './measure.ts';
import {
  clearStarlightContent,
  ensureStarlightInstalled,
  STARLIGHT_ASTRO,
  STARLIGHT_DIR,
  starlightFiles,
  starlightTopicPages,
} from './peer-starlight.ts';
import { selfTimeByPackage, type CpuProfile } from './profile.ts';
import { removeDotAstro, snapshotProject } from './snapshot.ts';
import {
  formatMs,
  formatReport,
  formatSize,
  summarizePages,
  writeResultJson,
  type BenchResult,
  type BuildSample,
  type SiteResult,
  type SizeResult,
} from './report.ts';

const projectRoot = path.resolve(import.meta.dirname, '..');
const resultsDir = path.join(projectRoot, 'bench/results');
const ourAstro = path.join(projectRoot, 'node_modules/astro/bin/astro.mjs');
const PAGES_SAMPLED = 5;

const HELP = `Usage: npm run bench -- [options]

Generates N synthetic notes (seeded, ~700 words each) into a temporary folder, checks them with
npm run check, then measures for each N: a cold build (npm run build; fresh cache and output folder), its peak
memory (whole process tree), the content check, rebuilds with the same cache (nothing touched, one
word of one note changed), the dist size and the weight of a sample of topic pages (HTML, CSS, JS;
raw and gzip). Prints a table and writes bench/results/<timestamp>.json.

Options:
  --notes <list>     comma-separated note counts (default 1000), e.g. --notes 200,1000,5000
  --runs <n>         runs per site and N; the table shows medians (default 3)
  --peer starlight   also build the same notes with Astro Starlight, interleaved with ours
                     (installs bench/peers/starlight on first use)
  --quick            a smoke check: --notes 50 --runs 1 (explicit --notes/--runs still win)
  --workers <n>      worker threads of the build (STUDY_NOTES_WORKERS; default one per core, 0 for
                     none), e.g. 1 then 2 to see what a second core brings
  --dev              measure the dev server instead of builds: its start, the first topic page, an
                     edit until the page shows it, a new title until a page listing the note shows it
  --port <n>         the dev server's port with --dev (default 4321)
  --seed <n>         PRNG seed of the generated content (default ${GENERATE_DEFAULTS.seed})
  --cpu-prof         after the timed runs, one more (untimed) cold build of ours per N under
                     node --cpu-prof; prints self time by package, keeps the profile in bench/results/
  --cold-only        only the cold builds, no rebuilds (a 5,000-note run of both sites in half the time)
  --keep             keep the temporary content and build folders (their path is printed)
  -h, --help         this text
`;

interface Options {
  notes: number[];
  runs: number;
  peer?: 'starlight';
  seed: number;
  workers?: number;
  keep: boolean;
  /** Cold builds only, no rebuilds. */
  coldOnly: boolean;
  cpuProf: boolean;
  dev: boolean;
  port: number;
}

/** Reads the command line; exits with the usage on a mistake. */
function readOptions(argv: string[]): Options {
  const fail = (message: string): never => {
    process.stderr.write(`${message}\n\n${HELP}`);
    process.exit(2);
  };
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: {
        notes: { type: 'string' },
        runs: { type: 'string' },
        peer: { type: 'string' },
        quick: { type: 'boolean', default: false },
        seed: { type: 'string' },
        workers: { type: 'string' },
        keep: { type: 'boolean', default: false },
        'cold-only': { type: 'boolean', default: false },
        'cpu-prof': { type: 'boolean', default: false },
        dev: { type: 'boolean', default: false },
        port: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }).values;
  } catch (error) {
    return fail((error as Error).message);
  }
  if (parsed.help) {
    process.stdout.write(HELP);
    process.exit(0);
  }
  const positive = (raw: string, what: string): number => {
    const value = Number(raw);
    return Number.isInteger(value) && value > 0 ? value : fail(`${what}: "${raw}" is not a positive whole number.`);
  };
  const notes =
    parsed.notes !== undefined ? parsed.notes.split(',').map((n) => positive(n.trim(), '--notes')) : parsed.quick ? [50] : [1000];
  const runs = parsed.runs !== undefined ? positive(parsed.runs, '--runs') : parsed.quick ? 1 : 3;
  if (parsed.peer !== undefined && parsed.peer !== 'starlight')
    fail(`--peer: "${parsed.peer}" is not a known peer; the one peer is starlight.`);
  return {
    notes,
    runs,
    ...(parsed.peer === 'starlight' ? { peer: 'starlight' as const } : {}),
    seed: parsed.seed !== undefined ? positive(parsed.seed, '--seed') : GENERATE_DEFAULTS.seed,
    ...(parsed.workers !== undefined
      ? { workers: /^\d+$/.test(parsed.workers) ? Number(parsed.workers) : fail(`--workers: "${parsed.workers}" is not a whole number.`) }
      : {}),
    keep: parsed.keep,
    coldOnly: parsed['cold-only'],
    cpuProf: parsed['cpu-prof'],
    dev: parsed.dev,
    port: parsed.port !== undefined ? positive(parsed.port, '--port') : 4321,
  };
}

/** `--workers`: passed to every build as STUDY_NOTES_WORKERS. */
let workersOption: number | undefined;

/** The environment of every measured command: no test env, no colours, no telemetry, a pinned "today". */
function commandEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const { NODE_ENV: _nodeEnv, VITEST: _vitest, ...rest } = process.env;
  const workers = workersOption !== undefined ? { STUDY_NOTES_WORKERS: String(workersOption) } : {};
  return {
    ...rest,
    ASTRO_TELEMETRY_DISABLED: '1',
    FORCE_COLOR: '0',
    NO_COLOR: '1',
    STUDY_NOTES_TODAY: GENERATE_DEFAULTS.today,
    ...workers,
    ...extra,
  };
}

const log = (message: string): void => {
  process.stderr.write(`${message}\n`);
};

/** Stops the bench with the command's output, keeping the temporary folder for a look. */
function abort(what: string, run: TimedRun, tempRoot: string): never {
  const tail = run.output.split('\n').slice(-60).join('\n');
  process.stderr.write(
    `\n${what} failed (exit code ${run.exitCode}). Last lines of its output:\n${tail}\n\nThe generated content and builds are kept in ${tempRoot}\n`,
  );
  process.exit(1);
}

/** Runs `node scripts/check.ts` of the project copy over the content; aborts with the problems if it finds any error. */
async function checkContent(project: string, contentDir: string, tempRoot: string): Promise<{ ms: number; warnings: number }> {
  const run = await timedRun(process.execPath, [path.join(project, 'scripts/check.ts')], {
    cwd: project,
    env: commandEnv({ CONTENT_DIR: contentDir }),
  });
  if (run.exitCode !== 0) abort('npm run check of the generated content', run, tempRoot);
  const warnings = /(\d+) warnings?/.exec(run.output);
  return { ms: run.wallMs, warnings: warnings ? Number(warnings[1]) : 0 };
}

/** How to build one site, and where its pages and notes are. */
interface SiteUnderTest {
  name: 'ours' | 'starlight';
  cwd: string;
  /** The build command's arguments to node: for ours, `npm run build`'s script (what an author runs). */
  build: string[];
  env: Record<string, string>;
  /** Topic pages relative to the dist folder. */
  topicPages: string[];
  /** The file to touch for the one-note rebuild. */
  noteToTouch: string;
}

async function build(
  site: SiteUnderTest,
  outDir: string,
  cacheDir: string,
  tempRoot: string,
  { nodeFlags = [], command = site.build }: { nodeFlags?: string[]; command?: string[] } = {},
): Promise<BuildSample> {
  const run = await timedRun(process.execPath, [...nodeFlags, ...command, '--outDir', outDir], {
    cwd: site.cwd,
    env: commandEnv({ ...site.env, ASTRO_CACHE_DIR: cacheDir }),
  });
  if (run.exitCode !== 0) abort(`the build of ${site.name}`, run, tempRoot);
  return { wallMs: run.wallMs, cpuMs: run.cpuMs, peakRssBytes: run.peakRssBytes, phases: astroPhases(run.output) };
}

/** One run of one site: cold build, then rebuilds with the same cache and output folder. */
async function runSite(
  site: SiteUnderTest,
  runDir: string,
  tempRoot: string,
  result: SiteResult,
  label: string,
  coldOnly: boolean,
): Promise<void> {
  const outDir = path.join(runDir, 'dist');
  const cacheDir = path.join(runDir, 'cache');
  // Cold means no cache, no output and no intermediate files of an earlier build.
  removeDotAstro(site.cwd);
  const cold = await build(site, outDir, cacheDir, tempRoot);
  log(
    `${label} ${site.name}: cold ${(cold.wallMs / 1000).toFixed(1)} s (CPU ${(cold.cpuMs / 1000).toFixed(1)} s), ${(cold.peakRssBytes / 1e9).toFixed(2)} GB`,
  );
  if (result.runs.length === 0) {
    // The output is deterministic: weigh it once.
    const size = folderSize(outDir);
    result.distBytes = size.bytes;
    result.distFiles = size.files;
    result.pagesSampled = evenSample(site.topicPages, PAGES_SAMPLED).map((page) => pageWeight(outDir, page));
    result.pageWeight = summarizePages(result.pagesSampled);
  }
  if (result.pages === undefined && cold.phases.pages !== undefined) result.pages = cold.phases.pages;
  if (coldOnly) {
    result.runs.push({ cold });
    rmSync(runDir, { recursive: true, force: true });
    return;
  }
  const rebuildUntouched = await build(site, outDir, cacheDir, tempRoot);
  const original = readFileSync(site.noteToTouch, 'utf8');
  writeFileSync(site.noteToTouch, touchOneWord(original));
  let rebuildOneNote: BuildSample;
  try {
    rebuildOneNote = await build(site, outDir, cacheDir, tempRoot);
  } finally {
    writeFileSync(site.noteToTouch, original);
  }
  log(
    `${label} ${site.name}: rebuild untouched ${(rebuildUntouched.wallMs / 1000).toFixed(1)} s, one note ${(rebuildOneNote.wallMs / 1000).toFixed(1)} s`,
  );
  result.runs.push({ cold, rebuildUntouched, rebuildOneNote });
  rmSync(runDir, { recursive: true, force: true });
}

function emptySiteResult(site: SiteUnderTest['name']): SiteResult {
  const zero = { raw: 0, gzip: 0 };
  return {
    site,
    runs: [],
    distBytes: 0,
    distFiles: 0,
    pageWeight: { html: zero, css: zero, js: zero, inlineJs: zero, total: zero },
    pagesSampled: [],
  };
}

/** One extra cold build of ours under `--cpu-prof`; returns self time by package of its main thread. */
async function profileOurs(site: SiteUnderTest, notes: number, tempRoot: string, startedAt: string): Promise<SizeResult['profile']> {
  const profileDir = path.join(resultsDir, `profile-${startedAt.replace(/[:.]/g, '-')}-${notes}`);
  const runDir = path.join(tempRoot, `ours-${notes}-profile`);
  log(`[N=${notes}] profiling one cold build of ours…`);
  removeDotAstro(site.cwd);
  // `astro build` itself, whose main thread is the one to profile.
  await build(site, path.join(runDir, 'dist'), path.join(runDir, 'cache'), tempRoot, {
    nodeFlags: ['--cpu-prof', `--cpu-prof-dir=${profileDir}`],
    command: [ourAstro, 'build'],
  });
  rmSync(runDir, { recursive: true, force: true });
  // The largest profile is the build's main thread; workers, if any, write smaller ones.
  const files = readdirSync(profileDir)
    .filter((f) => f.endsWith('.cpuprofile'))
    .map((f) => path.join(profileDir, f));
  const main = files.sort((a, b) => statSync(b).size - statSync(a).size)[0];
  if (!main) return undefined;
  const profile = JSON.parse(readFileSync(main, 'utf8')) as CpuProfile;
  return { file: path.relative(projectRoot, main), topPackages: selfTimeByPackage(profile).slice(0, 15) };
}

async function benchSize(notes: number, options: Options, tempRoot: string, project: string, startedAt: string): Promise<SizeResult> {
  const site: GeneratedSite = generateSite({ notes, seed: options.seed, today: GENERATE_DEFAULTS.today });
  const contentDir = path.join(tempRoot, `content-${notes}`);
  writeFiles(contentDir, site.files);
  const words = site.notes.reduce((sum, n) => sum + n.body.split(/\s+/).filter(Boolean).length, 0);
  log(`[N=${notes}] generated ${site.notes.length} notes in ${site.phases.length} phases (${contentDir}); checking…`);
  // The content must be valid before anything is timed: a broken site would measure an error path.
  const firstCheck = await checkContent(project, contentDir, tempRoot);

  const touched = site.notes[Math.floor(site.notes.length / 2)]!;
  const ours: SiteUnderTest = {
    name: 'ours',
    cwd: project,
    build: [path.join(project, 'scripts/build.ts')],
    env: { CONTENT_DIR: contentDir },
    topicPages: site.notes.map((n) => path.join('topics', n.slug, 'index.html')),
    noteToTouch: path.join(contentDir, touched.path),
  };
  let peer: SiteUnderTest | undefined;
  if (options.peer === 'starlight') {
    clearStarlightContent();
    writeFiles(path.join(STARLIGHT_DIR, 'src'), starlightFiles(site));
    peer = {
      name: 'starlight',
      cwd: STARLIGHT_DIR,
      build: [STARLIGHT_ASTRO, 'build'],
      env: {},
      topicPages: starlightTopicPages(site),
      noteToTouch: path.join(STARLIGHT_DIR, 'src/content/docs', touched.phase, `${touched.slug}.mdx`),
    };
  }

  const result: SizeResult = {
    notes,
    phases: site.phases.length,
    words,
    checkWarnings: firstCheck.warnings,
    ours: emptySiteResult('ours'),
    ...(peer ? { peer: emptySiteResult(peer.name) } : {}),
  };
  if (options.dev) {
    result.dev = [];
    for (let run = 1; run <= options.runs; run++) {
      removeDotAstro(project);
      const cacheDir = path.join(tempRoot, `dev-${notes}-${run}-cache`);
      const sample = await measureDevServer({
        cwd: project,
        astro: ourAstro,
        contentDir,
        site,
        port: options.port,
        env: commandEnv({ CONTENT_DIR: contentDir, ASTRO_CACHE_DIR: cacheDir }),
      });
      log(
        `[N=${notes}] dev run ${run}/${options.runs}: start ${formatMs(sample.startMs)} (again, warm: ${formatMs(sample.warmStartMs)}), first page ${formatMs(sample.firstPageMs)}, edit visible ${formatMs(sample.editVisibleMs)}, retitle visible ${formatMs(sample.retitleVisibleMs)}, ${(sample.peakRssBytes / 1e9).toFixed(2)} GB`,
      );
      result.dev.push(sample);
      rmSync(cacheDir, { recursive: true, force: true });
    }
    if (!options.keep) rmSync(contentDir, { recursive: true, force: true });
    return result;
  }
  for (let run = 1; run <= options.runs; run++) {
    const label = `[N=${notes}] run ${run}/${options.runs}`;
    // Interleaved (ours, theirs, ours, theirs…) so a slow spell of the machine hits both alike.
    const check = await checkContent(project, contentDir, tempRoot);
    await runSite(ours, path.join(tempRoot, `ours-${notes}-${run}`), tempRoot, result.ours, label, options.coldOnly);
    result.ours.runs.at(-1)!.checkMs = check.ms;
    if (peer) await runSite(peer, path.join(tempRoot, `starlight-${notes}-${run}`), tempRoot, result.peer!, label, options.coldOnly);
  }
  if (options.cpuProf) {
    const profile = await profileOurs(ours, notes, tempRoot, startedAt);
    if (profile) result.profile = profile;
  }
  if (!options.keep) rmSync(contentDir, { recursive: true, force: true });
  return result;
}

function packageVersion(file: string): string {
  try {
    return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

async function main(): Promise<void> {
  const options = readOptions(process.argv.slice(2));
  workersOption = options.workers;
  const startedAt = new Date().toISOString();
  if (options.dev && options.peer) {
    process.stderr.write(`--dev measures our dev server only; leave out --peer.\n\n${HELP}`);
    process.exit(2);
  }
  if (options.peer) ensureStarlightInstalled();
  const tempRoot = mkdtempSync(path.join(os.tmpdir(), 'notes-bench-'));
  log(
    `Benchmark: N = ${options.notes.join(', ')}; ${options.runs} run(s)${options.peer ? `; peer ${options.peer}` : ''}${options.workers !== undefined ? `; ${options.workers} worker(s)` : ''}; temporary folder ${tempRoot}`,
  );
  // Our site builds from a copy: see snapshot.ts for why.
  const project = snapshotProject(projectRoot, path.join(tempRoot, 'project'));

  const result: BenchResult = {
    startedAt,
    options: {
      notes: options.notes,
      runs: options.runs,
      ...(options.peer ? { peer: options.peer } : {}),
      ...(options.workers !== undefined ? { workers: options.workers } : {}),
      ...(options.dev ? { dev: true } : {}),
      seed: options.seed,
      today: GENERATE_DEFAULTS.today,
    },
    environment: {
      node: process.version,
      platform: `${os.platform()} ${os.release()}`,
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model.trim() ?? 'unknown',
      memoryBytes: os.totalmem(),
      astro: packageVersion(path.join(projectRoot, 'node_modules/astro/package.json')),
      ...(options.peer ? { starlight: packageVersion(path.join(STARLIGHT_DIR, 'node_modules/@astrojs/starlight/package.json')) } : {}),
    },
    sizes: [],
  };
  try {
    for (const notes of options.notes) {
      const size = await benchSize(notes, options, tempRoot, project, startedAt);
      result.sizes.push(size);
      // With several N, show each table as soon as it is known; the full report follows at the end.
      if (options.notes.length > 1) log(`\n${formatSize(size, options.runs)}\n`);
    }
  } finally {
    if (options.peer) clearStarlightContent();
  }
  if (!options.keep) rmSync(tempRoot, { recursive: true, force: true });
  else log(`Kept ${tempRoot}`);

  process.stdout.write(formatReport(result));
  log(`Results: ${path.relative(process.cwd(), writeResultJson(result, resultsDir))}`);
}

await main();
