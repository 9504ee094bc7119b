// Graph data from the API → Cytoscape element definitions, and the client-side filters.
import type { ElementDefinition } from "cytoscape";
import type { EdgeType, NodeType } from "../../graph/schema";
import { shortLabel } from "./graphStyle";

export interface DrawNode {
  id: string;
  type: string;
  label: string;
  props: Record<string, unknown>;
  evidence: { doc: string }[];
}
export interface DrawEdge {
  id: string;
  type: string;
  source: { id: string };
  target: { id: string };
  props: Record<string, unknown>;
  evidence: { doc: string }[];
}

export function toElements(nodes: DrawNode[], edges: DrawEdge[], edgeName: (t: string) => string): ElementDefinition[] {
  const out: ElementDefinition[] = [];
  for (const n of nodes) {
    out.push({
      group: "nodes",
      data: { id: n.id, type: n.type, label: n.label, short: canvasLabel(n), status: String(n.props.status ?? "") },
    });
  }
  for (const e of edges) {
    const form = typeof e.props.form === "string" ? `: ${shortLabel(e.props.form, 40)}` : "";
    out.push({
      group: "edges",
      data: { id: e.id, type: e.type, source: e.source.id, target: e.target.id, label: `${edgeName(e.type)}${form}` },
    });
  }
  return out;
}

const UNIT = /,\s*(?=(раздел|глава|параграф|статья|часть|пункт|подпункт|приложение)(?!\p{L}))/iu;
const UNIT_SHORT: [RegExp, string][] = [
  [/подпункт\s*/giu, "пп. "],
  [/пункт\s*/giu, "п. "],
  [/статья\s*/giu, "ст. "],
  [/часть\s*/giu, "ч. "],
  [/глава\s*/giu, "гл. "],
  [/раздел\s*/giu, "разд. "],
  [/параграф\s*/giu, "§ "],
  [/приложение\s*/giu, "прил. "],
];

/**
 * The label drawn on the canvas: short enough to read. A provision keeps its unit path in full and
 * shortens its act ("Конституция Республики Казахстан, статья 83, пункт 1" → "Конституция, ст. 83, п. 1");
 * an act with a short title (ГПК, УПК) shows it; "Республики Казахстан" is implied and left out.
 */
export function canvasLabel(n: { type: string; label: string; props: Record<string, unknown> }): string {
  if (n.type === "Act" && typeof n.props.shortTitle === "string" && n.props.shortTitle) return n.props.shortTitle;
  if (n.type === "Provision") {
    const at = n.label.search(UNIT);
    if (at > 0) {
      let unit = n.label.slice(at).replace(/^,\s*/, "");
      for (const [re, short] of UNIT_SHORT) unit = unit.replace(re, short);
      return `${shortLabel(n.label.slice(0, at), 24)}, ${unit}`;
    }
  }
  return shortLabel(n.label);
}

export interface GraphFilter {
  nodeTypes?: NodeType[];
  edgeTypes?: EdgeType[];
  docs: string[];
  hideRepealed: boolean;
  /** always kept (the focus) */
  keep?: string;
}

/** Applies the filters: nodes by type, document and validity; edges by type, document and their ends. */
export function filterGraph<N extends DrawNode, E extends DrawEdge>(nodes: N[], edges: E[], f: GraphFilter): { nodes: N[]; edges: E[] } {
  const docs = new Set(f.docs);
  const inDocs = (ev: { doc: string }[]) => docs.size === 0 || ev.some((e) => docs.has(e.doc));
  const repealed = new Set(nodes.filter((n) => n.type === "Act" && n.props.status === "repealed").map((n) => n.id));
  const isRepealed = (n: N) => repealed.has(n.id) || (n.type === "Provision" && repealed.has(String(n.props.actId)));
  const keptNodes = nodes.filter(
    (n) =>
      n.id === f.keep ||
      ((!f.nodeTypes || f.nodeTypes.includes(n.type as NodeType)) &&
        !(f.hideRepealed && isRepealed(n)) &&
        inDocs(n.evidence)),
  );
  const ids = new Set(keptNodes.map((n) => n.id));
  const keptEdges = edges.filter(
    (e) =>
      ids.has(e.source.id) &&
      ids.has(e.target.id) &&
      (!f.edgeTypes || f.edgeTypes.includes(e.type as EdgeType)) &&
      (inDocs(e.evidence) || e.props.derived === true),
  );
  return { nodes: keptNodes, edges: keptEdges };
}

/** Union of subgraphs, first occurrence wins. */
export function mergeGraphs<N extends { id: string }, E extends { id: string }>(parts: { nodes: N[]; edges: E[] }[]): { nodes: N[]; edges: E[] } {
  const nodes = new Map<string, N>();
  const edges = new Map<string, E>();
  for (const p of parts) {
    for (const n of p.nodes) if (!nodes.has(n.id)) nodes.set(n.id, n);
    for (const e of p.edges) if (!edges.has(e.id)) edges.set(e.id, e);
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}

/** A readable name from an id, for nodes not loaded: "body:верховный_суд" → "верховный суд". */
export function labelFromId(id: string): string {
  const [head, tail] = id.split("#", 2);
  const name = head.replace(/^[a-z]+:/, "").replace(/_/g, " ");
  if (!tail) return name;
  return `${name}, ${tail.replace(/__/g, ", ").replace(/_/g, " ")}`;
}
