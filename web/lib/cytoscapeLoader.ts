// Loads Cytoscape.js and its extensions in the browser only (they touch `window` when imported).
import type cytoscapeType from "cytoscape";

let loading: Promise<typeof cytoscapeType> | null = null;

export function loadCytoscape(): Promise<typeof cytoscapeType> {
  if (typeof window === "undefined") throw new Error("loadCytoscape() runs in the browser only");
  loading ??= (async () => {
    const [core, fcose, dagre] = await Promise.all([import("cytoscape"), import("cytoscape-fcose"), import("cytoscape-dagre")]);
    const cytoscape = core.default;
    cytoscape.use(fcose.default);
    cytoscape.use(dagre.default);
    return cytoscape;
  })();
  return loading;
}
