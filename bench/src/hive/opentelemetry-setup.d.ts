/**
 * The types of Hive Gateway's `@graphql-hive/gateway/opentelemetry/setup` (gateway-otel.config.ts): a
 * package subpath export, which this repository's TypeScript (node10 module resolution) does not read
 * from package.json "exports". Hive re-exports @graphql-hive/plugin-opentelemetry's setup; these are
 * that package's own declarations.
 */
declare module "@graphql-hive/gateway/opentelemetry/setup" {
  export { openTelemetrySetup } from "@graphql-hive/plugin-opentelemetry/dist/setup";
}
