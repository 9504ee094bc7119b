import { remark } from "remark";
import remarkHtml from "remark-html";
import { describe, expect, it } from "vitest";
import { provisionAnchor, quoteAnchor, renderMarkdown, type MdAnchor } from "./markdown.js";

const toHtml = async (md: string) => String(await remark().use(remarkHtml, { sanitize: false }).process(md));
const plain = (html: string) => html.replace(/<[^>]+>/g, "").replace(/&#x([0-9a-f]+);/gi, (_, h) => String.fromCodePoint(parseInt(h, 16))).replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&").replace(/&quot;/g, '"').replace(/\s+/g, " ").trim();

const TEXT = `Статья 83
      1. Прокуратура осуществляет *высший* надзор.
- не список, а тире
# не заголовок <script>alert(1)</script> [ссылка](x) a_b_c
`;

describe("renderMarkdown", () => {
  const art = TEXT.indexOf("Статья 83");
  const part = TEXT.indexOf("1. Прокуратура");
  const quote = TEXT.indexOf("высший");
  const anchors: MdAnchor[] = [
    { id: provisionAnchor("act:constitution#art_83"), ownerId: "act:constitution#art_83", start: art, kind: "provision", unitKind: "article" },
    { id: provisionAnchor("act:constitution#art_83__part_1"), ownerId: "x", start: TEXT.indexOf("      1."), kind: "provision", unitKind: "part" },
    { id: quoteAnchor(quote, quote + 6), ownerId: "n1", start: quote, kind: "mention" },
    { id: quoteAnchor(quote, quote + 6), ownerId: "n2", start: quote, kind: "mention" },
  ];
  const md = renderMarkdown(TEXT, anchors);

  it("keeps every word of the text, literally, after rendering", async () => {
    const html = await toHtml(md);
    expect(plain(html)).toBe(TEXT.replace(/\s+/g, " ").trim());
    expect(html).not.toContain("<script>");
    expect(html).not.toContain("<em>");
    expect(html).not.toContain("<li>");
    expect(html).not.toContain("<a href");
    expect(html).not.toContain("<h1>");
  });

  it("places anchors once, at provisions and quotes, and makes articles headings", async () => {
    const html = await toHtml(md);
    expect(html).toContain('<h4><a id="p-act-constitution--art_83"></a>Статья 83</h4>');
    expect(html).toContain('<a id="p-act-constitution--art_83__part_1"></a>1. Прокуратура');
    expect(html.match(new RegExp(quoteAnchor(quote, quote + 6), "g"))).toHaveLength(1);
    expect(html).toContain(`<a id="${quoteAnchor(quote, quote + 6)}"></a>`);
  });

  it("renders only the range asked for", async () => {
    const from = TEXT.indexOf("- не список");
    const out = renderMarkdown(TEXT, anchors, { start: from, end: TEXT.indexOf("#") });
    expect(out).toBe("\\- не список, а тире\n");
  });

  const ids: [string, string][] = [
    ["act:constitution#art_83__part_1", "p-act-constitution--art_83__part_1"],
    ["act:закон_о_прокуратуре#art_4", "p-act-закон_о_прокуратуре--art_4"],
    ["act:x y", "p-act-x-y"],
  ];
  for (const [id, anchor] of ids) it(`${id} → ${anchor}`, () => expect(provisionAnchor(id)).toBe(anchor));
});
