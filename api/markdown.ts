// A document's cleaned text as Markdown with HTML anchors: `<a id="p-…"></a>` where a provision starts
// and `<a id="q-START-END"></a>` where a quote (evidence) starts. Each line of the text is a paragraph;
// lines that open an article, chapter, section or appendix become headings. Text is escaped so that
// Markdown renders it literally (no accidental lists, emphasis or raw HTML).

export interface MdAnchor {
  id: string;
  /** node or edge whose provision or evidence is here */
  ownerId: string;
  /** offset in the cleaned text */
  start: number;
  kind: "provision" | "mention";
  /** for provisions: the unit kind, used to make headings */
  unitKind?: string;
}

const HEADING_LEVEL: Record<string, number> = { section: 2, appendix: 2, chapter: 3, paragraph: 4, article: 4 };
const MAX_HEADING_CHARS = 200;

/** The anchor id of a provision: p- and its id made safe for HTML ids ("act:x#art_83" → "p-act-x--art_83"). */
export function provisionAnchor(nodeId: string): string {
  return `p-${nodeId.replace(/:/g, "-").replace(/#/g, "--").replace(/[^\p{L}\p{N}_-]/gu, "-")}`;
}

/** The anchor id of a quote. */
export function quoteAnchor(start: number, end: number): string {
  return `q-${start}-${end}`;
}

function escapeInline(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/([\\`*_[\]~|])/g, "\\$1");
}

/** Escapes what would make a line start a block (heading, quote, list, rule, setext underline). */
function escapeLineStart(s: string): string {
  return s.replace(/^([#+\-=])/, "\\$1").replace(/^(\d+)([.)])/, "$1\\$2");
}

function tag(id: string): string {
  return `<a id="${id}"></a>`;
}

/**
 * Renders text[range.start, range.end) as Markdown with the anchors that fall inside the range
 * (anchors with the same id are placed once, at their first position).
 */
export function renderMarkdown(text: string, anchors: MdAnchor[], range: { start: number; end: number } = { start: 0, end: text.length }): string {
  const start = Math.max(0, range.start);
  const end = Math.min(text.length, range.end);
  const placed = new Set<string>();
  const inRange = anchors
    .filter((a) => a.start >= start && a.start < end)
    .sort((x, y) => x.start - y.start || (x.kind === y.kind ? (x.id < y.id ? -1 : x.id > y.id ? 1 : 0) : x.kind === "provision" ? -1 : 1))
    .filter((a) => !placed.has(a.id) && placed.add(a.id));
  const out: string[] = [];
  let k = 0;
  let lineStart = start;
  while (lineStart < end) {
    let lineEnd = text.indexOf("\n", lineStart);
    if (lineEnd < 0 || lineEnd > end) lineEnd = end;
    const raw = text.slice(lineStart, lineEnd);
    const lead = raw.length - raw.trimStart().length;
    const contentStart = lineStart + lead;
    const contentEnd = lineStart + raw.trimEnd().length;
    const mine: MdAnchor[] = [];
    while (k < inRange.length && inRange[k].start < lineEnd + 1) mine.push(inRange[k++]);
    if (contentEnd > contentStart || mine.length > 0) {
      let heading = 0;
      for (const a of mine)
        if (a.kind === "provision" && a.start <= contentStart && a.unitKind && HEADING_LEVEL[a.unitKind] && contentEnd - contentStart <= MAX_HEADING_CHARS)
          heading = heading || HEADING_LEVEL[a.unitKind];
      let line = "";
      let pos = contentStart;
      let first = true;
      for (const a of mine) {
        const at = Math.min(Math.max(a.start, contentStart), Math.max(contentEnd, contentStart));
        if (at > pos) {
          const seg = escapeInline(text.slice(pos, at));
          line += first ? escapeLineStart(seg) : seg;
          first = false;
          pos = at;
        }
        line += tag(a.id);
      }
      if (contentEnd > pos) {
        const seg = escapeInline(text.slice(pos, contentEnd));
        line += first ? escapeLineStart(seg) : seg;
      }
      out.push(heading ? `${"#".repeat(heading)} ${line}` : line);
    }
    lineStart = lineEnd + 1;
  }
  return out.join("\n\n") + (out.length ? "\n" : "");
}
