/**
 * Which subgraphs an operation's answer depends on: for every field it selects, the subgraphs
 * that can resolve it, read from the supergraph's join directives (`@join__field(graph:)`,
 * else the type's `@join__type(graph:)`). A subgraph reads only its own tables, so a write
 * can change only the fields its own subgraph resolves: these are exactly the counters an
 * answer's cache key must carry. A field several subgraphs can resolve (shareable, keys)
 * counts for all of them, whichever one the query plan picks.
 */
import {
  buildASTSchema,
  isAbstractType,
  isObjectType,
  Kind,
  parse,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type ConstDirectiveNode,
  type DocumentNode,
  type GraphQLCompositeType,
  type GraphQLNamedType,
  type GraphQLSchema,
} from "graphql";

function graphArgs(directives: readonly ConstDirectiveNode[] | undefined, name: string): string[] {
  return (directives ?? [])
    .filter((d) => d.name.value === name)
    .flatMap((d) => d.arguments?.filter((a) => a.name.value === "graph" && a.value.kind === Kind.ENUM).map((a) => (a.value as { value: string }).value) ?? []);
}

/** The top-level fields of a type's `@join__type(key:)` field sets ("id", "code", "a b"). */
function keyFields(directives: readonly ConstDirectiveNode[]): Set<string> {
  const fields = new Set<string>();
  for (const d of directives) {
    if (d.name.value !== "join__type") continue;
    const key = d.arguments?.find((a) => a.name.value === "key")?.value;
    if (key?.kind !== Kind.STRING || key.value.includes("{")) continue;
    for (const f of key.value.split(/\s+/)) if (f) fields.add(f);
  }
  return fields;
}

export class SubgraphsOfOperation {
  private readonly schema: GraphQLSchema;
  /** join__Graph enum value → subgraph name. */
  private readonly names = new Map<string, string>();
  private readonly memo = new WeakMap<DocumentNode, string[]>();

  constructor(supergraphSdl: string) {
    const ast = parse(supergraphSdl);
    this.schema = buildASTSchema(ast, { assumeValidSDL: true });
    for (const def of ast.definitions) {
      if (def.kind !== Kind.ENUM_TYPE_DEFINITION || def.name.value !== "join__Graph") continue;
      for (const v of def.values ?? []) {
        const name = v.directives?.find((d) => d.name.value === "join__graph")?.arguments?.find((a) => a.name.value === "name")?.value;
        this.names.set(v.name.value, name?.kind === Kind.STRING ? name.value : v.name.value.toLowerCase());
      }
    }
  }

  /** Every subgraph, sorted: what a mutation to an unknown field would have to count. */
  get all(): string[] {
    return [...new Set(this.names.values())].sort();
  }

  /** The subgraphs the document's fields may be resolved by, sorted (every operation of it: a superset is safe). */
  of(document: DocumentNode): string[] {
    let found = this.memo.get(document);
    if (!found) this.memo.set(document, (found = this.compute(document)));
    return found;
  }

  /** The subgraphs a mutation writes to: the owners of its root fields (not of the fields it reads back). */
  writers(document: DocumentNode): string[] {
    const mutation = this.schema.getMutationType();
    return mutation ? this.compute(document, (parent) => parent === mutation) : this.all;
  }

  private compute(document: DocumentNode, only?: (parent: GraphQLCompositeType) => boolean): string[] {
    const graphs = new Set<string>();
    const typeInfo = new TypeInfo(this.schema);
    visit(
      document,
      visitWithTypeInfo(typeInfo, {
        Field: (node) => {
          const parent = typeInfo.getParentType();
          if (!parent || node.name.value.startsWith("__") || (only && !only(parent))) return;
          for (const g of this.ownersOf(parent, node.name.value)) graphs.add(g);
        },
      }),
    );
    return [...graphs].map((g) => this.names.get(g) ?? g.toLowerCase()).sort();
  }

  private ownersOf(parent: GraphQLCompositeType, field: string): string[] {
    const types: readonly GraphQLNamedType[] = isAbstractType(parent) ? this.schema.getPossibleTypes(parent) : [parent];
    return types.flatMap((t) => {
      if (!isObjectType(t)) return [];
      const def = t.getFields()[field];
      if (!def) return [];
      const byField = graphArgs(def.astNode?.directives, "join__field");
      if (byField.length) return byField;
      const typeDirectives = [t.astNode, ...t.extensionASTNodes].flatMap((n) => n?.directives ?? []);
      // A key field is the entity's identity, the same in every subgraph and never rewritten: whether
      // the entity is there at all is up to the field that returned it, whose owner is counted.
      if (keyFields(typeDirectives).has(field)) return [];
      return graphArgs(typeDirectives, "join__type");
    });
  }
}
