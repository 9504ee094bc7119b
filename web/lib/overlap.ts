// Removes the overlaps a force-directed layout leaves between node boxes (labels included): repeated
// sweeps push each overlapping pair apart along the axis where they overlap least. Small graphs only
// (the preset views); the layouts keep big graphs readable by zooming.
export interface Box {
  id: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** Returns the displacement of each box that makes them all disjoint (with `gap` between), in ≤ `passes` sweeps. */
export function separateBoxes(input: Box[], gap = 6, passes = 200): Map<string, { dx: number; dy: number }> {
  const boxes = input.map((b) => ({ ...b }));
  const moved = new Map<string, { dx: number; dy: number }>(boxes.map((b) => [b.id, { dx: 0, dy: 0 }]));
  const shift = (b: (typeof boxes)[number], dx: number, dy: number) => {
    b.x1 += dx;
    b.x2 += dx;
    b.y1 += dy;
    b.y2 += dy;
    const m = moved.get(b.id)!;
    m.dx += dx;
    m.dy += dy;
  };
  for (let pass = 0; pass < passes; pass++) {
    let any = false;
    boxes.sort((a, b) => a.x1 - b.x1);
    for (let i = 0; i < boxes.length; i++) {
      const a = boxes[i];
      for (let j = i + 1; j < boxes.length && boxes[j].x1 < a.x2 + gap; j++) {
        const b = boxes[j];
        const ox = Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1) + gap;
        const oy = Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1) + gap;
        if (ox <= 0 || oy <= 0) continue;
        any = true;
        if (ox < oy) {
          const dir = a.x1 + a.x2 <= b.x1 + b.x2 ? 1 : -1;
          shift(a, (-dir * ox) / 2, 0);
          shift(b, (dir * ox) / 2, 0);
        } else {
          const dir = a.y1 + a.y2 <= b.y1 + b.y2 ? 1 : -1;
          shift(a, 0, (-dir * oy) / 2);
          shift(b, 0, (dir * oy) / 2);
        }
      }
    }
    if (!any) break;
  }
  return moved;
}
