import { describe, expect, it } from "vitest";
import { separateBoxes, type Box } from "./overlap";

const overlaps = (boxes: Box[]) => {
  let n = 0;
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i];
      const b = boxes[j];
      if (Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1) > 0 && Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1) > 0) n++;
    }
  return n;
};
const apply = (boxes: Box[], m: Map<string, { dx: number; dy: number }>) =>
  boxes.map((b) => {
    const d = m.get(b.id)!;
    return { id: b.id, x1: b.x1 + d.dx, x2: b.x2 + d.dx, y1: b.y1 + d.dy, y2: b.y2 + d.dy };
  });

const cases: { name: string; boxes: Box[] }[] = [
  { name: "two boxes on top of each other", boxes: [{ id: "a", x1: 0, y1: 0, x2: 100, y2: 40 }, { id: "b", x1: 0, y1: 0, x2: 100, y2: 40 }] },
  {
    name: "a pile of ten",
    boxes: Array.from({ length: 10 }, (_, i) => ({ id: `n${i}`, x1: i * 7, y1: i * 3, x2: i * 7 + 120, y2: i * 3 + 40 })),
  },
  {
    name: "a grid with a few collisions",
    boxes: Array.from({ length: 36 }, (_, i) => ({ id: `g${i}`, x1: (i % 6) * 90, y1: Math.floor(i / 6) * 35, x2: (i % 6) * 90 + 110, y2: Math.floor(i / 6) * 35 + 40 })),
  },
];

describe("separateBoxes", () => {
  for (const c of cases) {
    it(`separates ${c.name}`, () => {
      expect(overlaps(c.boxes)).toBeGreaterThan(0);
      expect(overlaps(apply(c.boxes, separateBoxes(c.boxes)))).toBe(0);
    });
  }
  it("leaves disjoint boxes where they are", () => {
    const boxes = [{ id: "a", x1: 0, y1: 0, x2: 10, y2: 10 }, { id: "b", x1: 50, y1: 50, x2: 60, y2: 60 }];
    expect([...separateBoxes(boxes).values()]).toEqual([{ dx: 0, dy: 0 }, { dx: 0, dy: 0 }]);
  });
});
