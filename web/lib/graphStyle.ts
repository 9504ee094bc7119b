// How the graph looks: one colour and shape per node type (Okabe–Ito palette, safe for colour-blind
// readers), one colour and line style per edge type. The legend reads the same tables.
import type { EdgeType, NodeType } from "../../graph/schema";

export const NODE_STYLE: Record<NodeType, { color: string; shape: string }> = {
  Act: { color: "#0072B2", shape: "round-rectangle" },
  Provision: { color: "#56B4E9", shape: "rectangle" },
  Body: { color: "#D55E00", shape: "ellipse" },
  Principle: { color: "#009E73", shape: "diamond" },
  Power: { color: "#E69F00", shape: "hexagon" },
};

export const EDGE_STYLE: Record<EdgeType, { color: string; line: "solid" | "dashed" | "dotted"; width: number }> = {
  REGULATES: { color: "#6b6b6b", line: "solid", width: 1.5 },
  SUBORDINATE_TO: { color: "#222222", line: "solid", width: 3 },
  INTERACTS_WITH: { color: "#CC79A7", line: "solid", width: 3.5 },
  PART_OF: { color: "#9a9a9a", line: "dashed", width: 1.5 },
  CITES: { color: "#7a7a7a", line: "dotted", width: 1.5 },
  AMENDS: { color: "#b30000", line: "dashed", width: 2 },
  REPEALS: { color: "#b30000", line: "solid", width: 2 },
  HAS_POWER: { color: "#E69F00", line: "solid", width: 2 },
  ESTABLISHES: { color: "#009E73", line: "solid", width: 2 },
  ACCOUNTABLE_TO: { color: "#222222", line: "dashed", width: 2 },
  APPOINTS: { color: "#0072B2", line: "dashed", width: 2 },
  GOVERNS: { color: "#009E73", line: "dotted", width: 2 },
};

/** A short label for the canvas; the full one shows on hover and in the details. The country is implied. */
export function shortLabel(label: string, max = 40): string {
  const clean = label
    .replace(/\s+(Республики Казахстан|Республики|РК)(?=$|[\s,.»])/gu, "")
    .replace(/\s+/g, " ")
    .trim();
  return clean.length <= max ? clean : `${clean.slice(0, max - 1).trimEnd()}…`;
}

type Style = { selector: string; style: Record<string, unknown> };

/** Cytoscape stylesheet. `large` is the presentation mode: bigger labels and nodes. */
export function graphStylesheet(large: boolean): Style[] {
  const font = large ? 24 : 14;
  const size = large ? 46 : 28;
  const styles: Style[] = [
    {
      selector: "node",
      style: {
        label: "data(short)",
        "font-size": font,
        "font-family": "DejaVu Sans, Helvetica, Arial, sans-serif",
        "text-wrap": "wrap",
        "text-max-width": large ? "280px" : "140px",
        "text-valign": "bottom",
        "text-margin-y": 4,
        color: "#111",
        "text-background-color": "#fff",
        "text-background-opacity": 0.85,
        "text-background-padding": "1px",
        "text-background-shape": "roundrectangle",
        width: size,
        height: size,
        "border-width": 1,
        "border-color": "#333",
      },
    },
    { selector: "node[type = 'Provision']", style: { width: size * 0.7, height: size * 0.7 } },
    { selector: "node[status = 'repealed']", style: { "border-style": "dashed", "border-width": 3, opacity: 0.6 } },
    { selector: "node.focus", style: { "border-width": 4, "border-color": "#000" } },
    { selector: "node:selected", style: { "border-width": 5, "border-color": "#6a00ff", "overlay-opacity": 0 } },
    {
      selector: "edge",
      style: {
        "curve-style": "bezier",
        "target-arrow-shape": "triangle",
        "arrow-scale": large ? 1.4 : 1,
        width: 1.5,
        "font-size": large ? 18 : 10,
        "text-rotation": "autorotate",
        "text-outline-color": "#fff",
        "text-outline-width": 2,
      },
    },
    { selector: "edge:selected, edge.hover", style: { label: "data(label)", "line-color": "#6a00ff", "target-arrow-color": "#6a00ff" } },
    { selector: ".faded", style: { opacity: 0.2 } },
  ];
  for (const [type, s] of Object.entries(NODE_STYLE)) {
    styles.splice(1, 0, { selector: `node[type = '${type}']`, style: { "background-color": s.color, shape: s.shape } });
  }
  for (const [type, s] of Object.entries(EDGE_STYLE)) {
    styles.splice(styles.length - 2, 0, {
      selector: `edge[type = '${type}']`,
      style: { "line-color": s.color, "target-arrow-color": s.color, "line-style": s.line, width: large ? s.width * 1.6 : s.width },
    });
  }
  return styles;
}
