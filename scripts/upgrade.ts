#!/usr/bin/env node
/**
 * `npm run upgrade -- [--remote upstream] [--branch main]`: merges a newer version of the generator into your
 * roadmap. Everything outside content/ is merged as usual; content/ stays exactly yours (the upstream starter
 * roadmap changes there all the time, and none of it is your plan). While your roadmap is still the starter
 * (`starter: true`), content/ is merged too, so the demo keeps up. See the README, "Staying up to date".
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { isStarterRoadmap } from '../src/lib/own-roadmap.ts';
import { fail, parseFlags } from '../src/node/cli.ts';

const usage = 'Usage: npm run upgrade -- [--remote <name>] [--branch <branch>]';
const values = parseFlags({ remote: { type: 'string' }, branch: { type: 'string', default: 'main' } }, usage);

/** Runs git; returns its output, or fails with git's own message. */
function git(args: string[], { allowFailure = false } = {}): { ok: boolean; out: string } {
  const result = spawnSync('git', args, { encoding: 'utf8' });
  const ok = result.status === 0;
  if (!ok && !allowFailure) fail(`git ${args.join(' ')} failed:\n${(result.stderr || result.stdout).trim()}`);
  return { ok, out: (result.stdout ?? '').trim() };
}

const CONTENT = 'content';
if (!git(['rev-parse', '--is-inside-work-tree'], { allowFailure: true }).ok)
  fail('Run npm run upgrade inside the git checkout of your roadmap.');
if (git(['status', '--porcelain']).out !== '')
  fail('Your working tree has uncommitted changes. Commit or stash them first (git status shows them), then run npm run upgrade again.');

const remotes = git(['remote']).out.split('\n').filter(Boolean);
const remote = values.remote ?? (remotes.includes('upstream') ? 'upstream' : 'origin');
if (!remotes.includes(remote)) {
  fail(
    `There is no git remote "${remote}". Add the generator's repository once, e.g.\n  git remote add upstream <url of the MLOps Study Notes repository>\nthen run npm run upgrade again.`,
  );
}
const upstream = `${remote}/${values.branch}`;
git(['fetch', remote, values.branch]);
if (git(['merge-base', '--is-ancestor', upstream, 'HEAD'], { allowFailure: true }).ok) {
  process.stdout.write(`Already up to date with ${upstream}.\n`);
  process.exit(0);
}

// Still the starter? Then its content follows upstream like the code does.
const roadmapFile = `${CONTENT}/roadmap.yaml`;
const keepContent = existsSync(roadmapFile) && !isStarterRoadmap(readFileSync(roadmapFile, 'utf8'));

const merge = git(['merge', '--no-ff', '--no-commit', upstream], { allowFailure: true });
if (keepContent) {
  // Back to exactly your content/: upstream's added, changed and removed starter files are all undone, and a
  // conflict there is resolved in your favour.
  git(['rm', '-r', '-q', '--cached', '--ignore-unmatch', CONTENT]);
  git(['checkout', 'HEAD', '--', CONTENT]);
  git(['clean', '-f', '-q', '--', CONTENT]);
}
const conflicts = git(['diff', '--name-only', '--diff-filter=U']).out.split('\n').filter(Boolean);
if (conflicts.length) {
  fail(
    [
      `Merged ${upstream}, but these files changed on both sides:`,
      ...conflicts.map((file) => `  ${file}`),
      'Resolve each one (your editor shows <<<<<<< markers), git add it, then git commit. To give up: git merge --abort.',
    ].join('\n'),
  );
}
if (!merge.ok && !git(['rev-parse', '-q', '--verify', 'MERGE_HEAD'], { allowFailure: true }).ok)
  fail(`git merge ${upstream} failed; nothing was changed.`);
git(['commit', '-q', '--no-edit', '-m', `Upgrade from ${upstream}${keepContent ? ' (content/ kept as yours)' : ''}`]);
process.stdout.write(
  [
    `Upgraded from ${upstream}${keepContent ? `; ${CONTENT}/ is unchanged and still yours` : ', the starter content included'}.`,
    'Next: npm ci (the dependencies may have changed), then npm run check and npm run build.',
    '',
  ].join('\n'),
);
