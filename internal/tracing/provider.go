package tracing

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/url"
	"strings"

	"go.opentelemetry.io/otel"
	"go.opentelemetry.io/otel/exporters/otlp/otlptrace/otlptracehttp"
	"go.opentelemetry.io/otel/sdk/resource"
	sdktrace "go.opentelemetry.io/otel/sdk/trace"
	semconv "go.opentelemetry.io/otel/semconv/v1.43.0"
	"go.opentelemetry.io/otel/trace"
	"go.opentelemetry.io/otel/trace/noop"
)

// ScopeName is the instrumentation scope of every span Roster records.
const ScopeName = "github.com/rosterhq/roster"

// ServiceName is the service.name of Roster's spans unless the
// OTEL_SERVICE_NAME variable names another.
const ServiceName = "roster"

// DefaultSampleRatio is the share of new traces recorded when none is
// configured: every one. Tracing is off by default, and an operator who
// switches it on usually wants to see each request; busy instances lower
// it.
const DefaultSampleRatio = 1.0

// TracesPath is the path under the endpoint that spans are posted to, as
// the OTLP/HTTP specification names it.
const TracesPath = "/v1/traces"

// Config switches tracing on and sets it up.
type Config struct {
	// Endpoint is the base URL of an OTLP/HTTP receiver (an OpenTelemetry
	// Collector, for example http://otel-collector:4318); spans are
	// posted to Endpoint + TracesPath. Empty: tracing is off.
	Endpoint string
	// SampleRatio is the share of traces that start at Roster which are
	// recorded, from 0 to 1. A request that carries a W3C traceparent
	// header follows its sampled flag instead (parent-based sampling).
	SampleRatio float64
	// ServiceVersion is the service.version of the spans.
	ServiceVersion string
	// Log receives export failures; nil means slog.Default().
	Log *slog.Logger
}

// TracesURL returns the URL spans are posted to for endpoint: its path
// with TracesPath appended, like the standard OTEL_EXPORTER_OTLP_ENDPOINT
// variable.
func TracesURL(endpoint string) (string, error) {
	u, err := url.Parse(strings.TrimSpace(endpoint))
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return "", errors.New("tracing: the endpoint must be an http:// or https:// URL, e.g. http://otel-collector:4318")
	}
	if u.User != nil || u.RawQuery != "" || u.Fragment != "" {
		return "", errors.New("tracing: the endpoint takes no user, query or fragment; send credentials with OTEL_EXPORTER_OTLP_HEADERS")
	}
	u.Path = strings.TrimSuffix(u.Path, "/") + TracesPath
	u.RawPath = ""
	return u.String(), nil
}

// Provider is the process's tracer provider. A nil *Provider is off.
type Provider struct {
	sdk *sdktrace.TracerProvider
}

// New returns the tracer provider Config describes: off (nil, nil) without
// an endpoint; otherwise one that batches spans and posts them over
// OTLP/HTTP (protobuf). Besides the endpoint, the exporter honours the
// standard variables OTEL_EXPORTER_OTLP_HEADERS, _TIMEOUT, _COMPRESSION,
// _CERTIFICATE, _CLIENT_CERTIFICATE and _CLIENT_KEY (also in their
// _TRACES_ forms), and the resource OTEL_SERVICE_NAME and
// OTEL_RESOURCE_ATTRIBUTES.
//
// New sets OpenTelemetry's global error handler to log through Log; it
// does not set the global tracer provider or propagator: Roster passes
// its provider to the components that record spans.
func New(ctx context.Context, c Config) (*Provider, error) {
	if strings.TrimSpace(c.Endpoint) == "" {
		return nil, nil
	}
	if c.SampleRatio < 0 || c.SampleRatio > 1 {
		return nil, fmt.Errorf("tracing: sample ratio %v is not between 0 and 1", c.SampleRatio)
	}
	target, err := TracesURL(c.Endpoint)
	if err != nil {
		return nil, err
	}
	log := c.Log
	if log == nil {
		log = slog.Default()
	}
	otel.SetErrorHandler(otel.ErrorHandlerFunc(func(err error) {
		log.Warn("tracing: exporting spans failed", "error", err)
	}))
	exporter, err := otlptracehttp.New(ctx, otlptracehttp.WithEndpointURL(target))
	if err != nil {
		return nil, fmt.Errorf("tracing: OTLP exporter: %w", err)
	}
	attrs := []resource.Option{
		resource.WithTelemetrySDK(),
		resource.WithAttributes(semconv.ServiceName(ServiceName)),
	}
	if c.ServiceVersion != "" {
		attrs = append(attrs, resource.WithAttributes(semconv.ServiceVersion(c.ServiceVersion)))
	}
	// Last, so that OTEL_SERVICE_NAME and OTEL_RESOURCE_ATTRIBUTES win.
	attrs = append(attrs, resource.WithFromEnv())
	res, err := resource.New(ctx, attrs...)
	if err != nil && !errors.Is(err, resource.ErrPartialResource) {
		return nil, fmt.Errorf("tracing: resource: %w", err)
	}
	sdk := sdktrace.NewTracerProvider(
		sdktrace.WithBatcher(exporter),
		sdktrace.WithResource(res),
		sdktrace.WithSampler(sdktrace.ParentBased(sdktrace.TraceIDRatioBased(c.SampleRatio))),
	)
	return &Provider{sdk: sdk}, nil
}

// TracerProvider returns the provider components record spans with:
// OpenTelemetry's no-op provider when p is off.
func (p *Provider) TracerProvider() trace.TracerProvider {
	if p == nil {
		return noop.NewTracerProvider()
	}
	return p.sdk
}

// Shutdown exports the spans still queued and stops the exporter; the
// caller bounds it with ctx. It does nothing when p is off.
func (p *Provider) Shutdown(ctx context.Context) error {
	if p == nil {
		return nil
	}
	if err := p.sdk.Shutdown(ctx); err != nil {
		return fmt.Errorf("tracing: shutdown: %w", err)
	}
	return nil
}

// Enabled reports whether tp records spans: false for nil and for
// OpenTelemetry's no-op provider. Components skip their instrumentation
// entirely when it is false.
func Enabled(tp trace.TracerProvider) bool {
	if tp == nil {
		return false
	}
	switch tp.(type) {
	case noop.TracerProvider, *noop.TracerProvider:
		return false
	}
	return true
}

// Tracer returns Roster's tracer of tp.
func Tracer(tp trace.TracerProvider) trace.Tracer {
	return tp.Tracer(ScopeName)
}
