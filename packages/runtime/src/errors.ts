import { GraphQLError } from "graphql";

/** A client mistake in one argument: `BAD_USER_INPUT`, naming the argument, HTTP 400 when it is the only error. */
export function badInput(argument: string, message: string): GraphQLError {
  return new GraphQLError(`Argument "${argument}": ${message}`, {
    extensions: { code: "BAD_USER_INPUT", argumentName: argument },
  });
}
