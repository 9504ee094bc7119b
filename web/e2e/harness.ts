// The browser-test harness: ingest the seed corpus into a temporary graph file, build the app if
// needed, start it on a free port against that file (GRAPH_FILE), and drive Debian's Chromium
// through playwright-core (no browser download).
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { buildWeb, ensureGraph, freePort, ROOT, startWeb, type RunningWeb } from "../../scripts/web-server";

export const CHROMIUM = "/usr/bin/chromium";
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
export const ARTIFACTS = join(ROOT, "test-artifacts");

export interface App {
  url: string;
  browser: Browser;
  web: RunningWeb;
  graphFile: string;
  /** a fresh page with a desktop-sized viewport, failing on uncaught page errors */
  page(): Promise<Page>;
  /** a GraphQL request straight to the app's API (for expectations computed from the data) */
  gql<T>(query: string, variables?: Record<string, unknown>): Promise<T>;
  close(): Promise<void>;
}

export async function startApp(): Promise<App> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: run \`bash scripts/setup-chromium.sh\` first (it installs Debian's chromium)`);
  const tmp = mkdtempSync(join(tmpdir(), "kzlg-web-e2e-"));
  // WEB_E2E_GRAPH: run on an existing graph file instead of ingesting the corpus (for development).
  const graphFile = process.env.WEB_E2E_GRAPH ?? join(tmp, "graph.json");
  mkdirSync(ARTIFACTS, { recursive: true });
  await ensureGraph(graphFile);
  await buildWeb();
  const web = await startWeb({ port: await freePort(), env: { GRAPH_FILE: graphFile } });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  const pageErrors: string[] = [];
  return {
    url: web.url,
    browser,
    web,
    graphFile,
    async page() {
      const ctx = await browser.newContext({ viewport: { width: 1400, height: 900 }, acceptDownloads: true, baseURL: web.url });
      const page = await ctx.newPage();
      page.on("pageerror", (e) => pageErrors.push(e.message));
      return page;
    },
    async gql<T>(query: string, variables: Record<string, unknown> = {}) {
      const r = await fetch(`${web.url}/api/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await r.json()) as { data?: T; errors?: { message: string }[] };
      if (body.errors?.length || !body.data) throw new Error(`GraphQL failed: ${JSON.stringify(body.errors)}`);
      return body.data;
    },
    async close() {
      await browser.close().catch(() => undefined);
      await web.stop();
      rmSync(tmp, { recursive: true, force: true });
      if (pageErrors.length) console.warn(`[e2e] uncaught page errors:\n${pageErrors.join("\n")}`);
    },
  };
}

/** Waits until the graph canvas finished its layout; returns the number of nodes Cytoscape drew. */
export async function settledGraph(page: Page): Promise<number> {
  await page.waitForSelector('[data-testid="graph"][data-status="done"]', { timeout: 30_000 });
  return page.evaluate(() => window.__cy?.nodes().length ?? -1);
}

/** Types into a search combobox once the page is live (its React handlers attached). */
export async function typeSearch(page: Page, boxTestId: string, text: string): Promise<void> {
  await page.waitForSelector(`[data-testid="${boxTestId}"][data-ready="1"]`, { timeout: 30_000 });
  await page.getByTestId(boxTestId).getByRole("combobox").fill(text);
}

/** Types into a search combobox and picks the first option (of a node type, if given) whose text matches. */
export async function searchAndPick(page: Page, boxTestId: string, text: string, option: RegExp, type?: string): Promise<string> {
  await typeSearch(page, boxTestId, text);
  const options = page.getByTestId(boxTestId).locator(type ? `[role="option"].type-${type}` : '[role="option"]');
  const opt = options.filter({ hasText: option }).first();
  await opt.waitFor({ timeout: 15_000 });
  const id = (await opt.getAttribute("data-id")) ?? "";
  await opt.click();
  return id;
}
