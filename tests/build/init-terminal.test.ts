/** `npm run init` in a terminal: it asks for each value with its default, then for confirmation. */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { projectRoot } from './run-build.ts';

const hasScript = spawnSync('script', ['--version']).status === 0;

/** Runs init under a pseudo-terminal (util-linux `script`), answering each question once it is asked. */
function initInTerminal(contentDir: string, answers: string[]): Promise<string> {
  return new Promise((resolve) => {
    const command = `${process.execPath} ${path.join(projectRoot, 'scripts/init.ts')}`;
    const child = spawn('script', ['-qec', command, '/dev/null'], {
      cwd: projectRoot,
      env: { PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? '', CONTENT_DIR: contentDir, TERM: 'dumb' },
    });
    let output = '';
    let asked = 0;
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      // Each question ends in ": "; answer as many as have been asked.
      const questions = output.split(/\]: |\): |\(y\/n\) \[n\]: /).length - 1;
      while (asked < questions && asked < answers.length) child.stdin.write(`${answers[asked++]}\n`);
    });
    child.on('close', () => resolve(output));
  });
}

describe.skipIf(!hasScript)('npm run init in a terminal', () => {
  it('asks for each value with its default shown, confirms, then writes the answers', async () => {
    const content = path.join(projectRoot, 'tests/.tmp/init-terminal/content');
    rmSync(path.dirname(content), { recursive: true, force: true });
    mkdirSync(path.dirname(content), { recursive: true });
    cpSync(path.join(projectRoot, 'content'), content, { recursive: true });
    const output = await initInTerminal(content, [
      'empty',
      "Jane's plan",
      'Jane',
      '',
      'https://jane.example.org',
      '',
      '2027-01-04',
      '8',
      'y',
    ]);
    expect(output).toContain('Title [MLOps Study Notes]: ');
    expect(output).toContain('Hours of study per week [6]: ');
    expect(output).toContain('Your roadmap "Jane\'s plan" is ready (mode empty).');
    const roadmap = parse(readFileSync(path.join(content, 'roadmap.yaml'), 'utf8')) as Record<string, unknown>;
    expect(roadmap).toMatchObject({
      title: "Jane's plan",
      author: 'Jane',
      url: 'https://jane.example.org',
      plan: { start: '2027-01-04', hoursPerWeek: 8 },
    });
    expect(roadmap['description']).toBe('My MLOps study plan, in public: one note per topic as I learn it.');
  }, 60_000);
});
