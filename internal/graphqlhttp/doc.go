// Package graphqlhttp serves GraphQL queries and mutations over HTTP as the
// GraphQL-over-HTTP specification describes
// (https://graphql.github.io/graphql-over-http/draft/). Its [Transport] plugs
// into a gqlgen server and replaces gqlgen's own GET and POST transports:
//
//	srv := handler.New(executableSchema)
//	srv.AddTransport(transport.Websocket{}) // streaming transports first
//	srv.AddTransport(graphqlhttp.Transport{})
//
// # Requests
//
// A GET request carries the parameters query, operationName, variables and
// extensions in the URL query component; variables and extensions are JSON
// encoded; an empty operationName, variables or extensions counts as absent,
// and no parameter may be repeated. A GET request may only run a query: one
// that selects a mutation, even an invalid one, is answered 405 Method Not
// Allowed with "Allow: POST" and is never executed.
//
// A POST request carries a JSON object with the members query (a string,
// required), operationName (a string or null), variables (an object or null)
// and extensions (an object or null) as its body, with Content-Type
// application/json. A charset parameter, if any, must be utf-8, and the body
// must be valid UTF-8. Other members are ignored, as the specification
// reserves them for future use.
//
// Instead of query, a request may name a persisted document with documentId
// (a POST member, string or null, or a GET parameter), as the
// GraphQL-over-HTTP persisted documents convention describes; the transport
// passes the identifier to gqlgen's extensions in the context ([DocumentID])
// and one of them must supply the text. A request may also leave out query
// when its extensions carry persistedQuery (automatic persisted queries).
// query and documentId together are refused with 400. JSON numbers in variables and extensions
// reach gqlgen as json.Number, so large integers keep their precision. A POST
// whose Content-Type is missing or different, or whose body has a
// Content-Encoding, is answered 415 Unsupported Media Type; a body larger than
// [Transport.MaxBodyBytes] is answered 413 Content Too Large.
//
// Every other method, HEAD and OPTIONS included, is answered 405 Method Not
// Allowed with "Allow: GET, POST". CORS preflight requests must therefore be
// answered by middleware in front of the server.
//
// # Responses
//
// Responses are application/graphql-response+json or application/json,
// always labelled "; charset=utf-8", chosen from the Accept header by its
// q-values. When both are equally acceptable, the one the client listed
// first wins; when one wildcard range makes them equally acceptable,
// application/json wins. A request without an Accept header, or with only
// "*/*" or "application/*", gets application/json: the specification
// says such legacy clients should, and with application/json a request
// error still has status 200, which clients written before
// application/graphql-response+json expect. A request that accepts neither type is
// answered 406 Not Acceptable with a plain-text body naming the supported
// types. Every response carries "Vary: Accept".
//
// A request that fails before execution (malformed HTTP or JSON, a missing
// or mistyped parameter, a GraphQL document that does not parse or
// validate, variables that cannot be coerced, or an error from a gqlgen
// operation parameter or context mutator such as a complexity limit) gets a
// GraphQL response with an "errors" entry and no "data" entry. Its status is:
//
//   - 400, 405, 413 or 415 when the request is not a well-formed
//     GraphQL-over-HTTP request, whichever the media type;
//   - 400 for a well-formed request with application/graphql-response+json;
//   - 200 for a well-formed request with application/json, as the
//     specification asks so that clients can tell a GraphQL response from an
//     intermediary's error page.
//
// A request that reaches execution gets 200 and a "data" entry, null if
// execution produced no data, even when field errors occurred. Only a
// failure of the server itself (execution yielding no response, or a
// response that cannot be encoded) gets 500 instead.
//
// Each error of a request that fails before execution has an
// extensions.code: gqlgen's GRAPHQL_PARSE_FAILED or
// GRAPHQL_VALIDATION_FAILED (or whatever code an extension set), or one of
// the Code constants of this package. Errors pass through the server's error
// presenter and response middleware. Error messages never repeat the request
// body.
//
// # Limits
//
// Subscriptions are refused with [CodeOperationNotSupported]; serve them
// with gqlgen's Websocket or SSE transport, added to the server before
// [Transport] because [Transport.Supports] claims every request that is not
// a WebSocket upgrade. Incremental delivery (@defer) is not supported; the
// schema served with this transport should not offer the directive.
package graphqlhttp
