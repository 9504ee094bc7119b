#!/usr/bin/env node
// Makes a fresh checkout runnable, so that `npm start` and `npm test` are the only two commands a user
// needs. Plain Node (no dependencies): installs the npm packages when node_modules is missing or older
// than package-lock.json; with --test, also Debian's Chromium (browser tests) and the local Neo4j
// launcher (Neo4j tests), each through its own idempotent script. Exits non-zero with a message on failure.
import { spawnSync } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const test = process.argv.includes("--test");

function run(what, cmd, args) {
  const r = spawnSync(cmd, args, { cwd: root, stdio: "inherit" });
  if (r.error || r.status !== 0) {
    console.error(`bootstrap: ${what} failed (${r.error ? r.error.message : `exit ${r.status}`})`);
    process.exit(1);
  }
}

const marker = join(root, "node_modules", ".package-lock.json");
const lock = join(root, "package-lock.json");
if (!existsSync(marker) || statSync(marker).mtimeMs < statSync(lock).mtimeMs) {
  // `npm install` installs the versions of package-lock.json; `npm ci` refuses a lock file that lacks the
  // other platforms' optional packages (Next's native compilers), which this registry mirror does not serve
  console.log("bootstrap: installing npm packages (npm install, as locked)…");
  run("npm install", process.platform === "win32" ? "npm.cmd" : "npm", ["install", "--no-audit", "--no-fund"]);
}
if (test) {
  run("installing Chromium", "bash", [join("scripts", "setup-chromium.sh")]);
  run("building the Neo4j launcher", "bash", [join("scripts", "setup-neo4j.sh")]);
}
