import type { Resolvers } from "../__generated__/resolvers-types";
import { Document } from "./Document";
import { Query } from "./Query";
import { Source } from "./Source";

export const resolvers: Resolvers = { Query, Document, Source };
