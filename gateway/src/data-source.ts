import { RemoteGraphQLDataSource } from "@apollo/gateway";
import { GraphQLError } from "graphql";

type FetchResponse = Parameters<RemoteGraphQLDataSource["didEncounterError"]>[2];

/**
 * A subgraph's data source. When the subgraph cannot be reached or answers with an
 * HTTP error, the client gets an error that names the subgraph with a stable code,
 * never the subgraph's internal URL or the socket error.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource {
  constructor(
    readonly serviceName: string,
    url: string,
  ) {
    super({ url });
  }

  override didEncounterError(error: Error, _request: unknown, response?: FetchResponse): void {
    const status = response?.status;
    throw new GraphQLError(`The ${this.serviceName} subgraph could not answer${status ? ` (HTTP ${status})` : ""}`, {
      originalError: error,
      extensions: { code: "SUBGRAPH_UNAVAILABLE", serviceName: this.serviceName },
    });
  }

}
