import { parseBilateralId } from "@atlas/runtime";
import type { CountryRow } from "@atlas/db";
import type { BilateralResolvers } from "../__generated__/resolvers-types";

export const Bilateral: BilateralResolvers = {
  __resolveReference: (ref) => (parseBilateralId(ref.id) ? { id: ref.id } : null),
  countries: async (b, _, { loaders }) => {
    const codes = parseBilateralId(b.id) ?? [];
    const rows = await loaders.country.loadMany(codes);
    return rows.filter((r): r is CountryRow => !!r && !(r instanceof Error));
  },
};
