import type { Resolvers } from "../__generated__/resolvers-types";
import { Query } from "./Query";

export const resolvers: Resolvers = { Query };
