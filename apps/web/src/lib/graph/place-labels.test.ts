import { describe, expect, it } from 'vitest';
import { type LabelCandidate, placeLabels } from './place-labels';

const options = { width: 400, height: 300, lineHeight: 13, measure: (s: string) => s.length * 7 };
const node = (id: string, x: number, y: number, extra: Partial<LabelCandidate> = {}): LabelCandidate => ({
  id,
  label: id,
  x,
  y,
  r: 5,
  priority: 0,
  ...extra,
});

describe('placeLabels', () => {
  it('labels the most important of two colliding concepts and leaves the other out', () => {
    const placed = placeLabels(
      [node('network interface', 100, 100), node('docker0', 110, 104, { priority: 1 })],
      options,
    );
    expect(placed.map((p) => p.id)).toEqual(['docker0']);
  });

  it('keeps labels apart and off other concepts’ discs', () => {
    const candidates = Array.from({ length: 40 }, (_, i) =>
      node(`concept ${i}`, 20 + ((i * 53) % 360), 20 + ((i * 37) % 260), { r: 3 + (i % 5) }),
    );
    const placed = placeLabels(candidates, options);
    expect(placed.length).toBeGreaterThan(5);
    const boxes = placed.map((p) => {
      const width = options.measure(p.label);
      const left = p.align === 'right' ? p.x : p.x - width;
      return { id: p.id, left, right: left + width, top: p.y - 6.5, bottom: p.y + 6.5 };
    });
    for (const a of boxes) {
      for (const b of boxes) {
        if (a === b) continue;
        expect(a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom).toBe(false);
      }
      for (const c of candidates) {
        if (c.id === a.id) continue;
        const hit = a.left < c.x + c.r && c.x - c.r < a.right && a.top < c.y + c.r && c.y - c.r < a.bottom;
        expect(hit, `${a.id} covers ${c.id}`).toBe(false);
      }
    }
  });

  it('puts a label left of a concept at the right edge instead of cutting it', () => {
    const [placed] = placeLabels([node('network interface', 380, 150)], options);
    expect(placed?.align).toBe('left');
    expect((placed?.x ?? 0) - options.measure('network interface')).toBeGreaterThanOrEqual(0);
  });

  it('always draws labels that must be shown (a path), even where they collide', () => {
    const placed = placeLabels(
      [
        node('DNAT', 100, 100, { must: true }),
        node('iptables', 104, 102, { must: true }),
        node('x', 102, 101),
      ],
      options,
    );
    expect(placed.map((p) => p.id).sort()).toEqual(['DNAT', 'iptables']);
  });
});
