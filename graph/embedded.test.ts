// The GraphStore contract against the embedded store.
import { EmbeddedStore } from "./embedded/store.js";
import { defineStoreContract } from "./store-contract.js";
import { defineCorpusChecks } from "./corpus-checks.js";

defineStoreContract("EmbeddedStore", async () => new EmbeddedStore());
defineCorpusChecks("EmbeddedStore", async () => new EmbeddedStore());
