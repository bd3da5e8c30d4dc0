/**
 * Demand control: the cost of an operation estimated before any subgraph is called,
 * with the request's variable values applied and a size assumed for every list, in the
 * spirit of Apollo Router's demand control and the IBM GraphQL cost specification.
 *
 * The model (RELIABILITY.md "Demand control"):
 * - every field selection costs 1 (leaf or object; `@cost(weight:)` on the field or its
 *   type replaces it), so the estimate is an upper bound on the values an answer holds;
 * - a list multiplies what is selected under it by its size: the value of its slicing
 *   argument (`first`, from a literal or a variable; the argument's default when absent),
 *   else its `@listSize(assumedSize:)`, else `defaultListSize`; a connection's size
 *   applies to its `sizedFields` (`nodes`, `edges`);
 * - fragments count where they are spread (a fragment spread twice costs twice), fields
 *   dropped by `@skip`/`@include` with the request's variables cost nothing;
 * - a mutation's root fields cost `MUTATION_BASE` each on top;
 * - a paged list below the root also costs the longest list it is cut from (loadCost).
 *
 * A slicing argument outside the page sizes every subgraph serves (1..MAX_PAGE_SIZE, the
 * one rule of @atlas/runtime's pageSizeArg) is the client's error, refused here with HTTP 400
 * BAD_USER_INPUT naming the argument, its field and its place in the document, as variable
 * coercion refuses a value of the wrong type: it would fail in the subgraph anyway, after the
 * plan had run and other subgraphs had been called, as a field error in a 200.
 *
 * The list sizes are declared by the subgraph that owns each field (`@listSize` in its
 * SDL, composed into the supergraph), sized from the corpus's shape; a test checks the
 * corpus never outgrows them. An unpaged list also costs at least the longest such list
 * the data holds now (each subgraph serves its live maxima, gateway/src/list-sizes.ts),
 * so the estimate stays an upper bound at a hundred times the data. graphql-armor's cost rule is not used: it multiplies
 * only literal `first` values and counts an unpaged list as one item.
 */
import type { ApolloServerPlugin } from "@apollo/server";
import {
  GraphQLError,
  Kind,
  getNamedType,
  getVariableValues,
  getNullableType,
  isCompositeType,
  isListType,
  isObjectType,
  isInterfaceType,
  parse,
  valueFromASTUntyped,
  type FieldDefinitionNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type DocumentNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from "graphql";

export const COST_CODE = "QUERY_TOO_COSTLY";
/** What one mutation root field adds (a write is a transaction, an audit entry and peer checks). */
export const MUTATION_BASE = 10;

export interface ListSize {
  assumedSize?: number;
  slicingArguments?: string[];
  sizedFields?: string[];
}

/** Cost directives read from a supergraph, by "Type.field" (and "Type" for type weights). */
export interface CostDirectives {
  listSizes: Map<string, ListSize>;
  weights: Map<string, number>;
}

function intArg(node: { arguments?: readonly { name: { value: string }; value: ValueNode }[] }, name: string): number | undefined {
  const v = node.arguments?.find((a) => a.name.value === name)?.value;
  return v?.kind === Kind.INT ? Number(v.value) : undefined;
}

function stringsArg(node: { arguments?: readonly { name: { value: string }; value: ValueNode }[] }, name: string): string[] | undefined {
  const v = node.arguments?.find((a) => a.name.value === name)?.value;
  if (v?.kind !== Kind.LIST) return undefined;
  return v.values.flatMap((s) => (s.kind === Kind.STRING ? [s.value] : []));
}

/**
 * `@listSize` and `@cost` as composition writes them into the supergraph (the API
 * schema @apollo/gateway derives drops directives, so they are read from the SDL).
 */
export function readCostDirectives(supergraphSdl: string): CostDirectives {
  const listSizes = new Map<string, ListSize>();
  const weights = new Map<string, number>();
  for (const def of parse(supergraphSdl).definitions) {
    if (def.kind !== Kind.OBJECT_TYPE_DEFINITION && def.kind !== Kind.INTERFACE_TYPE_DEFINITION && def.kind !== Kind.OBJECT_TYPE_EXTENSION) continue;
    const typeCost = def.directives?.find((d) => d.name.value === "cost");
    const typeWeight = typeCost && intArg(typeCost, "weight");
    if (typeWeight !== undefined) weights.set(def.name.value, typeWeight);
    for (const field of (def.fields ?? []) as readonly FieldDefinitionNode[]) {
      const key = `${def.name.value}.${field.name.value}`;
      for (const d of field.directives ?? []) {
        if (d.name.value === "listSize") {
          listSizes.set(key, { assumedSize: intArg(d, "assumedSize"), slicingArguments: stringsArg(d, "slicingArguments"), sizedFields: stringsArg(d, "sizedFields") });
        } else if (d.name.value === "cost") {
          const w = intArg(d, "weight");
          if (w !== undefined) weights.set(key, w);
        }
      }
    }
  }
  return { listSizes, weights };
}

export interface CostOptions {
  directives: CostDirectives;
  /** The longest list a field holds now (gateway/src/list-sizes.ts); an unpaged list costs at least that. */
  live?: (field: string) => number | undefined;
  /** The size assumed for a list without @listSize and without a slicing argument. */
  defaultListSize: number;
  /** The largest page a slicing argument may ask for; a value outside 1..max is refused (PageSizeError). */
  maxPageSize?: number;
}

const INT_MAX = 2 ** 31 - 1;

/** A slicing argument outside 1..max: the client's error, answered before any subgraph is called. */
export class PageSizeError extends GraphQLError {
  constructor(argument: string, field: string, value: number, max: number, node: ValueNode) {
    super(`Argument "${argument}" of ${field}: must be between 1 and ${max}, got ${value}`, {
      nodes: node,
      extensions: { code: "BAD_USER_INPUT", argumentName: argument, field, http: { status: 400 } },
    });
  }
}

/** Stops counting once the estimate is certain to be refused (and keeps numbers finite). */
const CEILING = Number.MAX_SAFE_INTEGER;

/**
 * The estimated cost of one operation of `document` with `variables`. Fragments are
 * costed once per (fragment, size context) and reused, so a fragment bomb costs
 * microseconds to estimate (and its estimate is huge).
 */
export function estimateCost(
  schema: GraphQLSchema,
  document: { definitions: readonly { kind: string }[] },
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> | undefined,
  options: CostOptions,
): number {
  // The values execution will see: the request's, with the operation's defaults for those it leaves out
  // (`query ($n: Int = 500)` sent without `n` asks for 500). Values coercion refuses are refused before execution; keep them raw.
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables ?? {});
  const vars = "coerced" in coerced ? coerced.coerced : (variables ?? {});
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set((d as FragmentDefinitionNode).name.value, d as FragmentDefinitionNode);
  const memo = new Map<string, number>();
  const { listSizes, weights } = options.directives;

  const argValue = (node: ValueNode | undefined): unknown => (node ? valueFromASTUntyped(node, vars) : undefined);

  const included = (node: { directives?: readonly { name: { value: string }; arguments?: readonly { name: { value: string }; value: ValueNode }[] }[] }): boolean => {
    for (const d of node.directives ?? []) {
      if (d.name.value !== "skip" && d.name.value !== "include") continue;
      const v = argValue(d.arguments?.find((a) => a.name.value === "if")?.value);
      if (d.name.value === "skip" && v === true) return false;
      if (d.name.value === "include" && v === false) return false;
    }
    return true;
  };

  /** The size of a list field: its slicing argument's value, else the larger of its assumed size and its live maximum. */
  const sliceOf = (key: string, field: GraphQLField<unknown, unknown>, args: readonly { name: { value: string }; value: ValueNode }[], size: ListSize | undefined): number => {
    let sliced: number | undefined;
    for (const name of size?.slicingArguments ?? []) {
      const given = args.find((a) => a.name.value === name);
      const value = given ? argValue(given.value) : field.args.find((a) => a.name === name)?.defaultValue;
      // Only a value Int coercion accepts; anything else is left to execution, which answers BAD_USER_INPUT naming it.
      if (typeof value !== "number" || !Number.isInteger(value) || Math.abs(value) > INT_MAX) continue;
      if (given && options.maxPageSize !== undefined && (value < 1 || value > options.maxPageSize)) throw new PageSizeError(name, key, value, options.maxPageSize, given.value);
      sliced = Math.max(sliced ?? 0, Math.max(0, value));
    }
    if (sliced !== undefined) return sliced;
    const assumed = size?.assumedSize ?? options.defaultListSize;
    // A connection's page is bounded by its own default; a plain list holds what the data holds.
    return size?.sizedFields?.length ? assumed : Math.max(assumed, options.live?.(key) ?? 0);
  };

  const selectionCost = (type: GraphQLNamedType, set: SelectionSetNode, sizedFields: Set<string>, size: number): number => {
    let total = 0;
    for (const sel of set.selections) {
      if (!included(sel)) continue;
      if (sel.kind === Kind.FIELD) {
        total += fieldCost(type, sel, sizedFields.has(sel.name.value) ? size : undefined);
      } else if (sel.kind === Kind.INLINE_FRAGMENT) {
        const inner = sel.typeCondition ? (schema.getType(sel.typeCondition.name.value) ?? type) : type;
        total += selectionCost(inner, sel.selectionSet, sizedFields, size);
      } else {
        const key = `${sel.name.value}|${[...sizedFields].join(",")}|${size}`;
        let cost = memo.get(key);
        if (cost === undefined) {
          const fragment = fragments.get(sel.name.value);
          // Validation has refused unknown and circular fragments; the guard only keeps types honest.
          const inner = fragment ? (schema.getType(fragment.typeCondition.name.value) ?? type) : type;
          memo.set(key, 0);
          cost = fragment ? selectionCost(inner, fragment.selectionSet, sizedFields, size) : 0;
          memo.set(key, cost);
        }
        total += cost;
      }
      if (total >= CEILING) return CEILING;
    }
    return total;
  };

  /**
   * What a paged list below the root costs to load, besides what it returns: the subgraphs
   * cut such a page in memory after one batch statement for the whole list of each parent
   * (`Country.agreementsConnection(first: 1)` reads all of RU's 3,946 agreements), so its
   * work follows the longest such list the data holds, not `first`. Top-level connections
   * page in SQL and cost only what they return.
   */
  const loadCost = (parent: GraphQLNamedType, fieldName: string, size: ListSize | undefined): number => {
    if (!size?.slicingArguments?.length || parent === schema.getQueryType()) return 0;
    return options.live?.(`${parent.name}.${fieldName.replace(/Connection$/, "")}`) ?? 0;
  };

  /** A field's cost; `sizedBy` is the slice its connection gave it (it is a connection's nodes or edges). */
  const fieldCost = (parent: GraphQLNamedType, node: FieldNode, sizedBy: number | undefined): number => {
    if (node.name.value === "__typename" || !(isObjectType(parent) || isInterfaceType(parent))) return 0;
    const field = parent.getFields()[node.name.value];
    if (!field) return 0;
    const key = `${parent.name}.${field.name}`;
    const named = getNamedType(field.type);
    const size = listSizes.get(key);
    const own = (weights.get(key) ?? weights.get(named.name) ?? 1) + loadCost(parent, field.name, size);
    if (!node.selectionSet || !isCompositeType(named)) return own;
    const sized = new Set(size?.sizedFields ?? []);
    const sliced = sliceOf(key, field, node.arguments ?? [], size);
    // A list's slice multiplies its items; a connection's (sizedFields) its nodes/edges.
    const isList = isListType(getNullableType(field.type));
    const items = sizedBy ?? (isList && sized.size === 0 ? sliced : 1);
    return Math.min(CEILING, own + items * selectionCost(named, node.selectionSet, sized, sliced));
  };

  const root = operation.operation === "mutation" ? schema.getMutationType() : operation.operation === "subscription" ? schema.getSubscriptionType() : schema.getQueryType();
  if (!root) return 0;
  let cost = selectionCost(root, operation.selectionSet, new Set(), 1);
  if (operation.operation === "mutation") {
    cost += MUTATION_BASE * operation.selectionSet.selections.filter((s) => s.kind === Kind.FIELD && included(s)).length;
  }
  return Math.min(cost, CEILING);
}

/** How long an estimate is reused, and for how many variable sets per document. */
const MEMO_MS = 10_000;
const MEMO_PER_DOCUMENT = 64;
const MEMO_MAX_KEY = 1024;

/**
 * Refuses an operation whose estimate is over `maxCost` with HTTP 400 QUERY_TOO_COSTLY,
 * before the query plan runs, naming the estimate and the limit (extensions.cost); and one
 * whose slicing argument asks for a page outside 1..maxPageSize with HTTP 400 BAD_USER_INPUT.
 */
export function demandControlPlugin(
  schemaSdl: string,
  options: { maxCost: number; defaultListSize: number; maxPageSize?: number; live?: (field: string) => number | undefined },
): ApolloServerPlugin {
  const directives = readCostDirectives(schemaSdl);
  // A hot operation is estimated once per variables and per MEMO_MS (the live list sizes move every minute), not per request.
  const memo = new WeakMap<DocumentNode, Map<string, { cost: number; at: number }>>();
  const estimate = (schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown> | undefined): number => {
    const fresh = (): number =>
      estimateCost(schema, document, operation, variables, { directives, defaultListSize: options.defaultListSize, maxPageSize: options.maxPageSize, live: options.live });
    let byVariables = memo.get(document);
    if (!byVariables) memo.set(document, (byVariables = new Map()));
    const key = `${operation.name?.value ?? ""}\0${JSON.stringify(variables ?? {})}`;
    // Large variables are not kept: 64 of them per document, over every document, would be a way to fill memory.
    if (key.length > MEMO_MAX_KEY) return fresh();
    const known = byVariables.get(key);
    if (known && Date.now() - known.at < MEMO_MS) return known.cost;
    const cost = fresh();
    if (byVariables.size >= MEMO_PER_DOCUMENT) byVariables.clear();
    byVariables.set(key, { cost, at: Date.now() });
    return cost;
  };
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, operation, schema }) {
          if (!operation) return;
          const estimated = estimate(schema, document, operation, request.variables);
          if (estimated <= options.maxCost) return;
          const shown = estimated >= CEILING ? "more than 9 quadrillion" : estimated.toLocaleString("en-US");
          throw new GraphQLError(
            `The operation's estimated cost is ${shown}, over the limit of ${options.maxCost.toLocaleString("en-US")}: ask for fewer items (first), fewer nested lists or fewer fields.`,
            { extensions: { code: COST_CODE, cost: { estimated, limit: options.maxCost }, http: { status: 400 } } },
          );
        },
      };
    },
  };
}
