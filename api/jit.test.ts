// The whole fixture suite with every operation compiled by graphql-jit from its first request
// (api/executor.ts; by default only repeated operations are compiled).
import { fixtureSuite } from "./suite-fixture.js";
import { openEmbedded } from "./testing.js";

fixtureSuite("embedded", openEmbedded, { name: "compiled by graphql-jit", options: { jit: { compileAfter: 1 } } });
