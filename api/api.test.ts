// The API over HTTP on the embedded store, fixture graph (suite in suite-fixture.ts).
import { fixtureSuite } from "./suite-fixture.js";
import { openEmbedded } from "./testing.js";

fixtureSuite("embedded", openEmbedded);
