/**
 * An experiment for `npm run bench -- --gateway-dedupe`: our gateway (createGateway from
 * gateway/src, unchanged) with the representation deduplication of
 * dedupe-representations.ts patched into its subgraph data source. Port: GATEWAY_PORT.
 */
import { SubgraphDataSource } from "../../../gateway/src/data-source";
import { createGateway } from "../../../gateway/src/server";
import { dedupeRepresentations } from "./dedupe-representations";

async function main(): Promise<void> {
  dedupeRepresentations(SubgraphDataSource.prototype);
  const gateway = await createGateway();
  const url = await gateway.listen(Number(process.env.GATEWAY_PORT ?? 0), "127.0.0.1");
  console.log(`gateway (representations deduplicated) ${url}`);
  const stop = (): void => void gateway.stop().then(() => process.exit(0));
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
