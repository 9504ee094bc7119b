package kzlegal;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;

/**
 * Starts an in-process Neo4j 5 server (neo4j-harness, Community edition) with a Bolt listener on
 * 127.0.0.1 only, data in a temporary folder that is deleted on stop. Authentication is on: user
 * "neo4j" with the password given by --password (default "neo4j-local"); --no-auth turns it off.
 * Prints exactly one line "NEO4J_READY bolt://127.0.0.1:PORT" on stdout when it accepts connections.
 * Stops cleanly on SIGTERM/SIGINT, and (with --watch-stdin) when its standard input is closed.
 *
 * Options: --port N (0 or absent: a free port), --pagecache SIZE_MB (default 256), --password PW,
 * --no-auth, --watch-stdin.
 */
public final class Main {
  public static void main(String[] args) throws Exception {
    int port = 0;
    long pagecacheMb = 256;
    boolean watchStdin = false;
    boolean auth = true;
    String password = "neo4j-local";
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--port" -> port = Integer.parseInt(args[++i]);
        case "--pagecache" -> pagecacheMb = Long.parseLong(args[++i]);
        case "--watch-stdin" -> watchStdin = true;
        case "--password" -> password = args[++i];
        case "--no-auth" -> auth = false;
        default -> {
          System.err.println("neo4j-launcher: unknown option " + args[i]
              + " (use --port N, --pagecache MB, --password PW, --no-auth, --watch-stdin)");
          System.exit(2);
        }
      }
    }
    if (port == 0) port = freePort();

    Path work = Files.createTempDirectory("kz-legal-neo4j-");
    Neo4j server = Neo4jBuilders.newInProcessBuilder(work)
        .withDisabledServer() // no HTTP; Bolt only
        .withConfig(BoltConnector.enabled, true)
        .withConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
        .withConfig(GraphDatabaseSettings.auth_enabled, auth)
        .withConfig(GraphDatabaseSettings.pagecache_memory, pagecacheMb * 1024 * 1024)
        .build();

    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try {
        server.close();
      } catch (RuntimeException e) {
        System.err.println("neo4j-launcher: error while stopping: " + e.getMessage());
      }
      deleteQuietly(work);
      stopped.countDown();
    }, "neo4j-launcher-stop"));

    if (auth) {
      // the built-in user starts with a password that must be changed; set ours through the
      // in-process API (no Bolt authentication needed there)
      server.databaseManagementService().database("system").executeTransactionally(
          "ALTER USER neo4j SET PASSWORD $pw CHANGE NOT REQUIRED", java.util.Map.of("pw", password));
    }
    System.out.println("NEO4J_READY bolt://127.0.0.1:" + port);
    System.out.flush();

    if (watchStdin) {
      Thread watcher = new Thread(() -> {
        try {
          InputStream in = System.in;
          byte[] buf = new byte[256];
          while (in.read(buf) >= 0) {
            // ignore input; only its end matters
          }
        } catch (IOException ignored) {
          // stdin broke: treat as closed
        }
        System.exit(0); // runs the shutdown hook
      }, "neo4j-launcher-stdin");
      watcher.setDaemon(true);
      watcher.start();
    }
    stopped.await();
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket()) {
      s.setReuseAddress(true);
      s.bind(new InetSocketAddress("127.0.0.1", 0));
      return s.getLocalPort();
    }
  }

  private static void deleteQuietly(Path dir) {
    try (var paths = Files.walk(dir)) {
      paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException ignored) {
      // temporary folder; the OS cleans it eventually
    }
  }
}
