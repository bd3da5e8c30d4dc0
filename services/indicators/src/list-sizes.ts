/** The live maxima of this subgraph's unpaged lists, for the gateway's demand control (@atlas/runtime list-sizes.ts). */
import { perGroup, perPair, type ListSizeSpec } from "@atlas/runtime/src/list-sizes";

export const listSizes: ListSizeSpec[] = [
  perGroup("Country.indicators", "indicator_country", "countryCode"),
  perPair("Bilateral.indicators", "indicator_country", "indicatorId"),
  perGroup("Indicator.countries", "indicator_country", "indicatorId"),
  perGroup("Indicator.sources", "indicator_source", "ownerId"),
  perGroup("Indicator.parts", "indicator", "partOfId", undefined, `"partOfId" IS NOT NULL`),
  perGroup("TradeFlow.sources", "trade_flow_source", "ownerId"),
  // A country's trade flows: those from it and those to it.
  {
    field: "Country.tradeFlows",
    sql: `SELECT COALESCE(MAX(n), 0) AS n FROM (SELECT COUNT(*) AS n FROM (SELECT "fromCode" AS code FROM "trade_flow" UNION ALL SELECT "toCode" AS code FROM "trade_flow" WHERE "toCode" IS NOT NULL) c GROUP BY code) t`,
  },
  // A pair's trade flows, either way.
  {
    field: "Bilateral.tradeFlows",
    sql: `SELECT COALESCE(MAX(n), 0) AS n FROM (SELECT COUNT(*) AS n FROM "trade_flow" WHERE "toCode" IS NOT NULL GROUP BY CASE WHEN "fromCode" < "toCode" THEN "fromCode" || '-' || "toCode" ELSE "toCode" || '-' || "fromCode" END) t`,
  },
];
