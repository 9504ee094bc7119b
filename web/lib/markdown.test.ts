import { describe, expect, it } from "vitest";
import { markdownToHtml, quoteToHtml } from "./markdown";

const cases: { name: string; input: string; contains: string[]; excludes: string[] }[] = [
  { name: "plain quote becomes a paragraph", input: "Прокуратура осуществляет высший надзор.", contains: ["<p>Прокуратура осуществляет высший надзор.</p>"], excludes: [] },
  { name: "emphasis is kept", input: "суд **независим**", contains: ["<strong>независим</strong>"], excludes: [] },
  { name: "script tags are removed", input: "текст <script>alert(1)</script>", contains: ["текст"], excludes: ["<script"] },
  { name: "event handlers are removed", input: '<img src="x" onerror="alert(1)">', contains: [], excludes: ["onerror"] },
  { name: "javascript links are removed", input: "[x](javascript:alert(1))", contains: [], excludes: ["javascript:"] },
];

describe("markdownToHtml", () => {
  for (const c of cases) {
    it(c.name, () => {
      const html = markdownToHtml(c.input);
      for (const s of c.contains) expect(html).toContain(s);
      for (const s of c.excludes) expect(html).not.toContain(s);
    });
  }
});

describe("quoteToHtml", () => {
  it("keeps numbered points as text, not as lists", () => {
    const html = quoteToHtml("1) приносит протест;\n2. участвует в суде");
    expect(html).not.toContain("<ol");
    expect(html).toContain("1) приносит протест;");
  });
});
