// Browser cases: preset views, court–prosecutor view, norms, path finder, table alternative, errors,
// language, presentation mode.
import { join } from "node:path";
import { expect, it } from "vitest";
import type { App } from "./harness";
import { ARTIFACTS, searchAndPick, settledGraph } from "./harness";

const PRESETS = ["prosecution-system", "acts-hierarchy", "court-prosecutor", "principles"];

/** Pairs of drawn nodes whose boxes (label included) overlap by more than a few pixels. */
const OVERLAPS = () => {
  const boxes = window.__cy!.nodes().map((n) => ({ id: n.id(), b: n.boundingBox({ includeLabels: true }) }));
  const out: string[] = [];
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i].b;
      const c = boxes[j].b;
      const w = Math.min(a.x2, c.x2) - Math.max(a.x1, c.x1);
      const h = Math.min(a.y2, c.y2) - Math.max(a.y1, c.y1);
      if (w > 4 && h > 4) out.push(`${boxes[i].id} × ${boxes[j].id}`);
    }
  return out;
};

export function viewCases(app: () => App): void {
  for (const name of PRESETS) {
    it(`preset view ${name} draws its subgraph without overlapping nodes`, async () => {
      const page = await app().page();
      await page.goto(`/?view=${name}`);
      const drawn = await settledGraph(page);
      const data = await app().gql<{ view: { nodes: { id: string }[] } }>(`query V($n: String!) { view(name: $n) { nodes { id } } }`, { n: name });
      expect(data.view.nodes.length).toBeGreaterThan(0);
      expect(drawn).toBe(data.view.nodes.length);
      expect(await page.getByTestId("graph").getAttribute("data-nodes")).toBe(String(drawn));
      await page.screenshot({ path: join(ARTIFACTS, `view-${name}.png`) });
      expect(await page.evaluate(OVERLAPS)).toEqual([]);
      // Labels readable at the default zoom: at least 10 px on screen.
      const px = await page.evaluate(() => window.__cy!.zoom() * parseFloat(String(window.__cy!.nodes()[0].style("font-size"))));
      expect(px).toBeGreaterThanOrEqual(10);
      await page.close();
    });
  }

  it("court–prosecutor view lists forms of interaction with their basis and quotes", async () => {
    const page = await app().page();
    await page.goto("/interaction");
    const items = page.getByTestId("interaction");
    await items.first().waitFor({ timeout: 20_000 });
    // Every form the API knows for the pair the page chose (court ↔ prosecution by default).
    const root = page.getByTestId("interaction-page");
    const [a, b] = [await root.getAttribute("data-a"), await root.getAttribute("data-b")];
    expect(a && b).toBeTruthy();
    const api = await app().gql<{ interactions: unknown[]; a: { props: { bodyKind?: string } }; b: { props: { bodyKind?: string } } }>(
      `query I($a: ID!, $b: ID!) { interactions(a: $a, b: $b) { form } a: node(id: $a) { props } b: node(id: $b) { props } }`,
      { a, b },
    );
    expect([api.a.props.bodyKind, api.b.props.bodyKind]).toEqual(["court", "prosecution"]);
    expect(await items.count()).toBe(api.interactions.length);
    expect(await page.getByTestId("basis").count()).toBeGreaterThan(0);
    expect(await page.getByTestId("interactions").getByTestId("quote").count()).toBeGreaterThan(0);
    expect(await settledGraph(page)).toBeGreaterThanOrEqual(2);
    // the principles of the interaction, as many as the API gives, each with the bodies it governs
    const principles = await app().gql<{ principles: { interaction: boolean }[] }>(`query P($a: ID!, $b: ID) { principles(a: $a, b: $b) { interaction } }`, { a, b });
    await expect.poll(() => page.getByTestId("principle").count()).toBe(principles.principles.length);
    expect(principles.principles.length).toBeGreaterThan(0);
    expect(await page.getByTestId("principles").getByTestId("quote").count()).toBeGreaterThan(0);
    await page.screenshot({ path: join(ARTIFACTS, "interaction.png") });
    await page.close();
  });

  it("norms of the prosecutor's office are ordered by the hierarchy of acts", async () => {
    const page = await app().page();
    await page.goto("/norms");
    await searchAndPick(page, "pick-norms", "прокуратура", /прокуратур/i);
    await page.getByTestId("norm").first().waitFor({ timeout: 20_000 });
    const ranks = (await page.locator("[data-rank]").evaluateAll((els) => els.map((e) => Number(e.getAttribute("data-rank")))));
    expect(ranks.length).toBeGreaterThan(0);
    expect([...ranks].sort((a, b) => a - b)).toEqual(ranks);
    await page.close();
  });

  it("path finder connects the Supreme Court and the Prosecutor General, each step quoted", async () => {
    const page = await app().page();
    await page.goto("/paths");
    await searchAndPick(page, "pick-from", "Верховный Суд", /Верховн\S* Суд/i);
    await searchAndPick(page, "pick-to", "Генеральный Прокурор", /Генеральн\S* Прокурор/i);
    const steps = page.getByTestId("path").first().getByTestId("path-step");
    await steps.first().waitFor({ timeout: 20_000 });
    const n = await steps.count();
    expect(n).toBeGreaterThan(0);
    for (let i = 0; i < n; i++) {
      const quotes = await steps.nth(i).getByTestId("quote").count();
      const derived = await steps.nth(i).locator("p.muted").count();
      expect(quotes + derived).toBeGreaterThan(0);
    }
    await page.close();
  });

  it("every graph has a table a screen reader can read", async () => {
    const page = await app().page();
    await page.goto("/?view=prosecution-system");
    const drawn = await settledGraph(page);
    await page.getByTestId("table-toggle").click();
    const table = page.getByTestId("graph-table");
    await table.waitFor();
    expect(await table.locator("table").first().locator("tbody tr").count()).toBe(drawn);
    expect(await table.locator("caption").count()).toBe(2);
    await page.close();
  });

  it("a wrong id in a URL shows a helpful not-found page", async () => {
    const page = await app().page();
    const doc = await page.goto("/doc/no-such-document");
    expect(doc?.status()).toBe(404);
    await page.getByTestId("not-found").waitFor({ timeout: 15_000 });
    expect(await page.getByTestId("not-found").textContent()).toContain("no-such-document");
    const node = await page.goto("/?focus=body:no_such_body");
    expect(node?.status()).toBe(404);
    await page.getByTestId("not-found").waitFor({ timeout: 15_000 });
    expect(await page.getByTestId("not-found").textContent()).toContain("body:no_such_body");
    // an id that exists answers 200
    expect((await page.goto("/?focus=body:прокуратура"))?.status()).toBe(200);
    const missing = await page.goto("/no/such/page");
    expect(missing?.status()).toBe(404);
    await page.getByTestId("not-found").waitFor();
    await page.close();
  });

  it("an API error shows a message and the retry button recovers", async () => {
    const page = await app().page();
    let fail = true;
    await page.route("**/api/graphql", (route) => {
      const body = route.request().postData() ?? "";
      if (fail && body.includes("View(")) return route.fulfill({ status: 503, contentType: "application/json", body: '{"errors":[{"message":"The graph store is unreachable"}]}' });
      return route.continue();
    });
    await page.goto("/?view=principles");
    await page.getByTestId("error").waitFor({ timeout: 15_000 });
    expect(await page.getByTestId("error").textContent()).toContain("unreachable");
    fail = false;
    await page.getByTestId("retry").click();
    expect(await settledGraph(page)).toBeGreaterThan(0);
    await page.close();
  });

  it("the interface switches to English and keeps the choice", async () => {
    const page = await app().page();
    await page.goto("/");
    await page.getByRole("button", { name: "EN" }).click();
    await page.getByRole("link", { name: "Explorer" }).waitFor();
    await page.reload();
    await page.getByRole("link", { name: "Explorer" }).waitFor();
    expect(await page.locator("html").getAttribute("lang")).toBe("en");
    await page.goto("/?lang=ru");
    await page.getByRole("link", { name: "Обзор" }).waitFor();
    await page.close();
  });

  it("presentation mode hides the chrome and enlarges labels", async () => {
    const page = await app().page();
    await page.goto("/?view=prosecution-system");
    await settledGraph(page);
    const small = await page.evaluate(() => parseFloat(String(window.__cy!.nodes()[0].style("font-size"))));
    await page.getByTestId("present").click();
    await expect.poll(() => page.locator(".site-header").isVisible()).toBe(false);
    await settledGraph(page);
    const large = await page.evaluate(() => parseFloat(String(window.__cy!.nodes()[0].style("font-size"))));
    expect(large).toBeGreaterThan(small);
    await page.screenshot({ path: join(ARTIFACTS, "presentation.png") });
    await page.close();
  });
}
