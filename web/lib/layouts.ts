// Layouts: options per layout name, and running one so that nodes and labels do not overlap.
// dagre lays out the connected part as a hierarchy and puts unconnected nodes in a grid beneath;
// after a force-directed layout, remaining overlaps of small graphs are pushed apart.
import type { Core, LayoutOptions } from "cytoscape";
import { separateBoxes } from "./overlap";
import type { LayoutName } from "./viewState";

/** Above this many nodes overlaps are left to zooming (the sweep is quadratic in the worst case). */
const SEPARATE_MAX_NODES = 600;

export function layoutOptions(name: LayoutName, opts: { randomize: boolean; large: boolean; count: number }): LayoutOptions {
  const spread = opts.large ? 1.5 : 1;
  const base = { fit: false, padding: 30, animate: false, nodeDimensionsIncludeLabels: true };
  switch (name) {
    case "dagre":
      // Edges point from the lower to the higher (SUBORDINATE_TO, PART_OF): bottom-to-top puts the top at the top.
      return { ...base, name: "dagre", rankDir: "BT", nodeSep: 18 * spread, rankSep: 60 * spread, edgeSep: 8 } as LayoutOptions;
    case "concentric":
      return {
        ...base,
        name: "concentric",
        minNodeSpacing: 30 * spread,
        avoidOverlap: true,
        concentric: (n: { degree: (b: boolean) => number }) => n.degree(false),
        levelWidth: () => 2,
      } as unknown as LayoutOptions;
    case "breadthfirst":
      return { ...base, name: "breadthfirst", directed: false, spacingFactor: 1.2 * spread, avoidOverlap: true } as LayoutOptions;
    case "grid":
      return { ...base, name: "grid", avoidOverlap: true, avoidOverlapPadding: 12 * spread, condense: true } as LayoutOptions;
    default:
      return {
        ...base,
        name: "fcose",
        quality: opts.count > 1500 ? "draft" : "default",
        randomize: opts.randomize,
        packComponents: true,
        // Compact; the overlap sweep below separates what this leaves touching.
        nodeRepulsion: () => 8000 * spread,
        idealEdgeLength: () => 60 * spread,
        edgeElasticity: () => 0.45,
        nodeSeparation: 50 * spread,
        numIter: opts.count > 1500 ? 1200 : 2500,
      } as unknown as LayoutOptions;
  }
}

function separate(cy: Core): void {
  const nodes = cy.nodes();
  if (nodes.length > SEPARATE_MAX_NODES) return;
  const boxes = nodes.map((n) => ({ id: n.id(), ...n.boundingBox({ includeLabels: true }) }));
  const moved = separateBoxes(boxes);
  cy.batch(() => {
    for (const n of nodes) {
      const d = moved.get(n.id());
      if (d && (d.dx || d.dy)) n.position({ x: n.position("x") + d.dx, y: n.position("y") + d.dy });
    }
  });
}

/** Runs the layout (positions only; see fitReadable for the view). */
export async function runLayout(cy: Core, name: LayoutName, opts: { randomize: boolean; large: boolean }): Promise<void> {
  const count = cy.nodes().length;
  const options = layoutOptions(name, { ...opts, count });
  if (name === "dagre") {
    const alone = cy.nodes().filter((n) => n.degree(false) === 0);
    const linked = cy.elements().not(alone);
    if (linked.nonempty()) {
      const lay = linked.layout(options);
      const done = lay.promiseOn("layoutstop");
      lay.run();
      await done.catch(() => undefined);
    }
    if (alone.nonempty()) {
      const bb = linked.nonempty() ? linked.boundingBox({}) : { x1: 0, y2: 0, w: 800 };
      const cols = Math.max(1, Math.ceil(Math.sqrt(alone.length * 3)));
      const bbox = { x1: bb.x1, y1: bb.y2 + 60, w: Math.max(bb.w, cols * 140), h: Math.ceil(alone.length / cols) * 70 };
      alone.layout({ ...layoutOptions("grid", { ...opts, count }), boundingBox: bbox, cols } as LayoutOptions).run();
    }
  } else {
    const layout = cy.layout(options);
    const done = layout.promiseOn("layoutstop");
    layout.run();
    await done.catch(() => undefined);
  }
  if (name === "fcose" || name === "breadthfirst") separate(cy);
}

/** Below this zoom (× the 14 px label font) labels get hard to read. */
export const READABLE_ZOOM = 0.72;
/** Above this many nodes the whole graph is shown however small (an overview). */
const READABLE_MAX_NODES = 150;

/**
 * Fits the graph in view, but not below a readable zoom for small graphs (then it centres on the focus
 * or the most connected node: the rest is a pan away), and not above a comfortable one.
 */
export function fitReadable(cy: Core, opts: { focusId?: string; large: boolean }): void {
  if (cy.nodes().empty()) return;
  cy.fit(undefined, 30);
  const max = opts.large ? 2.2 : 1.4;
  const min = opts.large ? READABLE_ZOOM * 1.2 : READABLE_ZOOM;
  const focus = opts.focusId ? cy.getElementById(opts.focusId) : cy.collection();
  if (cy.zoom() > max) {
    cy.zoom(max);
    cy.center();
  } else if (cy.zoom() < min && cy.nodes().length <= READABLE_MAX_NODES) {
    const hub = focus.nonempty() ? focus : cy.nodes().max((n) => n.degree(false)).ele;
    cy.zoom(min);
    cy.center(hub);
  } else if (focus.nonempty() && cy.nodes().length > 30) {
    cy.center(focus);
  }
}
