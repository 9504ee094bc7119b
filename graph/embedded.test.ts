// The GraphStore contract against the embedded store.
import { EmbeddedStore } from "./embedded/store.js";
import { defineStoreContract } from "./store-contract.js";

defineStoreContract("EmbeddedStore", async () => new EmbeddedStore());
