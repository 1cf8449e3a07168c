package server

import (
	"context"
	"io"
	"log/slog"
	"net/http"
	"slices"
	"strconv"
	"strings"

	"github.com/99designs/gqlgen/graphql"
	"go.opentelemetry.io/otel/attribute"
	"go.opentelemetry.io/otel/codes"
	"go.opentelemetry.io/otel/propagation"
	semconv "go.opentelemetry.io/otel/semconv/v1.43.0"
	"go.opentelemetry.io/otel/trace"

	"github.com/rosterhq/roster/graph"
	"github.com/rosterhq/roster/internal/tracing"
)

// Attributes of Roster's own on GraphQL spans.
const (
	// attrErrorCodes lists the distinct extensions.code values of an
	// operation's errors.
	attrErrorCodes = attribute.Key("roster.graphql.error_codes")
	// attrErrorCode is the extensions.code of a resolver's error.
	attrErrorCode = attribute.Key("roster.graphql.error_code")
	// attrFieldName and attrParentType name a resolver's field.
	attrFieldName  = attribute.Key("graphql.field.name")
	attrParentType = attribute.Key("graphql.field.parent_type")
)

// maxOperationName bounds the operation name put into a span.
const maxOperationName = 128

// route returns the route of a path for spans: a fixed pattern, never the
// path itself (console paths carry IDs), or "" for any other path.
func route(path string) string {
	switch {
	case path == "/graphql", path == "/healthz", path == "/readyz", path == "/metrics",
		path == "/graphiql", path == "/auth/oidc/login", path == "/auth/oidc/callback", path == "/":
		return path
	case strings.HasPrefix(path, "/assets/"):
		return "/assets/*"
	case strings.HasPrefix(path, "/admin/") || path == "/admin":
		return "/admin/*"
	case strings.HasPrefix(path, "/account/") || path == "/account":
		return "/account/*"
	default:
		return ""
	}
}

// httpMethods are the methods a span names as they are; others are
// "_OTHER", as the semantic conventions ask.
var httpMethods = []string{http.MethodGet, http.MethodHead, http.MethodPost, http.MethodPut, http.MethodPatch,
	http.MethodDelete, http.MethodConnect, http.MethodOptions, http.MethodTrace}

// traceRequests puts a server span around every request, continuing the
// trace of a W3C traceparent header when the request has one. The span
// holds the method, the route (see route), the scheme and the status;
// not the path, the query string, the client's address or its user
// agent. A 5xx status marks it failed.
func traceRequests(tp trace.TracerProvider, next http.Handler) http.Handler {
	tracer := tracing.Tracer(tp)
	propagator := propagation.TraceContext{}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ctx := propagator.Extract(r.Context(), propagation.HeaderCarrier(r.Header))
		method := r.Method
		if !slices.Contains(httpMethods, method) {
			method = "_OTHER"
		}
		scheme := "http"
		if r.TLS != nil {
			scheme = "https"
		}
		name := method
		attrs := []attribute.KeyValue{semconv.HTTPRequestMethodKey.String(method), semconv.URLScheme(scheme)}
		if rt := route(r.URL.Path); rt != "" {
			name += " " + rt
			attrs = append(attrs, semconv.HTTPRoute(rt))
		}
		ctx, span := tracer.Start(ctx, name, trace.WithSpanKind(trace.SpanKindServer), trace.WithAttributes(attrs...))
		defer span.End()
		rec := &statusRecorder{ResponseWriter: w}
		next.ServeHTTP(rec, r.WithContext(ctx))
		status := rec.status
		if status == 0 {
			status = http.StatusOK
		}
		span.SetAttributes(semconv.HTTPResponseStatusCode(status))
		if status >= 500 {
			span.SetAttributes(semconv.ErrorTypeKey.String(strconv.Itoa(status)))
			span.SetStatus(codes.Error, "")
		}
	})
}

// graphqlTracing records a span per GraphQL operation and per resolver
// that can reach the database.
//
// The operation's span covers parsing, validation and execution; it is
// named and attributed by the semantic conventions (graphql.operation.name
// and .type), never with the document or the variables, which can hold
// personal data. When the response has errors its status is Error with
// the first error's extensions.code, and roster.graphql.error_codes lists
// them all; the messages are left out.
//
// A resolver span is recorded for root fields and for fields whose value
// a function computes (gqlgen's IsResolver or IsMethod: Roster's resolvers
// and ent's edge loaders), which are the fields that can run SQL. Fields
// read from a struct (scalars, enums, IDs) get none: a page of 50 users
// with ten scalar fields would otherwise make 500 spans that say nothing.
// A resolver's error sets the span's status to its extensions.code, as
// the error presenter computes it.
type graphqlTracing struct {
	tracer trace.Tracer
	// code returns the extensions.code err is presented with.
	code func(context.Context, error) string
}

func newGraphQLTracing(tp trace.TracerProvider) graphqlTracing {
	// The presenter logs some errors; here it runs only to learn the
	// code, so its log goes nowhere (the real presenter logs them once).
	present := graph.ErrorPresenter(slog.New(slog.NewTextHandler(io.Discard, nil)))
	return graphqlTracing{
		tracer: tracing.Tracer(tp),
		code: func(ctx context.Context, err error) string {
			code, _ := present(ctx, err).Extensions["code"].(string)
			return code
		},
	}
}

func (graphqlTracing) ExtensionName() string { return "Tracing" }

func (graphqlTracing) Validate(graphql.ExecutableSchema) error { return nil }

// InterceptResponse implements graphql.ResponseInterceptor.
func (g graphqlTracing) InterceptResponse(ctx context.Context, next graphql.ResponseHandler) *graphql.Response {
	name, opType, start := operationOf(ctx)
	if len(name) > maxOperationName {
		name = name[:maxOperationName]
	}
	spanName := "GraphQL Operation"
	var attrs []attribute.KeyValue
	if opType != "" {
		spanName = opType
		attrs = append(attrs, semconv.GraphQLOperationTypeKey.String(opType))
		if name != "" {
			spanName += " " + name
			attrs = append(attrs, semconv.GraphQLOperationName(name))
		}
	}
	opts := []trace.SpanStartOption{trace.WithAttributes(attrs...)}
	if !start.IsZero() {
		opts = append(opts, trace.WithTimestamp(start))
	}
	ctx, span := g.tracer.Start(ctx, spanName, opts...)
	defer span.End()
	resp := next(ctx)
	if resp == nil || len(resp.Errors) == 0 {
		return resp
	}
	var codeList []string
	for _, e := range resp.Errors {
		code, _ := e.Extensions["code"].(string)
		if code == "" {
			code = "NONE"
		}
		if !slices.Contains(codeList, code) {
			codeList = append(codeList, code)
		}
	}
	span.SetAttributes(attrErrorCodes.StringSlice(codeList))
	span.SetStatus(codes.Error, codeList[0])
	return resp
}

// InterceptField implements graphql.FieldInterceptor.
func (g graphqlTracing) InterceptField(ctx context.Context, next graphql.Resolver) (any, error) {
	fc := graphql.GetFieldContext(ctx)
	if fc == nil || fc.Field.Field == nil || !tracedField(fc) {
		return next(ctx)
	}
	ctx, span := g.tracer.Start(ctx, fc.Object+"."+fc.Field.Name, trace.WithAttributes(
		attrParentType.String(fc.Object), attrFieldName.String(fc.Field.Name)))
	res, err := next(ctx)
	if err != nil {
		code := g.code(ctx, err)
		span.SetAttributes(attrErrorCode.String(code))
		span.SetStatus(codes.Error, code)
	}
	span.End()
	return res, err
}

// tracedField reports whether a field gets a span of its own: root fields
// and fields computed by a function, but no introspection.
func tracedField(fc *graphql.FieldContext) bool {
	if strings.HasPrefix(fc.Field.Name, "__") || strings.HasPrefix(fc.Object, "__") {
		return false
	}
	switch fc.Object {
	case "Query", "Mutation", "Subscription":
		return true
	}
	return fc.IsResolver || fc.IsMethod
}
