/**
 * System D (one process, direct Prisma) must give exactly the federation's answer to the
 * deep profile, or the benchmark compares unlike things. Checked on the real corpus, whose
 * agreements have disputed dates, several parties and signatories.
 */
import type { Database } from "@atlas/db";
import { seededDb } from "../../tests/support/db";
import { startFederation, type Federation } from "../../tests/support/federation";
import { BILATERAL_PROFILE } from "../../tests/support/queries";
import { bilateralProfile } from "../src/baseline/profile";

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

it.each([
  ["RU", "AZ"],
  ["AZ", "KZ"],
  ["UZ", "KZ"],
  ["AZ", "TR"],
])("answers the deep profile of %s–%s as the federation does", async (a, b) => {
  const fromGateway = await fed.query<{ bilateral: unknown }>(BILATERAL_PROFILE, { a, b });
  expect(fromGateway.errors).toBeUndefined();
  const direct = await bilateralProfile(db.prisma, a, b);
  expect(JSON.parse(JSON.stringify(direct))).toEqual(fromGateway.data!.bilateral);
});

it("issues a fixed number of batched statements, fewer than the federation", async () => {
  const before = db.statements.total;
  await bilateralProfile(db.prisma, "RU", "AZ");
  const statements = db.statements.total - before;
  expect(statements).toBeGreaterThan(0);
  expect(statements).toBeLessThanOrEqual(25);
});

it("answers null for an unknown country and refuses malformed codes", async () => {
  expect(await bilateralProfile(db.prisma, "AZ", "ZZ")).toBeNull();
  await expect(bilateralProfile(db.prisma, "AZE", "RU")).rejects.toThrow(/alpha-2/);
  await expect(bilateralProfile(db.prisma, "AZ", "az")).rejects.toThrow(/different/);
});
