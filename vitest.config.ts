import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["{ingest,graph,api,web,test,scripts}/**/*.test.ts"],
    exclude: ["**/node_modules/**", "web/.next/**"],
    testTimeout: 60_000,
    hookTimeout: 600_000,
    pool: "forks",
  },
});
