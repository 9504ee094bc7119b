"use client";
// The Cytoscape.js canvas. Cytoscape is imported in the browser only (inside useEffect), never on the server.
import type { Core, ElementDefinition, EventObject } from "cytoscape";
import { useEffect, useRef, useState } from "react";
import { loadCytoscape } from "../lib/cytoscapeLoader";
import { graphStylesheet } from "../lib/graphStyle";
import { fitReadable, runLayout } from "../lib/layouts";
import type { LayoutName } from "../lib/viewState";

export interface GraphCanvasProps {
  elements: ElementDefinition[];
  layout: LayoutName;
  focusId?: string;
  selectedId?: string;
  large?: boolean;
  /** use Cytoscape's WebGL renderer (for big graphs) */
  webgl?: boolean;
  /** pan and zoom a snapshot (default: above BIG_GRAPH elements) */
  viewportTexture?: boolean;
  /** new elements are on their way: the canvas does not count as settled */
  pending?: boolean;
  ariaLabel: string;
  onSelect?: (id: string | null, group: "nodes" | "edges" | null) => void;
  onToggleExpand?: (id: string) => void;
  onReady?: (cy: Core | null) => void;
}

/** Above this many elements the canvas pans a texture (Cytoscape's textureOnViewport). */
export const BIG_GRAPH = 1000;

declare global {
  interface Window {
    /** the live Cytoscape instance, for tests and benchmarks */
    __cy?: Core;
  }
}

export function GraphCanvas(props: GraphCanvasProps) {
  const { elements, layout, focusId, selectedId, large = false, webgl = false, pending = false, ariaLabel } = props;
  const box = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  const handlers = useRef(props);
  handlers.current = props;
  const [ready, setReady] = useState(0);
  const lastKey = useRef("");
  const layoutGen = useRef(0);
  const texture = props.viewportTexture ?? elements.length > BIG_GRAPH;
  const hideEdges = texture && elements.length > 4 * BIG_GRAPH;
  const [status, setStatus] = useState<"loading" | "layout" | "done">("loading");
  const [tip, setTip] = useState<{ text: string; x: number; y: number } | null>(null);

  // Create (and on unmount destroy) the Cytoscape instance.
  useEffect(() => {
    let cy: Core | null = null;
    let cancelled = false;
    void loadCytoscape().then((cytoscape) => {
      if (cancelled || !box.current) return;
      cy = cytoscape({
        container: box.current,
        style: graphStylesheet(large) as never,
        elements: [],
        minZoom: 0.05,
        maxZoom: 5,
        ...(webgl ? { renderer: { name: "canvas", webgl: true } as never } : {}),
        // Big graphs: pan and zoom a snapshot of the canvas instead of redrawing every element per frame.
        ...(texture ? { textureOnViewport: true, hideEdgesOnViewport: hideEdges, pixelRatio: 1 } : {}),
      });
      cy.on("tap", (ev: EventObject) => {
        const t = ev.target as Core | EventObject["target"];
        if (t === cy) handlers.current.onSelect?.(null, null);
        else handlers.current.onSelect?.(ev.target.id(), ev.target.isNode() ? "nodes" : "edges");
      });
      cy.on("dbltap", "node", (ev) => handlers.current.onToggleExpand?.(ev.target.id()));
      cy.on("mouseover", "node", (ev) => {
        const p = ev.target.renderedPosition();
        setTip({ text: String(ev.target.data("label")), x: p.x, y: p.y });
      });
      cy.on("mouseout", "node", () => setTip(null));
      cy.on("mouseover", "edge", (ev) => ev.target.addClass("hover"));
      cy.on("mouseout", "edge", (ev) => ev.target.removeClass("hover"));
      cy.on("pan zoom", () => setTip(null));
      cyRef.current = cy;
      lastKey.current = ""; // a new instance: lay out what the sync adds
      window.__cy = cy;
      handlers.current.onReady?.(cy);
      setReady((r) => r + 1);
    });
    return () => {
      cancelled = true;
      handlers.current.onReady?.(null);
      if (window.__cy === cy) delete window.__cy;
      cy?.destroy();
      cyRef.current = null;
    };
  }, [webgl, texture, hideEdges]); // eslint-disable-line react-hooks/exhaustive-deps -- large is applied below

  useEffect(() => {
    cyRef.current?.style(graphStylesheet(large) as never);
  }, [large, ready]);

  // Sync elements, then lay out when the set of elements or the layout changed.
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    const want = new Map(elements.map((e) => [String(e.data.id), e]));
    const key = `${layout}|${large}|${[...want.keys()].sort().join("\n")}`;
    let added = 0;
    cy.batch(() => {
      cy.elements().forEach((el) => {
        if (!want.has(el.id())) el.remove();
      });
      const fresh: ElementDefinition[] = [];
      for (const [id, def] of want) {
        const el = cy.getElementById(id);
        if (el.nonempty()) el.data(def.data);
        else fresh.push(def);
      }
      // New nodes start next to a neighbour already on the canvas, so an expansion grows in place.
      const freshNodes = fresh.filter((d) => d.group === "nodes");
      cy.add(freshNodes);
      cy.add(fresh.filter((d) => d.group === "edges"));
      const freshIds = new Set(freshNodes.map((f) => String(f.data.id)));
      for (const id of freshIds) {
        const n = cy.getElementById(id);
        const anchor = n.neighborhood().nodes().filter((m) => !freshIds.has(m.id()));
        const p = anchor.nonempty() ? anchor.nodes()[0].position() : { x: 500, y: 300 };
        const spread = anchor.nonempty() ? 40 : 1000;
        n.position({ x: p.x + (Math.random() - 0.5) * spread, y: p.y + (Math.random() - 0.5) * spread });
      }
      added = fresh.length;
      cy.nodes().removeClass("focus");
      if (focusId) cy.getElementById(focusId).addClass("focus");
    });
    if (key === lastKey.current) return;
    const firstLayout = lastKey.current === "" || added === cy.elements().length;
    lastKey.current = key;
    if (cy.elements().length === 0) {
      setStatus("done");
      return;
    }
    setStatus("layout");
    const gen = ++layoutGen.current;
    void runLayout(cy, layout, { randomize: firstLayout, large }).then(() => {
      if (gen !== layoutGen.current || cy.destroyed()) return;
      fitReadable(cy, { focusId, large });
      setStatus("done");
    });
  }, [elements, layout, focusId, large, ready]);

  // The canvas follows its box (presentation mode, window size): redraw and fit again.
  const view = useRef({ focusId, large });
  view.current = { focusId, large };
  useEffect(() => {
    const el = box.current;
    if (!el || typeof ResizeObserver === "undefined") return;
    let last = "";
    const ro = new ResizeObserver(([entry]) => {
      const size = `${Math.round(entry.contentRect.width)}x${Math.round(entry.contentRect.height)}`;
      const cy = cyRef.current;
      if (size === last || !cy) return;
      const first = last === "";
      last = size;
      cy.resize();
      if (!first) fitReadable(cy, view.current);
    });
    ro.observe(el);
    return () => ro.disconnect();
  }, [ready]);

  // Selection follows the URL.
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.$(":selected").unselect();
    if (selectedId) cy.getElementById(selectedId).select();
  }, [selectedId, ready, elements]);

  const nodeCount = elements.filter((e) => e.group === "nodes").length;
  return (
    <div className="graph-wrap">
      <div
        ref={box}
        className="graph-canvas"
        data-testid="graph"
        data-status={pending ? "loading" : status}
        data-nodes={nodeCount}
        data-edges={elements.length - nodeCount}
        role="img"
        aria-label={ariaLabel}
      />
      {tip && (
        <div className="graph-tip" style={{ left: tip.x, top: tip.y }} aria-hidden="true">
          {tip.text}
        </div>
      )}
    </div>
  );
}
