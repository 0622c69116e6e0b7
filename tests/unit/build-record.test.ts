import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  OUTPUT_VARIABLE_PREFIXES,
  OUTPUT_VARIABLES,
  outputEnvironment,
  VARIABLES_WITHOUT_OUTPUT,
  whyBuild,
  type BuildInputs,
  type BuildRecord,
} from '../../src/lib/build-record.ts';

const inputs: BuildInputs = {
  version: 1,
  runtime: 'v24 linux x64',
  args: ['build'],
  environment: { SITE_URL: 'https://example.org' },
  today: '2026-12-01',
  files: { 'content/notes/a.mdx': 'h1', 'src/pages/index.astro': 'h2' },
  git: 'g',
};
const saved: BuildRecord = { inputs, outDir: '/site/dist/', output: { 'index.html': 'o1', 'topics/a/index.html': 'o2' } };
const current = { inputs, outDir: saved.outDir, readOutput: () => saved.output };

describe('whyBuild', () => {
  it('skips only when every input and every output file is as the last build left them', () => {
    expect(whyBuild(saved, current)).toBeUndefined();
  });

  it('builds without a record, or with one from another folder or version', () => {
    expect(whyBuild(undefined, current)).toBe('no earlier build is recorded');
    expect(whyBuild(saved, { ...current, outDir: '/elsewhere/' })).toBe('the earlier build wrote to /site/dist/');
    expect(whyBuild(saved, { ...current, inputs: { ...inputs, version: 2 } })).toBe(
      'the earlier build was made by another version of the site generator',
    );
  });

  it('names what changed among the inputs', () => {
    const files = { ...inputs.files, 'content/notes/a.mdx': 'h3', 'content/notes/b.mdx': 'h4', 'public/x.png': 'h5' };
    expect(whyBuild(saved, { ...current, inputs: { ...inputs, files } })).toBe(
      'content/notes/a.mdx, content/notes/b.mdx and 1 more changed',
    );
    expect(whyBuild(saved, { ...current, inputs: { ...inputs, environment: {} } })).toBe('SITE_URL changed');
    expect(whyBuild(saved, { ...current, inputs: { ...inputs, today: '2026-12-02' } })).toBe('the date changed (2026-12-01 → 2026-12-02)');
    expect(whyBuild(saved, { ...current, inputs: { ...inputs, git: 'other' } })).toBe('git history of the notes changed');
    expect(whyBuild(saved, { ...current, inputs: { ...inputs, args: ['build', '--site', 'x'] } })).toBe(
      'the command-line arguments changed',
    );
    expect(whyBuild(saved, { ...current, inputs: { ...inputs, runtime: 'v25 linux x64' } })).toBe(
      'the runtime changed (v24 linux x64 → v25 linux x64)',
    );
  });

  it('builds when an output file is missing, added or changed', () => {
    expect(whyBuild(saved, { ...current, readOutput: () => ({ 'index.html': 'o1' }) })).toBe(
      'the output folder is not as the last build left it (topics/a/index.html)',
    );
    expect(whyBuild(saved, { ...current, readOutput: () => ({ ...saved.output, 'extra.html': 'x', 'index.html': 'changed' }) })).toBe(
      'the output folder is not as the last build left it (extra.html and index.html)',
    );
    expect(whyBuild({ ...saved, output: {} }, { ...current, readOutput: () => ({}) })).toBe('the output folder is empty');
  });

  it('reads the output folder only once every input matches', () => {
    let reads = 0;
    const counted = { ...current, readOutput: () => (reads++, saved.output) };
    expect(whyBuild(saved, { ...counted, inputs: { ...inputs, today: '2026-12-02' } })).toBe('the date changed (2026-12-01 → 2026-12-02)');
    expect(reads).toBe(0);
    expect(whyBuild(saved, counted)).toBeUndefined();
    expect(reads).toBe(1);
  });
});

describe('outputEnvironment', () => {
  it('keeps the variables that change pages and drops the rest', () => {
    expect(
      outputEnvironment({
        SITE_URL: 'https://x.org',
        PUBLIC_KEY: 'k',
        ASTRO_CACHE_DIR: '/c',
        ASTRO_TELEMETRY_DISABLED: '1',
        HOME: '/root',
        STUDY_NOTES_WORKERS: '2',
        BASE_PATH: undefined,
      }),
    ).toEqual({ ASTRO_CACHE_DIR: '/c', PUBLIC_KEY: 'k', SITE_URL: 'https://x.org' });
  });

  it('knows every variable the build reads: either it changes the output or it is listed with why not', () => {
    const root = path.resolve(import.meta.dirname, '../..');
    const sources = [
      'astro.config.mjs',
      ...readdirSync(path.join(root, 'src'), { recursive: true, encoding: 'utf8' })
        .filter((file) => /\.(ts|mjs|astro)$/.test(file))
        .map((file) => `src/${file}`),
    ];
    // `process.env.NAME` (not `import.meta.env`, which holds Astro's config), `env['NAME']` and the
    // `…_VARIABLE = 'NAME'` constants modules read through.
    const reads = /(?:(?<!meta\.)env\.([A-Z][A-Z0-9_]+)|env\[['"]([A-Z][A-Z0-9_]+)['"]\]|_VARIABLE = '([A-Z][A-Z0-9_]+)')/g;
    const read = new Set<string>();
    for (const file of sources)
      for (const match of readFileSync(path.join(root, file), 'utf8').matchAll(reads)) read.add((match[1] ?? match[2] ?? match[3])!);
    expect(read.size).toBeGreaterThan(5);
    const known = (name: string) =>
      (OUTPUT_VARIABLES as readonly string[]).includes(name) ||
      OUTPUT_VARIABLE_PREFIXES.some((prefix) => name.startsWith(prefix)) ||
      name in VARIABLES_WITHOUT_OUTPUT;
    expect([...read].filter((name) => !known(name))).toEqual([]);
  });
});
