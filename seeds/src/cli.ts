/** `npm run seed -w @atlas/seeds`: migrates the store DATABASE_URL names (default SQLite) and loads the corpus. */
import { createDb, migrate } from "@atlas/db";
import { seed } from "./index";

async function main(): Promise<void> {
  await migrate();
  const db = createDb();
  try {
    const r = await seed(db);
    console.log(`${r.loaded ? "loaded" : "already loaded"} corpus ${r.checksum.slice(0, 12)}: ${JSON.stringify(r.counts)}`);
  } finally {
    await db.close();
  }
}

main().catch((e: unknown) => {
  console.error((e as Error).message);
  process.exit(1);
});
