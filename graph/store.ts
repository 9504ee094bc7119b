// The store contract: one interface, two implementations (embedded, Neo4j) that pass one test suite.
import type { EdgeType, GraphDocument, GraphEdge, GraphExport, GraphNode, NodeType } from "./schema.js";

export type Direction = "out" | "in" | "both";

export interface NeighbourQuery {
  edgeTypes?: EdgeType[];
  nodeTypes?: NodeType[];
  direction?: Direction;
  /** at most this many edges (default 100) */
  limit?: number;
}

export interface Neighbourhood {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

export interface PathQuery {
  /** longest path in edges (default 4) */
  maxLength?: number;
  edgeTypes?: EdgeType[];
  /** at most this many paths (default 5) */
  limit?: number;
}

/** A path: nodes[i] --edges[i]--> nodes[i+1] (edges may be walked against their direction). */
export interface GraphPath {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

export interface SearchQuery {
  types?: NodeType[];
  /** default 20 */
  limit?: number;
}

export interface SearchHit {
  node: GraphNode;
  score: number;
}

export interface SubgraphFilter {
  nodeTypes?: NodeType[];
  edgeTypes?: EdgeType[];
  /** keep nodes with evidence in (or edges whose evidence is in) these documents */
  documents?: string[];
  /** hide repealed acts and their provisions */
  hideRepealed?: boolean;
  /** at most this many nodes (default 2000) */
  limit?: number;
}

export interface StructureTree {
  node: GraphNode;
  children: StructureTree[];
}

export interface GraphStats {
  nodes: Record<string, number>;
  edges: Record<string, number>;
  documents: number;
  builtAt?: string;
}

export interface GraphStore {
  /** Replaces the whole graph. Idempotent; atomic: on failure the previous graph stays readable. */
  load(graph: GraphExport): Promise<void>;
  node(id: string): Promise<GraphNode | null>;
  edge(id: string): Promise<GraphEdge | null>;
  /** Several nodes by id, in the given order, unknown ids skipped. */
  nodes(ids: string[]): Promise<GraphNode[]>;
  neighbours(id: string, q?: NeighbourQuery): Promise<Neighbourhood>;
  shortestPaths(from: string, to: string, q?: PathQuery): Promise<GraphPath[]>;
  search(text: string, q?: SearchQuery): Promise<SearchHit[]>;
  subgraph(f: SubgraphFilter): Promise<Neighbourhood>;
  /** Edges of given types (all when omitted), optionally only those touching a node. */
  edges(q: { types?: EdgeType[]; nodeId?: string; limit?: number }): Promise<GraphEdge[]>;
  documents(): Promise<GraphDocument[]>;
  document(id: string): Promise<GraphDocument | null>;
  /** The structure tree of an act: its provisions nested by PART_OF. Null for an unknown act. */
  structure(actId: string): Promise<StructureTree | null>;
  stats(): Promise<GraphStats>;
  /** Reports whether the store is usable; never throws. */
  health(): Promise<{ ok: boolean; store: string; message?: string }>;
  close(): Promise<void>;
}

/** Code misuse or an unusable store; `name` is stable for callers to branch on. */
export class StoreError extends Error {
  override name = "StoreError";
  constructor(
    message: string,
    public code: "UNREACHABLE" | "AUTH" | "LOAD_FAILED" | "BAD_INPUT" | "NOT_LOADED",
  ) {
    super(message);
  }
}
