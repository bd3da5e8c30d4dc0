/**
 * The explorer's persisted operations, taken from its source at build time: every
 * `/* GraphQL *\/` template literal in src/api.ts is one operation. The build (the plugin in
 * vite.config.ts) writes them to dist/persisted-operations.json in Apollo's persisted query
 * manifest format (the gateway's list, gateway/src/http/persisted.ts), and the page imports
 * `virtual:persisted-operations`, the operation name → sha256 map it sends instead of the documents.
 */
import { createHash } from "node:crypto";

export interface PersistedOperation {
  id: string;
  name: string;
  type: "query" | "mutation" | "subscription";
  body: string;
}

export const MANIFEST_FILE = "persisted-operations.json";

const LITERAL = /\/\* GraphQL \*\/\s*`([^`]*)`/g;
const OPERATION = /^\s*(query|mutation|subscription)\s+([_A-Za-z][_0-9A-Za-z]*)/;

/** The operations in a source file, in order; the body is the literal exactly as the page sends it (its hash must match). */
export function extractOperations(source: string, file = "src/api.ts"): PersistedOperation[] {
  const operations: PersistedOperation[] = [];
  for (const [, raw] of source.matchAll(LITERAL)) {
    // A template literal's value has LF line ends whatever the file has; the hash is of that value.
    const body = raw!.replace(/\r\n?/g, "\n");
    if (body.includes("${") || body.includes("\\")) throw new Error(`${file}: a GraphQL literal interpolates a value or has an escape; persisted operations must be plain text`);
    const head = OPERATION.exec(body);
    if (!head) throw new Error(`${file}: every GraphQL literal must start with a named operation (query Name …), got ${JSON.stringify(body.trim().slice(0, 40))}`);
    const name = head[2]!;
    if (operations.some((o) => o.name === name)) throw new Error(`${file}: two operations are named ${name}`);
    operations.push({ id: createHash("sha256").update(body, "utf8").digest("hex"), name, type: head[1] as PersistedOperation["type"], body });
  }
  return operations;
}

export function manifestOf(operations: PersistedOperation[]): string {
  return `${JSON.stringify({ format: "apollo-persisted-query-manifest", version: 1, operations }, null, 2)}\n`;
}
