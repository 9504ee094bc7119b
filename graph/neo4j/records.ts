// How graph items are stored in Neo4j and read back. Nested values (props, evidence, document segments)
// are JSON strings, since Neo4j properties cannot hold maps; search fields hold normalised text for the
// full-text index (Russian analyzer) and exact-name keys.
import type { GraphDocument, GraphEdge, GraphNode } from "../schema.js";
import { compactForms, normalize, stemKey } from "../search-text.js";

/** Cypher map projections that read back what toNodeRow / toEdgeRow wrote. */
export const NODE_FIELDS = "{.id, .type, .label, .aliases, .propsJson, .evidenceJson}";
export const EDGE_FIELDS = (r: string) =>
  `${r} {.id, .propsJson, .evidenceJson, type: type(${r}), source: startNode(${r}).id, target: endNode(${r}).id}`;

export function toNodeRow(n: GraphNode, repealed: boolean): Record<string, unknown> {
  const label = String(n.label);
  const aliases = Array.isArray(n.aliases) ? n.aliases.map(String) : [];
  const text = typeof n.props?.text === "string" ? n.props.text : "";
  return {
    id: n.id,
    type: n.type,
    label,
    aliases,
    propsJson: JSON.stringify(n.props ?? {}),
    evidenceJson: JSON.stringify(n.evidence ?? []),
    evidenceDocs: [...new Set((n.evidence ?? []).map((e) => e.doc))],
    actId: n.type === "Provision" ? String(n.props?.actId) : null,
    repealed,
    labelKey: normalize(label),
    labelStems: stemKey(label),
    ftLabel: normalize(label),
    ftAliases: normalize(aliases.join(" | ")),
    ftCompact: compactForms(label).join(" "),
    ftText: normalize(text),
  };
}

export function toEdgeRow(e: GraphEdge): { source: string; target: string; props: Record<string, unknown> } {
  return {
    source: e.source,
    target: e.target,
    props: {
      id: e.id,
      propsJson: JSON.stringify(e.props ?? {}),
      evidenceJson: JSON.stringify(e.evidence ?? []),
      evidenceDocs: [...new Set((e.evidence ?? []).map((x) => x.doc))],
    },
  };
}

export function toDocRow(d: GraphDocument): Record<string, unknown> {
  return { id: d.id, docJson: JSON.stringify(d) };
}

interface NodeRecord {
  id: string;
  type: GraphNode["type"];
  label: string;
  aliases: string[] | null;
  propsJson: string;
  evidenceJson: string;
}

export function fromNode(r: NodeRecord): GraphNode {
  return {
    id: r.id,
    type: r.type,
    label: r.label,
    aliases: r.aliases ?? [],
    props: JSON.parse(r.propsJson),
    evidence: JSON.parse(r.evidenceJson),
  };
}

interface EdgeRecord {
  id: string;
  type: GraphEdge["type"];
  source: string;
  target: string;
  propsJson: string;
  evidenceJson: string;
}

export function fromEdge(r: EdgeRecord): GraphEdge {
  return {
    id: r.id,
    type: r.type,
    source: r.source,
    target: r.target,
    props: JSON.parse(r.propsJson),
    evidence: JSON.parse(r.evidenceJson),
  };
}

export function fromDoc(r: { docJson: string }): GraphDocument {
  return JSON.parse(r.docJson);
}
