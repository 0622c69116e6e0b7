import { describe, expect, it } from 'vitest';
import {
  hasUnclosedFrontmatter,
  parseYamlWithLines,
  readYaml,
  splitFrontmatter,
  survivesJson,
  withLineOf,
} from '../../src/lib/frontmatter.ts';

describe('splitFrontmatter', () => {
  it('returns the whole file as the body when there is no frontmatter', () => {
    const source = '# Kubeflow\n\nPipelines on Kubernetes.\n';
    expect(splitFrontmatter(source)).toEqual({ yaml: undefined, yamlFirstLine: 1, bodyWithFileLines: source });
  });

  it('does not treat a fence that is not on the first line as frontmatter', () => {
    expect(splitFrontmatter('\n---\ntitle: A\n---\n').yaml).toBeUndefined();
  });

  it('reports a fence that is never closed, with no body to read', () => {
    const source = '---\ntitle: Kubeflow\nsummary: Pipelines.\n\nBody text\n';
    expect(splitFrontmatter(source)).toEqual({ yaml: undefined, yamlFirstLine: 2, bodyWithFileLines: '' });
    expect(hasUnclosedFrontmatter(source)).toBe(true);
  });

  it('does not call a file without frontmatter unclosed', () => {
    expect(hasUnclosedFrontmatter('Just prose.\n')).toBe(false);
    expect(hasUnclosedFrontmatter('---\ntitle: A\n---\n')).toBe(false);
  });

  it('returns the YAML between the fences and the line it starts on', () => {
    const split = splitFrontmatter('---\ntitle: Kubeflow\nphase: platforms\n---\nBody\n');
    expect(split.yaml).toBe('title: Kubeflow\nphase: platforms');
    expect(split.yamlFirstLine).toBe(2);
  });

  it('blanks the frontmatter lines so the body keeps file line numbers', () => {
    const split = splitFrontmatter('---\ntitle: Kubeflow\nphase: platforms\n---\n\n## Setup\n');
    expect(split.bodyWithFileLines).toBe('\n\n\n\n\n## Setup\n');
    expect(split.bodyWithFileLines.split('\n').indexOf('## Setup') + 1).toBe(6);
  });

  it('reads Windows line endings', () => {
    const split = splitFrontmatter('---\r\ntitle: Kubeflow\r\nphase: platforms\r\n---\r\nBody\r\n');
    expect(split.yaml).toBe('title: Kubeflow\nphase: platforms');
    expect(split.bodyWithFileLines).toBe('\n\n\n\nBody\n');
  });

  it('ignores a byte order mark before the opening fence', () => {
    const split = splitFrontmatter('\uFEFF---\ntitle: Kubeflow\n---\nBody\n');
    expect(split.yaml).toBe('title: Kubeflow');
    expect(split.bodyWithFileLines).toBe('\n\n\nBody\n');
  });

  it('accepts fences followed by spaces', () => {
    expect(splitFrontmatter('---  \ntitle: A\n--- \t\nBody').yaml).toBe('title: A');
  });

  it('reads empty frontmatter as empty YAML', () => {
    expect(splitFrontmatter('---\n---\nBody\n')).toEqual({ yaml: '', yamlFirstLine: 2, bodyWithFileLines: '\n\nBody\n' });
  });
});

describe('parseYamlWithLines', () => {
  const yaml = [
    'title: Kubeflow', // 1
    'started: 2026-13-01', // 2
    'completed: 2026-03-01', // 3
    'log:', // 4
    '  - date: 2026-03-01', // 5
    '    note: Installed it', // 6
    '  - date: 2026-03-02', // 7
    '    note: Ran a pipeline', // 8
    'resources:', // 9
    '  - title: Docs', // 10
    '    url: https://www.kubeflow.org/docs/', // 11
  ].join('\n');

  it('keeps dates as the strings the author wrote, even impossible ones', () => {
    const { data, problems } = parseYamlWithLines(yaml);
    expect(problems).toEqual([]);
    expect(data).toEqual({
      title: 'Kubeflow',
      started: '2026-13-01',
      completed: '2026-03-01',
      log: [
        { date: '2026-03-01', note: 'Installed it' },
        { date: '2026-03-02', note: 'Ran a pipeline' },
      ],
      resources: [{ title: 'Docs', url: 'https://www.kubeflow.org/docs/' }],
    });
  });

  it('finds the line of a top-level field', () => {
    expect(parseYamlWithLines(yaml).lineOf(['completed'])).toBe(3);
  });

  it('finds the line of a field inside a list item', () => {
    const { lineOf } = parseYamlWithLines(yaml);
    expect(lineOf(['log', 1, 'date'])).toBe(7);
    expect(lineOf(['log', 1, 'note'])).toBe(8);
    expect(lineOf(['resources', 0, 'url'])).toBe(11);
  });

  it('finds the line of an item in a flow list', () => {
    const { lineOf } = parseYamlWithLines('title: A\nprerequisites:\n  - docker\n  - kubernetes\ntags: [a, b]');
    expect(lineOf(['prerequisites', 1])).toBe(4);
    expect(lineOf(['tags', 1])).toBe(5);
  });

  it('falls back to the deepest existing node for a path that does not exist', () => {
    const { lineOf } = parseYamlWithLines(yaml);
    expect(lineOf(['log', 5, 'date'])).toBe(4);
    expect(lineOf(['resources', 0, 'kind'])).toBe(10);
    expect(lineOf(['summary'])).toBe(1);
    expect(lineOf([])).toBe(1);
  });

  it('answers every line the same from a parse kept as JSON (what the cache stores)', () => {
    const fresh = parseYamlWithLines(yaml);
    const kept = withLineOf(JSON.parse(JSON.stringify(readYaml(yaml))));
    expect(kept.data).toEqual(fresh.data);
    expect(kept.topLevelKeys).toEqual(fresh.topLevelKeys);
    const paths = [[], ['title'], ['log', 0], ['log', 1, 'note'], ['log', '1'], ['log', 5, 'date'], ['resources', 0, 'url'], ['nope', 'x']];
    for (const at of paths) expect(kept.lineOf(at), JSON.stringify(at)).toBe(fresh.lineOf(at));
  });

  it('tells which parsed values JSON would change', () => {
    expect(survivesJson(readYaml('hours: 1.5\ntags: [a, b]\ndraft: false\nnote: ~').data)).toBe(true);
    for (const value of ['.inf', '-.inf', '.nan', '-0']) expect(survivesJson(readYaml(`hours: ${value}`).data), value).toBe(false);
  });

  it('lists the top-level keys with their lines, in file order', () => {
    expect(parseYamlWithLines(yaml).topLevelKeys).toEqual([
      { key: 'title', line: 1 },
      { key: 'started', line: 2 },
      { key: 'completed', line: 3 },
      { key: 'log', line: 4 },
      { key: 'resources', line: 9 },
    ]);
  });

  it('reports a syntax error with its line and column instead of throwing', () => {
    const parsed = parseYamlWithLines('title: A\nsummary: [unclosed\nphase: x\n');
    expect(parsed.data).toBeUndefined();
    expect(parsed.problems).toEqual([
      { line: 3, column: 1, message: 'Flow sequence in block collection must be sufficiently indented and end with a ]' },
    ]);
  });

  it('reports a value with ": " that needs quotes', () => {
    expect(parseYamlWithLines('title: Kubeflow: the basics\n').problems).toEqual([
      { line: 1, column: 8, message: 'Nested mappings are not allowed in compact mappings' },
    ]);
  });

  it('reports an unclosed quote', () => {
    expect(parseYamlWithLines('title: "Kubeflow\n').problems).toEqual([{ line: 2, column: 1, message: 'Missing closing "quote' }]);
  });

  it('reports a key written twice', () => {
    const parsed = parseYamlWithLines('title: A\nsummary: S\ntitle: B\n');
    expect(parsed.data).toBeUndefined();
    expect(parsed.problems).toEqual([{ line: 3, column: 1, message: 'Map keys must be unique' }]);
  });

  it('parses empty YAML as null with no keys', () => {
    const parsed = parseYamlWithLines('');
    expect(parsed.data).toBeNull();
    expect(parsed.problems).toEqual([]);
    expect(parsed.topLevelKeys).toEqual([]);
  });
});
