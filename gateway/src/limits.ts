/**
 * Query limits, checked before the query plan runs, so a rejected operation never
 * reaches a subgraph. Depth, aliases and directives are graphql-armor's rules; cost is
 * demand.ts (armor's cost rule multiplies only literal `first` values);
 * tokens are graphql-js's own parser limit (armor's Apollo token plugin throws from a
 * hook Apollo reports as HTTP 500); string length is ours (armor has no such rule).
 *
 * Every rejection is HTTP 400 with its own extensions.code. Apollo gives every
 * validation error the code GRAPHQL_VALIDATION_FAILED, so the rules report a
 * QueryLimitError and formatClientError puts the limit's code back.
 */
import type { ApolloServerPlugin } from "@apollo/server";
import { ApolloArmor } from "@escape.tech/graphql-armor";
import { hasRole, maskInternalErrors, unstorable, type Caller, type Logger } from "@atlas/runtime";
import { GraphQLError, Kind, type GraphQLFormattedError, type ValidationContext, type ValidationRule } from "graphql";
import type { QueryLimits } from "./config";

export const LIMIT_CODES = {
  depth: "QUERY_TOO_DEEP",
  aliases: "TOO_MANY_ALIASES",
  directives: "TOO_MANY_DIRECTIVES",
  tokens: "TOO_MANY_TOKENS",
  cost: "QUERY_TOO_COSTLY",
  stringLength: "STRING_TOO_LONG",
} as const;

/** A query refused by a limit; `code` is what the client sees in extensions.code. */
export class QueryLimitError extends GraphQLError {
  constructor(
    message: string,
    readonly limitCode: string,
  ) {
    super(message, { extensions: { code: limitCode } });
  }
}

const report =
  (code: string) =>
  (context: ValidationContext | null, error: GraphQLError): void => {
    // armor prefixes every message with "Syntax Error:", which these are not.
    context?.reportError(new QueryLimitError(error.message.replace(/^Syntax Error: /, ""), code));
  };

/** Validation rules for depth, aliases, directives (graphql-armor) and string literals. */
export function queryLimitRules(limits: QueryLimits): ValidationRule[] {
  const armor = new ApolloArmor({
    maxDepth: { n: limits.maxDepth, flattenFragments: true, propagateOnRejection: false, onReject: [report(LIMIT_CODES.depth)] },
    maxAliases: { n: limits.maxAliases, propagateOnRejection: false, onReject: [report(LIMIT_CODES.aliases)] },
    maxDirectives: { n: limits.maxDirectives, propagateOnRejection: false, onReject: [report(LIMIT_CODES.directives)] },
    // Cost: demand.ts, with the request's variables (armor's rule sees only literals).
    costLimit: { enabled: false },
    // Tokens: graphql-js's parser option (see above). Suggestions: Apollo's hideSchemaDetailsFromClientErrors.
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: false },
  }).protect();
  return [...armor.validationRules, maxStringLiteralRule(limits.maxStringLength), knownOperationTypesRule];
}

/**
 * An operation whose root type the schema lacks (`subscription { … }`: the atlas has no
 * subscriptions) is a validation error, as graphql-js 17 reports it; graphql-js 16 lets
 * it through to the gateway's executor, which answered HTTP 500.
 */
export const knownOperationTypesRule: ValidationRule = (context) => ({
  OperationDefinition(node) {
    if (!context.getSchema().getRootType(node.operation)) {
      context.reportError(new GraphQLError(`The schema has no ${node.operation} operations.`, { nodes: node }));
    }
  },
});

function maxStringLiteralRule(max: number): ValidationRule {
  return (context) => ({
    StringValue(node) {
      if (node.value.length > max) {
        context.reportError(new QueryLimitError(`String of ${node.value.length} characters exceeds the limit of ${max}.`, LIMIT_CODES.stringLength));
      }
      const bad = unstorable(node.value);
      if (bad) context.reportError(new QueryLimitError(`A string in the operation contains ${bad}.`, "BAD_USER_INPUT"));
    },
  });
}

/** The longest string (value or key) anywhere in the variables; iterative, so deep nesting cannot overflow the stack. */
export function longestString(value: unknown): number {
  return scanStrings(value).longest;
}

/**
 * Every string (value or key) in the variables, once: the longest length, and the first
 * problem a store would have with one (unstorable: NUL, lone surrogate) with its path.
 */
export function scanStrings(value: unknown): { longest: number; unstorable: string | null } {
  let longest = 0;
  let bad: string | null = null;
  const stack: [unknown, string][] = [[value, "$"]];
  const see = (s: string, path: string): void => {
    longest = Math.max(longest, s.length);
    if (bad === null) {
      const why = unstorable(s);
      if (why) bad = `${path} contains ${why}`;
    }
  };
  while (stack.length > 0) {
    const [v, path] = stack.pop()!;
    if (typeof v === "string") see(v, path);
    else if (Array.isArray(v)) v.forEach((inner, i) => stack.push([inner, `${path}[${i}]`]));
    else if (v !== null && typeof v === "object") {
      for (const [k, inner] of Object.entries(v)) {
        see(k, `${path}.${k.slice(0, 40)}`);
        stack.push([inner, `${path}.${k.slice(0, 40)}`]);
      }
    }
  }
  return { longest, unstorable: bad };
}

/** Strings in variables are not part of the document the rules see; this checks them before execution. */
/**
 * The longest string a variable may hold: `maxStringLength`, or for a curator's mutation
 * `maxWriteStringLength` (an article's text, an import's parts).
 */
export function variableLimitsPlugin(limits: QueryLimits, maxWriteStringLength = limits.maxStringLength): ApolloServerPlugin<{ caller?: Caller }> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, operation, contextValue }) {
          const { longest, unstorable: bad } = scanStrings(request.variables);
          if (bad) {
            // Refused here for every subgraph: PostgreSQL cannot store a NUL, and a lone surrogate is not Unicode.
            throw new GraphQLError(`Variable ${bad}.`, { extensions: { code: "BAD_USER_INPUT", http: { status: 400 } } });
          }
          const limit = operation?.operation === "mutation" && hasRole(contextValue.caller, "curator") ? maxWriteStringLength : limits.maxStringLength;
          if (longest > limit) {
            throw new GraphQLError(`A variable holds a string of ${longest} characters; the limit is ${limit}.`, {
              extensions: { code: LIMIT_CODES.stringLength, http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}

export const OPERATION_CODES = {
  nameRequired: "OPERATION_NAME_REQUIRED",
  notFound: "OPERATION_NOT_FOUND",
} as const;

/** The most of a client's operation name an error message repeats. */
export const MAX_ECHOED_NAME = 64;

/** A client-chosen name, quoted, and cut to MAX_ECHOED_NAME characters (never inside a surrogate pair). */
export function echoName(name: string): string {
  if (name.length <= MAX_ECHOED_NAME) return JSON.stringify(name);
  const end = /[\uD800-\uDBFF]/.test(name[MAX_ECHOED_NAME - 1]!) ? MAX_ECHOED_NAME - 1 : MAX_ECHOED_NAME;
  return `${JSON.stringify(name.slice(0, end))}… (${name.length} characters)`;
}

/**
 * Which operation of the document to run: a document of several operations without an
 * operationName, or an operationName the document does not define, is the client's
 * mistake, answered 400 with its own code before the query planner (which threw it as
 * an internal error, HTTP 500, repeating the whole name). The name is echoed cut short.
 */
export function operationSelectionPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, operation }) {
          if (operation) return;
          const name = request.operationName;
          const operations = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION).length;
          if (name === undefined || name === null) {
            throw new GraphQLError(`The document holds ${operations} operations: send operationName to say which one to run.`, {
              extensions: { code: OPERATION_CODES.nameRequired, http: { status: 400 } },
            });
          }
          throw new GraphQLError(`Unknown operation named ${echoName(name)}.`, {
            extensions: { code: OPERATION_CODES.notFound, http: { status: 400 } },
          });
        },
      };
    },
  };
}

/**
 * Apollo Server's automatic persisted query (APQ) checks that refuse a request without a code
 * (HTTP 400, so the client saw INTERNAL_SERVER_ERROR), by their messages (@apollo/server
 * requestPipeline.ts), with the code a client can rely on and a message naming the field:
 * - a query sent with a sha256Hash that is not its sha256: PERSISTED_QUERY_HASH_MISMATCH,
 *   Apollo Router's code for the same refusal. Apollo Client's persisted-queries link does not
 *   retry it (it retries only PERSISTED_QUERY_NOT_FOUND and _NOT_SUPPORTED): the client's
 *   hashing is wrong and sending the same request again cannot help.
 * - a persistedQuery whose version is not 1 (or that is not an object): BAD_REQUEST, Apollo
 *   Server's code for a malformed request.
 * Apollo's own coded APQ errors (PERSISTED_QUERY_NOT_FOUND, 200) pass unchanged: clients match
 * their code, and older links their message "PersistedQueryNotFound".
 */
const APQ_REFUSALS: ReadonlyMap<string, { code: string; message: string }> = new Map([
  [
    "provided sha does not match query",
    {
      code: "PERSISTED_QUERY_HASH_MISMATCH",
      message:
        "extensions.persistedQuery.sha256Hash does not match the query: it must be the SHA-256 of the query text, in lower-case hex. The query was neither run nor stored.",
    },
  ],
  [
    "Unsupported persisted query version",
    {
      code: "BAD_REQUEST",
      message: "Unsupported persisted query: extensions.persistedQuery.version must be 1, beside sha256Hash (the SHA-256 of the query text, in hex).",
    },
  ],
]);

// graphql-js 16 words it "more that"; accept both spellings.
const TOKEN_LIMIT = /Document contains more th(?:an|at) (\d+) tokens/;
const URL_PATTERN = /\b(?:https?|wss?):\/\/[^\s"')]+/g;
// graphql-js's didYouMean: ` Did you mean "a", "b", or "c"?` / ` Did you mean the enum value "AR"?` (names hold no "?").
const SUGGESTION = /\s*Did you mean [^?]*\?/g;
const INTERNAL_EXTENSIONS = ["stacktrace", "exception", "response"];

function originalOf(error: unknown): unknown {
  let e = error;
  while (e instanceof GraphQLError && e.originalError && e.originalError !== e) e = e.originalError;
  return e;
}

/**
 * What a client sees of an error: internal errors masked (message "Internal server
 * error", cause in the log), limit codes restored, Apollo's uncoded APQ refusals given
 * codes (APQ_REFUSALS), and in production no stack traces,
 * no upstream response details, no URLs and no "Did you mean …?" suggestions.
 */
export function formatClientError(options: { production: boolean; logger: Logger }) {
  const mask = maskInternalErrors(options.logger);
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    let out = mask(formatted, error);
    const original = originalOf(error);
    if (original instanceof QueryLimitError) {
      out = { ...out, extensions: { ...out.extensions, code: original.limitCode } };
    } else if (out.extensions?.code === "GRAPHQL_PARSE_FAILED" && TOKEN_LIMIT.test(out.message)) {
      const limit = TOKEN_LIMIT.exec(out.message)![1];
      out = { ...out, message: `Token limit of ${limit} exceeded; parsing stopped.`, extensions: { ...out.extensions, code: LIMIT_CODES.tokens } };
    } else if (out.path === undefined && APQ_REFUSALS.has(out.message)) {
      const { code, message } = APQ_REFUSALS.get(out.message)!;
      out = { ...out, message, extensions: { ...out.extensions, code } };
    }
    if (options.production) {
      const extensions = { ...out.extensions };
      for (const k of INTERNAL_EXTENSIONS) delete extensions[k];
      // Apollo's hideSchemaDetailsFromClientErrors drops suggestions from validation errors only; variable coercion errors kept them.
      out = { ...out, message: out.message.replace(SUGGESTION, "").replace(URL_PATTERN, "[url]"), extensions };
    }
    return out;
  };
}
