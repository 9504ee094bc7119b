// The current graph as an SVG document, drawn from Cytoscape's own model: node positions, sizes, shapes,
// colours and labels, edge lines with their colour, width and dash. (Kept in the project instead of the
// GPL-licensed cytoscape-svg extension.)
import type { Core, EdgeSingular, NodeSingular } from "cytoscape";

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const px = (v: unknown, d: number) => {
  const n = parseFloat(String(v));
  return Number.isFinite(n) ? n : d;
};

function nodeShape(n: NodeSingular): string {
  const { x, y } = n.position();
  const w = n.width(), h = n.height();
  const fill = esc(String(n.style("background-color")));
  const stroke = esc(String(n.style("border-color")));
  const sw = px(n.style("border-width"), 0);
  const shape = String(n.style("shape"));
  if (shape === "rectangle" || shape === "round-rectangle" || shape === "square")
    return `<rect x="${x - w / 2}" y="${y - h / 2}" width="${w}" height="${h}" rx="${shape === "round-rectangle" ? 4 : 0}" fill="${fill}" stroke="${stroke}" stroke-width="${sw}"/>`;
  if (shape === "diamond")
    return `<polygon points="${x},${y - h / 2} ${x + w / 2},${y} ${x},${y + h / 2} ${x - w / 2},${y}" fill="${fill}" stroke="${stroke}" stroke-width="${sw}"/>`;
  return `<ellipse cx="${x}" cy="${y}" rx="${w / 2}" ry="${h / 2}" fill="${fill}" stroke="${stroke}" stroke-width="${sw}"/>`;
}

function nodeLabel(n: NodeSingular): string {
  const label = String(n.style("label") ?? "");
  if (!label) return "";
  const { x, y } = n.position();
  const size = px(n.style("font-size"), 10);
  const color = esc(String(n.style("color")));
  const lines = label.split("\n");
  const top = y + n.height() / 2 + size + 2;
  return `<text x="${x}" y="${top}" font-size="${size}" fill="${color}" text-anchor="middle" font-family="sans-serif">${lines
    .map((l, i) => `<tspan x="${x}" dy="${i === 0 ? 0 : size * 1.15}">${esc(l)}</tspan>`)
    .join("")}</text>`;
}

function edgeLine(e: EdgeSingular): string {
  const s = e.source().position(), t = e.target().position();
  const color = esc(String(e.style("line-color")));
  const width = px(e.style("width"), 1);
  const dash = String(e.style("line-style")) === "dashed" ? ` stroke-dasharray="6 4"` : String(e.style("line-style")) === "dotted" ? ` stroke-dasharray="2 3"` : "";
  return `<line x1="${s.x}" y1="${s.y}" x2="${t.x}" y2="${t.y}" stroke="${color}" stroke-width="${width}"${dash} marker-end="url(#arrow)"/>`;
}

/** The visible graph as a standalone SVG document. */
export function graphToSvg(cy: Core): string {
  const visible = cy.elements(":visible");
  const bb = visible.boundingBox({});
  const pad = 20;
  const w = Math.max(1, bb.w) + 2 * pad, h = Math.max(1, bb.h) + 2 * pad;
  const edges = visible.edges().map((e) => edgeLine(e)).join("\n");
  const nodes = visible.nodes().map((n) => nodeShape(n) + nodeLabel(n)).join("\n");
  return `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="${bb.x1 - pad} ${bb.y1 - pad} ${w} ${h}">
<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#555"/></marker></defs>
<rect x="${bb.x1 - pad}" y="${bb.y1 - pad}" width="${w}" height="${h}" fill="#ffffff"/>
${edges}
${nodes}
</svg>`;
}
