/**
 * "Make it yours": `npm run init` in its three modes over a copy of the starter, each built for real; a mass
 * removal of published URLs as one problem; `npm run plan`; and overdue marks, pace and forecast in a build.
 * Every test works on a copy of content/ under tests/.tmp/, never on the starter itself.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, globSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { NO_SITE_ADDRESS_WARNING } from '../../src/lib/site-address.ts';
import { addDays } from '../../src/lib/calendar-date.ts';
import { editFrontmatter } from '../../src/lib/frontmatter-edit.ts';
import { elementsOf, attr, type Element } from '../quality/html.ts';
import { buildFixture, projectRoot, type RunResult } from './run-build.ts';
import { compareCodePoints } from '../../src/lib/compare.ts';

/** A fresh copy of the starter's content folder, inside the project as an author's would be. */
function starterCopy(name: string): string {
  const content = path.join(projectRoot, 'tests/.tmp/make-it-yours', name, 'content');
  rmSync(path.dirname(content), { recursive: true, force: true });
  mkdirSync(path.dirname(content), { recursive: true });
  cpSync(path.join(projectRoot, 'content'), content, { recursive: true });
  return content;
}

/** Runs one of the project's scripts over a content folder, without a terminal (so it never prompts). */
function script(name: string, args: string[], contentDir: string, env: Record<string, string> = {}): RunResult {
  const result = spawnSync(process.execPath, [path.join(projectRoot, 'scripts', `${name}.ts`), ...args], {
    cwd: projectRoot,
    encoding: 'utf8',
    env: { PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? '', CONTENT_DIR: contentDir, NO_COLOR: '1', ...env },
  });
  return {
    status: result.status,
    signal: result.signal,
    stdout: result.stdout,
    stderr: result.stderr,
    problemLines: result.stderr.split('\n').filter((l) => /^(warning: )?\S+\.(mdx|yaml|json):\d+/.test(l)),
  };
}

/** Every note of a content folder: its file and parsed frontmatter. */
function notesOf(contentDir: string): { file: string; source: string; data: Record<string, unknown> }[] {
  return globSync('notes/**/*.mdx', { cwd: contentDir })
    .sort()
    .map((file) => {
      const source = readFileSync(path.join(contentDir, file), 'utf8');
      return { file, source, data: parse(source.split(/^---$/m)[1]!) as Record<string, unknown> };
    });
}

/** An element and everything inside it. */
function elementsIn(el: Element): Element[] {
  return [el, ...el.childNodes.flatMap((child) => ('tagName' in child ? elementsIn(child) : []))];
}

const textOf = (el: Element): string =>
  el.childNodes
    .map((child) => ('value' in child ? child.value : 'tagName' in child ? ` ${textOf(child)} ` : ''))
    .join('')
    .replace(/\s+/g, ' ')
    .replace(/ ([.,)])/g, '$1')
    .trim();

function page(outDir: string, route: string): { html: string; elements: Element[]; text: string } {
  const html = readFileSync(path.join(outDir, route, 'index.html'), 'utf8');
  const elements = elementsOf(html);
  return { html, elements, text: textOf(elements.find((el) => el.tagName === 'main')!) };
}

/** No SITE_URL or BASE_PATH from the machine running the tests. */
const NO_ADDRESS = { SITE_URL: '', BASE_PATH: '' };

function expectBuilt(result: RunResult): void {
  expect(result.stderr).not.toMatch(/^(?!Content check: 0 errors).*\berror/im);
  expect(result.status).toBe(0);
}

describe('npm run init -- --mode empty', () => {
  let content = '';
  let out = '';
  let init: RunResult;
  let build: RunResult;
  beforeAll(() => {
    content = starterCopy('empty');
    init = script('init', ['--mode', 'empty', '--title', "Jane's ML plan", '--author', 'Jane', '--yes'], content);
    const built = buildFixture('init-empty', { CONTENT_DIR: content, ...NO_ADDRESS });
    build = built;
    out = built.outDir;
  }, 240_000);

  it('prints what it changed and leaves no notes, an empty manifest and a roadmap without the starter marker', () => {
    expect(init.status).toBe(0);
    expect(init.stdout).toContain('Your roadmap "Jane\'s ML plan" is ready (mode empty).');
    expect(init.stdout).toMatch(/Removed the \d+ starter notes/);
    expect(notesOf(content)).toEqual([]);
    expect(JSON.parse(readFileSync(path.join(content, 'permalinks.json'), 'utf8')).urls).toEqual({});
    const roadmap = parse(readFileSync(path.join(content, 'roadmap.yaml'), 'utf8')) as Record<string, unknown>;
    expect(roadmap).toMatchObject({ title: "Jane's ML plan", author: 'Jane', plan: { hoursPerWeek: 6 } });
    expect(roadmap).not.toHaveProperty('starter');
    expect(roadmap).not.toHaveProperty('asOf');
    expect((roadmap['phases'] as unknown[]).length).toBeGreaterThan(0);
  });

  it('builds, and the home page shows the title and the empty state', () => {
    expectBuilt(build);
    const home = page(out, '');
    expect(textOf(home.elements.find((el) => el.tagName === 'h1')!)).toBe("Jane's ML plan");
    expect(home.text).toContain('No notes yet. Add one with npm run new -- my-first-topic');
  });

  it('warns in one line that the site has no address', () => {
    expect(build.stderr.split('\n').filter((line) => line === NO_SITE_ADDRESS_WARNING)).toHaveLength(1);
  });
});

describe('npm run init -- --mode adopt', () => {
  let content = '';
  let out = '';
  let build: RunResult;
  let before: ReturnType<typeof notesOf> = [];
  beforeAll(() => {
    content = starterCopy('adopt');
    before = notesOf(content);
    const init = script(
      'init',
      ['--mode', 'adopt', '--start', '2027-01-04', '--hours-per-week', '8', '--site-url', 'https://jane.example.org', '--yes'],
      content,
    );
    expect(init.stderr).toBe('');
    const built = buildFixture('init-adopt', { CONTENT_DIR: content, ...NO_ADDRESS });
    build = built;
    out = built.outDir;
  }, 240_000);

  it('makes every note planned, with no study record left', () => {
    const notes = notesOf(content);
    expect(notes.length).toBe(before.length);
    for (const { data } of notes) {
      expect(data['status']).toBe('planned');
      for (const field of ['started', 'completed', 'log', 'evidence']) expect(data).not.toHaveProperty(field);
    }
  });

  it('schedules every target on or after the start and after each of its prerequisites', () => {
    const notes = notesOf(content);
    const targets = new Map(notes.map(({ data }) => [data['title'] as string, data['target'] as string]));
    const bySlug = new Map(notes.map(({ file, data }) => [path.basename(file, '.mdx'), data['target'] as string]));
    for (const { data } of notes) {
      const target = data['target'] as string;
      expect(target >= '2027-01-04').toBe(true);
      for (const prerequisite of (data['prerequisites'] as string[] | undefined) ?? [])
        expect(target >= bySlug.get(prerequisite)!).toBe(true);
    }
    expect(targets.size).toBe(notes.length);
  });

  it("gives the roadmap a description of its own, not the starter's with its hours a week", () => {
    const roadmap = parse(readFileSync(path.join(content, 'roadmap.yaml'), 'utf8')) as Record<string, unknown>;
    expect(roadmap['description']).toBe('My MLOps study plan, in public: one note per topic as I learn it.');
  });

  it('keeps each body as a study guide, marked as starter text', () => {
    for (const { source } of notesOf(content)) expect(source).toContain('<Callout type="note" title="Starter text">');
  });

  it('builds; the timeline begins in January 2027 and the site uses the roadmap address', () => {
    expectBuilt(build);
    expect(build.stderr).not.toContain(NO_SITE_ADDRESS_WARNING);
    // The events start in January 2027 (today's marker may sit in an earlier month of its own).
    const timeline = page(out, 'timeline');
    const eventDates = timeline.elements
      .filter((el) => el.tagName === 'li' && attr(el, 'data-kind'))
      .map((el) =>
        attr(
          elementsIn(el).find((e) => e.tagName === 'time')!,
          'datetime',
        )!,
      );
    expect(eventDates.length).toBeGreaterThan(0);
    expect(eventDates.sort()[0]!.slice(0, 7)).toBe('2027-01');
    const firstEventMonth = timeline.elements.find(
      (el) => attr(el, 'class')?.split(' ').includes('tl-month') && elementsIn(el).some((e) => attr(e, 'data-kind')),
    );
    expect(textOf(elementsIn(firstEventMonth!).find((el) => attr(el, 'class') === 'tl-month__title')!)).toBe('January 2027');
    const home = page(out, '');
    expect(
      attr(
        home.elements.find((el) => el.tagName === 'link' && attr(el, 'rel') === 'canonical')!,
        'href',
      ),
    ).toBe('https://jane.example.org/');
    expect(
      attr(
        home.elements.find((el) => attr(el, 'property') === 'og:url')!,
        'content',
      ),
    ).toBe('https://jane.example.org/');
    expect(
      attr(
        home.elements.find((el) => attr(el, 'property') === 'og:image')!,
        'content',
      ),
    ).toMatch(/^https:\/\/jane\.example\.org\//);
    expect(readFileSync(path.join(out, 'rss.xml'), 'utf8')).toContain('<link>https://jane.example.org/</link>');
  });
});

describe('npm run init -- --mode outline', () => {
  let content = '';
  let build: RunResult;
  beforeAll(() => {
    content = starterCopy('outline');
    expect(script('init', ['--mode', 'outline', '--start', '2027-01-04', '--yes'], content).status).toBe(0);
    build = buildFixture('init-outline', { CONTENT_DIR: content, ...NO_ADDRESS });
  }, 240_000);

  it('keeps only the headings with a prompt under each, and builds', () => {
    for (const { source } of notesOf(content)) {
      const body = source.slice(source.indexOf('\n---\n', 4) + 5);
      const lines = body.split('\n').filter((line) => line.trim() !== '');
      const prose = lines.filter(
        (line) =>
          !line.startsWith('#') && !line.startsWith('_Write your own notes here') && !/Callout|outline comes from the starter/.test(line),
      );
      expect(prose).toEqual([]);
    }
    expectBuilt(build);
  });
});

describe('init refuses to replace a roadmap of your own', () => {
  it('when the roadmap has no starter marker and the manifest lists published URLs, unless --force', () => {
    const content = starterCopy('refuse');
    const roadmapFile = path.join(content, 'roadmap.yaml');
    writeFileSync(roadmapFile, readFileSync(roadmapFile, 'utf8').replace(/^starter: true\n/m, ''));
    const refused = script('init', ['--mode', 'empty', '--yes'], content);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(
      /is not the starter roadmap \(it has no `starter: true`\) and .*permalinks\.json lists \d+ published URLs/,
    );
    expect(notesOf(content).length).toBeGreaterThan(0);
    expect(script('init', ['--mode', 'empty', '--yes', '--force'], content).status).toBe(0);
    expect(notesOf(content)).toEqual([]);
  });

  it('names every bad flag value in one run', () => {
    const content = starterCopy('bad-flags');
    const result = script(
      'init',
      ['--mode', 'copy', '--start', '2027-02-30', '--hours-per-week', '0', '--site-url', 'jane.example.org'],
      content,
    );
    expect(result.status).toBe(1);
    expect(result.stderr.split('\n').slice(0, 4)).toEqual([
      '--mode: "copy" is not a mode. Use one of adopt, outline, empty.',
      '--site-url: "jane.example.org" is not an http(s) URL. Write a full address starting with https://.',
      '--start: "2027-02-30" does not exist: February 2027 has 28 days. Write a calendar date as YYYY-MM-DD, e.g. --start 2027-01-04.',
      '--hours-per-week: 0 is not between 0 and the 168 hours of a week. Write the hours you study per week, e.g. --hours-per-week 6.',
    ]);
  });
});

describe('deleting every starter note by hand', () => {
  it('is one permalinks problem with the ways out, and --forget-missing forgets those URLs on purpose', () => {
    const content = starterCopy('mass-removal');
    rmSync(path.join(content, 'notes'), { recursive: true });
    mkdirSync(path.join(content, 'notes'));
    const phase = (parse(readFileSync(path.join(content, 'roadmap.yaml'), 'utf8')) as { phases: { id: string }[] }).phases[0]!.id;
    writeFileSync(
      path.join(content, 'notes', 'my-first-topic.mdx'),
      `---\ntitle: My first topic\nsummary: Where I start.\nphase: ${phase}\n---\n\n## Notes\n`,
    );
    const check = script('check', [], content);
    expect(check.status).toBe(1);
    const permalinkProblems = check.problemLines.filter((line) => line.includes('permalinks'));
    expect(permalinkProblems).toHaveLength(1);
    expect(permalinkProblems[0]).toMatch(
      /^\S*content\/permalinks\.json:\d+ permalinks: \d+ published URLs and anchors would disappear at once: \/\S+, \/\S+, \/\S+ and \d+ more\. .*npm run init.*npm run permalinks -- --forget-missing$/,
    );
    const forget = script('permalinks', ['--forget-missing'], content);
    expect(forget.status).toBe(0);
    expect(Object.keys(JSON.parse(readFileSync(path.join(content, 'permalinks.json'), 'utf8')).urls)).toEqual([
      '/',
      '/portfolio/',
      '/review/',
      '/roadmap/',
      '/timeline/',
      '/topics/my-first-topic/',
      '/weeks/',
    ]);
    expect(script('check', [], content).status).toBe(0);
  });
});

describe('npm run plan', () => {
  it('--dry-run prints old and new targets and changes no file', () => {
    const content = starterCopy('plan-dry');
    const before = notesOf(content).map((n) => n.source);
    const roadmap = readFileSync(path.join(content, 'roadmap.yaml'), 'utf8');
    const result = script('plan', ['--dry-run', '--from', '2027-01-04', '--hours-per-week', '5'], content);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Plan from 4 January 2027 at 5 h\/week \(as asked\): \d+ topics not done/);
    expect(result.stdout).toMatch(/^ {2}\S+ +(\d{4}-\d{2}-\d{2}|none) → 2027-\d{2}-\d{2}$/m);
    expect(result.stdout).toContain('Dry run: no file changed');
    expect(notesOf(content).map((n) => n.source)).toEqual(before);
    expect(readFileSync(path.join(content, 'roadmap.yaml'), 'utf8')).toBe(roadmap);
  });

  it('rewrites only the targets of notes not done, keeps comments and started dates, and records the plan', () => {
    const content = starterCopy('plan');
    const notes = notesOf(content);
    const open = notes.find((n) => n.data['status'] === 'planned')!;
    // A comment of the learner's own, which the rewrite must keep.
    writeFileSync(path.join(content, open.file), open.source.replace(/^phase: /m, '# my own reminder\nphase: '));
    const before = new Map(notesOf(content).map((n) => [n.file, n]));
    const result = script('plan', ['--from', '2027-01-04', '--hours-per-week', '5'], content);
    expect(result.status).toBe(0);
    for (const after of notesOf(content)) {
      const old = before.get(after.file)!;
      if (old.data['status'] === 'done') {
        expect(after.source).toBe(old.source);
        continue;
      }
      expect(String(after.data['target']) >= '2027-01-04').toBe(true);
      expect(after.data['started']).toBe(old.data['started']);
      // Only the target line differs.
      const changed = after.source
        .split('\n')
        .filter((line, i, lines) => !old.source.split('\n').includes(line) && lines.indexOf(line) === i);
      expect(changed.every((line) => line.startsWith('target: '))).toBe(true);
    }
    expect(readFileSync(path.join(content, open.file), 'utf8')).toContain('# my own reminder\nphase: ');
    expect(parse(readFileSync(path.join(content, 'roadmap.yaml'), 'utf8'))).toMatchObject({
      plan: { start: '2027-01-04', hoursPerWeek: 5 },
    });
    expect(script('check', [], content).status).toBe(0);
  });
});

describe('a build after a target has passed', () => {
  let out = '';
  let slug = '';
  let target = '';
  let check: RunResult;
  beforeAll(() => {
    const content = starterCopy('overdue');
    // The earliest target of a topic not done; the build's today is the day after it.
    const open = notesOf(content)
      .filter((n) => n.data['status'] !== 'done' && typeof n.data['target'] === 'string')
      .sort((a, b) => compareCodePoints(String(a.data['target']), String(b.data['target'])))[0]!;
    slug = path.basename(open.file, '.mdx');
    target = open.data['target'] as string;
    const today = addDays(target, 1);
    // A session yesterday, so there is a pace to project from.
    const file = path.join(content, open.file);
    writeFileSync(
      file,
      editFrontmatter(readFileSync(file, 'utf8'), open.file, (document) => {
        const log = (document.get('log') as { add?: (v: unknown) => void } | undefined) ?? undefined;
        if (log?.add) log.add(document.createNode({ date: addDays(today, -1), note: 'Studied', hours: 6 }));
        else document.set('log', [{ date: addDays(today, -1), note: 'Studied', hours: 6 }]);
      }),
    );
    check = script('check', ['--verbose'], content, { STUDY_NOTES_TODAY: today });
    const built = buildFixture('overdue', { CONTENT_DIR: content, STUDY_NOTES_TODAY: today, ...NO_ADDRESS });
    expectBuilt(built);
    out = built.outDir;
  }, 240_000);

  const overdueMarks = (route: string) => page(out, route).elements.filter((el) => attr(el, 'data-overdue-since') === target);

  it('marks the topic overdue on its page, the home page, the roadmap and the timeline', () => {
    const [year, month, day] = target.split('-').map(Number) as [number, number, number];
    const words = `Overdue since ${day} ${new Intl.DateTimeFormat('en-GB', { month: 'long', timeZone: 'UTC' }).format(Date.UTC(year, month - 1, 15))} ${year}`;
    expect(overdueMarks(`topics/${slug}`).map(textOf)).toContain(words);
    expect(overdueMarks('').map(textOf)).toContain(words);
    expect(overdueMarks('roadmap').length).toBeGreaterThanOrEqual(1);
    expect(overdueMarks('roadmap').map(textOf)).toContain(words);
    expect(overdueMarks('timeline').map(textOf)).toContain(words);
  });

  it('shows the pace and the projected finish on the home page and the timeline', () => {
    for (const route of ['', 'timeline']) {
      const forecast = page(out, route).elements.find((el) => el.attrs.some((a) => a.name === 'data-forecast'))!;
      expect(textOf(forecast)).toMatch(/Your pace \(last 4 weeks\) \d+(\.\d)? h\/week/);
      expect(textOf(forecast)).toMatch(
        /At \d+(\.\d)? h\/week you finish on \d{1,2} [A-Z][a-z]+ \d{4}(, \d+ days? (after|before) your plan|, the day your plan ends)?\./,
      );
    }
  });

  it('npm run check --verbose prints an informational line for it, never an error', () => {
    expect(check.status).toBe(0);
    expect(check.stderr).toMatch(
      new RegExp(
        `^info: \\S*content/notes/\\S+/${slug}\\.mdx:\\d+ target: ".+" is overdue since .+\\. Re-plan what is left with npm run plan, or move its target\\.$`,
        'm',
      ),
    );
  });
});
