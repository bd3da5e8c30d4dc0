/**
 * Who is calling, as the gateway vouches for it. The gateway authenticates the API key
 * and sends the caller to each subgraph in `x-atlas-caller`: the caller as base64url
 * JSON, a dot, and an HMAC-SHA256 of that JSON under the subgraph secret. A client
 * cannot forge it: subgraphs answer only the gateway (the secret), and a caller header
 * without a valid signature is ignored. Without a secret (development) nobody can sign,
 * so a subgraph sees every caller as anonymous and refuses every mutation.
 *
 * Roles are ordered: reader < curator < admin. A mutation names the least role it needs.
 */
import { createHmac, timingSafeEqual } from "node:crypto";
import { GraphQLError } from "graphql";

export const CALLER_HEADER = "x-atlas-caller";

export const ROLES = ["reader", "curator", "admin"] as const;
export type Role = (typeof ROLES)[number];

export interface Caller {
  /** Stable id written to the audit trail: "key:<key id>" or "import:<document id>". */
  id: string;
  /** Who it is, in words ("Leila (curator)"), for history. */
  name: string;
  role: Role;
}

export const isRole = (s: unknown): s is Role => typeof s === "string" && (ROLES as readonly string[]).includes(s);

const mac = (secret: string, payload: string): Buffer => createHmac("sha256", secret).update(payload).digest();

/** The header value the gateway sends for a caller. */
export function signCaller(caller: Caller, secret: string): string {
  const payload = Buffer.from(JSON.stringify({ id: caller.id, name: caller.name, role: caller.role })).toString("base64url");
  return `${payload}.${mac(secret, payload).toString("base64url")}`;
}

/** The caller a header vouches for, or undefined when there is none, no secret, or the signature is wrong. */
export function verifyCaller(header: string | string[] | undefined, secret: string | undefined): Caller | undefined {
  if (!secret || typeof header !== "string") return undefined;
  const dot = header.indexOf(".");
  if (dot <= 0) return undefined;
  const payload = header.slice(0, dot);
  const given = Buffer.from(header.slice(dot + 1), "base64url");
  const expected = mac(secret, payload);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
  try {
    const c = JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as Partial<Caller>;
    if (typeof c.id !== "string" || typeof c.name !== "string" || !isRole(c.role)) return undefined;
    return { id: c.id, name: c.name, role: c.role };
  } catch {
    return undefined;
  }
}

const rank = (r: Role): number => ROLES.indexOf(r);

/** Whether a caller holds at least `role`. */
export const hasRole = (caller: Caller | undefined, role: Role): caller is Caller => !!caller && rank(caller.role) >= rank(role);

/**
 * Throws unless the caller holds at least `role`: no caller is UNAUTHENTICATED (401),
 * a caller with a lesser role is FORBIDDEN (403).
 */
export function requireRole(caller: Caller | undefined, role: Role, action: string): Caller {
  if (!caller) {
    throw new GraphQLError(`${action} needs an API key with the ${role} role: send Authorization: Bearer <key>`, {
      extensions: { code: "UNAUTHENTICATED" },
    });
  }
  if (rank(caller.role) < rank(role)) {
    throw new GraphQLError(`${action} needs the ${role} role; this key has the ${caller.role} role`, {
      extensions: { code: "FORBIDDEN" },
    });
  }
  return caller;
}
