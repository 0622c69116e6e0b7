/**
 * What a successful build remembers so that the next one can skip its work when nothing changed: a fingerprint of
 * every input of the build (file hashes, the environment variables that change pages, today's date, git's dates,
 * the command line) and a manifest of the output folder (each file's hash). Pure comparison over plain data; the
 * files are read in src/node/build-record.ts.
 */

/** Environment variables whose value can change what a build writes, by name. */
export const OUTPUT_VARIABLES = [
  'SITE_URL',
  'BASE_PATH',
  'STUDY_NOTES_TODAY',
  'CONTENT_DIR',
  'ASTRO_CACHE_DIR',
  'NODE_ENV',
  'TZ',
  'LANG',
  'LC_ALL',
] as const;

/** Prefixes Vite and Astro read (`import.meta.env`, Astro's own settings): every variable with one counts. */
export const OUTPUT_VARIABLE_PREFIXES = ['PUBLIC_', 'VITE_', 'ASTRO_'] as const;

/**
 * Variables the build reads that never change its output, each with why. A variable read anywhere in the
 * build's code must be in one list or the other (tests/unit/build-record.test.ts reads the code to hold that).
 */
export const VARIABLES_WITHOUT_OUTPUT: Readonly<Record<string, string>> = {
  GITHUB_ACTIONS: 'adds pull-request annotations to the printed problems',
  CI: 'changes what the command-line tools print',
  DEBUG: 'prints framework stack traces',
  STUDY_NOTES_WORKERS: 'sets how many threads do the work; the output is the same (tests/build/parallel-compile.test.ts)',
  SHARE_IMAGE_CACHE_DIR: 'moves the share-image cache; the images are the same',
  STUDY_NOTES_WORKERS_ONLY: 'leaves every note to the compile workers (for tests); the output is the same',
  STUDY_NOTES_FORCE_BUILD: 'asks for a full build',
  STUDY_NOTES_INDEX_AFTER_BUILD: 'leaves the search index to `npm run build`, which makes the same one',
  ASTRO_TELEMETRY_DISABLED: "turns off Astro's anonymous usage reports",
};

/** The variable that makes a build run even when nothing changed. */
export const FORCE_BUILD_VARIABLE = 'STUDY_NOTES_FORCE_BUILD';

/** Set by `npm run build` for its `astro build`, which then leaves the search index to it (scripts/build.ts). */
export const INDEX_AFTER_BUILD_VARIABLE = 'STUDY_NOTES_INDEX_AFTER_BUILD';

/** Everything a build's output depends on. */
export interface BuildInputs {
  /** Bumped when the shape or meaning of the record changes, so an old record never matches. */
  version: number;
  /** Node version, platform and architecture. */
  runtime: string;
  /** The build's command-line arguments (`--outDir`, `--site`, …). */
  args: readonly string[];
  /** The output variables that are set, by name. */
  environment: Readonly<Record<string, string>>;
  /** Today's date as the build sees it (pages show how long ago things happened). */
  today: string;
  /** Hash of every input file, by its path (content files under `content/`, the rest from the project root). */
  files: Readonly<Record<string, string>>;
  /** Hash of what git says about the notes: each one's last commit day and its path in the repository. */
  git: string;
}

/** Hash of every file in the output folder, by its path inside it. */
export type OutputManifest = Readonly<Record<string, string>>;

/** What a successful build saves. */
export interface BuildRecord {
  inputs: BuildInputs;
  /** The output folder, absolute. */
  outDir: string;
  output: OutputManifest;
}

/** The output variables of an environment: the named ones and every one with an output prefix, but those known not to be. */
export function outputEnvironment(env: Readonly<Record<string, string | undefined>>): Record<string, string> {
  const picked: Record<string, string> = {};
  for (const name of Object.keys(env).sort()) {
    const value = env[name];
    if (value === undefined || name in VARIABLES_WITHOUT_OUTPUT) continue;
    if ((OUTPUT_VARIABLES as readonly string[]).includes(name) || OUTPUT_VARIABLE_PREFIXES.some((prefix) => name.startsWith(prefix)))
      picked[name] = value;
  }
  return picked;
}

/** The keys of two maps that differ: added, removed or changed. */
function changedKeys(before: Readonly<Record<string, string>>, after: Readonly<Record<string, string>>): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys].filter((key) => before[key] !== after[key]).sort();
}

/** "a", "a and b", "a, b and 3 more". */
function listSome(items: readonly string[]): string {
  if (items.length <= 2) return items.join(' and ');
  return `${items.slice(0, 2).join(', ')} and ${items.length - 2} more`;
}

/**
 * Why the build must run, or undefined when the saved record proves the output folder already holds what it
 * would write: the same inputs, and every output file as the last build left it (none missing, none added).
 */
export function whyBuild(
  saved: BuildRecord | undefined,
  // The output is read last, and only when every input matches: hashing a large dist/ is the costly part.
  current: { inputs: BuildInputs; outDir: string; readOutput: () => OutputManifest },
): string | undefined {
  if (!saved) return 'no earlier build is recorded';
  if (saved.inputs.version !== current.inputs.version) return 'the earlier build was made by another version of the site generator';
  if (saved.outDir !== current.outDir) return `the earlier build wrote to ${saved.outDir}`;
  const before = saved.inputs;
  const now = current.inputs;
  if (before.runtime !== now.runtime) return `the runtime changed (${before.runtime} → ${now.runtime})`;
  if (JSON.stringify(before.args) !== JSON.stringify(now.args)) return 'the command-line arguments changed';
  const variables = changedKeys(before.environment, now.environment);
  if (variables.length) return `${listSome(variables)} changed`;
  if (before.today !== now.today) return `the date changed (${before.today} → ${now.today})`;
  const files = changedKeys(before.files, now.files);
  if (files.length) return `${listSome(files)} changed`;
  if (before.git !== now.git) return 'git history of the notes changed';
  const output = current.readOutput();
  const changed = changedKeys(saved.output, output);
  if (changed.length) return `the output folder is not as the last build left it (${listSome(changed)})`;
  if (Object.keys(output).length === 0) return 'the output folder is empty';
  return undefined;
}
