import type { Resolvers } from "../__generated__/resolvers-types";
import { Bilateral } from "./Bilateral";
import { Country } from "./Country";
import { Indicator } from "./Indicator";
import { Mutation } from "./Mutation";
import { Query } from "./Query";
import { TradeFlow } from "./TradeFlow";

export const resolvers: Resolvers = { Query, Mutation, Indicator, TradeFlow, Country, Bilateral };
