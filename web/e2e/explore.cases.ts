// Browser cases: search and focus, expand, filter, details → quote → reader, sharing, export.
import { readFileSync } from "node:fs";
import { expect, it } from "vitest";
import type { App } from "./harness";
import { searchAndPick, settledGraph, typeSearch } from "./harness";

const NEIGHBOURS = `query N($id: ID!) { neighborhood(id: $id, depth: 1, limit: 150) { nodes { id } } }`;

export function exploreCases(app: () => App): void {
  it("search «прокуратура»: suggestions grouped by type, keyboard choice focuses the node", async () => {
    const page = await app().page();
    await page.goto("/");
    const box = page.getByTestId("search").getByRole("combobox");
    await typeSearch(page, "search", "прокуратура");
    await page.getByTestId("search").getByRole("option").first().waitFor();
    expect(await page.getByTestId("search").getByRole("group").count()).toBeGreaterThan(0);
    // arrows move through the suggestions: go to the first body (acts named after the prosecution come first)
    let active: string | null = null;
    let chosenId: string | null = null;
    for (let k = 0; k < 60 && !chosenId?.startsWith("body:"); k++) {
      await box.press("ArrowDown");
      active = await box.getAttribute("aria-activedescendant");
      expect(active).toBeTruthy();
      chosenId = await page.locator(`[id="${active}"]`).getAttribute("data-id");
    }
    expect(chosenId).toMatch(/^body:/);
    await box.press("Enter");
    await page.waitForURL(/focus=/);
    expect(new URL(page.url()).searchParams.get("focus")).toBe(chosenId);
    const n = await settledGraph(page);
    expect(n).toBeGreaterThan(1);
    expect(await page.evaluate((id) => window.__cy?.getElementById(id!).hasClass("focus"), chosenId)).toBe(true);
    await expect.poll(() => page.getByTestId("details").isVisible()).toBe(true);
    await page.close();
  });

  it("search «статья 83» offers the provision", async () => {
    const page = await app().page();
    await page.goto("/");
    await typeSearch(page, "search", "статья 83");
    const opt = page.getByTestId("search").locator('[role="option"].type-Provision').first();
    await opt.waitFor({ timeout: 15_000 });
    expect(await opt.textContent()).toMatch(/83/);
    await page.close();
  });

  it("expand adds every neighbour of the node, collapse takes them away", async () => {
    const page = await app().page();
    await page.goto("/");
    const focus = await searchAndPick(page, "search", "Генеральная прокуратура", /Генеральная прокуратура/i, "Body");
    const before = await settledGraph(page);
    const ids: string[] = await page.evaluate((f) => window.__cy!.getElementById(f).neighborhood().nodes().map((n) => n.id()), focus);
    expect(ids.length).toBeGreaterThan(0);
    // The neighbour with the most neighbours of its own, from the API.
    let best = { id: "", ids: [] as string[] };
    for (const id of ids.slice(0, 10)) {
      const d = await app().gql<{ neighborhood: { nodes: { id: string }[] } }>(NEIGHBOURS, { id });
      if (d.neighborhood.nodes.length > best.ids.length) best = { id, ids: d.neighborhood.nodes.map((n) => n.id) };
    }
    await page.evaluate((id) => void window.__cy!.getElementById(id).emit("tap"), best.id);
    await page.getByTestId("expand").click();
    await expect.poll(() => page.url()).toMatch(/[?&]x=/);
    await expect.poll(() => page.evaluate((want) => want.every((id) => window.__cy!.getElementById(id).nonempty()), best.ids), { timeout: 15_000 }).toBe(true);
    expect(await settledGraph(page)).toBeGreaterThanOrEqual(before);
    await page.getByTestId("expand").click(); // now "collapse"
    await expect.poll(() => page.evaluate(() => window.__cy!.nodes().length)).toBe(before);
    await page.close();
  });

  it("filter by node type hides that type (the focus stays)", async () => {
    const page = await app().page();
    await page.goto("/");
    const focus = await searchAndPick(page, "search", "прокуратура", /прокуратур/i, "Body");
    await settledGraph(page);
    const types = () => page.evaluate(() => [...new Set(window.__cy!.nodes().map((n) => String(n.data("type"))))]);
    const focusType = await page.evaluate((f) => String(window.__cy!.getElementById(f).data("type")), focus);
    const present = (await types()).filter((t) => t !== focusType);
    expect(present.length).toBeGreaterThan(0);
    const hide = present[0];
    await page.getByTestId("filters").locator(`input[name="nt"][value="${hide}"]`).uncheck();
    await expect.poll(() => page.url()).toMatch(/nt=/);
    await expect.poll(async () => (await types()).includes(hide)).toBe(false);
    expect(await page.evaluate((f) => window.__cy!.getElementById(f).nonempty(), focus)).toBe(true);
    await page.close();
  });

  it("details show a quote that leads into the reader, highlighted", async () => {
    const page = await app().page();
    await page.goto("/");
    await searchAndPick(page, "search", "прокуратура", /прокуратур/i);
    await settledGraph(page);
    const quote = page.getByTestId("details").getByTestId("quote").first();
    await quote.waitFor();
    const letters = (s: string) => s.replace(/[^\p{L}\p{N}]+/gu, "").toLowerCase();
    const text = letters((await quote.locator("blockquote").textContent()) ?? "");
    await quote.getByTestId("quote-link").click();
    await page.waitForURL(/\/doc\/.+start=\d+&end=\d+/);
    const mark = page.getByTestId("highlight");
    await mark.waitFor({ timeout: 20_000 });
    expect(await mark.isVisible()).toBe(true);
    const marked = letters((await page.locator("mark.quote-hl").allTextContents()).join(""));
    expect(marked).toBe(text);
    const box = await mark.boundingBox();
    expect(box && box.y >= 0 && box.y < 900).toBe(true);
    await page.close();
  });

  it("a shared URL restores focus, filters, layout and selection", async () => {
    const page = await app().page();
    await page.goto("/");
    const focus = await searchAndPick(page, "search", "суд", /суд/i);
    await settledGraph(page);
    await page.getByTestId("layout").selectOption("concentric");
    await page.getByTestId("filters").locator('input[name="et"][value="PART_OF"]').uncheck();
    await settledGraph(page);
    const url = page.url();
    const ids = await page.evaluate(() => window.__cy!.nodes().map((n) => n.id()).sort());
    const fresh = await app().page();
    await fresh.goto(url);
    await settledGraph(fresh);
    expect(await fresh.evaluate(() => window.__cy!.nodes().map((n) => n.id()).sort())).toEqual(ids);
    expect(await fresh.getByTestId("layout").inputValue()).toBe("concentric");
    expect(await fresh.getByTestId("filters").locator('input[name="et"][value="PART_OF"]').isChecked()).toBe(false);
    expect(new URL(fresh.url()).searchParams.get("focus")).toBe(focus);
    expect(await fresh.getByTestId("details").isVisible()).toBe(true);
    await page.close();
    await fresh.close();
  });

  it("exports the view as PNG and SVG files", async () => {
    const page = await app().page();
    await page.goto("/?view=prosecution-system");
    await settledGraph(page);
    const [png] = await Promise.all([page.waitForEvent("download"), page.getByTestId("export-png").click()]);
    const pngBytes = readFileSync((await png.path())!);
    expect(png.suggestedFilename()).toMatch(/\.png$/);
    expect(pngBytes.length).toBeGreaterThan(2000);
    expect(pngBytes.subarray(1, 4).toString("ascii")).toBe("PNG");
    const [svg] = await Promise.all([page.waitForEvent("download"), page.getByTestId("export-svg").click()]);
    const svgText = readFileSync((await svg.path())!, "utf8");
    expect(svgText).toMatch(/<svg[\s>]/);
    expect(svgText.length).toBeGreaterThan(500);
    await page.close();
  });
}
