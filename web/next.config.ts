import path from "node:path";
import type { NextConfig } from "next";

// The app lives in web/ but imports ../api and ../graph: the repository root is the resolution and
// file-tracing root. next.config.ts is loaded as CommonJS on Node 20, so __dirname is defined.
const root = path.resolve(__dirname, "..");

const nextConfig: NextConfig = {
  turbopack: { root },
  outputFileTracingRoot: root,
  // The stores and the API run only on the server; keep their Node-only packages out of bundles.
  serverExternalPackages: ["neo4j-driver", "graphology", "minisearch", "snowball-stemmers", "iconv-lite"],
  poweredByHeader: false,
  // web/tsconfig.json says moduleResolution NodeNext only so that Turbopack maps the `./x.js` imports
  // of api/ and graph/ onto their .ts files (it reads that setting; "Bundler" does not map them). Type
  // checking is the root `npm run typecheck` (tsc over web/, api/, graph/ with the root tsconfig).
  typescript: { ignoreBuildErrors: true },
};

export default nextConfig;
