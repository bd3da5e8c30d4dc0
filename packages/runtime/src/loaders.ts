import { parseBilateralId } from "./codes";

/**
 * DataLoader batch helpers: one result per key, in key order (the DataLoader contract).
 */

/** For loaders of one row per key: the row or null. */
export function byKey<K, R>(keys: readonly K[], rows: readonly R[], keyOf: (row: R) => K): (R | null)[] {
  const map = new Map<K, R>();
  for (const r of rows) map.set(keyOf(r), r);
  return keys.map((k) => map.get(k) ?? null);
}

/** For loaders of many rows per key: the rows (possibly none), in the order given. */
export function groupByKey<K, R>(keys: readonly K[], rows: readonly R[], keyOf: (row: R) => K): R[][] {
  const map = new Map<K, R[]>();
  for (const r of rows) {
    const k = keyOf(r);
    const list = map.get(k);
    if (list) list.push(r);
    else map.set(k, [r]);
  }
  return keys.map((k) => map.get(k) ?? []);
}

/**
 * For Bilateral fields: given the (owner, country) links of every owner touching any of
 * the codes, the ids of the owners linked to both countries of each pair, in pair order.
 */
export function idsByPair(pairIds: readonly string[], links: readonly { ownerId: string; countryCode: string }[]): string[][] {
  const countriesOf = new Map<string, Set<string>>();
  for (const { ownerId, countryCode } of links) {
    const set = countriesOf.get(ownerId) ?? new Set<string>();
    set.add(countryCode);
    countriesOf.set(ownerId, set);
  }
  return pairIds.map((id) => {
    const pair = parseBilateralId(id);
    return pair ? [...countriesOf].filter(([, set]) => set.has(pair[0]) && set.has(pair[1])).map(([owner]) => owner) : [];
  });
}
