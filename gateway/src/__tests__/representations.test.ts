import http from "node:http";
import type { AddressInfo } from "node:net";
import type { GraphQLDataSourceProcessOptions } from "@apollo/gateway";
import { Agent } from "undici";
import { SubgraphDataSource, type GatewayContext } from "../data-source";
import { distinct, expand } from "../representations";

describe("deduplicating entity representations", () => {
  const reps = [{ __typename: "Country", code: "AZ" }, { __typename: "Country", code: "TR" }, { __typename: "Country", code: "AZ" }, { __typename: "Country", code: "AZ" }];

  it("sends each distinct representation once and remembers where each original went", () => {
    const { unique, slot } = distinct(reps);
    expect(unique).toEqual([reps[0], reps[1]]);
    expect(slot).toEqual([0, 1, 0, 0]);
  });

  it("gives every original representation its answer and its errors back, in order", () => {
    const { slot } = distinct(reps);
    const response = expand(
      { data: { _entities: [{ name: "Azerbaijan" }, null] }, errors: [{ message: "no TR", path: ["_entities", 1, "name"] }, { message: "other" }] },
      slot,
    );
    expect(response.data).toEqual({ _entities: [{ name: "Azerbaijan" }, null, { name: "Azerbaijan" }, { name: "Azerbaijan" }] });
    expect(response.errors).toEqual([{ message: "no TR", path: ["_entities", 1, "name"] }, { message: "other" }]);
    const again = expand({ data: { _entities: [null, { name: "Türkiye" }] }, errors: [{ message: "no AZ", path: ["_entities", 0] }] }, slot);
    expect(again.errors!.map((e) => e.path)).toEqual([["_entities", 0], ["_entities", 2], ["_entities", 3]]);
  });
});

describe("SubgraphDataSource sends each distinct representation once", () => {
  let server: http.Server;
  let url: string;
  let agent: Agent;
  const received: unknown[][] = [];

  beforeAll(async () => {
    // A subgraph's _entities over real HTTP: one answer per representation it receives, "XX" unknown (null and an error).
    server = http.createServer((req, res) => {
      let body = "";
      req.on("data", (c: Buffer) => (body += c.toString()));
      req.on("end", () => {
        const reps = (JSON.parse(body) as { variables: { representations: { code: string }[] } }).variables.representations;
        received.push(reps);
        const entities = reps.map((r) => (r.code === "XX" ? null : { name: `name of ${r.code}` }));
        const errors = reps.flatMap((r, i) => (r.code === "XX" ? [{ message: "unknown country XX", path: ["_entities", i] }] : []));
        res.setHeader("content-type", "application/json");
        res.end(JSON.stringify({ data: { _entities: entities }, ...(errors.length ? { errors } : {}) }));
      });
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
    agent = new Agent();
  });

  afterAll(async () => {
    await agent.close();
    await new Promise((r) => server.close(r));
  });

  async function entities(codes: string[]): Promise<{ data: unknown; errors: unknown }> {
    const source = new SubgraphDataSource("countries", url, { timeoutMs: 2000, dispatcher: agent });
    const options = {
      kind: "incoming operation",
      request: {
        query: "query($representations:[_Any!]!){_entities(representations:$representations){...on Country{name}}}",
        variables: { representations: codes.map((code) => ({ __typename: "Country", code })) },
        http: { method: "POST", url, headers: new Headers() },
      },
      context: {},
      incomingRequestContext: { request: {}, context: {} },
    } as unknown as GraphQLDataSourceProcessOptions<GatewayContext>;
    const answer = await source.process(options);
    return { data: answer.data, errors: answer.errors?.map((e) => e.path) };
  }

  it("asks for AZ and TR once each and answers all six in their order", async () => {
    received.length = 0;
    const answer = await entities(["AZ", "TR", "AZ", "AZ", "TR", "AZ"]);
    expect(received).toEqual([[{ __typename: "Country", code: "AZ" }, { __typename: "Country", code: "TR" }]]);
    expect(answer.data).toEqual({ _entities: ["AZ", "TR", "AZ", "AZ", "TR", "AZ"].map((c) => ({ name: `name of ${c}` })) });
  });

  it("gives an error on a duplicated representation to every place that asked it", async () => {
    received.length = 0;
    const answer = await entities(["XX", "AZ", "XX"]);
    expect(received[0]).toHaveLength(2);
    expect(answer.data).toEqual({ _entities: [null, { name: "name of AZ" }, null] });
    expect(answer.errors).toEqual([
      ["_entities", 0],
      ["_entities", 2],
    ]);
  });

  it("sends a list without duplicates as it is", async () => {
    received.length = 0;
    await entities(["AZ", "TR"]);
    expect(received).toEqual([[{ __typename: "Country", code: "AZ" }, { __typename: "Country", code: "TR" }]]);
  });
});
