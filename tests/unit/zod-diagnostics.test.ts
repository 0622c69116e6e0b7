import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { fieldName, zodIssuesToDiagnostics } from '../../src/lib/zod-diagnostics.ts';

describe('fieldName', () => {
  it('writes list indexes in brackets and nested keys with dots', () => {
    expect(fieldName(['resources', 0, 'url'])).toBe('resources[0].url');
    expect(fieldName(['log', 12, 'date'])).toBe('log[12].date');
    expect(fieldName(['prerequisites', 1])).toBe('prerequisites[1]');
    expect(fieldName(['phases'])).toBe('phases');
  });

  it('is empty for the whole document', () => {
    expect(fieldName([])).toBe('');
  });
});

describe('zodIssuesToDiagnostics', () => {
  const schema = z.object({
    title: z.string({ error: 'is required\nAdd a line such as `title: Kubeflow`.' }),
    resources: z.array(z.object({ url: z.string({ error: 'must be a URL.\nWrite a full address.' }) })),
  });

  it('splits each message into the problem and its fix, located at the field line', () => {
    const result = schema.safeParse({ resources: [{ url: 'https://a.org' }, { url: 3 }] });
    const paths: (string | number)[][] = [];
    const lineOf = (path: readonly (string | number)[]) => {
      paths.push([...path]);
      return path.length * 10;
    };
    expect(zodIssuesToDiagnostics(result.error!.issues, 'content/notes/kubeflow.mdx', lineOf)).toEqual([
      {
        severity: 'error',
        file: 'content/notes/kubeflow.mdx',
        line: 10,
        field: 'title',
        code: 'invalid-invalid-type',
        message: 'is required',
        hint: 'Add a line such as `title: Kubeflow`.',
      },
      {
        severity: 'error',
        file: 'content/notes/kubeflow.mdx',
        line: 30,
        field: 'resources[1].url',
        code: 'invalid-invalid-type',
        message: 'must be a URL',
        hint: 'Write a full address.',
      },
    ]);
    expect(paths).toEqual([['title'], ['resources', 1, 'url']]);
  });

  it('falls back to the README for zod messages that have no fix, and names the whole document', () => {
    const result = z.object({}).safeParse(null);
    expect(zodIssuesToDiagnostics(result.error!.issues, 'content/roadmap.yaml', () => 1, 'warning')).toEqual([
      {
        severity: 'warning',
        file: 'content/roadmap.yaml',
        line: 1,
        field: 'frontmatter',
        code: 'invalid-invalid-type',
        message: 'Invalid input: expected object, received null',
        hint: 'See the frontmatter table in the README.',
      },
    ]);
  });
});
