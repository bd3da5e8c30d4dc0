import type { Resolvers } from "../__generated__/resolvers-types";
import { Bilateral } from "./Bilateral";
import { Country } from "./Country";
import { Query } from "./Query";

export const resolvers: Resolvers = { Query, Country, Bilateral };
