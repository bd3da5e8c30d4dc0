/** `npm run db:migrate -w @atlas/db`: migrates the store DATABASE_URL names (default: the SQLite file). */
import { migrate } from "./migrate";
import { defaultDatabaseUrl } from "./paths";

const url = process.env.DATABASE_URL || defaultDatabaseUrl;
migrate(url)
  .then((r) => {
    console.log(`migrated ${url.replace(/\/\/[^@]*@/, "//***@")}: ${r.applied.length} applied, ${r.alreadyApplied} already applied`);
  })
  .catch((e: unknown) => {
    console.error((e as Error).message);
    process.exit(1);
  });
