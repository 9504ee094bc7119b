// The explorer's view as URL query parameters: a shared or saved URL restores focus, expansions,
// filters, layout and the selected element.
import { EDGE_TYPES, NODE_TYPES, type EdgeType, type NodeType } from "../../graph/schema";

export const LAYOUTS = ["fcose", "dagre", "concentric", "breadthfirst", "grid"] as const;
export type LayoutName = (typeof LAYOUTS)[number];

export interface ViewState {
  /** node id at the centre */
  focus?: string;
  /** preset view name (see the API's `views`) */
  view?: string;
  /** neighbourhood depth around the focus, 1..3 */
  depth: number;
  /** nodes whose neighbours are expanded */
  expanded: string[];
  /** visible node types; undefined = all */
  nodeTypes?: NodeType[];
  /** visible edge types; undefined = all */
  edgeTypes?: EdgeType[];
  /** keep only nodes and edges with evidence in these documents; empty = all */
  docs: string[];
  hideRepealed: boolean;
  /** undefined = the preset's suggestion or fcose */
  layout?: LayoutName;
  /** selected node or edge id */
  sel?: string;
  table: boolean;
  present: boolean;
  /** draw with Cytoscape's WebGL renderer (faster with a GPU on very big graphs) */
  webgl: boolean;
}

export const DEFAULT_VIEW: ViewState = {
  depth: 1,
  expanded: [],
  docs: [],
  hideRepealed: false,
  table: false,
  present: false,
  webgl: false,
};

function pickList<T extends string>(raw: string | null, allowed: readonly T[]): T[] | undefined {
  if (raw === null) return undefined;
  const set = new Set<string>(allowed);
  return raw
    .split(",")
    .map((s) => s.trim())
    .filter((s): s is T => set.has(s));
}

function nonEmpty(s: string | null): string | undefined {
  const v = s?.trim();
  return v ? v : undefined;
}

/** Reads a view from query parameters. Unknown values are dropped, never thrown on. */
export function parseViewState(params: URLSearchParams): ViewState {
  const depth = Number.parseInt(params.get("depth") ?? "", 10);
  const layout = params.get("layout");
  return {
    focus: nonEmpty(params.get("focus")),
    view: nonEmpty(params.get("view")),
    depth: Number.isFinite(depth) ? Math.min(3, Math.max(1, depth)) : DEFAULT_VIEW.depth,
    expanded: [...new Set(params.getAll("x").filter(Boolean))],
    nodeTypes: pickList(params.get("nt"), NODE_TYPES),
    edgeTypes: pickList(params.get("et"), EDGE_TYPES),
    docs: [...new Set(params.getAll("doc").filter(Boolean))],
    hideRepealed: params.get("valid") === "1",
    layout: (LAYOUTS as readonly string[]).includes(layout ?? "") ? (layout as LayoutName) : undefined,
    sel: nonEmpty(params.get("sel")),
    table: params.get("table") === "1",
    present: params.get("present") === "1",
    webgl: params.get("webgl") === "1",
  };
}

/** Writes a view as query parameters; defaults are left out so URLs stay short. */
export function serializeViewState(s: ViewState, extra?: Record<string, string>): URLSearchParams {
  const p = new URLSearchParams();
  if (s.view) p.set("view", s.view);
  if (s.focus) p.set("focus", s.focus);
  if (s.depth !== DEFAULT_VIEW.depth) p.set("depth", String(s.depth));
  for (const x of s.expanded) p.append("x", x);
  if (s.nodeTypes) p.set("nt", s.nodeTypes.join(","));
  if (s.edgeTypes) p.set("et", s.edgeTypes.join(","));
  for (const d of s.docs) p.append("doc", d);
  if (s.hideRepealed) p.set("valid", "1");
  if (s.layout) p.set("layout", s.layout);
  if (s.sel) p.set("sel", s.sel);
  if (s.table) p.set("table", "1");
  if (s.present) p.set("present", "1");
  if (s.webgl) p.set("webgl", "1");
  for (const [k, v] of Object.entries(extra ?? {})) p.set(k, v);
  return p;
}

/** Expanding toggles: an expanded node collapses, any other expands. */
export function toggleExpanded(s: ViewState, id: string): ViewState {
  const expanded = s.expanded.includes(id) ? s.expanded.filter((x) => x !== id) : [...s.expanded, id];
  return { ...s, expanded };
}
