// An HTML page → its visible text (parse5, the WHATWG parser): scripts and styles dropped,
// block elements become paragraphs, entities decoded.
import { parse, type DefaultTreeAdapterTypes as T } from "parse5";

const SKIP = new Set(["script", "style", "noscript", "template", "head", "svg", "iframe"]);
const BLOCK = new Set([
  "p", "div", "section", "article", "header", "footer", "main", "aside", "nav", "li", "ul", "ol",
  "table", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "dd", "dt", "dl", "form", "hr",
]);

/** Looks like an HTML page rather than text that mentions a tag. */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 4096).trimStart().toLowerCase();
  if (head.startsWith("<!doctype html") || head.startsWith("<html")) return true;
  const tags = head.match(/<\/?(?:html|head|body|p|div|span|br|table|tr|td|a|meta|title|h[1-6])\b[^>]*>/g);
  return (tags?.length ?? 0) >= 3;
}

export function htmlToText(html: string): string {
  const out: string[] = [];
  const walk = (node: T.ParentNode) => {
    for (const child of node.childNodes) {
      if (child.nodeName === "#text") out.push((child as T.TextNode).value.replace(/\s+/g, " "));
      else if ("tagName" in child) {
        const tag = child.tagName;
        if (SKIP.has(tag)) continue;
        if (tag === "br") out.push("\n");
        const block = BLOCK.has(tag) || tag === "td" || tag === "th";
        if (block) out.push("\n\n");
        walk(child);
        if (block) out.push("\n\n");
      }
    }
  };
  walk(parse(html));
  return out
    .join("")
    .replace(/[ \t]*\n[ \t]*/g, "\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}
