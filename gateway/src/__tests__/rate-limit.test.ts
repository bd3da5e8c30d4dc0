/** The rate limiter's settings and how it names a client (no server needed). */
import type { Request } from "express";
import { addressKey, clientAddress, DEFAULT_RATE_LIMITS, rateLimitConfigFromEnv } from "../rate-limit";

describe("rateLimitConfigFromEnv", () => {
  it("has on-by-default, in-process defaults", () => {
    expect(rateLimitConfigFromEnv({})).toEqual(DEFAULT_RATE_LIMITS);
    expect(DEFAULT_RATE_LIMITS).toMatchObject({ enabled: true, anonymousPerMinute: 300, keyedPerMinute: 1200, curatorPerMinute: 6000, redisUrl: undefined, trustProxyHops: 0 });
  });

  it("reads every variable", () => {
    expect(
      rateLimitConfigFromEnv({
        RATE_LIMIT: "on",
        RATE_LIMIT_PER_MINUTE: "10",
        RATE_LIMIT_KEYED_PER_MINUTE: "20",
        RATE_LIMIT_CURATOR_PER_MINUTE: "30",
        REDIS_URL: "redis://cache:6379/2",
        RATE_LIMIT_KEY_PREFIX: "staging:rl",
        RATE_LIMIT_REDIS_TIMEOUT_MS: "50",
        TRUST_PROXY: "2",
      }),
    ).toEqual({
      enabled: true,
      anonymousPerMinute: 10,
      keyedPerMinute: 20,
      curatorPerMinute: 30,
      windowSeconds: 60,
      redisUrl: "redis://cache:6379/2",
      keyPrefix: "staging:rl",
      redisTimeoutMs: 50,
      trustProxyHops: 2,
    });
  });

  it.each(["off", "OFF", "false", "0"])("RATE_LIMIT=%s turns the limits off", (v) => {
    expect(rateLimitConfigFromEnv({ RATE_LIMIT: v }).enabled).toBe(false);
  });

  it.each(["false", "0", ""])("TRUST_PROXY=%j trusts no proxy", (v) => {
    expect(rateLimitConfigFromEnv({ TRUST_PROXY: v }).trustProxyHops).toBe(0);
  });

  it("refuses values it would have to guess at", () => {
    expect(() => rateLimitConfigFromEnv({ TRUST_PROXY: "true" })).toThrow(/number of proxies/);
    expect(() => rateLimitConfigFromEnv({ TRUST_PROXY: "loopback" })).toThrow(/TRUST_PROXY must be a positive integer/);
    expect(() => rateLimitConfigFromEnv({ RATE_LIMIT: "sometimes" })).toThrow(/RATE_LIMIT must be true or false/);
    expect(() => rateLimitConfigFromEnv({ RATE_LIMIT_PER_MINUTE: "0" })).toThrow(/RATE_LIMIT_PER_MINUTE must be a positive integer/);
    expect(() => rateLimitConfigFromEnv({ RATE_LIMIT_KEYED_PER_MINUTE: "1.5" })).toThrow(/RATE_LIMIT_KEYED_PER_MINUTE/);
  });
});

describe("clientAddress", () => {
  const req = (socket: string, xff?: string | string[]): Pick<Request, "socket" | "headers"> =>
    ({ socket: { remoteAddress: socket }, headers: xff === undefined ? {} : { "x-forwarded-for": xff } }) as unknown as Pick<Request, "socket" | "headers">;

  it("is the socket's address when no proxy is trusted, whatever X-Forwarded-For says", () => {
    expect(clientAddress(req("10.0.0.5", "203.0.113.9"), 0)).toBe("10.0.0.5");
  });

  it("with N trusted proxies, is the Nth address from the right", () => {
    expect(clientAddress(req("10.0.0.5", "203.0.113.9"), 1)).toBe("203.0.113.9");
    // The client wrote the first entry itself; our proxy appended the second.
    expect(clientAddress(req("10.0.0.5", "1.2.3.4, 203.0.113.9"), 1)).toBe("203.0.113.9");
    expect(clientAddress(req("10.0.0.5", "1.2.3.4, 203.0.113.9, 10.0.0.4"), 2)).toBe("203.0.113.9");
    expect(clientAddress(req("10.0.0.5", ["1.2.3.4", "203.0.113.9"]), 1)).toBe("203.0.113.9");
  });

  it("falls back to the nearest address when the header is short, missing or not an address", () => {
    expect(clientAddress(req("10.0.0.5", "203.0.113.9"), 3)).toBe("203.0.113.9");
    expect(clientAddress(req("10.0.0.5"), 1)).toBe("10.0.0.5");
    expect(clientAddress(req("10.0.0.5", "unknown"), 1)).toBe("10.0.0.5");
  });
});

describe("addressKey", () => {
  it("keeps IPv4 addresses, unwraps IPv4-mapped IPv6", () => {
    expect(addressKey("203.0.113.9")).toBe("203.0.113.9");
    expect(addressKey("::ffff:203.0.113.9")).toBe("203.0.113.9");
  });

  it("groups IPv6 by /64, however the address is written", () => {
    const key = "2001:db8:85a3:0::/64";
    for (const a of ["2001:db8:85a3::1", "2001:0db8:85a3:0000:ffff:0000:0000:0002", "2001:DB8:85A3::8a2e:370:7334", "2001:db8:85a3:0:1:2:3:4%eth0"]) {
      expect(addressKey(a)).toBe(key);
    }
    expect(addressKey("2001:db8:85a3:1::1")).not.toBe(key);
    expect(addressKey("::1")).toBe("0:0:0:0::/64");
    expect(addressKey("fe80::1:2:3:4")).toBe("fe80:0:0:0::/64");
    expect(addressKey("::1.2.3.4")).toBe("0:0:0:0::/64");
  });
});
