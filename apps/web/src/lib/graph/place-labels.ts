/** A concept whose label may be drawn, in viewport pixels. */
export interface LabelCandidate {
  id: string;
  label: string;
  /** Centre and radius of the node's disc. */
  x: number;
  y: number;
  r: number;
  /** Higher first; `must` labels are drawn even where they collide (a selected concept, a path). */
  priority: number;
  must?: boolean;
}

/** Where a label goes: `left` when it would run off the right edge. */
export interface PlacedLabel {
  id: string;
  label: string;
  x: number;
  y: number;
  align: 'left' | 'right';
}

/** Options of {@link placeLabels}. */
export interface PlaceLabelsOptions {
  width: number;
  height: number;
  /** Label height in pixels (the font size). */
  lineHeight: number;
  /** Width in pixels of a label as drawn. */
  measure: (label: string) => number;
  /** Gap between a disc and its label, and around every label. */
  gap?: number;
}

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const overlaps = (a: Box, b: Box) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/**
 * Which labels to draw so that none covers another label or another concept's disc, and none is cut at the
 * viewport's edge: the most important concepts first (priority, then size, then id, so the choice is
 * deterministic), each label right of its disc, or left of it when the right side runs off the viewport
 * or collides. A label that fits nowhere is left out; it appears on zooming in or hovering.
 *
 * @example
 * placeLabels([{ id: 'a', label: 'docker0', x: 10, y: 10, r: 5, priority: 0 }], { width: 300, height: 200,
 *   lineHeight: 13, measure: (s) => s.length * 7 });
 * // [{ id: 'a', label: 'docker0', x: 18, y: 10, align: 'right' }]
 */
export function placeLabels(
  candidates: readonly LabelCandidate[],
  options: PlaceLabelsOptions,
): PlacedLabel[] {
  const gap = options.gap ?? 3;
  const half = options.lineHeight / 2 + 1;
  const discs: Array<Box & { id: string }> = candidates.map((c) => ({
    id: c.id,
    left: c.x - c.r,
    right: c.x + c.r,
    top: c.y - c.r,
    bottom: c.y + c.r,
  }));
  const order = [...candidates].sort(
    (a, b) =>
      Number(b.must ?? false) - Number(a.must ?? false) ||
      b.priority - a.priority ||
      b.r - a.r ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  const taken: Box[] = [];
  const placed: PlacedLabel[] = [];
  for (const c of order) {
    if (c.label === '') continue;
    const width = options.measure(c.label);
    const sides: Array<{ align: 'left' | 'right'; box: Box; x: number }> = [
      { align: 'right', x: c.x + c.r + gap, box: boxAt(c.x + c.r + gap, c.y, width, half) },
      { align: 'left', x: c.x - c.r - gap, box: boxAt(c.x - c.r - gap - width, c.y, width, half) },
    ];
    const inside = sides.filter(
      (s) =>
        s.box.left >= 0 && s.box.right <= options.width && s.box.top >= 0 && s.box.bottom <= options.height,
    );
    const clear = inside.filter(
      (s) =>
        !taken.some((t) => overlaps(t, s.box)) && !discs.some((d) => d.id !== c.id && overlaps(d, s.box)),
    );
    const side = clear[0] ?? (c.must ? (inside[0] ?? sides[0]) : undefined);
    if (!side) continue;
    taken.push(side.box);
    placed.push({ id: c.id, label: c.label, x: side.x, y: c.y, align: side.align });
  }
  return placed;
}

function boxAt(left: number, y: number, width: number, half: number): Box {
  return { left: left - 1, right: left + width + 1, top: y - half, bottom: y + half };
}
