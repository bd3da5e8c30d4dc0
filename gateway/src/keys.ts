/**
 * API keys: who may call the gateway, and with which role. The gateway owns the
 * `api_key` table; subgraphs never read it, they trust the caller the gateway signs
 * (packages/runtime/src/caller.ts).
 *
 * A key is `atlas_<id>_<secret>`: the id (12 base32 characters) finds the row, the
 * secret (32 random bytes, base64url) proves possession. Only sha256(secret) is
 * stored, and the key is shown once, when it is created. Keys are revoked, never
 * deleted, so the audit trail keeps naming them. Every request that carries a key reads
 * its row (one primary-key lookup, no cache), so a revoked key stops working at once.
 */
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import type { Database } from "@atlas/db";
import { isRole, type Caller, type Logger, type Role } from "@atlas/runtime";
import { requestIdOfResponse, sendGraphQLError } from "@atlas/runtime/src/http";
import type { Request, RequestHandler, Response } from "express";

const ID_ALPHABET = "abcdefghijklmnopqrstuvwxyz234567"; // RFC 4648 base32, lower case
const ID_LENGTH = 12;
const SECRET_BYTES = 32;
/** atlas_<12 base32>_<43 base64url characters = 32 bytes>. The id has no "_", so the split is unambiguous. */
const KEY_PATTERN = /^atlas_([a-z2-7]{12})_([A-Za-z0-9_-]{43})$/;
const BEARER = /^Bearer +(\S+) *$/i;

/** A key as listed: everything but the secret's hash. */
export interface ApiKeyInfo {
  id: string;
  name: string;
  role: Role;
  createdAt: Date;
  createdBy: string;
  revokedAt: Date | null;
  revokedBy: string | null;
}

export interface CreatedKey {
  /** The whole key, `atlas_<id>_<secret>`: shown once, never stored. */
  key: string;
  info: ApiKeyInfo;
}

export type Authentication =
  | { kind: "anonymous" }
  | { kind: "caller"; caller: Caller }
  | { kind: "invalid"; reason: "malformed" | "unknown key" | "wrong secret" | "revoked" | "unknown role" };

const sha256 = (s: string): Buffer => createHash("sha256").update(s, "utf8").digest();

/** Compared against when the id is unknown, so a miss costs what a hit does. */
const NO_HASH = sha256("no such key");

function newId(): string {
  // 256 is a multiple of 32: every character is uniform.
  return Array.from(randomBytes(ID_LENGTH), (b) => ID_ALPHABET[b % 32]).join("");
}

const INFO_FIELDS = { id: true, name: true, role: true, createdAt: true, createdBy: true, revokedAt: true, revokedBy: true } as const;

function infoOf(row: Omit<ApiKeyInfo, "role"> & { role: string }): ApiKeyInfo {
  if (!isRole(row.role)) throw new Error(`api key ${row.id} has an unknown role ${JSON.stringify(row.role)}`);
  return { ...row, role: row.role };
}

export class ApiKeys {
  constructor(private readonly db: Database) {}

  /** A new key. The returned `key` is the only time the secret exists outside the caller's hands. */
  async createKey(input: { name: string; role: Role; createdBy: string }): Promise<CreatedKey> {
    const name = input.name.trim();
    if (!name) throw new Error("a key needs a name (who or what uses it)");
    if (!isRole(input.role)) throw new Error(`unknown role ${JSON.stringify(input.role)}: one of reader, curator, admin`);
    const id = newId();
    const secret = randomBytes(SECRET_BYTES).toString("base64url");
    const row = await this.db.prisma.apiKey.create({
      data: { id, name, role: input.role, secretHash: sha256(secret).toString("hex"), createdBy: input.createdBy },
      select: INFO_FIELDS,
    });
    return { key: `atlas_${id}_${secret}`, info: infoOf(row) };
  }

  /** Every key, oldest first, revoked ones included; never a secret or its hash. */
  async listKeys(): Promise<ApiKeyInfo[]> {
    const rows = await this.db.prisma.apiKey.findMany({ select: INFO_FIELDS, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
    return rows.map(infoOf);
  }

  /**
   * Revokes a key: it stops working at the next request. Revoking a revoked key keeps
   * the first revocation. Undefined when there is no such key.
   */
  async revokeKey(id: string, by: string): Promise<ApiKeyInfo | undefined> {
    await this.db.prisma.apiKey.updateMany({ where: { id, revokedAt: null }, data: { revokedAt: new Date(), revokedBy: by } });
    const row = await this.db.prisma.apiKey.findUnique({ where: { id }, select: INFO_FIELDS });
    return row ? infoOf(row) : undefined;
  }

  /** Who an Authorization header names: nobody (no header), a caller, or an invalid key. */
  async authenticate(authorization: string | undefined): Promise<Authentication> {
    if (authorization === undefined) return { kind: "anonymous" };
    const key = BEARER.exec(authorization)?.[1];
    const parts = key ? KEY_PATTERN.exec(key) : null;
    if (!parts) return { kind: "invalid", reason: "malformed" };
    const [, id, secret] = parts as unknown as [string, string, string];
    const row = await this.db.prisma.apiKey.findUnique({ where: { id }, select: { name: true, role: true, secretHash: true, revokedAt: true } });
    const stored = row && /^[0-9a-f]{64}$/.test(row.secretHash) ? Buffer.from(row.secretHash, "hex") : NO_HASH;
    const matches = timingSafeEqual(sha256(secret), stored);
    if (!row) return { kind: "invalid", reason: "unknown key" };
    if (!matches) return { kind: "invalid", reason: "wrong secret" };
    if (row.revokedAt) return { kind: "invalid", reason: "revoked" };
    if (!isRole(row.role)) return { kind: "invalid", reason: "unknown role" };
    return { kind: "caller", caller: { id: `key:${id}`, name: row.name, role: row.role } };
  }
}

/** The caller the authentication middleware found for this response's request (undefined: anonymous). */
export function callerOfResponse(res: Response): Caller | undefined {
  return (res.locals as { caller?: Caller }).caller;
}

const UNAUTHENTICATED = (res: Response, message: string): void =>
  sendGraphQLError(res, 401, "UNAUTHENTICATED", message, { "WWW-Authenticate": 'Bearer realm="atlas"' });

/**
 * Reads `Authorization: Bearer <key>` before anything else runs: a good key puts its
 * caller in res.locals (see callerOfResponse); a malformed, unknown or revoked key is
 * HTTP 401 UNAUTHENTICATED, and so is no key when `required`.
 */
export function authenticateRequests(keys: () => ApiKeys, options: { required: boolean; logger?: Logger; onRefused?: (req: Request) => void }): RequestHandler {
  return (req, res, next) => {
    const header = req.headers.authorization;
    if (header === undefined) {
      if (options.required) UNAUTHENTICATED(res, "This API needs an API key: send Authorization: Bearer <key>");
      else next();
      return;
    }
    keys()
      .authenticate(header)
      .then((auth) => {
        if (auth.kind === "caller") {
          res.locals.caller = auth.caller;
          next();
          return;
        }
        options.logger?.info({ requestId: requestIdOfResponse(res), reason: auth.kind === "invalid" ? auth.reason : auth.kind }, "API key refused");
        options.onRefused?.(req);
        UNAUTHENTICATED(
          res,
          auth.kind === "invalid" && auth.reason === "malformed"
            ? "Malformed Authorization header: expected Bearer atlas_<id>_<secret>"
            : "Invalid or revoked API key",
        );
      })
      .catch(next);
  };
}
