// Browser tests of the built web app on the seed corpus, in Debian's Chromium (scripts/setup-chromium.sh).
import { afterAll, beforeAll, describe } from "vitest";
import { exploreCases } from "./explore.cases";
import { startApp, type App } from "./harness";
import { viewCases } from "./views.cases";

describe.sequential("web app in Chromium", () => {
  let app: App | undefined;
  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(async () => {
    await app?.close();
  });
  const get = () => {
    if (!app) throw new Error("the app did not start (see beforeAll)");
    return app;
  };
  exploreCases(get);
  viewCases(get);
});
