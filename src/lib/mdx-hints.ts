/**
 * The fix for an MDX syntax error, read from the parser's message and the line it points at. MDX is stricter
 * than the Markdown people bring: HTML void elements must be closed, attributes quoted, comments written as JSX,
 * and `{` and `<` in prose mean code. Each hint names the fix for that case, not a generic rule.
 */

// Elements HTML never closes; in JSX each needs ` />`.
const VOID_ELEMENTS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

// Elements people write in Markdown that do take a closing tag.
const HTML_ELEMENTS = new Set(
  'a abbr article aside audio b blockquote button caption center cite code dd del details div dl dt em figcaption figure font footer h1 h2 h3 h4 h5 h6 header i iframe ins kbd label li main mark nav ol option p picture pre q s section select small span strong sub summary sup table tbody td textarea th thead tr u ul video'.split(
    ' ',
  ),
);

const GENERIC = 'In prose, write < and { as `<` and `{` inside backticks, or escape them as \\< and \\{; close every tag you open.';

/**
 * A hint for the parser message `message` at `column` of `lineText` (the source line it names).
 */
export function mdxSyntaxHint(message: string, lineText: string, column: number): string {
  // "Expected a closing tag for `<img>`": a void element left open, or a tag (or a stray `<`) never closed.
  const unclosed = /closing tag for `<([^>\s`]+)>`/.exec(message);
  if (unclosed && !message.startsWith('Unexpected closing tag')) {
    const name = unclosed[1]!;
    if (VOID_ELEMENTS.has(name.toLowerCase())) {
      const written = new RegExp(`<${name}\\b[^>]*>`).exec(lineText.slice(column - 1))?.[0] ?? `<${name}>`;
      return `<${name}> is a void element in HTML, but MDX needs it closed: write ${written.replace(/\s*\/?>$/, ' />')}.`;
    }
    if (HTML_ELEMENTS.has(name.toLowerCase()) || /^[A-Z]/.test(name))
      return `Close it with </${name}>: MDX needs every tag closed, HTML ones too.`;
    return `If the < is text (as in List<${name}>), write it as \\< or inside backticks; if it is a tag, close it with </${name}>.`;
  }
  const mismatched = /^Unexpected closing tag `(<\/[^`]+>)`, expected corresponding closing tag for `(<[^`]+>)`/.exec(message);
  if (mismatched) return `Close ${mismatched[2]} before ${mismatched[1]}, or remove the stray ${mismatched[1]}.`;
  if (message.includes('before attribute value')) {
    const attribute = /([\w:-]+)\s*=\s*$/.exec(lineText.slice(0, column - 1))?.[1] ?? 'name';
    const value = /^[^\s>/]+/.exec(lineText.slice(column - 1))?.[0] ?? '…';
    return `Quote the attribute value: write ${attribute}="${value}".`;
  }
  if (message.includes('to create a comment in MDX'))
    return 'HTML comments do not work in MDX: write {/* your comment */} instead of <!-- … -->.';
  if (message.includes('to create a link in MDX')) {
    const url = /<([a-z][a-z0-9+.-]*:[^>\s]+|[^<>\s@]+@[^<>\s]+)>/i.exec(lineText)?.[1];
    if (url === undefined) return 'Autolinks in angle brackets do not work in MDX: write the address as it is, or [text](address).';
    const href = url.includes(':') ? url : `mailto:${url}`;
    return `Autolinks in angle brackets do not work in MDX: write ${url} as it is (it is linked automatically) or [${url}](${href}).`;
  }
  if (/in expression|parse expression|acorn/i.test(message)) {
    return 'In prose, { starts a JavaScript expression: write it as \\{ or inside backticks (`{`), and close every { you open in code.';
  }
  if (/before name/.test(message)) return 'In prose, < starts a tag: write it as \\< or &lt;, or inside backticks.';
  return GENERIC;
}
