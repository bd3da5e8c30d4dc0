import type { Resolvers } from "../__generated__/resolvers-types";
import { Agreement } from "./Agreement";
import { Bilateral } from "./Bilateral";
import { Country } from "./Country";
import { Mutation } from "./Mutation";
import { Person } from "./Person";
import { Query } from "./Query";

export const resolvers: Resolvers = { Query, Mutation, Agreement, Country, Bilateral, Person };
