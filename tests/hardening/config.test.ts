/** The knobs: limits and timeouts from the environment, the secret policy, request ids, variable scanning. */
import { DEFAULT_LIMITS, gatewayConfigFromEnv, limitsFromEnv } from "@atlas/gateway/src/config";
import { longestString } from "@atlas/gateway/src/limits";
import { requestIdOf } from "@atlas/runtime/src/http";
import { resolveSubgraphSecret, secretMatches } from "@atlas/runtime/src/secret";

describe("gateway configuration", () => {
  it("takes each limit from its variable, the default otherwise", () => {
    expect(limitsFromEnv({})).toEqual(DEFAULT_LIMITS);
    expect(limitsFromEnv({ GATEWAY_MAX_DEPTH: "3", GATEWAY_MAX_COST: "100" })).toEqual({ ...DEFAULT_LIMITS, maxDepth: 3, maxCost: 100 });
  });

  it("refuses values that are not positive integers, naming the variable", () => {
    expect(() => limitsFromEnv({ GATEWAY_MAX_ALIASES: "lots" })).toThrow(/GATEWAY_MAX_ALIASES must be a positive integer/);
    expect(() => limitsFromEnv({ GATEWAY_MAX_TOKENS: "0" })).toThrow(/GATEWAY_MAX_TOKENS/);
  });

  it("has a timeout for every subgraph, and one subgraph's can be set alone", () => {
    const c = gatewayConfigFromEnv(["countries", "indicators"], { SUBGRAPH_TIMEOUT_MS: "2000", INDICATORS_TIMEOUT_MS: "750", SUBGRAPH_MAX_SOCKETS: "8" });
    expect(c.subgraphTimeoutMs).toBe(2000);
    expect(c.subgraphTimeouts).toEqual({ indicators: 750 });
    expect(c.maxSocketsPerSubgraph).toBe(8);
    expect(gatewayConfigFromEnv([], {})).toMatchObject({ production: false, subgraphTimeoutMs: 5000, maxSocketsPerSubgraph: 32, maxBodyBytes: 102400 });
    expect(gatewayConfigFromEnv([], { NODE_ENV: "production" }).production).toBe(true);
  });
});

describe("subgraph secret policy", () => {
  const secret = "0123456789abcdef-secret";
  it("uses the given secret, else SUBGRAPH_SECRET", () => {
    expect(resolveSubgraphSecret(secret, { production: true }, {})).toBe(secret);
    expect(resolveSubgraphSecret(undefined, { production: true }, { SUBGRAPH_SECRET: secret })).toBe(secret);
  });

  it("refuses to go without one in production, or off loopback", () => {
    expect(() => resolveSubgraphSecret(undefined, { production: true }, {})).toThrow(/SUBGRAPH_SECRET is not set/);
    expect(() => resolveSubgraphSecret("", { production: true }, { SUBGRAPH_SECRET: "" })).toThrow(/SUBGRAPH_SECRET is not set/);
    expect(() => resolveSubgraphSecret(undefined, { production: false, host: "0.0.0.0" }, {})).toThrow(/loopback/);
    expect(resolveSubgraphSecret(undefined, { production: false, host: "127.0.0.1" }, {})).toBeUndefined();
  });

  it("refuses a short secret", () => {
    expect(() => resolveSubgraphSecret("short", { production: false }, {})).toThrow(/at least 16/);
  });

  it("compares exactly", () => {
    expect(secretMatches(secret, secret)).toBe(true);
    expect(secretMatches(secret, `${secret}x`)).toBe(false);
    expect(secretMatches(secret, secret.slice(0, -1))).toBe(false);
    expect(secretMatches(secret, "")).toBe(false);
  });
});

describe("request ids", () => {
  it("reuses a well-formed client id and replaces anything else", () => {
    expect(requestIdOf("4bf92f3577b34da6a3ce929d0e0e4736")).toBe("4bf92f3577b34da6a3ce929d0e0e4736");
    expect(requestIdOf("req-1.2:3_4")).toBe("req-1.2:3_4");
    for (const bad of [undefined, "", "a b", "x".repeat(129), "é", "id\r\nx-injected: 1", ["a", "b"]]) {
      expect(requestIdOf(bad as string | undefined)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-/);
    }
  });
});

describe("variable scanning", () => {
  it("finds the longest string or key at any depth, without recursion", () => {
    expect(longestString({ a: ["xx", { b: "xxxxx" }], c: 3 })).toBe(5);
    expect(longestString({ ["k".repeat(40)]: 1 })).toBe(40);
    let deep: unknown = "y".repeat(7);
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(longestString(deep)).toBe(7);
  });
});
