// Norms regulating a node, in the hierarchy of acts: the Constitution first, then constitutional laws,
// treaties, codes, laws, decrees …, orders, instructions; within one act, the act before its units and
// units in their order (article 2 before article 10).
import { cmp } from "../graph/rules.js";
import { ACT_KIND_RANK, type ActKind, type EdgeType, type Evidence, type GraphNode } from "../graph/schema.js";
import { loadNodes, remember, type ApiContext } from "./context.js";
import { basisIds } from "./interactions.js";

export interface NormItem {
  node: GraphNode;
  act: GraphNode;
  relation: EdgeType;
  via: GraphNode | null;
  evidence: Evidence[];
  rank: number;
}

/**
 * Each norm with a key unique in its list, for cursors: its relation, provision or act and the power it
 * comes through, and a number when that repeats (two edges of one type between the same ends).
 */
export function withNormKeys(norms: NormItem[]): { key: string; norm: NormItem }[] {
  const seen = new Map<string, number>();
  return norms.map((norm) => {
    const base = `${norm.relation}|${norm.node.id}|${norm.via?.id ?? ""}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return { key: n === 1 ? base : `${base}|${n}`, norm };
  });
}

export const OTHER_RANK = ACT_KIND_RANK.other;

export function actRank(act: GraphNode | null | undefined): number {
  const kind = act?.props.actKind as ActKind | undefined;
  return kind !== undefined && kind in ACT_KIND_RANK ? ACT_KIND_RANK[kind] : OTHER_RANK;
}

/** One collator for all comparisons (creating one per call is what makes localeCompare slow). */
const RU = new Intl.Collator("ru", { numeric: true });

/** Compares two unit numbers as written: "2" < "10", "5-1" after "5", "1" < "a". */
export function compareNumbers(a: string, b: string): number {
  if (a === b) return 0;
  const na = parseInt(a, 10);
  const nb = parseInt(b, 10);
  if (!Number.isNaN(na) && !Number.isNaN(nb) && na !== nb) return na - nb;
  if (Number.isNaN(na) !== Number.isNaN(nb)) return Number.isNaN(na) ? 1 : -1;
  return RU.compare(a, b);
}

type Step = { unitKind?: string; number?: string };

function pathOf(n: GraphNode): Step[] {
  return Array.isArray(n.props.path) ? (n.props.path as Step[]) : [];
}

/** Document order of two units of one act by their paths; a unit comes before the units inside it. */
export function comparePaths(a: Step[], b: Step[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const c = compareNumbers(String(a[i].number ?? ""), String(b[i].number ?? ""));
    if (c !== 0) return c;
    const k = cmp(String(a[i].unitKind ?? ""), String(b[i].unitKind ?? ""));
    if (k !== 0) return k;
  }
  return a.length - b.length;
}

const RELATION_ORDER: EdgeType[] = ["ESTABLISHES", "REGULATES", "HAS_POWER"];

export function compareNorms(x: NormItem, y: NormItem): number {
  if (x.rank !== y.rank) return x.rank - y.rank;
  if (x.act.id !== y.act.id) {
    const dx = String(x.act.props.date ?? "");
    const dy = String(y.act.props.date ?? "");
    if (dx !== dy) return dx && dy ? cmp(dx, dy) : dx ? -1 : 1;
    return RU.compare(x.act.label, y.act.label) || cmp(x.act.id, y.act.id);
  }
  const xa = x.node.id === x.act.id;
  const ya = y.node.id === y.act.id;
  if (xa !== ya) return xa ? -1 : 1;
  const p = comparePaths(pathOf(x.node), pathOf(y.node));
  if (p !== 0) return p;
  if (x.node.id !== y.node.id) return cmp(x.node.id, y.node.id);
  const r = RELATION_ORDER.indexOf(x.relation) - RELATION_ORDER.indexOf(y.relation);
  if (r !== 0) return r;
  return cmp(x.via?.id ?? "", y.via?.id ?? "");
}

/** Merges norms with the same node, relation and via (their evidence joined, repeats dropped), then sorts. */
export function orderNorms(items: NormItem[]): NormItem[] {
  const merged = new Map<string, NormItem>();
  for (const it of items) {
    const key = `${it.node.id}\u0000${it.relation}\u0000${it.via?.id ?? ""}`;
    const have = merged.get(key);
    if (!have) {
      merged.set(key, { ...it, evidence: [...it.evidence] });
      continue;
    }
    for (const e of it.evidence)
      if (!have.evidence.some((h) => h.doc === e.doc && h.start === e.start && h.end === e.end)) have.evidence.push(e);
  }
  return [...merged.values()].sort(compareNorms);
}

const NORM_SOURCE_TYPES = new Set(["Act", "Provision"]);

/**
 * The norms regulating a node: REGULATES and ESTABLISHES edges into it; for a body also the basis of
 * each power it holds (HAS_POWER props.basis) and the norms regulating those powers.
 */
export async function collectNorms(ctx: ApiContext, target: GraphNode): Promise<NormItem[]> {
  const store = ctx.store;
  const items: { nodeId: string; relation: EdgeType; via: GraphNode | null; evidence: Evidence[] }[] = [];
  const direct = await store.neighbours(target.id, { edgeTypes: ["REGULATES", "ESTABLISHES"], direction: "in", limit: 5000 });
  remember(ctx, direct.nodes);
  for (const e of direct.edges) if (e.target === target.id) items.push({ nodeId: e.source, relation: e.type, via: null, evidence: e.evidence });

  if (target.type === "Body") {
    const powers = await store.neighbours(target.id, { edgeTypes: ["HAS_POWER"], direction: "out", limit: 5000 });
    remember(ctx, powers.nodes);
    const powerById = new Map(powers.nodes.map((n) => [n.id, n]));
    const hasPower = powers.edges.filter((e) => e.source === target.id && powerById.has(e.target));
    for (const e of hasPower)
      for (const b of basisIds(e)) items.push({ nodeId: b, relation: "HAS_POWER", via: powerById.get(e.target)!, evidence: e.evidence });
    const regs = await Promise.all(
      hasPower.map((e) => store.neighbours(e.target, { edgeTypes: ["REGULATES"], direction: "in", limit: 5000 })),
    );
    regs.forEach((r, i) => {
      remember(ctx, r.nodes);
      const power = powerById.get(hasPower[i].target)!;
      for (const e of r.edges) if (e.target === power.id) items.push({ nodeId: e.source, relation: "REGULATES", via: power, evidence: e.evidence });
    });
  }

  const nodes = new Map((await loadNodes(ctx, items.map((i) => i.nodeId))).map((n) => [n.id, n]));
  const actIds = [...nodes.values()].filter((n) => n.type === "Provision").map((n) => String(n.props.actId));
  const acts = new Map((await loadNodes(ctx, actIds)).map((n) => [n.id, n]));
  const out: NormItem[] = [];
  for (const it of items) {
    const node = nodes.get(it.nodeId);
    if (!node || !NORM_SOURCE_TYPES.has(node.type)) continue;
    const act = node.type === "Act" ? node : acts.get(String(node.props.actId));
    if (!act) continue;
    out.push({ node, act, relation: it.relation, via: it.via, evidence: it.evidence, rank: actRank(act) });
  }
  return orderNorms(out);
}
