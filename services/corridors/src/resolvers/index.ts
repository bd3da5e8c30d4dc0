import type { Resolvers } from "../__generated__/resolvers-types";
import { Bilateral } from "./Bilateral";
import { Corridor } from "./Corridor";
import { Country } from "./Country";
import { Mutation } from "./Mutation";
import { Query } from "./Query";

export const resolvers: Resolvers = { Query, Mutation, Corridor, Country, Bilateral };
