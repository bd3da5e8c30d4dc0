/** Written by the build from this app's operations (web/persisted-operations.ts): operation name → sha256 of its document. */
declare module "virtual:persisted-operations" {
  const ids: Readonly<Record<string, string>>;
  export default ids;
}
