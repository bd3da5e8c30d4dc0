/**
 * The subgraph boundary: subgraphs answer only the gateway. The gateway sends a shared
 * secret (SUBGRAPH_SECRET) in a header on every subgraph request; a subgraph refuses a
 * request without it (401) or with another value (403).
 *
 * Policy:
 *  - production (NODE_ENV=production): a subgraph and the gateway refuse to start without a secret;
 *  - development: without a secret a subgraph answers anyone, but only while it listens on
 *    a loopback address (it refuses to start on another address) and it says so in its log;
 *  - a secret shorter than 16 characters is refused everywhere (it is a typo, not a secret).
 * `npm start` generates a random secret per run when SUBGRAPH_SECRET is unset.
 */
import { createHash, timingSafeEqual } from "node:crypto";

export const SUBGRAPH_SECRET_HEADER = "x-subgraph-secret";
export const MIN_SECRET_LENGTH = 16;

export interface SecretPolicy {
  production: boolean;
  /** The address the subgraph listens on; only loopback may go without a secret. */
  host?: string;
}

const LOOPBACK = new Set(["127.0.0.1", "::1", "localhost"]);

/** The secret to require (or send), or undefined in development when none is set. Throws when the policy forbids starting. */
export function resolveSubgraphSecret(given: string | undefined, policy: SecretPolicy, env: NodeJS.ProcessEnv = process.env): string | undefined {
  const secret = given || env.SUBGRAPH_SECRET || undefined;
  if (secret === undefined) {
    if (policy.production) throw new Error("SUBGRAPH_SECRET is not set: in production subgraphs answer only a gateway that sends the shared secret");
    if (policy.host !== undefined && !LOOPBACK.has(policy.host)) {
      throw new Error(`SUBGRAPH_SECRET is not set: a subgraph without a secret listens only on loopback, not on ${policy.host}`);
    }
    return undefined;
  }
  if (secret.length < MIN_SECRET_LENGTH) throw new Error(`SUBGRAPH_SECRET must be at least ${MIN_SECRET_LENGTH} characters long`);
  return secret;
}

/**
 * Constant-time comparison. Both sides are hashed first so that timingSafeEqual sees
 * buffers of equal length and the time taken does not reveal the secret's length.
 */
export function secretMatches(expected: string, presented: string): boolean {
  const a = createHash("sha256").update(expected).digest();
  const b = createHash("sha256").update(presented).digest();
  return timingSafeEqual(a, b);
}
