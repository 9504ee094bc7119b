// The loader's pool of write transactions, without a server: how many run at a time, and what a failure
// does to the batches under way (the clean-up of a failed load must not run before a late write ends).
import { describe, expect, it } from "vitest";
import { writeAll } from "./loader.js";

const tick = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("writeAll", () => {
  it("writes every batch once, never more than `parallel` at a time", async () => {
    let running = 0;
    let most = 0;
    const seen: number[] = [];
    await writeAll([1, 2, 3, 4, 5, 6, 7], async (b) => {
      running++;
      most = Math.max(most, running);
      await tick(b % 3);
      seen.push(b);
      running--;
    }, 2);
    expect(seen.sort()).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(most).toBe(2);
  });

  it("after a failure starts no new batch, waits for the one under way, then rejects with the failure", async () => {
    const started: number[] = [];
    let lateEnded = false;
    const run = writeAll([1, 2, 3, 4, 5], async (b) => {
      started.push(b);
      if (b === 1) {
        await tick(1);
        throw new Error("batch 1 broke");
      }
      await tick(20);
      if (b === 2) lateEnded = true;
    }, 2);
    await expect(run).rejects.toThrow("batch 1 broke");
    expect(lateEnded).toBe(true);
    expect(started).toEqual([1, 2]);
  });

  it("writes nothing for no batches", async () => {
    let calls = 0;
    await writeAll([], async () => void calls++, 2);
    expect(calls).toBe(0);
  });
});
