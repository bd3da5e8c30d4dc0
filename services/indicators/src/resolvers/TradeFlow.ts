import { citationOf } from "@atlas/runtime/src/lists";
import type { TradeFlowKind, TradeFlowResolvers } from "../__generated__/resolvers-types";

const citation = citationOf("trade_flow_source");
const list = (json: string): string[] => JSON.parse(json) as string[];

export const TradeFlow: TradeFlowResolvers = {
  __resolveReference: (ref, { loaders }) => loaders.tradeFlow.load(ref.id),
  kind: (t) => t.kind as TradeFlowKind,
  from: (t) => ({ code: t.fromCode }),
  to: (t) => (t.toCode ? { code: t.toCode } : null),
  items: (t) => list(t.items),
  companies: (t) => list(t.companies),
  sources: async (t, _, { loaders }) => (await loaders.tradeFlowSources.load(t.id)).map(citation),
  retraction: (t) => (t.retractedAt ? { at: t.retractedAt.toISOString(), by: t.retractedBy ?? "", reason: t.retractReason ?? "" } : null),
};
