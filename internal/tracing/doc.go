// Package tracing holds Roster's optional OpenTelemetry tracing: the
// tracer provider that exports spans over OTLP/HTTP (New), the ent driver
// that puts one span around every SQL statement (Driver), and the rules
// that keep personal data out of spans (Statement).
//
// Tracing is off unless an endpoint is configured. Off, New returns a
// Provider whose TracerProvider is OpenTelemetry's no-op provider, and the
// components that would record spans (the HTTP middleware and the GraphQL
// extension of internal/server, and Driver) are not installed at all, so
// a request costs nothing more than without tracing.
//
// What a span may hold, so that traces stay free of personal data: fixed
// names (routes, GraphQL type and field names, SQL keywords and table
// names), operation names (GraphQL names chosen by the client's
// developers), status codes and Roster's error codes. Never argument
// values, variables, GraphQL documents, SQL arguments, error messages,
// email addresses, tokens, client addresses or user agents. SQL text is
// recorded only after Statement has replaced every literal with '?'.
package tracing
