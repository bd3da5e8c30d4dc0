/**
 * Cross-site request forgery, decided against how this API authenticates (docs/clients.md).
 *
 * CSRF makes a victim's browser send a request that carries the victim's ambient credentials
 * (cookies, HTTP auth, a client certificate). This API has none: an API key is a bearer token
 * that a page must put in the Authorization header itself, which no cross-site form, image or
 * simple request can do (a header like that needs a preflight, which CORS answers). A forged
 * request is therefore anonymous, and anonymous callers may only read what anyone may read;
 * mutations need a key and are refused over GET anyway (405, Apollo).
 *
 * So Apollo's csrfPrevention, which refuses any GET without a content-type or
 * apollo-require-preflight header, is off: it protected nothing here and broke clients' defaults
 * (urql sends short queries as GET with only an Accept header, graphql-request's GET mode too).
 * What stays: a POST must be JSON. Form, multipart and text/plain bodies are what a cross-site
 * form or a no-cors fetch sends without a preflight, and never a GraphQL request from a client,
 * so they are refused before the body is read, with the reason.
 */
import { sendGraphQLError } from "@atlas/runtime/src/http";
import type { RequestHandler } from "express";

export const requireJsonPost: RequestHandler = (req, res, next) => {
  const type = req.headers["content-type"];
  // The header itself, not req.is(): that answers null for a body-less POST, which Apollo refuses with its own reason.
  if (req.method !== "POST" || type?.split(";")[0]!.trim().toLowerCase() === "application/json") {
    next();
    return;
  }
  sendGraphQLError(
    res,
    400,
    "BAD_REQUEST",
    `POST /graphql needs content-type: application/json, got ${type ? JSON.stringify(type.split(";")[0]) : "none"}. ` +
      "Form, multipart and text/plain bodies are refused: browsers send them cross-site without a preflight (Cross-Site Request Forgery).",
  );
};
