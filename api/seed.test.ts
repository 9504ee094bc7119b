// The API over HTTP on the embedded store, seed corpus ingested by the test itself (suite in suite-seed.ts).
import { seedSuite } from "./suite-seed.js";
import { openEmbedded } from "./testing.js";

seedSuite("embedded", openEmbedded);
