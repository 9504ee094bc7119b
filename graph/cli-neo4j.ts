// `npm run neo4j [-- --port N --password PW --heap MB]`: starts the project's local Neo4j 5 server
// (in-process neo4j-harness, Bolt on 127.0.0.1, temporary data) and prints how to use it. Ctrl-C stops it.
import { DEFAULT_PASSWORD, startNeo4jServer } from "./neo4j/server.js";

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2).filter((a) => a !== "--");
  if (args.includes("--help") || args.includes("-h")) {
    console.log("usage: npm run neo4j -- [--port 7687] [--password neo4j-local] [--heap 1024]");
    return;
  }
  const port = Number(option(args, "--port") ?? 7687);
  const heapMb = Number(option(args, "--heap") ?? 1024);
  if (!Number.isInteger(port) || port < 0 || port > 65535 || !Number.isInteger(heapMb) || heapMb < 256) {
    console.error("neo4j: --port must be a port number and --heap a whole number of megabytes (at least 256)");
    process.exit(2);
  }
  const password = option(args, "--password") ?? DEFAULT_PASSWORD;
  console.log(`neo4j: starting Neo4j 5 on 127.0.0.1:${port} …`);
  const server = await startNeo4jServer({ port, password, heapMb, pagecacheMb: 512 });
  console.log(`NEO4J_READY ${server.uri}
Neo4j 5 is running at ${server.uri} (user ${server.user}, password ${server.password}).
Its data is temporary: it is deleted when the server stops.
In another terminal:
  export NEO4J_URI=${server.uri} NEO4J_USER=${server.user} NEO4J_PASSWORD=${server.password}
  npm run load -- data/graph.json      # load the graph into it
  (then start the API/UI in that terminal: they use Neo4j while NEO4J_URI is set)
Press Ctrl-C to stop.`);
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    console.log("neo4j: stopping …");
    await server.stop();
    process.exit(0);
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

main().catch((err: Error) => {
  const first = String(err?.message ?? err).split("\n")[0];
  console.error(`neo4j: could not start the server: ${first}${/BindException|already in use/i.test(String(err?.message)) ? " — the port is taken; try npm run neo4j -- --port 7688" : ""}`);
  process.exit(1);
});
