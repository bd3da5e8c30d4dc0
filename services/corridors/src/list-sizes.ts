/** The live maxima of this subgraph's unpaged lists, for the gateway's demand control (@atlas/runtime list-sizes.ts). */
import { perGroup, perPair, type ListSizeSpec } from "@atlas/runtime/src/list-sizes";

export const listSizes: ListSizeSpec[] = [
  perGroup("Country.corridors", "corridor_country", "countryCode"),
  perPair("Bilateral.corridors", "corridor_country", "corridorId"),
  perGroup("Corridor.countries", "corridor_country", "corridorId"),
  perGroup("Corridor.dates", "corridor_date", "ownerId"),
  perGroup("Corridor.sources", "corridor_source", "ownerId"),
];
