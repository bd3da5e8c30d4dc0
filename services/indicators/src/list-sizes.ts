/** The live maxima of this subgraph's unpaged lists, for the gateway's demand control (@atlas/runtime list-sizes.ts). */
import { perGroup, perPair, type ListSizeSpec } from "@atlas/runtime/src/list-sizes";

export const listSizes: ListSizeSpec[] = [
  perGroup("Country.indicators", "indicator_country", "countryCode"),
  perPair("Bilateral.indicators", "indicator_country", "indicatorId"),
  perGroup("Indicator.countries", "indicator_country", "indicatorId"),
  perGroup("Indicator.sources", "indicator_source", "ownerId"),
];
