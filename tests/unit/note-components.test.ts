import { describe, expect, it } from 'vitest';
import { readNoteBody } from '../../src/lib/note-body.ts';

/** `line component: message. hint` for each component problem of a body. */
const problems = (body: string) =>
  readNoteBody(body).componentProblems.map((p) => `${p.line}:${p.column} ${p.component}: ${p.message}. ${p.hint}`);

describe('checkComponents', () => {
  // Each case: a note body and every component problem it should get, in order.
  const cases = [
    {
      name: 'reports a misspelled component with the one that was meant',
      body: '<Callot type="tip">Text.</Callot>\n',
      expected: ['1:1 Callot: <Callot> is not a component this note can use. Did you mean <Callout>?'],
    },
    {
      name: 'lists the study components when an unknown one is not close to any',
      body: '<Chart data={[1, 2]} />\n',
      expected: [
        '1:1 Chart: <Chart> is not a component this note can use. Use one of <Callout>, <Figure>, <KeyTakeaways>, <SelfCheck>, or import the component at the top of the note.',
      ],
    },
    {
      name: 'accepts components the note imports or exports, HTML elements and Fragment',
      body: 'import Chart from \'../../components/Chart.astro\';\nexport const Box = () => null;\n\n<Chart />\n\n<Box />\n\n<div class="x">Text.</div>\n\n<Fragment>Text.</Fragment>\n',
      expected: [],
    },
    {
      name: 'reports a misspelled prop, and a value that is not one of the allowed ones',
      body: '<Callout tpye="warning">A.</Callout>\n\n<Callout type="warnign">B.</Callout>\n',
      expected: [
        '1:10 Callout: <Callout> has no prop "tpye". Did you mean type?',
        '3:10 Callout: <Callout type="warnign"> is not a callout type. Did you mean type="warning"?',
      ],
    },
    {
      name: 'reports a Figure whose src is a path written as text, with the import to write',
      body: '<Figure src="./pipeline-graph.png" alt="The graph" />\n',
      expected: [
        '1:9 Figure: <Figure src="./pipeline-graph.png"> is a path written as text, not an imported image. Import the image beside the note and pass it: import pipelineGraph from \'./pipeline-graph.png\'; then <Figure src={pipelineGraph} alt="…" />.',
      ],
    },
    {
      name: 'reports a Figure whose src names nothing the note imports, with the closest import',
      body: 'import layers from \'./layers.png\';\n\n<Figure src={layres} alt="Layers" />\n',
      expected: ['3:9 Figure: src={layres}: the note does not import or define "layres". Did you mean layers?'],
    },
    {
      name: 'accepts an image given as import() and does not check props behind a spread',
      body: '<Figure src={import(\'./x.png\')} alt="X" />\n\nexport const p = {};\n\n<Figure {...p} />\n',
      expected: [],
    },
    {
      name: 'reports a {…} in prose that reads a name nothing defines',
      body: 'The set {a, b} is open.\n\nA comment {/* fine */} and {frontmatter.title}.\n',
      expected: [
        '1:9 mdx: {a, b} is read as JavaScript, and nothing in the note defines "a". In prose, write { as \\{ or put the text inside backticks.',
      ],
    },
    {
      name: 'warns about an alert type that has no Callout',
      body: '> [!NOET]\n> Text.\n',
      expected: ['1:3 alert: [!noet] is not an alert type, so the quote is shown as it is. Did you mean [!NOTE]?'],
    },
  ];
  for (const { name, body, expected } of cases) {
    it(name, () => {
      expect(problems(body)).toEqual(expected);
    });
  }
});
