#!/usr/bin/env bash
# Builds the local Neo4j 5 launcher (scripts/neo4j-launcher: neo4j-harness 5.26 LTS, Java 17) used by the
# Neo4j tests, the store benchmark and `npm run neo4j`. Idempotent: does nothing when the jar is newer
# than its sources. Needs Java 17+ and Maven; downloads from Maven Central into ~/.m2 on the first run.
set -euo pipefail
cd "$(dirname "$0")/neo4j-launcher"

jar=target/neo4j-launcher.jar
if [[ -f "$jar" && -d target/lib && "$jar" -nt pom.xml && "$jar" -nt src/main/java/kzlegal/Main.java ]]; then
  echo "setup-neo4j: launcher is up to date ($PWD/$jar)"
  exit 0
fi

command -v java >/dev/null || { echo "setup-neo4j: java is not installed (Java 17 is needed)" >&2; exit 1; }
command -v mvn >/dev/null || { echo "setup-neo4j: mvn is not installed (Maven is needed)" >&2; exit 1; }
major=$(java -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -1)
if [[ -z "$major" || "$major" -lt 17 ]]; then
  echo "setup-neo4j: Java 17 or newer is needed, found: $(java -version 2>&1 | head -1)" >&2
  exit 1
fi

echo "setup-neo4j: building the Neo4j launcher (first run downloads Neo4j from Maven Central)…"
rm -rf target/lib
mvn -q -B package
echo "setup-neo4j: built $PWD/$jar"
