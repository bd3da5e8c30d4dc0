/** The live maxima of this subgraph's unpaged lists, for the gateway's demand control (@atlas/runtime list-sizes.ts). */
import { total, type ListSizeSpec } from "@atlas/runtime/src/list-sizes";

export const listSizes: ListSizeSpec[] = [total("Query.documents", "document")];
