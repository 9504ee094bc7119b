// Exports the current graph as PNG (Cytoscape's cy.png) or SVG (svgExport.ts), as a file download.
import type { Core } from "cytoscape";
import { graphToSvg } from "./svgExport";

function download(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function exportPng(cy: Core, name: string): Blob {
  const blob = cy.png({ output: "blob", full: true, scale: 2, bg: "#ffffff", maxWidth: 8000, maxHeight: 8000 });
  download(blob, `${name}.png`);
  return blob;
}

export function exportSvg(cy: Core, name: string): Blob {
  const blob = new Blob([graphToSvg(cy)], { type: "image/svg+xml;charset=utf-8" });
  download(blob, `${name}.svg`);
  return blob;
}

/** A file name from the view: letters, digits, dashes only. */
export function exportName(s: string): string {
  return (
    s
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 60) || "graph"
  );
}
