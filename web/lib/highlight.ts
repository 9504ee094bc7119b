// Marks a quote in the rendered document: from its anchor on, the text whose letters and digits equal
// the quote's (the Markdown rendering may differ from the cleaned text in spaces and punctuation).
const WORD = /[\p{L}\p{N}]/u;

function letters(s: string): string {
  let out = "";
  for (const ch of s) if (WORD.test(ch)) out += ch.toLowerCase();
  return out;
}

/** Wraps the quote in <mark class="quote-hl"> elements; returns them (empty when not found). */
export function highlightQuote(container: HTMLElement, quote: string, from: Element | null): HTMLElement[] {
  const target = letters(quote);
  if (!target) return [];
  // Text inside mention links (the "•" markers) is not part of the document's text.
  const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT, {
    acceptNode: (n) => (n.parentElement?.closest("a.mention") ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  if (from && container.contains(from)) walker.currentNode = from;
  // Letters after the anchor, each with its text node and offset; enough for the quote and some slack.
  const chars: { node: Text; offset: number }[] = [];
  let flat = "";
  const budget = target.length * 2 + 2000;
  for (let n = walker.nextNode() as Text | null; n && flat.length < budget; n = walker.nextNode() as Text | null) {
    const s = n.data;
    for (let i = 0; i < s.length; i++) {
      const ch = s[i];
      if (WORD.test(ch)) {
        chars.push({ node: n, offset: i });
        flat += ch.toLowerCase();
      }
    }
  }
  const at = flat.indexOf(target);
  if (at < 0) return [];
  const first = chars[at];
  const last = chars[at + target.length - 1];
  // Text nodes from first.node to last.node, each wrapped over its part of the quote.
  const nodes: Text[] = [];
  walker.currentNode = first.node;
  for (let n: Node | null = first.node; n; n = walker.nextNode()) {
    nodes.push(n as Text);
    if (n === last.node) break;
  }
  const marks: HTMLElement[] = [];
  for (const node of nodes) {
    const start = node === first.node ? first.offset : 0;
    const end = node === last.node ? last.offset + 1 : node.data.length;
    if (end <= start || !node.data.slice(start, end).trim()) continue;
    const range = document.createRange();
    range.setStart(node, start);
    range.setEnd(node, end);
    const mark = document.createElement("mark");
    mark.className = "quote-hl";
    range.surroundContents(mark);
    marks.push(mark);
  }
  marks[0]?.setAttribute("data-testid", "highlight");
  return marks;
}
