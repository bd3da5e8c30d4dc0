export default async function globalTeardown(): Promise<void> {
  const test = (globalThis as { __atlasTestDb?: { drop(): Promise<void> } }).__atlasTestDb;
  await test?.drop();
}
