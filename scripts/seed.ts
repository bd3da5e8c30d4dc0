/** `npm run seed`: migrates the store DATABASE_URL names (default SQLite) and loads the corpus through the subgraphs' writes. */
import { createDb, migrate } from "@atlas/db";
import { conflictsOf } from "@atlas/seeds";
import { seedStore } from "./local-subgraphs";

async function main(): Promise<void> {
  await migrate();
  const db = createDb();
  try {
    const r = await seedStore(db);
    console.log(`corpus: ${r.imported.length ? `imported ${r.imported.join(", ")}` : "already loaded"} (${Object.entries(r.counts).map(([k, v]) => `${v} ${k}`).join(", ")})`);
    for (const c of r.reports.flatMap(conflictsOf)) console.log(`conflict (left as stored): ${c.part} ${c.id}: ${c.reason}`);
  } finally {
    await db.close();
  }
}

main().catch((e: unknown) => {
  console.error((e as Error).message);
  process.exit(1);
});
