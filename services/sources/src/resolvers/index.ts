import type { Resolvers } from "../__generated__/resolvers-types";
import { Document } from "./Document";
import { Mutation } from "./Mutation";
import { Query } from "./Query";
import { Source } from "./Source";

export const resolvers: Resolvers = { Query, Mutation, Document, Source };
