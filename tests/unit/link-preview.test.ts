import { describe, expect, it } from 'vitest';
import { previewPlacement, topicPreviewOf } from '../../src/lib/link-preview.ts';

describe('topicPreviewOf', () => {
  it('holds the title, status in words, numbered phase, summary and the heading texts by id, as written', () => {
    const preview = topicPreviewOf(
      {
        title: '<b>K8s</b> & co',
        status: 'in-progress',
        summary: 'Pods "and" more',
        headings: [{ depth: 2, text: 'Pods', id: 'pods', line: 3 }],
      },
      { number: 2, title: 'Basics' },
    );
    expect(preview).toEqual({
      title: '<b>K8s</b> & co',
      status: 'in-progress',
      statusLabel: 'In progress',
      phase: '2. Basics',
      summary: 'Pods "and" more',
      headings: { pods: 'Pods' },
    });
  });
});

describe('previewPlacement', () => {
  const viewport = { width: 1000, height: 800 };
  const card = { width: 300, height: 150 };

  it('puts the card under the link when it fits, never over it', () => {
    const link = { top: 100, left: 50, width: 80, height: 20 };
    const place = previewPlacement(link, card, viewport);
    expect(place).toEqual({ top: 128, left: 50, side: 'below' });
    expect(place.top).toBeGreaterThan(link.top + link.height);
  });

  it('puts it above a link near the bottom of the window', () => {
    const link = { top: 700, left: 50, width: 80, height: 20 };
    const place = previewPlacement(link, card, viewport);
    expect(place.side).toBe('above');
    expect(place.top + card.height).toBeLessThan(link.top);
  });

  it('keeps it inside the window sideways', () => {
    expect(previewPlacement({ top: 100, left: 900, width: 80, height: 20 }, card, viewport).left).toBe(1000 - 8 - 300);
    expect(previewPlacement({ top: 100, left: -20, width: 80, height: 20 }, card, viewport).left).toBe(8);
  });
});
