import { readFileSync } from "node:fs";
import { join } from "node:path";
import { providers, renderSchema } from "../../scripts/schemas";
import { readMigrations } from "../migrate";

const root = join(__dirname, "../..");

describe.each(providers)("%s store", (provider) => {
  it("schema.prisma is rendered from schema/models.prisma (run npm run generate -w @atlas/db)", () => {
    expect(readFileSync(join(root, provider, "schema.prisma"), "utf8")).toBe(renderSchema(provider));
  });

  it("has a migration for every model change (run npm run db:migration -w @atlas/db -- <name>)", () => {
    const snapshot = readFileSync(join(root, provider, "migrations", "schema.snapshot.prisma"), "utf8");
    expect(snapshot).toBe(renderSchema(provider));
  });

  it("orders migrations by name and checksums them", () => {
    const ms = readMigrations(provider);
    expect(ms.length).toBeGreaterThanOrEqual(2);
    expect(ms.map((m) => m.name)).toEqual([...ms.map((m) => m.name)].sort());
    expect(new Set(ms.map((m) => m.checksum)).size).toBe(ms.length);
  });
});
