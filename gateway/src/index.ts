import { createLogger, portFromEnv } from "@atlas/runtime";
import { createGateway } from "./server";

const logger = createLogger("gateway");

async function main(): Promise<void> {
  const port = portFromEnv("GATEWAY_PORT", 4000);
  const gateway = await createGateway();
  const url = await gateway.listen(port, process.env.GATEWAY_HOST ?? "127.0.0.1");
  logger.info({ url }, "gateway ready");
  let stopping = false;
  const shutdown = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "draining");
    // stop() drains: no new connections, in-flight requests finish (each subgraph call is bounded by its timeout).
    gateway
      .stop()
      .then(() => {
        logger.info("stopped");
        process.exit(0);
      })
      .catch((e: unknown) => {
        logger.error({ err: e }, "shutdown failed");
        process.exit(1);
      });
  };
  process.on("SIGINT", () => shutdown("SIGINT"));
  process.on("SIGTERM", () => shutdown("SIGTERM"));
}

main().catch((e: unknown) => {
  logger.fatal({ err: e }, "gateway failed to start");
  process.exit(1);
});
