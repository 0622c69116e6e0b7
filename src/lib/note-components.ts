/**
 * The JSX a note may use, checked before rendering: every element is a known component (a study component, or
 * a name the note imports or exports), and the study components get the props they need, in the form they need.
 * Without this, a misspelled `<Callot>` or a `<Figure src="./x.png">` passes the check and crashes the build.
 */
import { closestMatch } from './suggest.ts';
import { truncate } from './truncate.ts';

/** One attribute as written: `type="tip"`, `src={diagram}` or a bare `open`. */
export interface JsxAttribute {
  name: string;
  kind: 'string' | 'expression' | 'boolean';
  /** The string, or the expression's source text. */
  value?: string;
  /** For an expression: the names it reads. */
  names?: string[];
  line: number;
  column: number;
}

/** A JSX element of a note body (`<Callout …>`, `<img …>`), with its attributes. */
export interface JsxElement {
  name: string;
  line: number;
  column: number;
  attributes: JsxAttribute[];
  /** `{...props}` was written: props may come from anywhere, so required ones are not checked. */
  spread: boolean;
}

/** A study component used with a missing or wrong attribute, or an element that is no component at all. */
export interface ComponentProblem {
  /** Errors unless said otherwise. */
  severity?: 'warning';
  line: number;
  column: number;
  component: string;
  code: string;
  message: string;
  hint: string;
}

interface PropRule {
  required?: boolean;
  /** Allowed string values. */
  values?: readonly string[];
  /** `image`: an imported image, `{name}` or `{import('./x.png')}`; `text`: a non-blank string. */
  form?: 'image' | 'text';
}

/**
 * The components every note can use without an import (src/components/mdx/index.ts) and the props each takes.
 * `Fragment` is provided by Astro's MDX integration.
 */
export const NOTE_COMPONENTS: Readonly<Record<string, Readonly<Record<string, PropRule>>>> = {
  Callout: { type: { values: ['note', 'tip', 'warning'] }, title: {} },
  Figure: { src: { required: true, form: 'image' }, alt: { required: true, form: 'text' }, caption: {} },
  KeyTakeaways: {},
  SelfCheck: { question: { required: true, form: 'text' } },
};
const PROVIDED = ['Fragment'];

// `import('./x.png')` inside an expression, as Figure's doc comment allows.
const DYNAMIC_IMPORT = /^\s*import\(\s*(['"])([^'"]+)\1\s*\)\s*$/;

/** The path of `{import('./x.png')}`, when the expression is one. */
export function dynamicImportPath(expression: string): string | undefined {
  return DYNAMIC_IMPORT.exec(expression)?.[2];
}

/** A name for an import of `path`: `./pipeline-graph.png` → `pipelineGraph`. */
function importNameFor(path: string): string {
  const base = path
    .split('/')
    .at(-1)!
    .replace(/\.[^.]*$/, '');
  const words = base.split(/[^A-Za-z0-9]+/).filter(Boolean);
  const name = words.map((w, i) => (i ? w[0]!.toUpperCase() + w.slice(1) : w.toLowerCase())).join('');
  return /^[A-Za-z_$]/.test(name) ? name : 'image';
}

function isComponentName(name: string): boolean {
  // JSX treats a capitalised name or a member expression (`ui.Chart`) as a component, lowercase as HTML.
  return /^[A-Z]/.test(name) || name.includes('.');
}

/**
 * Checks every JSX element against the components the note can use. `defined` holds the names the note imports
 * or exports itself.
 */
export function checkComponents(elements: readonly JsxElement[], defined: ReadonlySet<string>): ComponentProblem[] {
  const problems: ComponentProblem[] = [];
  const known = [...Object.keys(NOTE_COMPONENTS), ...PROVIDED, ...defined];
  for (const element of elements) {
    const report = (code: string, message: string, hint: string, at: { line: number; column: number } = element) =>
      problems.push({ line: at.line, column: at.column, component: element.name, code, message, hint });
    for (const attribute of element.attributes) {
      const unknown = attribute.names?.find((name) => !defined.has(name) && !AVAILABLE.has(name));
      if (unknown === undefined) continue;
      const match = closestMatch(unknown, defined);
      const image = element.name === 'Figure' && attribute.name === 'src';
      report(
        image ? 'unknown-import' : 'undefined-expression',
        `${attribute.name}={${attribute.value?.trim()}}: the note does not import or define "${unknown}"`,
        match !== undefined
          ? `Did you mean ${match}?`
          : image
            ? `Add import ${unknown} from './${unknown}.png'; at the top of the note, with the image's real file name.`
            : `Import or export ${unknown} in the note, or write the value as text: ${attribute.name}="…".`,
        attribute,
      );
    }
    if (!isComponentName(element.name)) continue;
    const base = element.name.split('.')[0]!;
    const rules = NOTE_COMPONENTS[element.name];
    if (!rules) {
      if (!known.includes(base)) {
        const match = closestMatch(element.name, known);
        report(
          'unknown-component',
          `<${element.name}> is not a component this note can use`,
          match !== undefined
            ? `Did you mean <${match}>?`
            : `Use one of ${Object.keys(NOTE_COMPONENTS)
                .map((c) => `<${c}>`)
                .join(', ')}, or import the component at the top of the note.`,
        );
      }
      continue;
    }
    if (defined.has(element.name)) continue; // the note brought its own component of that name
    checkProps(element, rules, report);
  }
  return problems;
}

function checkProps(
  element: JsxElement,
  rules: Readonly<Record<string, PropRule>>,
  report: (code: string, message: string, hint: string, at?: { line: number; column: number }) => void,
): void {
  const props = Object.keys(rules);
  for (const attribute of element.attributes) {
    const rule = rules[attribute.name];
    if (!rule) {
      const match = closestMatch(attribute.name, props);
      report(
        'unknown-prop',
        `<${element.name}> has no prop "${attribute.name}"`,
        match !== undefined
          ? `Did you mean ${match}?`
          : props.length
            ? `Its props are ${props.join(', ')}.`
            : `It takes no props: remove ${attribute.name}.`,
        attribute,
      );
      continue;
    }
    if (rule.values && attribute.kind === 'string' && !rule.values.includes(attribute.value ?? '')) {
      report(
        'invalid-prop',
        `<${element.name} ${attribute.name}="${attribute.value}"> is not a ${element.name.toLowerCase()} ${attribute.name}`,
        didYouMeanValue(attribute, rule.values),
        attribute,
      );
    } else if (rule.values && attribute.kind !== 'string') {
      report(
        'invalid-prop',
        `<${element.name}> needs ${attribute.name} written as text`,
        `Write ${rule.values.map((v) => `${attribute.name}="${v}"`).join(', ')}.`,
        attribute,
      );
    }
    if (rule.form === 'text' && (attribute.kind === 'boolean' || (attribute.kind === 'string' && !attribute.value?.trim()))) {
      report('missing-prop', `<${element.name}> has no ${propLabel(attribute.name)}`, textHint(element.name, attribute.name), attribute);
    }
    if (rule.form === 'image') checkImageProp(element, attribute, report);
  }
  if (element.spread) return;
  for (const [name, rule] of Object.entries(rules)) {
    if (rule.required && !element.attributes.some((a) => a.name === name)) {
      report(
        'missing-prop',
        `<${element.name}> has no ${propLabel(name)}`,
        rule.form === 'image' ? imageHint(element.name, name, './diagram.png') : textHint(element.name, name),
      );
    }
  }
}

function propLabel(prop: string): string {
  return prop === 'alt' ? 'alt text' : prop;
}

function didYouMeanValue(attribute: JsxAttribute, values: readonly string[]): string {
  const match = closestMatch(attribute.value ?? '', values);
  return match !== undefined
    ? `Did you mean ${attribute.name}="${match}"?`
    : `Use ${values.map((v) => `${attribute.name}="${v}"`).join(', ')}.`;
}

function textHint(component: string, prop: string): string {
  if (component === 'Figure') return 'Add alt="…" describing what the image shows, for readers who cannot see it.';
  if (component === 'SelfCheck') return 'Add question="…"; the answer goes between the tags.';
  return `Add ${prop}="…".`;
}

function imageHint(component: string, prop: string, path: string): string {
  const name = importNameFor(path);
  return `Import the image beside the note and pass it: import ${name} from '${path}'; then <${component} ${prop}={${name}} alt="…" />.`;
}

function checkImageProp(
  element: JsxElement,
  attribute: JsxAttribute,
  report: (code: string, message: string, hint: string, at?: { line: number; column: number }) => void,
): void {
  if (attribute.kind === 'string') {
    const path = attribute.value ?? '';
    if (/^https?:\/\//i.test(path)) {
      report(
        'image-from-web',
        `<${element.name}> shows images stored beside the note, not "${path}"`,
        `For an image from the web, write a Markdown image: ![description](${path}).`,
        attribute,
      );
    } else {
      const relative = path.startsWith('.') ? path : `./${path.replace(/^\//, '')}`;
      report(
        'image-as-text',
        `<${element.name} ${attribute.name}="${path}"> is a path written as text, not an imported image`,
        imageHint(element.name, attribute.name, relative),
        attribute,
      );
    }
    return;
  }
  if (attribute.kind === 'boolean') {
    report(
      'missing-prop',
      `<${element.name}> has no ${attribute.name}`,
      imageHint(element.name, attribute.name, './diagram.png'),
      attribute,
    );
  }
}

/** A `{…}` in prose, with the names it reads that nothing in the note defines. */
export interface ProseExpression {
  source: string;
  line: number;
  column: number;
  /** Free identifiers of the expression, in order. */
  names: string[];
}

// What an expression in a note may read without defining it: MDX's own names and JavaScript's globals.
const AVAILABLE = new Set([
  'frontmatter',
  'props',
  'undefined',
  'NaN',
  'Infinity',
  'Math',
  'JSON',
  'Date',
  'Number',
  'String',
  'Array',
  'Object',
  'Intl',
  'console',
]);

/**
 * A `{a, b}` in prose is JavaScript to MDX: it parses, then fails at render with "a is not defined". Reports each
 * expression that reads a name the note does not define.
 */
export function checkProseExpressions(expressions: readonly ProseExpression[], defined: ReadonlySet<string>): ComponentProblem[] {
  const problems: ComponentProblem[] = [];
  for (const expression of expressions) {
    const unknown = expression.names.find((name) => !defined.has(name) && !AVAILABLE.has(name));
    if (unknown === undefined) continue;
    const shown = truncate(expression.source, 40);
    problems.push({
      line: expression.line,
      column: expression.column,
      component: 'mdx',
      code: 'undefined-expression',
      message: `{${shown}} is read as JavaScript, and nothing in the note defines "${unknown}"`,
      hint: 'In prose, write { as \\{ or put the text inside backticks.',
    });
  }
  return problems;
}
