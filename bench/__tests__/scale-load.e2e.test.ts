/**
 * Loading the scale set: into a fresh store of the suite's kind (SQLite, or PostgreSQL in
 * CI's second pass), all rows, once; a second load changes nothing; the default and the
 * suite's seeded stores are refused.
 */
import { createDb } from "@atlas/db";
import { freshDatabase, type TestDatabase } from "../../tests/support/db";
import { SMALL_SCALE, generateScaleSet } from "../src/scale/generate";
import { ensureScaleSet } from "../src/scale/load";

let store: TestDatabase;
beforeAll(async () => {
  store = await freshDatabase("scale");
});
afterAll(async () => {
  await store.drop();
});

const set = generateScaleSet({ ...SMALL_SCALE, agreements: 120, indicators: 200, events: 60, people: 100, countries: 30 });

it("loads every row once and recognises the set the next time", async () => {
  const first = await ensureScaleSet(store.url, set, { progress: false });
  expect(first.loaded).toBe(true);
  const db = createDb(store.url);
  try {
    expect(await db.prisma.agreement.count()).toBe(set.counts.agreement);
    expect(await db.prisma.indicatorCountry.count()).toBe(set.counts.indicatorCountry);
    expect(await db.prisma.roleSource.count()).toBe(set.counts.roleSource);
    expect(await db.prisma.eventParticipant.count()).toBe(set.counts.eventParticipant);
    expect(await db.prisma.person.findUnique({ where: { id: "scale-person-00001" } })).toMatchObject({ id: "scale-person-00001" });
  } finally {
    await db.close();
  }
  const again = await ensureScaleSet(store.url, set, { progress: false });
  expect(again.loaded).toBe(false);
});

it("replaces a different set as a whole", async () => {
  const other = generateScaleSet({ ...SMALL_SCALE, seed: 99, agreements: 80, indicators: 100, events: 40, people: 100, countries: 30 });
  expect((await ensureScaleSet(store.url, other, { progress: false })).loaded).toBe(true);
  const db = createDb(store.url);
  try {
    expect(await db.prisma.agreement.count()).toBe(80);
  } finally {
    await db.close();
  }
});

it("refuses the suite's seeded store", async () => {
  await expect(ensureScaleSet(process.env.DATABASE_URL!, set, { progress: false })).rejects.toThrow(/refusing/);
});
