#!/usr/bin/env node
/**
 * `npm run test:snippets`: runs the fenced code blocks of every note under content/notes/.
 *   python  executed with Debian's python3 (numpy, scipy, scikit-learn, pandas); a following ```text output
 *           block must equal its stdout
 *   yaml    parsed; built-in Kubernetes kinds checked against the API models of python3-kubernetes
 *   bash    `bash -n` and shellcheck
 *   json    parsed
 * A block that cannot run here carries norun="why" in its fence meta and is only syntax-checked.
 *   npm run test:snippets -- kserve model-serving    only the notes whose path contains one of the words
 *   npm run test:snippets -- --dir other/notes       another folder of notes (the tests use a fixture)
 * Exit code 1 when a block fails or a fence meta is wrong.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { extractSnippets, type Snippet } from './snippets/extract.ts';
import { compareCodePoints } from '../src/lib/compare.ts';
import { countLabel } from '../src/lib/plural.ts';

const { values: options, positionals: filters } = parseArgs({ options: { dir: { type: 'string' } }, allowPositionals: true });
const root = path.resolve(import.meta.dirname, '..');
const notesDir = options.dir ? path.resolve(options.dir) : path.join(root, 'content', 'notes');
// Debian's interpreter, where apt put numpy & co; a pyenv or venv python earlier on PATH would not have them.
const python = process.env['SNIPPET_PYTHON'] ?? (existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3');
const checkYaml = path.join(import.meta.dirname, 'snippets', 'check_yaml.py');
// Prose, output and diagrams: nothing to run. Any other language without a checker needs norun="why".
const unchecked = new Set(['', 'text', 'txt', 'mermaid', 'mdx', 'markdown', 'md']);
// Printed between the earlier blocks and a `continues` block, so its own stdout can be told apart.
const stepMarker = '\u0000--snippet-step--\u0000';

interface Result {
  status: 'ok' | 'FAIL' | 'syntax' | 'skip';
  what: string;
  detail?: string;
}

function notesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return notesUnder(full);
      return /\.mdx?$/.test(entry.name) ? [full] : [];
    })
    .sort(compareCodePoints);
}

// One thread per snippet: scikit-learn's OpenMP and BLAS threads only fight each other (and the other jobs) on a
// small machine, tripling the CPU time of the boosting examples without changing their results.
const singleThreaded = { OMP_NUM_THREADS: '1', OPENBLAS_NUM_THREADS: '1', MKL_NUM_THREADS: '1' };
const snippetEnv = { ...singleThreaded, ...process.env };

function run(command: string, args: string[], cwd: string, input?: string) {
  const result = spawnSync(command, args, { cwd, input, encoding: 'utf8', timeout: 120_000, env: snippetEnv });
  if (result.error) return { code: 127, stdout: '', stderr: String(result.error.message) };
  return { code: result.status ?? 1, stdout: result.stdout, stderr: result.stderr };
}

const shellcheckMissing = run('sh', ['-c', 'command -v shellcheck'], root).code !== 0;

const lastLines = (text: string, count = 6) => text.trim().split('\n').slice(-count).join('\n');
const normalise = (text: string) => text.replace(/[ \t]+$/gm, '').replace(/\s+$/, '');

function checkPython(snippet: Snippet, earlier: Snippet[], work: string): { result: Result; stdout: string } {
  const file = path.join(work, 'snippet.py');
  if (snippet.norun !== undefined) {
    writeFileSync(file, snippet.code);
    const compiled = run(python, ['-c', 'import sys; compile(open(sys.argv[1]).read(), "snippet.py", "exec")', file], work);
    return {
      result:
        compiled.code === 0
          ? { status: 'syntax', what: `python compiles; not run: ${snippet.norun}` }
          : { status: 'FAIL', what: 'python does not compile', detail: lastLines(compiled.stderr) },
      stdout: '',
    };
  }
  const chain = snippet.continues ? [...earlier, snippet] : [snippet];
  const marker = `print(${JSON.stringify(stepMarker)}, flush=True)\n`;
  writeFileSync(file, chain.map((s) => s.code).join(`\n${marker}`));
  const started = performance.now();
  const ran = run(python, [file], work);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const stdout = ran.stdout.split(`${stepMarker}\n`).at(-1) ?? '';
  if (ran.code !== 0) {
    return { result: { status: 'FAIL', what: `python exits with ${ran.code}`, detail: lastLines(ran.stderr) }, stdout };
  }
  const steps = snippet.continues ? ` (after ${countLabel(earlier.length, 'earlier block')})` : '';
  return { result: { status: 'ok', what: `python runs in ${seconds} s${steps}` }, stdout };
}

function checkYamlBlock(snippet: Snippet, work: string): Result {
  const file = path.join(work, 'snippet.yaml');
  writeFileSync(file, snippet.code);
  const args = [checkYaml, file, ...(snippet.norun !== undefined ? ['--parse-only'] : [])];
  const checked = run(python, args, work);
  if (checked.code !== 0) return { status: 'FAIL', what: 'yaml', detail: (checked.stdout + checked.stderr).trim() };
  const kinds = checked.stdout.trim().replace(/^kinds /, '');
  if (snippet.norun !== undefined) return { status: 'syntax', what: `yaml parses; not validated: ${snippet.norun}` };
  return { status: 'ok', what: kinds === 'parsed' ? 'yaml parses' : `yaml valid (${kinds})` };
}

function checkShell(snippet: Snippet, work: string): Result {
  const file = path.join(work, 'snippet.sh');
  writeFileSync(file, snippet.code);
  const syntax = run('bash', ['-n', file], work);
  if (syntax.code !== 0) return { status: 'FAIL', what: 'bash -n', detail: lastLines(syntax.stderr) };
  if (snippet.norun !== undefined) return { status: 'syntax', what: `bash -n passes; not linted: ${snippet.norun}` };
  if (shellcheckMissing) return { status: 'FAIL', what: 'shellcheck is not installed (apt-get install shellcheck)' };
  const lint = run('shellcheck', ['-s', 'bash', '-f', 'gcc', file], work);
  if (lint.code !== 0) return { status: 'FAIL', what: 'shellcheck', detail: lint.stdout.replaceAll(`${file}:`, 'line ').trim() };
  return { status: 'ok', what: 'bash -n and shellcheck pass' };
}

function checkNote(file: string): { line: number; result: Result }[] {
  const { snippets, problems } = extractSnippets(readFileSync(file, 'utf8'));
  const results = problems.map((p) => ({ line: p.line, result: { status: 'FAIL', what: 'fence meta', detail: p.message } as Result }));
  const work = mkdtempSync(path.join(tmpdir(), 'snippet-'));
  const ranPython: Snippet[] = [];
  let lastStdout: string | undefined;
  try {
    for (const snippet of snippets) {
      let result: Result;
      if (snippet.lang === 'python') {
        const checked = checkPython(snippet, ranPython, work);
        result = checked.result;
        if (snippet.norun === undefined) {
          ranPython.push(snippet);
          lastStdout = checked.stdout;
        }
      } else if (snippet.lang === 'yaml' || snippet.lang === 'yml') {
        result = checkYamlBlock(snippet, work);
      } else if (['bash', 'sh', 'shell'].includes(snippet.lang)) {
        result = checkShell(snippet, work);
      } else if (snippet.lang === 'json') {
        try {
          JSON.parse(snippet.code);
          result = { status: 'ok', what: 'json parses' };
        } catch (error) {
          result = { status: 'FAIL', what: 'json', detail: (error as Error).message };
        }
      } else if (snippet.output) {
        if (lastStdout === undefined) {
          result = { status: 'FAIL', what: 'output block', detail: 'no python block ran before this output block' };
        } else if (normalise(lastStdout) === normalise(snippet.code)) {
          result = { status: 'ok', what: 'output matches the python block above' };
        } else {
          result = {
            status: 'FAIL',
            what: 'output differs from what the python block above prints',
            detail: `it prints:\n${normalise(lastStdout)}`,
          };
        }
      } else if (snippet.illustrative) {
        result = { status: 'skip', what: 'illustrative output' };
      } else if (unchecked.has(snippet.lang)) {
        result = { status: 'skip', what: `${snippet.lang || 'plain'} block, not checked` };
      } else if (snippet.norun !== undefined) {
        result = { status: 'skip', what: `${snippet.lang} block, no checker here: ${snippet.norun}` };
      } else {
        result = {
          status: 'FAIL',
          what: `no checker for ${snippet.lang} blocks here`,
          detail: `say why in the fence, e.g. \`\`\`${snippet.lang} norun="no Docker daemon here", and in the prose`,
        };
      }
      results.push({ line: snippet.line, result });
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  return results.sort((a, b) => a.line - b.line);
}

const started = performance.now();
const counts = { ok: 0, FAIL: 0, syntax: 0, skip: 0 };
const notes = notesUnder(notesDir).filter((f) => filters.length === 0 || filters.some((w) => f.includes(w)));
if (notes.length === 0) {
  process.stderr.write(`No note matches ${filters.join(', ')}.\n`);
  process.exit(2);
}
for (const file of notes) {
  const shown = path.relative(process.cwd(), file).split(path.sep).join('/');
  for (const { line, result } of checkNote(file)) {
    counts[result.status] += 1;
    process.stdout.write(`${result.status.padEnd(6)} ${shown}:${line} ${result.what}\n`);
    if (result.detail) process.stdout.write(result.detail.replace(/^/gm, '         ') + '\n');
  }
}
const seconds = ((performance.now() - started) / 1000).toFixed(1);
process.stdout.write(
  `\n${counts.ok} ran or validated, ${counts.syntax} syntax-checked only (norun), ${counts.skip} not checked, ` +
    `${counts.FAIL} failed — ${countLabel(notes.length, 'note')} in ${seconds} s\n`,
);
process.exitCode = counts.FAIL > 0 ? 1 : 0;
