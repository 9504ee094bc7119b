// Nodes from resolved mentions and from the structure of acts, with their evidence.
import { conceptId, edgeId, type Evidence, type GraphEdge, type GraphNode, type PathStep, type UnitKind } from "../../graph/schema.js";
import { actLabel, NAMED_ACTS } from "../find/act-ref.js";
import type { CorpusIndex } from "../resolve.js";
import type { ActFrame, ResolvedDocument, StructuredDocument, Unit } from "../types.js";
import { conceptEntry, findConcepts } from "../find/concepts.js";
import { familyOf, GENERIC_BODIES } from "../find/vocabulary.js";
import { evidence } from "./context.js";

const UNIT_NAMES: Record<UnitKind, string> = {
  section: "раздел", chapter: "глава", paragraph: "параграф", article: "статья", part: "часть", point: "пункт", subpoint: "подпункт", appendix: "приложение",
};

/** At most this many quotes per node and document (a NodeSet holds one document): enough to show where a concept is written. */
const NODE_EVIDENCE_PER_DOC = 8;

export class NodeSet {
  readonly nodes = new Map<string, GraphNode>();
  readonly edges = new Map<string, GraphEdge>();
  private perDoc = new Map<string, number>();

  add(node: GraphNode): GraphNode {
    const had = this.nodes.get(node.id);
    if (!had) { this.nodes.set(node.id, node); return node; }
    for (const a of [node.label, ...node.aliases]) if (a !== had.label && !had.aliases.includes(a)) had.aliases.push(a);
    for (const e of node.evidence) this.addEvidence(had, e);
    for (const [k, v] of Object.entries(node.props)) if (had.props[k] === undefined) had.props[k] = v;
    return had;
  }

  /** Adds a quote to a node, up to a few per document; `e` may be a function, called only when the quote is kept. */
  addEvidence(node: GraphNode, e: Evidence | (() => Evidence)): void {
    const n = this.perDoc.get(node.id) ?? 0;
    if (n >= NODE_EVIDENCE_PER_DOC) return;
    const ev = typeof e === "function" ? e() : e;
    if (node.evidence.some((x) => x.doc === ev.doc && x.start === ev.start)) return;
    this.perDoc.set(node.id, n + 1);
    node.evidence.push(ev);
  }

  addEdge(e: GraphEdge): void {
    const had = this.edges.get(e.id);
    if (!had) { this.edges.set(e.id, e); return; }
    for (const v of e.evidence) if (!had.evidence.some((x) => x.doc === v.doc && x.start === v.start)) had.evidence.push(v);
    const basis = e.props.basis as string[] | undefined;
    if (basis) had.props.basis = [...new Set([...((had.props.basis as string[]) ?? []), ...basis])];
    for (const k in e.props) if (had.props[k] === undefined && k !== "derived") had.props[k] = e.props[k];
  }
}

const issuerBodies = new Map<string, string | null>();

export function actNode(index: CorpusIndex, id: string, ev: Evidence[]): GraphNode {
  const ref = index.refs.get(id) ?? { actKind: NAMED_ACTS.find((a) => `act:${a.shortTitle.toLowerCase()}` === id)?.actKind ?? "other" };
  const named = NAMED_ACTS.find((a) => a.shortTitle === ref.shortTitle);
  const frame = index.frames.get(id);
  const props: Record<string, unknown> = { actKind: ref.actKind ?? "other", status: frame?.status ?? "unknown" };
  for (const k of ["number", "date", "shortTitle", "title"] as const) if (ref[k]) props[k] = ref[k];
  if (ref.issuer) {
    props.issuerName = ref.issuer;
    // "Генерального Прокурора Республики Казахстан" → body:генеральный_прокурор (the same issuers recur)
    let body = issuerBodies.get(ref.issuer);
    if (body === undefined) {
      const m = findConcepts(ref.issuer).find((x) => x.type === "Body");
      body = m ? conceptId("Body", m.key) : null;
      if (issuerBodies.size > 10_000) issuerBodies.clear();
      issuerBodies.set(ref.issuer, body);
    }
    if (body) props.issuer = body;
  }
  if (frame) props.inCorpus = true;
  return { id, type: "Act", label: named?.label ?? actLabel(ref), aliases: ref.shortTitle && named ? [ref.shortTitle] : [], props, evidence: ev };
}

/** "Конституция Республики Казахстан, статья 3, пункт 4". */
export function provisionLabel(actLabelText: string, path: PathStep[]): string {
  return [actLabelText, ...path.map((p) => `${UNIT_NAMES[p.unitKind]} ${p.number}`)].join(", ");
}

export function provisionNode(actId: string, actLabelText: string, path: PathStep[], id: string, ev: Evidence[], text?: string): GraphNode {
  const last = path[path.length - 1];
  const props: Record<string, unknown> = { actId, unitKind: last.unitKind, number: last.number, path };
  if (text) props.text = text;
  if (!ev.length) props.derived = true;
  return { id, type: "Provision", label: provisionLabel(actLabelText, path), aliases: [], props, evidence: ev };
}

/** The structural units of an act in the corpus, nested by PART_OF. */
export function structureNodes(set: NodeSet, doc: StructuredDocument, frame: ActFrame, actLabelText: string): void {
  const text = doc.clean.text;
  const walk = (u: Unit, parent: string) => {
    const own = text.slice(u.textStart, u.textEnd).trim();
    const head = evidence(doc, u.start, Math.min(u.textEnd > u.start ? u.textEnd : u.end, u.start + 400));
    const node = provisionNode(frame.id, actLabelText, u.path, u.id, head.quote ? [head] : [], own.slice(0, 4000));
    if (u.heading) node.props.heading = u.heading;
    set.add(node);
    set.addEdge({ id: edgeId("PART_OF", u.id, parent), type: "PART_OF", source: u.id, target: parent, props: { derived: true }, evidence: [] });
    for (const c of u.children) walk(c, u.id);
  };
  for (const u of frame.units) walk(u, frame.id);
}

/** The node of a unit cited (or reworded: `text`, its new wording) here, with its ancestors as derived nodes. */
export function citedProvision(set: NodeSet, index: CorpusIndex, actId: string, id: string, ev: Evidence, text?: string): void {
  const known = set.nodes.get(id);
  if (known) {
    set.addEvidence(known, ev);
    if (text && typeof known.props.text !== "string") Object.assign(known.props, { text, textFrom: "amendment" });
    return;
  }
  const hash = id.indexOf("#");
  if (hash < 0) return;
  const path = pathFromId(id.slice(hash + 1));
  if (!path) return;
  const actLabelText = actNode(index, actId, []).label;
  const node = set.add(provisionNode(actId, actLabelText, path, id, [ev], text));
  if (text) node.props.textFrom = "amendment";
  let child = id;
  for (let k = path.length - 1; k >= 1; k--) {
    const parentId = `${actId}#${id.slice(hash + 1).split("__").slice(0, k).join("__")}`;
    if (!set.nodes.has(parentId)) set.add(provisionNode(actId, actLabelText, path.slice(0, k), parentId, []));
    set.addEdge({ id: edgeId("PART_OF", child, parentId), type: "PART_OF", source: child, target: parentId, props: { derived: true }, evidence: [] });
    child = parentId;
  }
  set.addEdge({ id: edgeId("PART_OF", child, actId), type: "PART_OF", source: child, target: actId, props: { derived: true }, evidence: [] });
}

const PREFIX_KIND: Record<string, UnitKind> = { sec: "section", chp: "chapter", para: "paragraph", art: "article", part: "part", point: "point", subpoint: "subpoint", app: "appendix" };

function pathFromId(tail: string): PathStep[] | null {
  const path: PathStep[] = [];
  for (const step of tail.split("__")) {
    const m = /^([a-z]+)_(.+)$/.exec(step);
    if (!m || !PREFIX_KIND[m[1]]) return null;
    path.push({ unitKind: PREFIX_KIND[m[1]], number: m[2] });
  }
  return path;
}

export function conceptNodes(set: NodeSet, doc: ResolvedDocument): void {
  for (const { mention: m } of doc.mentions) {
    if (m.kind !== "concept") continue;
    const props: Record<string, unknown> = m.bodyKind ? { bodyKind: m.bodyKind, family: familyOf(m.key, m.bodyKind) } : {};
    if (m.type === "Body" && GENERIC_BODIES.has(m.key)) props.generic = true;
    const id = conceptId(m.type, m.key);
    const node = set.nodes.get(id) ?? set.add({ id, type: m.type, label: m.label, aliases: [], props, evidence: [] });
    const surface = m.text.replace(/\s+/g, " ");
    if (surface !== node.label && !node.aliases.includes(surface) && node.aliases.length < 30) node.aliases.push(surface);
    set.addEvidence(node, () => evidence(doc.structured, m.start, m.end));
  }
}

/** The node of a body a rule names by what it implies («копии судебных актов» → the court): from the vocabulary. */
export function impliedBodyNode(id: string, ev: Evidence[]): GraphNode | undefined {
  const e = id.startsWith("body:") ? conceptEntry(id.slice(5)) : undefined;
  if (!e || e.type !== "Body") return undefined;
  return { id, type: "Body", label: e.label, aliases: [], props: e.bodyKind ? { bodyKind: e.bodyKind, family: familyOf(e.key, e.bodyKind) } : {}, evidence: ev };
}
