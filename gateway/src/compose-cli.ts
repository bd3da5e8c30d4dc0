/**
 * `npm run compose`: recomposes the supergraph from every registered subgraph's SDL
 * and writes gateway/src/supergraph.graphql. `--check` fails when the committed file
 * differs from what composition gives now.
 */
import { writeFileSync } from "node:fs";
import { compose, readCommittedSupergraph, supergraphPath } from "./compose";

try {
  const sdl = compose();
  if (process.argv.includes("--check")) {
    if (readCommittedSupergraph() !== sdl) {
      console.error("gateway/src/supergraph.graphql is stale: run npm run compose");
      process.exit(1);
    }
    console.log("supergraph is up to date");
  } else {
    writeFileSync(supergraphPath, sdl);
    console.log(`wrote ${supergraphPath}`);
  }
} catch (e) {
  console.error((e as Error).message);
  process.exit(1);
}
