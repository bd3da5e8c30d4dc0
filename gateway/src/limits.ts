/**
 * Query limits, checked before the query plan runs, so a rejected operation never
 * reaches a subgraph. Depth, aliases, directives and cost are graphql-armor's rules;
 * tokens are graphql-js's own parser limit (armor's Apollo token plugin throws from a
 * hook Apollo reports as HTTP 500); string length is ours (armor has no such rule).
 *
 * Every rejection is HTTP 400 with its own extensions.code. Apollo gives every
 * validation error the code GRAPHQL_VALIDATION_FAILED, so the rules report a
 * QueryLimitError and formatClientError puts the limit's code back.
 */
import type { ApolloServerPlugin } from "@apollo/server";
import { ApolloArmor } from "@escape.tech/graphql-armor";
import { hasRole, maskInternalErrors, type Caller, type Logger } from "@atlas/runtime";
import { GraphQLError, type GraphQLFormattedError, type ValidationContext, type ValidationRule } from "graphql";
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

/** Validation rules for depth, aliases, directives, cost (graphql-armor) and string literals. */
export function queryLimitRules(limits: QueryLimits): ValidationRule[] {
  const armor = new ApolloArmor({
    maxDepth: { n: limits.maxDepth, flattenFragments: true, propagateOnRejection: false, onReject: [report(LIMIT_CODES.depth)] },
    maxAliases: { n: limits.maxAliases, propagateOnRejection: false, onReject: [report(LIMIT_CODES.aliases)] },
    maxDirectives: { n: limits.maxDirectives, propagateOnRejection: false, onReject: [report(LIMIT_CODES.directives)] },
    costLimit: { maxCost: limits.maxCost, flattenFragments: true, propagateOnRejection: false, onReject: [report(LIMIT_CODES.cost)] },
    // Tokens: graphql-js's parser option (see above). Suggestions: Apollo's hideSchemaDetailsFromClientErrors.
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: false },
  }).protect();
  return [...armor.validationRules, maxStringLiteralRule(limits.maxStringLength)];
}

function maxStringLiteralRule(max: number): ValidationRule {
  return (context) => ({
    StringValue(node) {
      if (node.value.length > max) {
        context.reportError(new QueryLimitError(`String of ${node.value.length} characters exceeds the limit of ${max}.`, LIMIT_CODES.stringLength));
      }
    },
  });
}

/** The longest string (value or key) anywhere in the variables; iterative, so deep nesting cannot overflow the stack. */
export function longestString(value: unknown): number {
  let longest = 0;
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (typeof v === "string") longest = Math.max(longest, v.length);
    else if (Array.isArray(v)) for (const inner of v) stack.push(inner);
    else if (v !== null && typeof v === "object") {
      for (const [k, inner] of Object.entries(v)) {
        longest = Math.max(longest, k.length);
        stack.push(inner);
      }
    }
  }
  return longest;
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
          const longest = longestString(request.variables);
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

// graphql-js 16 words it "more that"; accept both spellings.
const TOKEN_LIMIT = /Document contains more th(?:an|at) (\d+) tokens/;
const URL_PATTERN = /\b(?:https?|wss?):\/\/[^\s"')]+/g;
const INTERNAL_EXTENSIONS = ["stacktrace", "exception", "response"];

function originalOf(error: unknown): unknown {
  let e = error;
  while (e instanceof GraphQLError && e.originalError && e.originalError !== e) e = e.originalError;
  return e;
}

/**
 * What a client sees of an error: internal errors masked (message "Internal server
 * error", cause in the log), limit codes restored, and in production no stack traces,
 * no upstream response details and no URLs.
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
    }
    if (options.production) {
      const extensions = { ...out.extensions };
      for (const k of INTERNAL_EXTENSIONS) delete extensions[k];
      out = { ...out, message: out.message.replace(URL_PATTERN, "[url]"), extensions };
    }
    return out;
  };
}
