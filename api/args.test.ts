import { GraphQLError } from "graphql";
import { describe, expect, it } from "vitest";
import { encodeCursor, intArg, paginate } from "./args.js";

describe("intArg", () => {
  const ok: [number | null | undefined, number][] = [[undefined, 20], [null, 20], [1, 1], [500, 500]];
  for (const [v, want] of ok) it(`${v} → ${want}`, () => expect(intArg("first", v, 20, 1, 500)).toBe(want));
  const bad: number[] = [0, -1, 501, 2.5];
  for (const v of bad)
    it(`${v} is refused with BAD_USER_INPUT naming the argument and the range`, () => {
      try {
        intArg("first", v, 20, 1, 500);
        expect.unreachable();
      } catch (e) {
        expect(e).toBeInstanceOf(GraphQLError);
        expect((e as GraphQLError).extensions.code).toBe("BAD_USER_INPUT");
        expect((e as GraphQLError).message).toBe(`Argument "first" must be a whole number from 1 to 500; got ${v}.`);
      }
    });
});

describe("paginate", () => {
  const items = ["a", "b", "c", "d", "e"];
  const key = (s: string) => s;
  const cases: [number, string | null, string[], boolean][] = [
    [2, null, ["a", "b"], true],
    [2, "b", ["c", "d"], true],
    [2, "d", ["e"], false],
    [10, null, ["a", "b", "c", "d", "e"], false],
    [2, "e", [], false],
  ];
  for (const [first, after, want, next] of cases)
    it(`first ${first} after ${after} → ${want.join("")}`, () => {
      const p = paginate(items, key, first, after ? encodeCursor(after) : null);
      expect(p.edges.map((e) => e.item)).toEqual(want);
      expect(p.pageInfo.hasNextPage).toBe(next);
      expect(p.totalCount).toBe(5);
      expect(p.pageInfo.endCursor).toBe(want.length ? encodeCursor(want[want.length - 1]) : null);
    });

  it("refuses a cursor it did not give out, and one of an item no longer there", () => {
    expect(() => paginate(items, key, 2, "%%%")).toThrow(/not a cursor this API gave out/);
    expect(() => paginate(items, key, 2, encodeCursor("zz"))).toThrow(/names an item that is not in this list/);
  });
});
