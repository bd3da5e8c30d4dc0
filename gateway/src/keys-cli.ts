/**
 * `npm run keys -- <command>`: API keys in the store DATABASE_URL names (default: the
 * embedded SQLite file), migrated first.
 *
 *   create --role reader|curator|admin --name <who>   prints the key, once
 *   list                                              id, name, role, created, revoked
 *   revoke <id>                                       the key stops working at once
 *
 * Exit codes: 0 done, 1 failed (no such key, store unreachable), 2 bad arguments.
 */
import { userInfo } from "node:os";
import { parseArgs } from "node:util";
import { createDb, defaultDatabaseUrl, migrate } from "@atlas/db";
import { isRole, ROLES } from "@atlas/runtime";
import { ApiKeys, type ApiKeyInfo } from "./keys";

const USAGE = `usage: npm run keys -- <command>
  create --role ${ROLES.join("|")} --name <who>   create a key (printed once)
  list                                              list keys (never their secrets)
  revoke <id>                                       revoke a key; it stops working at once
The store is DATABASE_URL (default: the embedded SQLite file).`;

class UsageError extends Error {}

type Command = { kind: "create"; role: (typeof ROLES)[number]; name: string } | { kind: "list" } | { kind: "revoke"; id: string } | { kind: "help" };

const OPTIONS = { role: { type: "string" }, name: { type: "string" }, help: { type: "boolean", short: "h" } } as const;

function parseOptions(args: string[]) {
  try {
    return parseArgs({ args, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
}

function parseCommand(argv: string[]): Command {
  const [command, ...rest] = argv;
  const { values, positionals } = parseOptions(rest);
  if (command === undefined) throw new UsageError("no command given");
  if (command === "help" || command === "--help" || command === "-h" || values.help) return { kind: "help" };
  const noOptions = (): void => {
    if (values.role !== undefined || values.name !== undefined) throw new UsageError(`${command} takes no --role or --name`);
  };
  switch (command) {
    case "create": {
      if (positionals.length) throw new UsageError(`create takes no positional arguments, got ${positionals.join(" ")}`);
      if (!isRole(values.role)) throw new UsageError(`create needs --role ${ROLES.join("|")}${values.role === undefined ? "" : `, got ${JSON.stringify(values.role)}`}`);
      const name = values.name?.trim();
      if (!name) throw new UsageError("create needs --name <who> (the person or system that will use the key)");
      return { kind: "create", role: values.role, name };
    }
    case "list":
      noOptions();
      if (positionals.length) throw new UsageError("list takes no arguments");
      return { kind: "list" };
    case "revoke":
      noOptions();
      if (positionals.length !== 1 || !positionals[0]) throw new UsageError("revoke needs exactly one key id");
      return { kind: "revoke", id: positionals[0] };
    default:
      throw new UsageError(`unknown command ${JSON.stringify(command)}`);
  }
}

const iso = (d: Date): string => d.toISOString().replace(/\.\d{3}Z$/, "Z");

function table(keys: ApiKeyInfo[]): string {
  const rows = [
    ["id", "name", "role", "created", "revoked"],
    ...keys.map((k) => [k.id, k.name, k.role, `${iso(k.createdAt)} by ${k.createdBy}`, k.revokedAt ? `${iso(k.revokedAt)} by ${k.revokedBy ?? "?"}` : "-"]),
  ];
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows.map((r) => r.map((cell, i) => cell.padEnd(widths[i]!)).join("  ").trimEnd()).join("\n");
}

/** Who ran the command, for created_by / revoked_by. */
function operator(): string {
  try {
    return `cli:${userInfo().username}`;
  } catch {
    return "cli";
  }
}

async function main(argv: string[]): Promise<number> {
  let command: Command;
  try {
    command = parseCommand(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    console.error(`${e.message}\n\n${USAGE}`);
    return 2;
  }
  if (command.kind === "help") {
    console.log(USAGE);
    return 0;
  }
  const url = process.env.DATABASE_URL || defaultDatabaseUrl;
  await migrate(url);
  const db = createDb(url, { poolSize: 1 });
  try {
    const keys = new ApiKeys(db);
    switch (command.kind) {
      case "create": {
        const { key, info } = await keys.createKey({ name: command.name, role: command.role, createdBy: operator() });
        console.log(`Created API key ${info.id} for ${info.name} (${info.role}):\n\n  ${key}\n\nCopy it now: it will not be shown again (only its hash is stored).`);
        return 0;
      }
      case "list": {
        const all = await keys.listKeys();
        console.log(all.length ? table(all) : "no API keys");
        return 0;
      }
      case "revoke": {
        const info = await keys.revokeKey(command.id, operator());
        if (!info) {
          console.error(`no API key with id ${JSON.stringify(command.id)} (npm run keys -- list shows them)`);
          return 1;
        }
        console.log(`Revoked API key ${info.id} (${info.name}, ${info.role}) at ${iso(info.revokedAt!)} by ${info.revokedBy}.`);
        return 0;
      }
    }
  } finally {
    await db.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    console.error((e as Error).message);
    process.exitCode = 1;
  },
);
