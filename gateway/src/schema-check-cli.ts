/**
 * `npm run schema:check`: recomposes the supergraph from every subgraph's SDL and
 * compares its API with the committed gateway/src/supergraph.graphql. Fails on
 * breaking changes (removed or renamed fields, narrowed types, changed arguments);
 * additions pass. After a passing check, `npm run compose` records the new supergraph.
 */
import { compose, readCommittedSupergraph } from "./compose";
import { checkSchema, report } from "./schema-check";

async function main(): Promise<void> {
  const next = compose();
  const result = await checkSchema(readCommittedSupergraph(), next);
  console.log(report(result));
  if (result.breaking.length) {
    console.error(`\nschema:check failed: ${result.breaking.length} breaking change(s) to the public API.`);
    process.exit(1);
  }
  console.log("\nschema:check passed.");
}

main().catch((e: unknown) => {
  console.error((e as Error).message);
  process.exit(1);
});
