// Named preset subgraphs: what a lecturer puts on the screen first.
import type { EdgeType, GraphEdge, GraphNode } from "../graph/schema.js";
import { loadNodes, remember, type ApiContext } from "./context.js";
import { basisIds } from "./interactions.js";

export interface ViewDef {
  name: string;
  title: { ru: string; en: string };
  description: { ru: string; en: string };
  layout: "dagre" | "fcose";
}

export interface BuiltSubgraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
  truncated: boolean;
}

export const VIEWS: ViewDef[] = [
  {
    name: "court-prosecutor",
    title: { ru: "Суд и прокуратура", en: "Court and prosecution" },
    description: {
      ru: "Органы суда и прокуратуры, формы их взаимодействия (INTERACTS_WITH) и акты, на которых они основаны.",
      en: "Bodies of the courts and the prosecution, the forms of their interaction (INTERACTS_WITH) and the acts that ground them.",
    },
    layout: "fcose",
  },
  {
    name: "prosecution-system",
    title: { ru: "Система органов прокуратуры", en: "The prosecution system" },
    description: {
      ru: "Органы прокуратуры как иерархия: подчинённость, вхождение в систему, подотчётность и назначение.",
      en: "Prosecution bodies as a hierarchy: subordination, membership, accountability and appointment.",
    },
    layout: "dagre",
  },
  {
    name: "acts-hierarchy",
    title: { ru: "Иерархия актов", en: "Hierarchy of acts" },
    description: {
      ru: "Акты, их подчинённость, приложения, изменения и отмена.",
      en: "Acts with their subordination, appendices, amendments and repeals.",
    },
    layout: "dagre",
  },
  {
    name: "principles",
    title: { ru: "Принципы", en: "Principles" },
    description: {
      ru: "Принципы организации и взаимодействия, нормы, которые их устанавливают, и органы, деятельностью которых они руководят.",
      en: "Principles of organisation and interaction, the norms that establish them and the bodies whose activity they govern.",
    },
    layout: "fcose",
  },
];

export function viewDef(name: string): ViewDef | undefined {
  return VIEWS.find((v) => v.name === name);
}

const COURT = /суд/i;
const PROSECUTION = /прокур/i;

/** A body of the courts (bodyKind court, or a name about courts and judges). */
export function isCourtBody(n: GraphNode): boolean {
  return n.type === "Body" && (n.props.bodyKind === "court" || COURT.test(n.label));
}

/** A body of the prosecution (bodyKind prosecution, or a name about prosecutors: Генеральный Прокурор). */
export function isProsecutionBody(n: GraphNode): boolean {
  return n.type === "Body" && (n.props.bodyKind === "prosecution" || PROSECUTION.test(n.label));
}

const ALL = 1_000_000;

/** Keeps the nodes (up to limit, the given order) and the edges whose both ends are kept. */
function finish(nodes: GraphNode[], edges: GraphEdge[], limit: number): BuiltSubgraph {
  const unique = [...new Map(nodes.map((n) => [n.id, n])).values()];
  const kept = unique.slice(0, limit);
  const ids = new Set(kept.map((n) => n.id));
  const edgeMap = new Map(edges.filter((e) => ids.has(e.source) && ids.has(e.target)).map((e) => [e.id, e]));
  return { nodes: kept, edges: [...edgeMap.values()], truncated: unique.length > limit };
}

async function ends(ctx: ApiContext, edges: GraphEdge[]): Promise<GraphNode[]> {
  return loadNodes(ctx, edges.flatMap((e) => [e.source, e.target]));
}

/** Walks PART_OF upwards from each node up to its act, returning the units and edges on the way. */
async function upToActs(ctx: ApiContext, start: GraphNode[]): Promise<{ nodes: GraphNode[]; edges: GraphEdge[] }> {
  const nodes: GraphNode[] = [];
  const edges: GraphEdge[] = [];
  const seen = new Set<string>();
  let frontier = start.filter((n) => n.type === "Provision");
  for (let step = 0; frontier.length > 0 && step < 10; step++) {
    const rs = await Promise.all(frontier.map((n) => ctx.store.neighbours(n.id, { edgeTypes: ["PART_OF"], direction: "out", limit: 10 })));
    const next: GraphNode[] = [];
    rs.forEach((r, i) => {
      remember(ctx, r.nodes);
      for (const e of r.edges) {
        if (e.source !== frontier[i].id) continue;
        edges.push(e);
        const up = r.nodes.find((n) => n.id === e.target);
        if (!up || seen.has(up.id)) continue;
        seen.add(up.id);
        nodes.push(up);
        if (up.type === "Provision") next.push(up);
      }
    });
    frontier = next;
  }
  return { nodes, edges };
}

async function bodiesWhere(ctx: ApiContext, keep: (n: GraphNode) => boolean): Promise<GraphNode[]> {
  const sub = await ctx.store.subgraph({ nodeTypes: ["Body"], limit: ALL });
  remember(ctx, sub.nodes);
  return sub.nodes.filter(keep);
}

export async function buildView(ctx: ApiContext, name: string, limit: number): Promise<BuiltSubgraph> {
  const store = ctx.store;
  switch (name) {
    case "court-prosecutor": {
      const bodies = await bodiesWhere(ctx, (n) => isCourtBody(n) || isProsecutionBody(n));
      const ids = new Set(bodies.map((n) => n.id));
      const all = await store.edges({ types: ["INTERACTS_WITH", "PART_OF", "SUBORDINATE_TO"], limit: ALL });
      const between = all.filter((e) => ids.has(e.source) && ids.has(e.target));
      const basis = await loadNodes(ctx, between.filter((e) => e.type === "INTERACTS_WITH").flatMap(basisIds));
      const up = await upToActs(ctx, basis);
      const regs = await Promise.all(basis.map((b) => store.edges({ types: ["REGULATES"], nodeId: b.id, limit: 1000 })));
      const nodes = [...bodies, ...basis, ...up.nodes];
      return finish(nodes, [...between, ...up.edges, ...regs.flat()], limit);
    }
    case "prosecution-system": {
      const types: EdgeType[] = ["SUBORDINATE_TO", "PART_OF", "ACCOUNTABLE_TO", "APPOINTS"];
      const bodies = await bodiesWhere(ctx, isProsecutionBody);
      const ids = new Set(bodies.map((n) => n.id));
      const all = await store.edges({ types, limit: ALL });
      const touching = all.filter((e) => ids.has(e.source) || ids.has(e.target));
      const others = (await ends(ctx, touching)).filter((n) => n.type === "Body");
      return finish([...bodies, ...others], touching, limit);
    }
    case "acts-hierarchy": {
      const acts = await store.subgraph({ nodeTypes: ["Act"], limit: ALL });
      remember(ctx, acts.nodes);
      const all = await store.edges({ types: ["SUBORDINATE_TO", "PART_OF", "AMENDS", "REPEALS"], limit: ALL });
      return finish(acts.nodes, all, limit);
    }
    case "principles": {
      const principles = await store.subgraph({ nodeTypes: ["Principle"], limit: ALL });
      remember(ctx, principles.nodes);
      const est = await store.edges({ types: ["ESTABLISHES", "GOVERNS"], limit: ALL });
      const others = (await ends(ctx, est)).filter((n) => n.type === "Act" || n.type === "Provision" || n.type === "Body");
      return finish([...principles.nodes, ...others], est, limit);
    }
    default:
      throw new Error(`unknown view ${name}`);
  }
}
