import { describe, expect, it } from 'vitest';
import { STATUS_LABELS, STATUS_ORDER } from '../../src/lib/status.ts';
import { NOTE_STATUSES } from '../../src/schemas/note.ts';

describe('statuses', () => {
  it('has a label for every status', () => {
    expect(STATUS_LABELS).toEqual({ planned: 'Planned', 'in-progress': 'In progress', done: 'Done' });
  });

  it('shows what is finished first, then what is under way, then the plan', () => {
    expect(STATUS_ORDER).toEqual(['done', 'in-progress', 'planned']);
    expect([...STATUS_ORDER].sort()).toEqual([...NOTE_STATUSES].sort());
  });
});
