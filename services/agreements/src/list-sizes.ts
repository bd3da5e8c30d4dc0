/** The live maxima of this subgraph's unpaged lists, for the gateway's demand control (@atlas/runtime list-sizes.ts). */
import { perGroup, perPair, type ListSizeSpec } from "@atlas/runtime/src/list-sizes";

export const listSizes: ListSizeSpec[] = [
  perGroup("Country.agreements", "agreement_party", "countryCode"),
  perPair("Bilateral.agreements", "agreement_party", "agreementId"),
  perGroup("Person.agreementsSigned", "agreement_signatory", "personId"),
  perGroup("Agreement.parties", "agreement_party", "agreementId"),
  perGroup("Agreement.signatories", "agreement_signatory", "agreementId"),
  perGroup("Agreement.sources", "agreement_source", "ownerId"),
  perGroup("Agreement.signedOnClaims", "agreement_date", "ownerId"),
];
