// The GraphQL operations the UI sends (api/schema.graphql). Kept small: the API limits query cost.
import type { GraphEdge, GraphNode } from "../../graph/schema";

const EVIDENCE = "evidence { doc start end quote anchor }";
const NODE = `id type label aliases props ${EVIDENCE}`;
const EDGE = `id type source { id } target { id } props ${EVIDENCE}`;

export interface ApiEvidence {
  doc: string;
  start: number;
  end: number;
  quote: string;
  anchor: string;
}
export type ApiNode = Omit<GraphNode, "evidence"> & { evidence: ApiEvidence[] };
export type ApiEdge = Omit<GraphEdge, "evidence" | "source" | "target"> & {
  source: { id: string };
  target: { id: string };
  evidence: ApiEvidence[];
};
export interface ApiSubgraph {
  nodes: ApiNode[];
  edges: ApiEdge[];
  truncated: boolean;
}

export const SEARCH = `query Search($query: String!, $first: Int, $types: [NodeType!]) {
  search(query: $query, first: $first, types: $types) { id type label aliases props }
}`;
export type SearchHitNode = Omit<ApiNode, "evidence">;

export const NODE_QUERY = `query Node($id: ID!) { node(id: $id) { ${NODE} anchor act { id label } } }`;

export const NEIGHBORHOOD = `query Neighborhood($id: ID!, $depth: Int, $limit: Int) {
  neighborhood(id: $id, depth: $depth, limit: $limit) { nodes { ${NODE} } edges { ${EDGE} } truncated }
}`;

export const VIEWS = `query Views { views { name title { ru en } description { ru en } layout } }`;
export interface ApiViewInfo {
  name: string;
  title: { ru: string; en: string };
  description: { ru: string; en: string };
  layout: "dagre" | "fcose";
}

export const VIEW = `query View($name: String!) {
  view(name: $name) { nodes { ${NODE} } edges { ${EDGE} } truncated }
}`;

export const DOCUMENTS = `query Documents { documents { id title kind } }`;
export interface ApiDocumentInfo {
  id: string;
  title: string;
  kind: string;
}

export const INTERACTIONS = `query Interactions($a: ID!, $b: ID!) {
  interactions(a: $a, b: $b) {
    form fromA viaSubBody
    edge { ${EDGE} }
    aSide { id type label props }
    bSide { id type label props }
    basis { id type label props text act { id label } evidence { doc start end quote anchor } }
    ${EVIDENCE}
  }
}`;
export interface ApiInteraction {
  form: string | null;
  fromA: boolean;
  viaSubBody: boolean;
  edge: ApiEdge;
  aSide: SearchHitNode;
  bSide: SearchHitNode;
  basis: (SearchHitNode & { text: string | null; act: { id: string; label: string } | null; evidence: ApiEvidence[] })[];
  evidence: ApiEvidence[];
}

export const PRINCIPLES = `query Principles($a: ID!, $b: ID) {
  principles(a: $a, b: $b) {
    interaction
    principle { id label }
    bodies { id label }
    establishedBy { id label act { id label } }
    ${EVIDENCE}
  }
}`;
export interface ApiPrincipleUse {
  interaction: boolean;
  principle: { id: string; label: string };
  bodies: { id: string; label: string }[];
  establishedBy: { id: string; label: string; act: { id: string; label: string } | null }[];
  evidence: ApiEvidence[];
}

export const NORMS = `query Norms($id: ID!) {
  node(id: $id) { id type label props }
  norms(regulating: $id) {
    relation rank
    node { id type label props anchor }
    act { id label props }
    via { id label }
    ${EVIDENCE}
  }
}`;
export interface ApiNorm {
  relation: string;
  rank: number;
  node: SearchHitNode & { anchor: string | null };
  act: { id: string; label: string; props: Record<string, unknown> };
  via: { id: string; label: string } | null;
  evidence: ApiEvidence[];
}

export const PATHS = `query Paths($from: ID!, $to: ID!, $maxLength: Int) {
  paths(from: $from, to: $to, maxLength: $maxLength, limit: 5) {
    length
    nodes { id type label props }
    steps { forward from { id label } to { id label } edge { ${EDGE} } }
  }
}`;
export interface ApiPath {
  length: number;
  nodes: SearchHitNode[];
  steps: { forward: boolean; from: { id: string; label: string }; to: { id: string; label: string }; edge: ApiEdge }[];
}

export const DOCUMENT = `query Document($id: ID!) {
  document(id: $id) {
    id title kind lang path length markdown text
    anchors { id nodeId start kind }
    structure { ...S children { ...S children { ...S children { ...S children { ...S } } } } }
  }
}
fragment S on StructureNode { node { id type label props anchor } }`;
export interface ApiStructureNode {
  node: SearchHitNode & { anchor: string | null };
  children?: ApiStructureNode[];
}
export interface ApiDocument {
  id: string;
  title: string;
  kind: string;
  lang: string;
  path: string;
  length: number;
  markdown: string | null;
  text: string | null;
  anchors: { id: string; nodeId: string; start: number; kind: string }[];
  structure: ApiStructureNode[];
}
