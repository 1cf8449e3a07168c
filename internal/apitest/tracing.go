package apitest

import (
	"context"
	"testing"
	"time"

	sdktrace "go.opentelemetry.io/otel/sdk/trace"
	"go.opentelemetry.io/otel/sdk/trace/tracetest"
	"go.opentelemetry.io/otel/trace"
)

// Spans is the in-memory span recorder of a NewTraced environment.
type Spans struct {
	rec *tracetest.SpanRecorder
	// served receives a value each time a server span (one request)
	// has ended.
	served chan struct{}
}

func newSpans() *Spans {
	return &Spans{rec: tracetest.NewSpanRecorder(), served: make(chan struct{}, 4096)}
}

// OnStart implements sdktrace.SpanProcessor.
func (s *Spans) OnStart(ctx context.Context, span sdktrace.ReadWriteSpan) { s.rec.OnStart(ctx, span) }

// OnEnd implements sdktrace.SpanProcessor.
func (s *Spans) OnEnd(span sdktrace.ReadOnlySpan) {
	s.rec.OnEnd(span)
	if span.SpanKind() == trace.SpanKindServer {
		s.served <- struct{}{}
	}
}

// Shutdown implements sdktrace.SpanProcessor.
func (s *Spans) Shutdown(ctx context.Context) error { return s.rec.Shutdown(ctx) }

// ForceFlush implements sdktrace.SpanProcessor.
func (s *Spans) ForceFlush(ctx context.Context) error { return s.rec.ForceFlush(ctx) }

// Ended returns every span that has ended so far, in the order they
// ended.
func (s *Spans) Ended() []sdktrace.ReadOnlySpan { return s.rec.Ended() }

// Of runs request, which must send exactly one HTTP request to the
// server, waits until the server has ended that request's span (a
// response reaches the client a moment before), and returns the spans
// that ended meanwhile: those of the request.
func (s *Spans) Of(t testing.TB, request func()) []sdktrace.ReadOnlySpan {
	t.Helper()
	for len(s.served) > 0 {
		<-s.served
	}
	before := len(s.rec.Ended())
	request()
	select {
	case <-s.served:
	case <-time.After(time.Minute):
		t.Fatal("apitest: the request's server span never ended")
	}
	return s.rec.Ended()[before:]
}
