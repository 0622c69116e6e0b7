import { describe, expect, it } from 'vitest';
import { adoptedNoteSource, isStarterRoadmap, OUTLINE_PROMPT, ownRoadmapSource } from '../../src/lib/own-roadmap.ts';

const roadmap = `# The roadmap, with a comment of its own.
title: MLOps Study Notes
description: The starter.
author: Someone else
starter: true
asOf: 2026-12-01
phases:
  - id: basics # the first phase
    title: Basics
`;

describe('ownRoadmapSource', () => {
  it('writes your title, description, author, repo, address and plan, removes the starter marker and keeps comments', () => {
    const source = ownRoadmapSource(roadmap, {
      title: "Jane's ML plan",
      description: 'Mine.',
      author: 'Jane',
      repo: 'https://github.com/jane/notes',
      siteUrl: 'https://jane.example.org',
      plan: { start: '2027-01-04', hoursPerWeek: 8 },
    });
    expect(source).toBe(`# The roadmap, with a comment of its own.
title: Jane's ML plan
description: Mine.
author: Jane
repo: https://github.com/jane/notes
url: https://jane.example.org
plan:
  start: 2027-01-04
  hoursPerWeek: 8
phases:
  - id: basics # the first phase
    title: Basics
`);
    expect(isStarterRoadmap(roadmap)).toBe(true);
    expect(isStarterRoadmap(source)).toBe(false);
  });

  it('removes an author, repo or address you did not give', () => {
    const source = ownRoadmapSource(roadmap, {
      title: 'T',
      description: 'D',
      author: undefined,
      repo: undefined,
      siteUrl: undefined,
      plan: { start: '2027-01-04', hoursPerWeek: 6 },
    });
    expect(source).not.toContain('author:');
    expect(source).not.toContain('url:');
  });
});

const note = `---
# yaml-language-server: $schema=../../public/schemas/note-frontmatter.schema.json
title: Docker
summary: "Containers: images and layers."
phase: basics
status: done
started: 2026-08-01
completed: 2026-08-05
prerequisites: [git]
log:
  - { date: 2026-08-01, note: I built my first image, hours: 2 }
---

import diagram from './layers.png';

## Images and [[git]] layers

I learned a lot here.

<Callout type="tip">
## Not part of the outline
</Callout>

### Multi-stage builds

More of my own experience.
`;

describe('adoptedNoteSource', () => {
  it('makes the note planned with the scheduled target, drops the study record and keeps comments and quoting', () => {
    const source = adoptedNoteSource(note, 'docker.mdx', { mode: 'adopt', target: '2027-01-10' });
    expect(source.split('\n---\n')[0]).toBe(`---
# yaml-language-server: $schema=../../public/schemas/note-frontmatter.schema.json
title: Docker
summary: "Containers: images and layers."
phase: basics
status: planned
target: 2027-01-10
prerequisites: [git]`);
  });

  it('marks an adopted body as starter text after its imports', () => {
    const body = adoptedNoteSource(note, 'docker.mdx', { mode: 'adopt', target: '2027-01-10' }).split('\n---\n')[1]!;
    expect(body).toMatch(/^\nimport diagram from '\.\/layers\.png';\n\n<Callout type="note" title="Starter text">\n/);
    expect(body).toContain('I learned a lot here.');
  });

  it('outlines a body: its top-level headings as written, each with a prompt, nothing else', () => {
    const body = adoptedNoteSource(note, 'docker.mdx', { mode: 'outline', target: undefined }).split('\n---\n')[1]!;
    expect(body).not.toContain('I learned');
    expect(body).not.toContain('Not part of the outline');
    expect(body).not.toContain('import diagram');
    expect(body).toContain(`## Images and [[git]] layers\n\n${OUTLINE_PROMPT}\n\n### Multi-stage builds\n\n${OUTLINE_PROMPT}\n`);
  });
});
