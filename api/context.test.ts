import { describe, expect, it } from "vitest";
import { EmbeddedStore } from "../graph/embedded/store.js";
import { createContext, loadNodes, nodeById, nodesById, remember } from "./context.js";
import { fixtureGraph, PROS, COURT, GPO } from "./fixtures/graph.js";

describe("createContext", () => {
  it("batches node lookups, refuses writes, and stops store calls after the deadline", async () => {
    const store = new EmbeddedStore();
    await store.load(fixtureGraph());
    let calls = 0;
    const counted = new Proxy(store, {
      get(t, p, r) {
        const v = Reflect.get(t, p, r);
        return p === "nodes" && typeof v === "function" ? (...a: unknown[]) => (calls++, (v as Function).apply(t, a)) : v;
      },
    });
    const ctx = createContext(counted, { timeoutMs: 60_000 });
    const [a, b, none] = await Promise.all([ctx.nodes.load(PROS), ctx.nodes.load(COURT), ctx.nodes.load("body:нет")]);
    expect([a?.id, b?.id, none]).toEqual([PROS, COURT, null]);
    expect(calls).toBe(1);
    expect((await loadNodes(ctx, [COURT, "x", PROS])).map((n) => n.id)).toEqual([COURT, PROS]);
    expect(calls).toBe(2); // only "x" was not cached
    await loadNodes(ctx, [COURT, "x", PROS, "body:нет"]);
    expect(calls).toBe(2);
    await expect(ctx.store.load(fixtureGraph())).rejects.toThrow(/read-only/);
    await expect(ctx.store.close()).rejects.toThrow(/read-only/);
    expect(await store.node(PROS)).not.toBeNull();
    ctx.dispose();

    const late = createContext(store, { timeoutMs: 0 });
    expect(() => late.store.node(PROS)).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: "TIMEOUT" }) }));
    late.dispose();
    await store.close();
  });

  it("answers nodes the request already has without a promise, others through the loader", async () => {
    const store = new EmbeddedStore();
    await store.load(fixtureGraph());
    const ctx = createContext(store, { timeoutMs: 60_000 });
    const first = nodeById(ctx, PROS);
    expect(first).toBeInstanceOf(Promise);
    expect((await first)?.id).toBe(PROS);
    const again = nodeById(ctx, PROS);
    expect(again).not.toBeInstanceOf(Promise);
    expect((again as { id: string }).id).toBe(PROS);
    expect(nodeById(ctx, "body:нет")).toBeInstanceOf(Promise);
    expect(await nodeById(ctx, "body:нет")).toBeNull();
    const [court] = await store.nodes([COURT]);
    remember(ctx, [court]);
    const both = nodesById(ctx, [COURT, PROS, COURT]);
    expect(Array.isArray(both) && both.map((n) => n.id)).toEqual([COURT, PROS]);
    const more = nodesById(ctx, [COURT, GPO]);
    expect(more).toBeInstanceOf(Promise);
    expect((await more).map((n) => n.id)).toEqual([COURT, GPO]);
    ctx.dispose();
    await store.close();
  });
});
