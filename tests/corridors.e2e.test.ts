import type { Database } from "@atlas/db";
import { seededDb } from "./support/db";
import { startFederation, type Federation } from "./support/federation";

let db: Database;
let fed: Federation;

beforeAll(async () => {
  db = seededDb();
  fed = await startFederation(db);
});
afterAll(async () => {
  await fed.stop();
  await db.close();
});

it("a bilateral profile shows the corridors both countries share, with sources", async () => {
  const r = await fed.query<{ bilateral: { corridors: { id: string; name: string; arabic: string; sources: { document: string; publisher: string | null; claim: string; start: number; end: number }[] }[] } }>(
    `{ bilateral(a: "AZ", b: "KZ") { corridors { id name arabic: name(lang: AR) sources { document publisher claim start end } } } }`,
  );
  expect(r.errors).toBeUndefined();
  const middle = r.data!.bilateral.corridors.find((c) => c.id === "middle-corridor");
  expect(middle?.name).toMatch(/Middle Corridor/);
  expect(middle?.arabic).toMatch(/الممر الأوسط/);
  expect(middle!.sources.length).toBeGreaterThan(0);
  for (const s of middle!.sources) {
    expect(s.end).toBeGreaterThan(s.start);
    expect(s.claim.length).toBeGreaterThan(8);
  }
  expect(middle!.sources.some((s) => s.publisher)).toBe(true);
});

it("a country lists the corridors crossing it", async () => {
  const r = await fed.query<{ country: { corridors: { id: string }[] } }>(`{ country(code: "AM") { corridors { id } } }`);
  expect(r.data!.country.corridors.map((c) => c.id)).toContain("zangezur-corridor");
});
