import type { Resolvers } from "../__generated__/resolvers-types";
import { Bilateral } from "./Bilateral";
import { Corridor } from "./Corridor";
import { Country } from "./Country";
import { Query } from "./Query";

export const resolvers: Resolvers = { Query, Corridor, Country, Bilateral };
