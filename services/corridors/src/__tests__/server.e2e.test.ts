import type { Database } from "@atlas/db";
import { seededDb } from "@atlas/tests/support/db";
import { execute } from "@atlas/tests/support/subgraph";
import { createContext, createServer } from "../server";

let db: Database;
const server = createServer();

beforeAll(async () => {
  db = seededDb();
  await server.start();
});
afterAll(async () => {
  await server.stop();
  await db.close();
});

describe("corridors subgraph", () => {
  it("answers its query", async () => {
    const r = await execute(server, createContext, db, "{ corridorsStatus }");
    expect(r.errors).toBeUndefined();
    expect(r.data).toEqual({ corridorsStatus: "ok" });
  });

  it("publishes its SDL through _service", async () => {
    const r = await execute(server, createContext, db, "{ _service { sdl } }");
    expect((r.data?._service as { sdl: string }).sdl).toContain("corridorsStatus: String!");
  });
});
