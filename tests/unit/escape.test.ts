import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { escapeHtml, escapeXml, htmlVoidElement } from '../../src/lib/escape.ts';

describe('escapeXml', () => {
  it('escapes the five XML special characters', () => {
    expect(escapeXml(`<script>alert(1)</script> "quotes" 'single' &amp; &`)).toBe(
      '&lt;script&gt;alert(1)&lt;/script&gt; &quot;quotes&quot; &apos;single&apos; &amp;amp; &amp;',
    );
  });

  it('gives text that an XML parser reads back unchanged, in an element and in an attribute', () => {
    const text = `</script> "q" 'a' &amp; & <x/>`;
    const parsed = new XMLParser({ ignoreAttributes: false, htmlEntities: false }).parse(
      `<root a="${escapeXml(text)}" b='${escapeXml(text)}'>${escapeXml(text)}</root>`,
    ) as { root: { '#text': string; '@_a': string; '@_b': string } };
    expect(parsed.root['#text']).toBe(text);
    expect(parsed.root['@_a']).toBe(text);
    expect(parsed.root['@_b']).toBe(text);
  });

  it('leaves ordinary text alone', () => {
    expect(escapeXml('https://example.org/sub/rss.xml')).toBe('https://example.org/sub/rss.xml');
  });
});

describe('escapeHtml', () => {
  it('escapes &, <, >, and both quotes, so a value is safe in text and in any quoted attribute', () => {
    expect(escapeHtml(`<script>alert(1)</script> "quotes" 'single' &amp; &`)).toBe(
      '&lt;script&gt;alert(1)&lt;/script&gt; &quot;quotes&quot; &#39;single&#39; &amp;amp; &amp;',
    );
  });
});

describe('htmlVoidElement', () => {
  it('writes a meta tag whose content no title can break out of', () => {
    expect(htmlVoidElement('meta', { property: 'og:title', content: `"><script>alert(1)</script>` })).toBe(
      '<meta property="og:title" content="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;">',
    );
  });

  it('keeps the attributes in the order given', () => {
    expect(htmlVoidElement('link', { rel: 'canonical', href: 'https://example.org/a?b=1&c=2' })).toBe(
      '<link rel="canonical" href="https://example.org/a?b=1&amp;c=2">',
    );
  });
});
