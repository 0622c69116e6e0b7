import { describe, expect, it } from 'vitest';
import { jsonLdScript, jsonLdText, topicJsonLd } from '../../src/lib/json-ld.ts';

const hostile = `</script><script>alert(1)</script> "quotes" 'single' &amp; & <!-- \u2028`;

describe('jsonLdText', () => {
  it('escapes <, > and & so a </script> in a string cannot end the script element', () => {
    const text = jsonLdText({ name: hostile });
    expect(text).not.toMatch(/[<>&\u2028]/);
    expect(text).toBe(
      String.raw`{"name":"\u003c/script\u003e\u003cscript\u003ealert(1)\u003c/script\u003e \"quotes\" 'single' \u0026amp; \u0026 \u003c!-- \u2028"}`,
    );
  });

  it('parses back to the same data', () => {
    const data = { name: hostile, nested: [{ a: '<b>' }], n: 1, yes: true, none: null };
    expect(JSON.parse(jsonLdText(data))).toEqual(data);
  });

  it('drops undefined properties', () => {
    expect(jsonLdText({ a: 1, b: undefined })).toBe('{"a":1}');
  });
});

describe('jsonLdScript', () => {
  it('wraps the text in one ld+json script element that contains no other tag', () => {
    const html = jsonLdScript({ name: hostile });
    expect(html.startsWith('<script type="application/ld+json">')).toBe(true);
    expect(html.endsWith('</script>')).toBe(true);
    expect(html.match(/<\/script/gi)).toHaveLength(1);
    expect(html.match(/<script/gi)).toHaveLength(1);
  });
});

describe('topicJsonLd', () => {
  const site = { title: 'Notes', description: 'A roadmap.', url: 'https://example.org/sub/', author: 'Jane' };
  const base = { title: 'Kubernetes', summary: 'Pods.', tags: ['kubernetes', 'containers'] };

  it('describes a topic as a LearningResource that is part of the site', () => {
    expect(
      topicJsonLd({
        note: { ...base, started: '2026-03-01', completed: '2026-03-04' },
        url: 'https://example.org/sub/topics/kubernetes/',
        imageUrl: 'https://example.org/sub/og/topics/kubernetes.png',
        site,
      }),
    ).toEqual({
      '@context': 'https://schema.org',
      '@type': 'LearningResource',
      name: 'Kubernetes',
      headline: 'Kubernetes',
      description: 'Pods.',
      url: 'https://example.org/sub/topics/kubernetes/',
      mainEntityOfPage: 'https://example.org/sub/topics/kubernetes/',
      image: 'https://example.org/sub/og/topics/kubernetes.png',
      inLanguage: 'en',
      learningResourceType: 'Study notes',
      datePublished: '2026-03-01',
      dateModified: '2026-03-04',
      keywords: 'kubernetes, containers',
      about: [
        { '@type': 'Thing', name: 'kubernetes' },
        { '@type': 'Thing', name: 'containers' },
      ],
      author: { '@type': 'Person', name: 'Jane' },
      isPartOf: { '@type': 'WebSite', name: 'Notes', description: 'A roadmap.', url: 'https://example.org/sub/' },
    });
  });

  it('leaves out dates, keywords and author that the note and site do not have', () => {
    const data = topicJsonLd({
      note: { ...base, tags: [], started: undefined, completed: undefined },
      url: 'https://example.org/t/',
      site: { ...site, author: undefined },
    });
    expect(JSON.parse(jsonLdText(data))).not.toHaveProperty('datePublished');
    for (const key of ['dateModified', 'keywords', 'about', 'author', 'image']) expect(data[key]).toBeUndefined();
  });

  it('uses the completion date as published date when study has no start date', () => {
    expect(topicJsonLd({ note: { ...base, started: undefined, completed: '2026-03-04' }, url: 'u', site }).datePublished).toBe(
      '2026-03-04',
    );
  });

  it('dates the modification by the last change of the note file when it is known, else by its completion', () => {
    const note = { ...base, started: undefined, completed: '2026-03-04' };
    expect(topicJsonLd({ note, lastChanged: '2026-11-03', url: 'u', site }).dateModified).toBe('2026-11-03');
    expect(topicJsonLd({ note, lastChanged: undefined, url: 'u', site }).dateModified).toBe('2026-03-04');
  });
});
