import { runSubgraph } from "@atlas/runtime";
import { createContext, createServer, listSizes, name } from "./server";

runSubgraph({ name, createServer, createContext, listSizes });
