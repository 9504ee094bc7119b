import { describe, expect, it } from "vitest";
import { deleteView, readSavedViews, saveView } from "./savedViews";

function memory(initial?: string) {
  const m = new Map<string, string>(initial === undefined ? [] : [["kzlg.savedViews", initial]]);
  return { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v) };
}

describe("saved views", () => {
  it("saves, replaces by name, and deletes", () => {
    const s = memory();
    saveView(s, "суд", "focus=body%3Aсуд", new Date("2024-01-01"));
    saveView(s, "система", "view=prosecution-system");
    saveView(s, "суд", "focus=body%3Aсуд&depth=2");
    expect(readSavedViews(s).map((v) => [v.name, v.query])).toEqual([
      ["суд", "focus=body%3Aсуд&depth=2"],
      ["система", "view=prosecution-system"],
    ]);
    expect(deleteView(s, "суд").map((v) => v.name)).toEqual(["система"]);
  });

  it("refuses an empty name and keeps the list", () => {
    const s = memory();
    saveView(s, "a", "x=1");
    expect(() => saveView(s, "  ", "x=2")).toThrow(/name/);
    expect(readSavedViews(s)).toHaveLength(1);
  });

  for (const [name, raw] of [["broken JSON", "{nope"], ["not a list", '{"a":1}'], ["bad items", '[{"name":1}]']] as const) {
    it(`reads ${name} as no views`, () => expect(readSavedViews(memory(raw))).toEqual([]));
  }
});
