/** The Pages workflow passes the Pages address only when the roadmap has no `url`, so a custom domain survives. */
import { execSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { projectRoot } from './run-build.ts';

interface Step {
  id?: string;
  run?: string;
  name?: string;
  env?: Record<string, string>;
}
const workflow = parse(readFileSync(path.join(projectRoot, '.github/workflows/pages.yml'), 'utf8')) as {
  jobs: { build: { steps: Step[] } };
};
const steps = workflow.jobs.build.steps;

/** Runs the workflow's roadmap step over a roadmap and returns what it wrote to $GITHUB_OUTPUT. */
function roadmapStepOutput(roadmap: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'notes-pages-'));
  mkdirSync(path.join(dir, 'content'));
  writeFileSync(path.join(dir, 'content/roadmap.yaml'), roadmap);
  const output = path.join(dir, 'output');
  writeFileSync(output, '');
  execSync(steps.find((s) => s.id === 'roadmap')!.run!, {
    cwd: dir,
    shell: '/bin/bash',
    env: {
      PATH: `${path.dirname(process.execPath)}:${process.env['PATH']}`,
      GITHUB_OUTPUT: output,
      NODE_PATH: path.join(projectRoot, 'node_modules'),
    },
  });
  return readFileSync(output, 'utf8');
}

describe('.github/workflows/pages.yml', () => {
  it("notices the roadmap's own url", () => {
    expect(roadmapStepOutput('title: T\nurl: https://jane.example.org\n')).toBe('has_url=true\n');
    expect(roadmapStepOutput('title: T\n')).toBe('');
  });

  it('passes the Pages address only without one, and lets repository variables override both', () => {
    const build = steps.find((s) => s.name === 'Build')!;
    expect(build.env).toEqual({
      SITE_URL: "${{ vars.SITE_URL || (steps.roadmap.outputs.has_url != 'true' && steps.pages.outputs.origin) || '' }}",
      BASE_PATH: "${{ vars.BASE_PATH || (steps.roadmap.outputs.has_url != 'true' && steps.pages.outputs.base_path) || '' }}",
    });
  });
});
