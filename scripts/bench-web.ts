// `npm run bench:web`: in headless Chromium against the built app on the seed corpus,
//  1. time from navigation to a settled default view (cold = first load after start, then warm runs);
//  2. frames per second while panning synthetic graphs of 500, 2,000 and 10,000 elements (/bench),
//     with Cytoscape's canvas renderer (CPU raster) and with its WebGL renderer (SwiftShader: no GPU here).
// Prints a Markdown section for BENCHMARKS.md ("Web").
import { cpus, loadavg } from "node:os";
import { join } from "node:path";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { buildWeb, ensureGraph, freePort, ROOT, startWeb } from "./web-server.js";

const ARGS = ["--no-sandbox", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];
const CPU_ARGS = [...ARGS, "--disable-gpu"];
// WebGL in headless Chromium without a GPU: SwiftShader.
const GL_ARGS = [...ARGS, "--use-angle=swiftshader", "--enable-unsafe-swiftshader", "--ignore-gpu-blocklist"];
const SIZES = [500, 2000, 10_000];
const PAN_MS = 3000;

async function settledAt(page: Page): Promise<number> {
  const h = await page.waitForFunction(
    () => (document.querySelector('[data-testid="graph"]')?.getAttribute("data-status") === "done" ? performance.now() : null),
    undefined,
    { polling: "raf", timeout: 120_000 },
  );
  return (await h.jsonValue()) as number;
}

async function panFps(page: Page): Promise<number> {
  return page.evaluate(
    (ms) =>
      new Promise<number>((resolve) => {
        const cy = window.__cy!;
        let frames = 0;
        const t0 = performance.now();
        const step = (t: number) => {
          frames += 1;
          cy.panBy({ x: frames % 120 < 60 ? 6 : -6, y: frames % 90 < 45 ? 3 : -3 });
          if (t - t0 < ms) requestAnimationFrame(step);
          else resolve((frames * 1000) / (t - t0));
        };
        requestAnimationFrame(step);
      }),
    PAN_MS,
  );
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function context(browser: Browser): Promise<BrowserContext> {
  const ctx = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  // tsx compiles with keepNames: functions sent to page.evaluate call __name, which pages lack.
  await ctx.addInitScript({ content: "globalThis.__name = (f) => f;" });
  return ctx;
}

async function fps(ctx: BrowserContext, url: string): Promise<number> {
  const page = await ctx.newPage();
  await page.goto(url);
  await settledAt(page);
  await page.evaluate(() => void window.__cy!.fit());
  await panFps(page); // warm-up
  const f = median([await panFps(page), await panFps(page)]);
  await page.close();
  return f;
}

async function main(): Promise<void> {
  const graphFile = process.env.GRAPH_FILE ?? join(ROOT, "data", "graph.json");
  await ensureGraph(graphFile);
  await buildWeb();
  const web = await startWeb({ port: await freePort(), env: { GRAPH_FILE: graphFile } });
  const cpu = await chromium.launch({ executablePath: "/usr/bin/chromium", args: CPU_ARGS });
  const gl = await chromium.launch({ executablePath: "/usr/bin/chromium", args: GL_ARGS });
  const load = loadavg()[0];
  const lines: string[] = [];
  try {
    const ctx = await context(cpu);
    const times: number[] = [];
    let nodes = 0;
    for (let i = 0; i < 6; i++) {
      const page = await ctx.newPage();
      await page.goto(web.url + "/", { waitUntil: "commit" });
      times.push(await settledAt(page));
      nodes = await page.evaluate(() => window.__cy?.nodes().length ?? 0);
      await page.close();
    }
    const [cold, ...warm] = times;
    lines.push(
      `Default view (\`/\` = preset court-prosecutor, ${nodes} nodes), navigation → layout settled: cold ${Math.round(cold)} ms (first page after the server started; the start script has already warmed the store up with one GraphQL request), warm median ${Math.round(median(warm))} ms over ${warm.length} loads (target < 2,000 ms).`,
      "",
      "| elements | canvas (app setting) fps | canvas, full redraw fps | canvas + WebGL fps |",
      "| ---: | ---: | ---: | ---: |",
    );
    const glCtx = await context(gl);
    for (const n of SIZES) {
      const a = await fps(ctx, `${web.url}/bench?n=${n}`);
      const r = await fps(ctx, `${web.url}/bench?n=${n}&texture=0`);
      const b = await fps(glCtx, `${web.url}/bench?n=${n}&webgl=1&texture=0`);
      console.error(`[bench:web] ${n} elements: canvas ${a.toFixed(1)}, full redraw ${r.toFixed(1)}, webgl ${b.toFixed(1)} fps`);
      lines.push(`| ${n.toLocaleString("en")} | ${a.toFixed(1)} | ${r.toFixed(1)} | ${b.toFixed(1)} |`);
    }
    lines.push(
      "",
      `Panning: \`cy.panBy\` on every animation frame for ${PAN_MS / 1000} s with the whole synthetic graph in view (\`/bench?n=…\`; above ${1000} elements the canvas pans a texture, Cytoscape's \`textureOnViewport\`), median of 2 runs after a warm-up. Headless Chromium ${cpu.version()}, canvas with CPU raster (\`--disable-gpu\`), WebGL through SwiftShader (no GPU on this machine); load average ${load.toFixed(1)} on ${cpus().length} cores when the run started (other jobs were running).`,
    );
  } finally {
    await cpu.close();
    await gl.close();
    await web.stop();
  }
  console.log(lines.join("\n"));
}

main().catch((e: Error) => {
  console.error(`[bench:web] failed: ${e.message}`);
  process.exit(1);
});
