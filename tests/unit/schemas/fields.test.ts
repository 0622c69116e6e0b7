import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { calendarDate, httpUrl, list, problem, slug, SLUG_PATTERN, text } from '../../../src/schemas/fields.ts';

/** The messages of every issue, as the author reads them. */
function messages(schema: z.ZodType, input: unknown): string[] {
  const result = schema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => issue.message);
}

describe('problem', () => {
  it('joins what is wrong and how to fix it with a newline', () => {
    expect(problem('is empty', 'Write some text.')).toBe('is empty\nWrite some text.');
  });
});

describe('SLUG_PATTERN', () => {
  it('accepts lowercase words joined by single hyphens', () => {
    expect(['kubeflow', 'kubernetes-advanced', 'k8s', 'mlops-101'].filter((s) => SLUG_PATTERN.test(s))).toEqual([
      'kubeflow',
      'kubernetes-advanced',
      'k8s',
      'mlops-101',
    ]);
  });

  it('rejects capitals, underscores, spaces and stray hyphens', () => {
    expect(['Kubeflow', 'azure_ml', 'azure ml', '-ml', 'ml-', 'ml--ops', ''].filter((s) => SLUG_PATTERN.test(s))).toEqual([]);
  });
});

describe('slug', () => {
  it('quotes an invalid slug and shows a valid one', () => {
    expect(messages(slug, 'Kubernetes Core')).toEqual([
      '"Kubernetes Core" is not a valid slug\nUse lowercase letters, digits and single hyphens, e.g. kubernetes-core.',
    ]);
  });

  it('describes a value that is not text', () => {
    expect(messages(slug, 12)).toEqual(['must be a note slug, got 12\nWrite the slug as plain text, e.g. kubernetes-core.']);
    expect(messages(slug, null)).toEqual(['must be a note slug, got empty\nWrite the slug as plain text, e.g. kubernetes-core.']);
    expect(messages(slug, ['a'])).toEqual(['must be a note slug, got a list\nWrite the slug as plain text, e.g. kubernetes-core.']);
    expect(messages(slug, { a: 1 })).toEqual(['must be a note slug, got a mapping\nWrite the slug as plain text, e.g. kubernetes-core.']);
  });
});

describe('text', () => {
  const title = text('title', 'Kubeflow');

  it('trims the text', () => {
    expect(title.parse('  Kubeflow  ')).toBe('Kubeflow');
  });

  it('says a missing value is required, with an example line', () => {
    expect(messages(title, undefined)).toEqual(['is required\nAdd a line such as `title: Kubeflow`.']);
  });

  it('says blank text is empty', () => {
    expect(messages(title, '   ')).toEqual(['is empty\nWrite it as text, e.g. `title: Kubeflow`.']);
  });

  it('quotes a value that is not text', () => {
    expect(messages(title, true)).toEqual(['must be text, got true\nWrite it as text, e.g. `title: Kubeflow`.']);
  });
});

describe('calendarDate', () => {
  it('keeps a real date as its string', () => {
    expect(calendarDate.parse('2028-02-29')).toBe('2028-02-29');
  });

  it('explains why a date does not exist', () => {
    expect(messages(calendarDate, '2026-13-01')).toEqual([
      '"2026-13-01" has no month 13\nWrite a real calendar date as YYYY-MM-DD, e.g. 2026-03-01.',
    ]);
    expect(messages(calendarDate, '2026-02-29')).toEqual([
      '"2026-02-29" does not exist: February 2026 has 28 days\nWrite a real calendar date as YYYY-MM-DD, e.g. 2026-03-01.',
    ]);
  });

  it('rejects a date in another form', () => {
    expect(messages(calendarDate, '01/03/2026')).toEqual([
      '"01/03/2026" is not a date in the form YYYY-MM-DD\nWrite a real calendar date as YYYY-MM-DD, e.g. 2026-03-01.',
    ]);
  });

  it('rejects a value that is not text', () => {
    expect(messages(calendarDate, 20260301)).toEqual(['must be a date in the form YYYY-MM-DD, got 20260301\nWrite it as e.g. 2026-03-01.']);
  });
});

describe('list', () => {
  const tags = list(z.string(), '`tags: [a]`');

  it('treats a missing list as an empty one', () => {
    expect(tags.parse(undefined)).toEqual([]);
  });

  it('asks for a YAML list when given a single value', () => {
    expect(messages(tags, 'gpu')).toEqual(['must be a list, got "gpu"\nWrite it as a YAML list, e.g. `tags: [a]`.']);
  });
});

describe('httpUrl', () => {
  it('accepts http and https addresses', () => {
    expect(httpUrl.parse('https://www.kubeflow.org/docs/')).toBe('https://www.kubeflow.org/docs/');
    expect(httpUrl.parse('http://example.org')).toBe('http://example.org');
  });

  it('rejects javascript:, data: and file: URLs', () => {
    for (const url of ['javascript:alert(1)', 'data:text/html,<b>x</b>', 'file:///etc/passwd']) {
      expect(messages(httpUrl, url)).toEqual([`"${url}" is not an http(s) URL\nWrite a full address starting with https://.`]);
    }
  });

  it('rejects an address without a scheme', () => {
    expect(messages(httpUrl, 'www.kubeflow.org')).toEqual([
      '"www.kubeflow.org" is not an http(s) URL\nWrite a full address starting with https://.',
    ]);
  });
});
