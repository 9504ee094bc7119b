// The document reader's text: the API's Markdown (with <a id> anchors) → sanitised HTML, through
// unified: remark-parse → remark-rehype → rehype-raw → rehype-sanitize → (mention links) → rehype-stringify.
import type { Element, Root } from "hast";
import rehypeRaw from "rehype-raw";
import rehypeSanitize, { defaultSchema } from "rehype-sanitize";
import rehypeStringify from "rehype-stringify";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { visit } from "unist-util-visit";

/** Anchors keep their ids (the API's p-… and q-START-END) so that URLs can address them. */
const schema = { ...defaultSchema, clobber: [] as string[], clobberPrefix: "" };

export interface Mention {
  nodeId: string;
  label: string;
  href: string;
  type: string;
}

/** Turns the empty mention anchors into small links to their nodes. */
function rehypeMentions(mentions: Map<string, Mention>) {
  return () => (tree: Root) => {
    visit(tree, "element", (el: Element) => {
      if (el.tagName !== "a") return;
      const m = mentions.get(String(el.properties?.id ?? ""));
      if (!m) return;
      el.properties = { ...el.properties, href: m.href, className: ["mention", `type-${m.type}`], title: m.label, ariaLabel: m.label, dataNode: m.nodeId };
      el.children = [{ type: "text", value: "•" }];
    });
  };
}

export function documentHtml(markdown: string, mentions: Map<string, Mention> = new Map()): string {
  const file = unified()
    .use(remarkParse)
    .use(remarkRehype, { allowDangerousHtml: true })
    .use(rehypeRaw)
    .use(rehypeSanitize, schema)
    .use(rehypeMentions(mentions))
    .use(rehypeStringify)
    .processSync(markdown);
  return String(file);
}
