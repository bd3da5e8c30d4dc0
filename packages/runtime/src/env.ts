/**
 * Settings read from the environment. A leaf module: the subgraph server, tracing and the gateway's
 * configuration all read their numbers here, and it imports nothing of theirs.
 */

/** A positive integer from the environment, with a default; a bad value stops the process with a clear message. */
export function intFromEnv(variable: string, fallback: number, env: NodeJS.ProcessEnv = process.env): number {
  const raw = env[variable];
  if (raw === undefined || raw === "") return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${variable} must be a positive integer, got ${JSON.stringify(raw)}`);
  return n;
}
