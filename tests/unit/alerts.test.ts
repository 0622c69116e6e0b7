import { describe, expect, it } from 'vitest';
import { parseAlertMarker } from '../../src/lib/alerts.ts';

describe('parseAlertMarker', () => {
  it("maps GitHub's five alert types to Callout types, with a title where the type has its own word", () => {
    expect(['NOTE', 'TIP', 'IMPORTANT', 'WARNING', 'CAUTION'].map((t) => parseAlertMarker(`[!${t}]\nText`)?.callout)).toEqual([
      { type: 'note' },
      { type: 'tip' },
      { type: 'note', title: 'Important' },
      { type: 'warning' },
      { type: 'warning', title: 'Caution' },
    ]);
  });

  it('reads Obsidian callouts: any case, a fold marker and a title of their own', () => {
    expect(parseAlertMarker('[!tip]- Try this first\nText')).toEqual({
      name: 'tip',
      length: 22,
      callout: { type: 'tip', title: 'Try this first' },
    });
    expect(parseAlertMarker('[!danger]\nText')?.callout).toEqual({ type: 'warning', title: 'Danger' });
  });

  it('knows an unknown type as such, and a quote without a marker as none', () => {
    expect(parseAlertMarker('[!NOET]\nText')).toEqual({ name: 'noet', length: 7 });
    expect(parseAlertMarker('[!constructor]\nText')).toEqual({ name: 'constructor', length: 14 });
    expect(parseAlertMarker('Just a quote.')).toBeUndefined();
  });
});
