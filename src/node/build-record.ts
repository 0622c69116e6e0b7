/**
 * Reads the inputs of a build and the files of its output folder, and keeps the record of the last successful
 * build in the project cache (src/node/cache-dir.ts), for the skip of an unchanged build (src/lib/build-record.ts).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { BuildInputs, BuildRecord, OutputManifest } from '../lib/build-record.ts';
import { outputEnvironment } from '../lib/build-record.ts';
import { projectCacheDir } from './cache-dir.ts';
import { readClock } from './clock.ts';
import { pathInRepository, readContentHistory } from './git-dates.ts';
import { publishedSite } from './site-store.ts';
import { contentLocation, listNoteFiles, type ContentLocation } from './load-site.ts';

// Bump when what goes into the record changes.
const RECORD_VERSION = 1;

/** The project's own folders whose every file the build may read. */
const SOURCE_FOLDERS = ['src', 'public'];

function hashFile(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('base64url');
}

/** Every file under `dir` (dot files included), relative to it with forward slashes. */
function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  // readdir rather than a glob: globs skip dot files, and `.env`-style files are inputs too.
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

/** `{ "<prefix>/<file>": hash }` for every file under `dir`. */
function hashFolder(dir: string, prefix: string, into: Record<string, string>): void {
  for (const file of filesUnder(dir)) into[`${prefix}/${file}`] = hashFile(path.join(dir, file));
}

/**
 * The project's top-level files (the config, the lockfiles, tsconfig, `.env` files Vite reads, …) and the
 * installed packages' own lockfile, which npm rewrites whenever node_modules changes.
 */
function topLevelFiles(root: string): string[] {
  const top = readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => entry.name)
    .sort();
  return [...top, 'node_modules/.package-lock.json'].filter((file) => existsSync(path.join(root, file)));
}

/** Fingerprints every input of a build of the project at `root`. */
export function readBuildInputs(root: string, args: readonly string[], env: NodeJS.ProcessEnv = process.env): BuildInputs {
  const location: ContentLocation = contentLocation(root);
  const files: Record<string, string> = {};
  for (const file of topLevelFiles(root)) files[file] = hashFile(path.join(root, file));
  for (const folder of SOURCE_FOLDERS) hashFolder(path.join(root, folder), folder, files);
  hashFolder(location.contentDir, 'content', files);

  // Topic pages show the day of a note's last commit and link to its file in the repository.
  // The history the content check read for this run, else one `git log` of our own.
  const history = publishedSite()?.history ?? readContentHistory(location);
  const git = createHash('sha256');
  for (const absolute of listNoteFiles(location)) {
    const file = path.relative(root, absolute).split(path.sep).join('/');
    git.update(`${file}\0${history.lastChanged.get(file) ?? ''}\0${pathInRepository(history, file, location)}\n`);
  }

  return {
    version: RECORD_VERSION,
    runtime: `${process.version} ${process.platform} ${process.arch}`,
    args: [...args],
    environment: outputEnvironment(env),
    today: readClock(env).date,
    files,
    git: git.digest('base64url'),
  };
}

/** The manifest of `record`'s output with the files now under `folder` of its output folder. */
export function withOutputFolder(record: BuildRecord, folder: string): BuildRecord {
  const output: Record<string, string> = { ...record.output };
  hashFolder(path.join(record.outDir, folder), folder, output);
  return { ...record, output };
}

/** Hash of every file in the output folder (none when it is missing). */
export function readOutputManifest(outDir: string): OutputManifest {
  const manifest: Record<string, string> = {};
  for (const file of filesUnder(outDir)) manifest[file] = hashFile(path.join(outDir, file));
  return manifest;
}

function recordFile(root: string): string {
  return path.join(projectCacheDir(root), 'last-build.json');
}

/** The record of the last successful build, if there is a readable one. */
export function readBuildRecord(root: string): BuildRecord | undefined {
  try {
    return JSON.parse(readFileSync(recordFile(root), 'utf8')) as BuildRecord;
  } catch {
    return undefined;
  }
}

/** Forgets the last build: from the start of a build until it succeeds, its output folder is not to be trusted. */
export function forgetBuildRecord(root: string): void {
  rmSync(recordFile(root), { force: true });
}

export function saveBuildRecord(root: string, record: BuildRecord): void {
  const file = recordFile(root);
  mkdirSync(path.dirname(file), { recursive: true });
  // Write then rename, so a build that reads it never sees half a file.
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, JSON.stringify(record));
  renameSync(temporary, file);
}
