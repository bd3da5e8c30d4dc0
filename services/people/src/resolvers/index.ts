import type { Resolvers } from "../__generated__/resolvers-types";
import { Bilateral } from "./Bilateral";
import { Country } from "./Country";
import { Event, Place } from "./Event";
import { Mutation } from "./Mutation";
import { Person } from "./Person";
import { Query } from "./Query";
import { Role } from "./Role";

export const resolvers: Resolvers = { Query, Mutation, Person, Role, Event, Place, Country, Bilateral };
