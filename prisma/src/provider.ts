export type Provider = "sqlite" | "postgresql";

/** Which store a URL names: `postgresql://` / `postgres://` is PostgreSQL, `file:` is SQLite. */
export function providerOf(url: string): Provider {
  if (/^postgres(ql)?:\/\//.test(url)) return "postgresql";
  if (url.startsWith("file:")) return "sqlite";
  throw new Error(`DATABASE_URL must be a file: (SQLite) or postgresql:// URL, got ${JSON.stringify(url.replace(/\/\/[^@]*@/, "//***@"))}`);
}

/** The SQLite file path in a `file:` URL. */
export function sqlitePath(url: string): string {
  return url.replace(/^file:/, "").replace(/\?.*$/, "");
}
