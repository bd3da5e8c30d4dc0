import { createLogger, exitAfterDrain, portFromEnv } from "@atlas/runtime";
import { startTracing } from "@atlas/runtime/src/tracing";
import { createGateway } from "./server";
import { gatewayPassThrough } from "./tracing";

const logger = createLogger("gateway");

// @apollo/gateway reports this machine (OS, CPU count and frequency, memory) to Apollo every hour,
// and once more at shutdown, unless told not to. A self-hosted atlas sends nothing anywhere
// unless its operator says so: APOLLO_TELEMETRY_DISABLED=false turns the report back on.
process.env.APOLLO_TELEMETRY_DISABLED ??= "true";

async function main(): Promise<void> {
  // OTLP export when OTEL_EXPORTER_OTLP_ENDPOINT is set, else nothing at all (@atlas/runtime tracing.ts).
  // Some of @apollo/gateway's spans pass through (gatewayPassThrough): a country lookup records 2 spans here, not 6.
  const tracing = startTracing("gateway", { passThrough: gatewayPassThrough() });
  const port = portFromEnv("GATEWAY_PORT", 4000);
  const gateway = await createGateway();
  const url = await gateway.listen(port, process.env.GATEWAY_HOST ?? "127.0.0.1");
  logger.info({ url }, "gateway ready");
  // gateway.stop() drains: no new connections, in-flight requests finish (each subgraph call is bounded by its timeout).
  exitAfterDrain(logger, () => gateway.stop().then(() => tracing.shutdown()));
}

main().catch((e: unknown) => {
  logger.fatal({ err: e }, "gateway failed to start");
  process.exit(1);
});
