"use client";
// A synthetic graph of n elements (nodes and edges) for the rendering benchmark; ?webgl=1 switches to
// Cytoscape's WebGL renderer, ?texture=0 redraws every frame even for big graphs. Structure: a random tree plus extra random edges, all five node types.
import type { ElementDefinition } from "cytoscape";
import { useSearchParams } from "next/navigation";
import { useMemo } from "react";
import { NODE_TYPES } from "../../graph/schema";
import { GraphCanvas } from "./GraphCanvas";

function synthetic(n: number): ElementDefinition[] {
  let seed = 42;
  const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const nodes = Math.max(2, Math.round(n / 2.5));
  const out: ElementDefinition[] = [];
  for (let i = 0; i < nodes; i++) out.push({ group: "nodes", data: { id: `n${i}`, type: NODE_TYPES[i % 5], label: `узел ${i}`, short: `узел ${i}` } });
  for (let i = 0; out.length < n; i++) {
    const s = i < nodes - 1 ? i + 1 : Math.floor(rnd() * nodes);
    const t = i < nodes - 1 ? Math.floor(rnd() * (i + 1)) : Math.floor(rnd() * nodes);
    out.push({ group: "edges", data: { id: `e${i}`, source: `n${s}`, target: `n${t}`, type: "REGULATES", label: "" } });
  }
  return out;
}

export function BenchGraph() {
  const params = useSearchParams();
  const n = Math.min(50_000, Math.max(10, Number(params.get("n") ?? 500) || 500));
  const webgl = params.get("webgl") === "1";
  const texture = params.get("texture") === "0" ? false : undefined;
  const elements = useMemo(() => synthetic(n), [n]);
  return (
    <div style={{ height: "85vh", display: "flex", flexDirection: "column" }}>
      <p>
        bench: {n} elements, renderer {webgl ? "canvas+webgl" : "canvas"}
        {texture === false ? ", full redraw" : ""}
      </p>
      <GraphCanvas elements={elements} layout="grid" webgl={webgl} viewportTexture={texture} ariaLabel={`synthetic graph of ${n} elements`} />
    </div>
  );
}
