import type { Logger } from "./logger";

/**
 * On SIGINT or SIGTERM (once): log, run `drain` (stop accepting, finish in-flight
 * requests, close what is open), then exit 0; exit 1 if draining fails.
 */
export function exitAfterDrain(logger: Logger, drain: () => Promise<void>): void {
  let stopping = false;
  const shutdown = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "draining");
    drain()
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
