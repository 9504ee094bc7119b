import { describe, expect, it } from "vitest";
import { documentHtml } from "./readerHtml";

describe("documentHtml", () => {
  const md = [
    "## Статья 83",
    "",
    '<a id="p-art_83"></a>1. Прокуратура от имени государства осуществляет <a id="q-10-20"></a>высший надзор.',
    "",
    '<script>alert("x")</script><img src=x onerror="alert(1)">',
    "",
    "[ссылка](javascript:alert(1))",
  ].join("\n");
  const html = documentHtml(
    md,
    new Map([["q-10-20", { nodeId: "power:высший_надзор", label: "высший надзор", href: "/?focus=power%3Aвысший_надзор", type: "Power" }]]),
  );

  it("keeps the anchors' ids for URLs", () => {
    expect(html).toContain('id="p-art_83"');
    expect(html).toContain('id="q-10-20"');
  });
  it("renders headings", () => expect(html).toContain("<h2>Статья 83</h2>"));
  it("links mentions to their nodes", () => {
    expect(html).toMatch(/<a id="q-10-20" href="\/\?focus=power%3A[^"]+" class="mention type-Power" title="высший надзор"/);
  });
  it("removes scripts, handlers and javascript: links", () => {
    expect(html).not.toContain("<script");
    expect(html).not.toContain("onerror");
    expect(html).not.toMatch(/href="javascript:/);
    expect(html).toContain("ссылка");
  });
});
