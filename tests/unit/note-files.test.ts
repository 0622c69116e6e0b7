import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../src/lib/diagnostics.ts';
import { readNoteBody } from '../../src/lib/note-body.ts';
import {
  checkContentFolder,
  checkFileLink,
  checkNoteFiles,
  checkPublicLink,
  looksLikeImage,
  resolveEmbed,
  type SiteFiles,
} from '../../src/lib/note-files.ts';

const files: SiteFiles = {
  contentDir: 'content',
  content: [
    'content/roadmap.yaml',
    'content/notes/ml/chart.png',
    'content/notes/ml/images/diagram.png',
    'content/notes/ml/ml.mdx',
    'content/notes/ops/diagram.png',
    'content/notes/ops/ops.mdx',
    'content/notes/ml/slides.pdf',
  ],
  public: ['img/logo.svg'],
  packages: ['katex'],
  damagedImages: ['content/notes/ml/images/diagram.png'],
};

function check(body: string): string[] {
  const read = readNoteBody(body);
  return checkNoteFiles('content/notes/ml/ml.mdx', read.files, read.embeds, files).diagnostics.map(formatDiagnostic);
}

describe('checkNoteFiles', () => {
  // Each case: a body of content/notes/ml/ml.mdx and every file problem it should get, in order.
  const cases = [
    {
      name: 'accepts images and imports that exist, beside the note, below it and in public/',
      body: 'import chart from \'./chart.png\';\n\n![A](./chart.png)\n\n![B](chart.png)\n\n<img src="/img/logo.svg" alt="Logo" />\n\n![C](https://example.com/x.png)\n',
      expected: [],
    },
    {
      name: 'reports a missing Markdown image, with the closest file of that folder',
      body: '![A chart](./chrat.png)\n',
      expected: [
        'content/notes/ml/ml.mdx:1:1 image: "./chrat.png" does not exist (looked in content/notes/ml/). Did you mean "./chart.png"?',
      ],
    },
    {
      name: 'reports a missing import, a path missing from public/ and a missing <img src>',
      body: 'import x from \'./missing.png\';\n\n<img src="images/nope.png" alt="" />\n\n![L](/img/logo.png)\n',
      expected: [
        'content/notes/ml/ml.mdx:1:1 import: "./missing.png" does not exist (looked in content/notes/ml/). Put missing.png beside the note, or fix the path.',
        'content/notes/ml/ml.mdx:5:1 image: "/img/logo.png" is not in public/ (looked for public/img/logo.png). Did you mean "/img/logo.svg"?',
        'content/notes/ml/ml.mdx:3:6 img: "images/nope.png" does not exist (looked in content/notes/ml/images/). Put nope.png in content/notes/ml/images/, or fix the path: it is relative to the note\'s folder, content/notes/ml/.',
      ],
    },
    {
      name: 'reports an image whose content is no image, and a package the project does not have',
      body: "import Chart from 'chart-lib';\nimport katex from 'katex';\n\n![D](./images/diagram.png)\n",
      expected: [
        'content/notes/ml/ml.mdx:1:1 import: "chart-lib" is not a package of this project. Install it with npm install chart-lib, or import a file with a relative path (./…).',
        'content/notes/ml/ml.mdx:4:1 image: "./images/diagram.png" is not a PNG image: the file\'s content says otherwise. Export the image again (PNG, JPEG, WebP, GIF or SVG), or remove it from the note.',
      ],
    },
    {
      name: 'reports Obsidian embeds that cannot be shown, and warns about one without a description',
      body: '![[nowhere.png]]\n\n![[ops]]\n\n![[chart.png]]\n',
      expected: [
        'content/notes/ml/ml.mdx:1:1 embed: ![[nowhere.png]]: no image of that name under content/notes/. Put nowhere.png beside the note, or fix the name.',
        'content/notes/ml/ml.mdx:3:1 embed: ![[ops]] embeds a note, which the site does not do. Link it instead: [[ops]].',
        'warning: content/notes/ml/ml.mdx:5:1 embed: ![[chart.png]] has no description, so the image gets its file name as alt text. Describe it for readers who cannot see it: ![[chart.png|What the image shows]], or ![What the image shows](./chart.png).',
      ],
    },
  ];
  for (const { name, body, expected } of cases) {
    it(name, () => {
      expect(check(body)).toEqual(expected);
    });
  }
});

describe('resolveEmbed', () => {
  it('finds an image beside the note first, then the one file of that name anywhere, as Obsidian does', () => {
    expect(resolveEmbed({ target: 'chart.png' }, 'content/notes/ops/ops.mdx', files)).toEqual({
      kind: 'image',
      file: 'content/notes/ml/chart.png',
      relative: '../ml/chart.png',
    });
    expect(resolveEmbed({ target: 'diagram.png' }, 'content/notes/ops/ops.mdx', files)).toEqual({
      kind: 'image',
      file: 'content/notes/ops/diagram.png',
      relative: './diagram.png',
    });
  });

  it('asks for a path when a name is ambiguous', () => {
    expect(resolveEmbed({ target: 'diagram.png' }, 'content/notes/ml/ml.mdx', files)).toMatchObject({
      kind: 'broken',
      code: 'ambiguous-embed',
    });
  });
});

describe('links to files', () => {
  it('rejects a link to a file beside the note, which is not published, and one to a missing public file', () => {
    expect(checkFileLink('content/notes/ml/ml.mdx', './slides.pdf', files)).toMatchObject({
      code: 'unpublished-file',
      hint: 'Move it to public/slides.pdf and link /slides.pdf.',
    });
    expect(checkPublicLink('/files/x.pdf', files)).toMatchObject({ code: 'missing-file' });
    expect(checkPublicLink('/img/logo.svg', files)).toBeUndefined();
    expect(checkPublicLink('/rss.xml', files)).toBeUndefined();
  });
});

describe('checkContentFolder', () => {
  it('reports .md files, notes outside notes/, a misspelled notes folder and unused files; ignores dot files', () => {
    const site: SiteFiles = {
      contentDir: 'content',
      content: [
        'content/Notes/a.mdx',
        'content/notes/b.md',
        'content/notes/c.markdown',
        'content/notes/d.mdx',
        'content/notes/used.png',
        'content/notes/unused.png',
        'content/notes/.obsidian/app.json',
        'content/stray.mdx',
        'content/roadmap.yaml',
      ],
      public: [],
    };
    expect(checkContentFolder(site, new Set(['content/notes/used.png'])).map((d) => `${d.severity} ${d.file} ${d.code}`)).toEqual([
      'error content/Notes/a.mdx misnamed-notes-folder',
      'error content/notes/b.md not-mdx',
      'error content/notes/c.markdown not-mdx',
      'warning content/notes/unused.png unused-file',
      'error content/stray.mdx note-outside-notes',
    ]);
  });
});

describe('looksLikeImage', () => {
  it('tells an image from text saved under an image name', () => {
    expect(looksLikeImage('a.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d]))).toBe(true);
    expect(looksLikeImage('a.png', new TextEncoder().encode('<!doctype html>'))).toBe(false);
    expect(looksLikeImage('a.svg', new TextEncoder().encode('<?xml version="1.0"?><svg xmlns="…">'))).toBe(true);
    expect(looksLikeImage('a.jpg', new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))).toBe(true);
  });
});
