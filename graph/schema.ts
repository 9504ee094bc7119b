// The one schema of the graph: node and edge vocabulary, the graph.json export format, and
// the id conventions. Imported by ingest, the stores, the API and the UI.
// Contract: docs/graph-model.md.

export const NODE_TYPES = ["Act", "Provision", "Body", "Principle", "Power"] as const;
export type NodeType = (typeof NODE_TYPES)[number];

export const EDGE_TYPES = [
  "REGULATES",
  "SUBORDINATE_TO",
  "INTERACTS_WITH",
  "PART_OF",
  "CITES",
  "AMENDS",
  "REPEALS",
  "HAS_POWER",
  "ESTABLISHES",
  "ACCOUNTABLE_TO",
  "APPOINTS",
  "GOVERNS",
] as const;
export type EdgeType = (typeof EDGE_TYPES)[number];

export const ACT_KINDS = [
  "constitution",
  "constitutional_law",
  "code",
  "law",
  "decree",
  "order",
  "joint_order",
  "instruction",
  "rules",
  "regulation",
  "resolution",
  "directive",
  "treaty",
  "plan",
  "concept",
  "other",
] as const;
export type ActKind = (typeof ACT_KINDS)[number];

/** Rank of an act kind in the hierarchy of normative acts (lower = higher force). */
export const ACT_KIND_RANK: Record<ActKind, number> = {
  constitution: 0,
  constitutional_law: 1,
  treaty: 2,
  code: 3,
  law: 4,
  decree: 5,
  resolution: 6,
  joint_order: 7,
  order: 7,
  directive: 8,
  instruction: 9,
  rules: 9,
  regulation: 9,
  plan: 10,
  concept: 10,
  other: 11,
};

export const UNIT_KINDS = [
  "section",
  "chapter",
  "paragraph",
  "article",
  "part",
  "point",
  "subpoint",
  "appendix",
] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

export const BODY_KINDS = [
  "court",
  "prosecution",
  "legislature",
  "executive",
  "head_of_state",
  "official",
  "international",
  "other",
] as const;
export type BodyKind = (typeof BODY_KINDS)[number];

export const ACT_STATUSES = ["in_force", "repealed", "unknown"] as const;
export type ActStatus = (typeof ACT_STATUSES)[number];

export interface Evidence {
  /** document id */
  doc: string;
  /** offsets into the document's cleaned text */
  start: number;
  end: number;
  /** equals cleanedText.slice(start, end) */
  quote: string;
}

export interface PathStep {
  unitKind: UnitKind;
  number: string;
}

export interface GraphNode {
  id: string;
  type: NodeType;
  label: string;
  aliases: string[];
  props: Record<string, unknown>;
  evidence: Evidence[];
}

export interface GraphEdge {
  id: string;
  type: EdgeType;
  source: string;
  target: string;
  props: Record<string, unknown>;
  evidence: Evidence[];
}

export interface GraphDocument {
  id: string;
  title: string;
  kind: string;
  lang: string;
  path: string;
  /** extension: languages present (e.g. ["ru", "en"]) */
  languages?: string[];
  /** extension: cleaned text, so that evidence offsets can be resolved by readers */
  text?: string;
  /** extension: language segments of the cleaned text */
  segments?: { lang: string; start: number; end: number }[];
}

export interface GraphExport {
  version: 1;
  /** extension: ISO timestamp of the build */
  builtAt?: string;
  documents: GraphDocument[];
  nodes: GraphNode[];
  edges: GraphEdge[];
}

// ---------------------------------------------------------------- ids

/** Lower-case, transliteration-free slug: Cyrillic kept, spaces and punctuation to "_". */
const slugCache = new Map<string, string>();

export function slug(s: string): string {
  const hit = slugCache.get(s);
  if (hit !== undefined) return hit;
  const out = slugOf(s);
  if (slugCache.size > 50_000) slugCache.clear();
  slugCache.set(s, out);
  return out;
}

function slugOf(s: string): string {
  return s
    .toLowerCase()
    .replace(/ё/g, "е")
    .replace(/[«»"“”„'’]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, "_")
    .replace(/^_+|_+$/g, "");
}

/** Akoma Ntoso-style short names of unit kinds, used in provision ids. */
export const UNIT_ID_PREFIX: Record<UnitKind, string> = {
  section: "sec",
  chapter: "chp",
  paragraph: "para",
  article: "art",
  part: "part",
  point: "point",
  subpoint: "subpoint",
  appendix: "app",
};

export function actId(key: string): string {
  return `act:${slug(key)}`;
}

export function provisionId(act: string, path: PathStep[]): string {
  const tail = path.map((p) => `${UNIT_ID_PREFIX[p.unitKind]}_${slug(p.number)}`).join("__");
  return `${act}#${tail}`;
}

export function conceptId(type: "Body" | "Principle" | "Power", key: string): string {
  const prefix = type === "Body" ? "body" : type === "Principle" ? "principle" : "power";
  return `${prefix}:${slug(key)}`;
}

export function edgeId(type: EdgeType, source: string, target: string, qualifier?: string): string {
  return `${type}:${source}->${target}${qualifier ? `:${slug(qualifier)}` : ""}`;
}

// ---------------------------------------------------------------- validation

export class GraphValidationError extends Error {
  override name = "GraphValidationError";
  constructor(public problems: string[]) {
    super(`graph is not valid: ${problems.slice(0, 5).join("; ")}${problems.length > 5 ? ` (+${problems.length - 5} more)` : ""}`);
  }
}

/**
 * Checks a graph against the contract. Returns the list of problems (empty when valid).
 * `texts` maps document id → cleaned text; when given, every quote is checked against it.
 */
export function validateGraph(g: GraphExport, texts?: Map<string, string>): string[] {
  const problems: string[] = [];
  if (g.version !== 1) problems.push(`version must be 1, got ${String(g.version)}`);
  if (!Array.isArray(g.documents) || !Array.isArray(g.nodes) || !Array.isArray(g.edges)) {
    problems.push("documents, nodes and edges must be arrays");
    return problems;
  }
  const docIds = new Set<string>();
  for (const d of g.documents) {
    if (!d.id) problems.push("document without id");
    if (docIds.has(d.id)) problems.push(`duplicate document id ${d.id}`);
    docIds.add(d.id);
  }
  const nodeTypes = new Set<string>(NODE_TYPES);
  const edgeTypes = new Set<string>(EDGE_TYPES);
  const ids = new Set<string>();
  const checkEvidence = (owner: string, ev: Evidence[], derived: boolean) => {
    if (!Array.isArray(ev)) return problems.push(`${owner}: evidence must be an array`);
    if (ev.length === 0 && !derived) problems.push(`${owner}: no evidence and not derived`);
    for (const e of ev) {
      if (!docIds.has(e.doc)) problems.push(`${owner}: evidence names unknown document ${e.doc}`);
      if (!(e.end > e.start) || !e.quote || !e.quote.trim()) problems.push(`${owner}: empty evidence span`);
      const t = texts?.get(e.doc);
      if (t !== undefined && t.slice(e.start, e.end) !== e.quote)
        problems.push(`${owner}: quote does not match the text at ${e.start}-${e.end}`);
    }
  };
  for (const n of g.nodes) {
    if (!n.id) problems.push("node without id");
    if (ids.has(n.id)) problems.push(`duplicate node id ${n.id}`);
    ids.add(n.id);
    if (!nodeTypes.has(n.type)) problems.push(`${n.id}: unknown node type ${n.type}`);
    if (!n.label) problems.push(`${n.id}: empty label`);
    if (n.type === "Act" && !n.props?.actKind) problems.push(`${n.id}: Act without actKind`);
    if (n.type === "Provision" && (!n.props?.actId || !n.props?.unitKind || !Array.isArray(n.props?.path)))
      problems.push(`${n.id}: Provision without actId, unitKind or path`);
    if (n.type === "Body" && !n.props?.bodyKind) problems.push(`${n.id}: Body without bodyKind`);
    checkEvidence(n.id, n.evidence, Boolean(n.props?.derived));
  }
  const edgeIds = new Set<string>();
  for (const e of g.edges) {
    if (edgeIds.has(e.id)) problems.push(`duplicate edge id ${e.id}`);
    edgeIds.add(e.id);
    if (!edgeTypes.has(e.type)) problems.push(`${e.id}: unknown edge type ${e.type}`);
    if (!ids.has(e.source)) problems.push(`${e.id}: source ${e.source} is not a node`);
    if (!ids.has(e.target)) problems.push(`${e.id}: target ${e.target} is not a node`);
    checkEvidence(e.id, e.evidence, Boolean(e.props?.derived));
  }
  for (const n of g.nodes)
    if (n.type === "Provision" && !ids.has(String(n.props.actId))) problems.push(`${n.id}: actId ${String(n.props.actId)} is not a node`);
  return problems;
}
