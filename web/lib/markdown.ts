// Markdown → sanitised HTML through remark (remark-html sanitises with hast-util-sanitize's GitHub schema).
import { remark } from "remark";
import remarkHtml from "remark-html";

const processor = remark().use(remarkHtml, { sanitize: true });

/** Renders Markdown (an evidence quote, a text fragment) to HTML safe to insert into the page. */
export function markdownToHtml(markdown: string): string {
  return String(processor.processSync(markdown));
}

/**
 * Renders a quote from a legal text. Numbered points ("1) ...", "2. ...") at the start of a quote are
 * kept as written rather than turned into lists.
 */
export function quoteToHtml(quote: string): string {
  const escaped = quote.replace(/^(\s*)(\d+)([.)])/gm, "$1$2\\$3");
  return markdownToHtml(escaped);
}
