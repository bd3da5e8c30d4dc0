import { parseBilateralId } from "@atlas/runtime";
import { listConnection, listSlice } from "@atlas/runtime/src/lists";
import type { Context } from "../context";
import { agreementTimeline, inScope } from "../loaders";
import type { AgreementNature, BilateralResolvers, PairScope } from "../__generated__/resolvers-types";

/** The pair's agreements in the scope and of the natures asked (by default: the two alone, instruments only). */
async function agreementsOf(pairId: string, scope: PairScope | null | undefined, nature: readonly AgreementNature[] | null | undefined, { loaders }: Context) {
  return agreementTimeline(loaders, await inScope(loaders, await loaders.byPair.load(pairId), scope), nature);
}

export const Bilateral: BilateralResolvers = {
  __resolveReference: (ref) => (parseBilateralId(ref.id) ? { id: ref.id } : null),
  agreements: async (b, { scope, nature, ...page }, ctx) => listSlice(`Bilateral(${b.id}).agreements`, await agreementsOf(b.id, scope, nature, ctx), page),
  agreementsConnection: async (b, { scope, nature, ...page }, ctx) => listConnection(`Bilateral(${b.id}).agreements`, await agreementsOf(b.id, scope, nature, ctx), page),
};
