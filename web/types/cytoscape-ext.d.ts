// Type declarations for the Cytoscape.js extensions that ship without them.
declare module "cytoscape-fcose" {
  import type { Ext } from "cytoscape";
  const fcose: Ext;
  export default fcose;
}

