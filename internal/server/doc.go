// Package server wires Roster's HTTP surface: the GraphQL endpoint
// (/graphql, through internal/graphqlhttp), GraphiQL at /, the health
// probes /healthz and /readyz, and the middleware every request passes
// (request ID, recovery, access log, CORS, security headers).
package server
