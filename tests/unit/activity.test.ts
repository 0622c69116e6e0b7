import { describe, expect, it } from 'vitest';
import { recentActivity } from '../../src/lib/activity.ts';
import type { NoteRecord } from '../../src/lib/note-record.ts';

/** A note with only the dated fields the activity list reads. */
function note(slug: string, fields: Partial<NoteRecord>): NoteRecord {
  return { slug, log: [], started: undefined, completed: undefined, target: undefined, ...fields } as NoteRecord;
}

const rows = (notes: NoteRecord[], limit = 10) => recentActivity(notes, limit).map((a) => `${a.date} ${a.label} ${a.note.slug}`);

describe('recentActivity', () => {
  it('lists starts, completions and study sessions, newest first', () => {
    const docker = note('docker', {
      started: '2026-03-01',
      completed: '2026-03-09',
      log: [{ date: '2026-03-04', note: 'Layers' }],
    });
    const kubernetes = note('kubernetes', { started: '2026-03-05' });
    expect(rows([docker, kubernetes])).toEqual([
      '2026-03-09 Completed docker',
      '2026-03-05 Started kubernetes',
      '2026-03-04 Studied docker',
      '2026-03-01 Started docker',
    ]);
  });

  it('leaves out planned targets', () => {
    expect(rows([note('helm', { target: '2026-04-01' })])).toEqual([]);
  });

  it('orders a day by slug', () => {
    expect(rows([note('kubernetes', { started: '2026-03-05' }), note('docker', { started: '2026-03-05' })])).toEqual([
      '2026-03-05 Started docker',
      '2026-03-05 Started kubernetes',
    ]);
  });

  it('shows one entry per note and day, preferring completed over studied over started', () => {
    const docker = note('docker', {
      started: '2026-03-01',
      completed: '2026-03-02',
      log: [
        { date: '2026-03-01', note: 'Started reading' },
        { date: '2026-03-02', note: 'Finished' },
      ],
    });
    expect(rows([docker])).toEqual(['2026-03-02 Completed docker', '2026-03-01 Studied docker']);
  });

  it('stops at the limit', () => {
    const docker = note('docker', { started: '2026-03-01', log: [{ date: '2026-03-02', note: 'a' }, { date: '2026-03-03', note: 'b' }] });
    expect(rows([docker], 2)).toEqual(['2026-03-03 Studied docker', '2026-03-02 Studied docker']);
  });

  it('keeps a reference to the note', () => {
    const docker = note('docker', { started: '2026-03-01' });
    expect(recentActivity([docker], 1)[0]!.note).toBe(docker);
  });
});
