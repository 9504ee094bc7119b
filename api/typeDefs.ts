// Loads api/schema.graphql (the SDL lives in its own file). Looked up next to this module first, then
// from the working directory (the Next.js app may run with web/ or the repository root as cwd).
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export class SchemaFileError extends Error {
  override name = "SchemaFileError";
}

function candidates(): string[] {
  const out: string[] = [];
  try {
    out.push(join(dirname(fileURLToPath(import.meta.url)), "schema.graphql"));
  } catch {
    // bundled without a file URL: fall back to the working directory
  }
  out.push(resolve(process.cwd(), "api/schema.graphql"), resolve(process.cwd(), "../api/schema.graphql"));
  return out;
}

let cached: string | undefined;

export function loadTypeDefs(): string {
  if (cached) return cached;
  const tried = candidates();
  const found = tried.find((p) => existsSync(p));
  if (!found) throw new SchemaFileError(`api/schema.graphql not found; looked in: ${tried.join(", ")}`);
  cached = readFileSync(found, "utf8");
  return cached;
}
