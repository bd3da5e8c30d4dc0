import { runSubgraph } from "@atlas/runtime";
import { createContext, createServer, name } from "./server";

runSubgraph({ name, createServer, createContext });
