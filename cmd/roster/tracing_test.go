package main

import (
	"bytes"
	"context"
	"encoding/hex"
	"encoding/json"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

// collector is an OTLP/HTTP receiver for tests: it keeps the bodies
// posted to /v1/traces.
type collector struct {
	mu     sync.Mutex
	bodies [][]byte
	other  []string
}

func (c *collector) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	c.mu.Lock()
	defer c.mu.Unlock()
	if r.Method != http.MethodPost || r.URL.Path != "/v1/traces" || r.Header.Get("Content-Type") != "application/x-protobuf" {
		c.other = append(c.other, r.Method+" "+r.URL.Path+" "+r.Header.Get("Content-Type"))
		http.Error(w, "not an OTLP/HTTP trace export", http.StatusNotFound)
		return
	}
	c.bodies = append(c.bodies, body)
	w.Header().Set("Content-Type", "application/x-protobuf")
}

func (c *collector) received() ([]byte, []string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return bytes.Join(c.bodies, nil), c.other
}

// TestServeExportsSpans: roster serve with ROSTER_OTEL_ENDPOINT posts its
// spans over OTLP/HTTP to the receiver; the spans still queued when the
// server stops (the batch interval is seconds) are sent during shutdown.
// The export carries the caller's trace ID, the request's and the
// operation's spans, the service name, and neither the email nor the
// password the request sent.
func TestServeExportsSpans(t *testing.T) {
	clearMailEnv(t)
	recv := &collector{}
	otlp := httptest.NewServer(recv)
	defer otlp.Close()
	t.Setenv("ROSTER_OTEL_ENDPOINT", otlp.URL)
	t.Setenv("ROSTER_OTEL_SAMPLE_RATIO", "0") // the caller's sampled flag decides
	t.Setenv("OTEL_SERVICE_NAME", "roster-under-test")
	t.Setenv("OTEL_EXPORTER_OTLP_HEADERS", "")
	// No export before shutdown: not on a timer, nor because a batch is
	// full (each /healthz poll below makes a span).
	t.Setenv("OTEL_BSP_SCHEDULE_DELAY", "600000")
	t.Setenv("OTEL_BSP_MAX_QUEUE_SIZE", "10000")
	t.Setenv("OTEL_BSP_MAX_EXPORT_BATCH_SIZE", "10000")

	db := "sqlite:" + filepath.Join(t.TempDir(), "roster.db")
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	ctx, cancel := context.WithCancel(t.Context())
	defer cancel()
	done := make(chan error, 1)
	go func() {
		done <- run(ctx, []string{"serve", "--addr", addr, "--database-url", db, "--log-level", "error"}, strings.NewReader(""), io.Discard, io.Discard)
	}()

	client := &http.Client{Timeout: 10 * time.Second}
	base := "http://" + addr
	deadline := time.Now().Add(30 * time.Second)
	for {
		select {
		case err := <-done:
			t.Fatalf("serve stopped: %v", err)
		default:
		}
		resp, err := client.Get(base + "/healthz")
		if err == nil {
			resp.Body.Close()
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("serve never answered: %v", err)
		}
		time.Sleep(50 * time.Millisecond)
	}

	const traceID = "0af7651916cd43dd8448eb211c80319c"
	const email, password = "exported.person@example.com", "exported secret password"
	body, _ := json.Marshal(map[string]any{
		"query":     `mutation ExportedSignIn($e: String!, $p: String!) { login(input: {email: $e, password: $p}) { user { id } } }`,
		"variables": map[string]any{"e": email, "p": password},
	})
	req, _ := http.NewRequest(http.MethodPost, base+"/graphql", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("traceparent", "00-"+traceID+"-b7ad6b7169203331-01")
	resp, err := client.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	raw, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if !strings.Contains(string(raw), "UNAUTHENTICATED") {
		t.Fatalf("sign-in of an unknown person: %d %s", resp.StatusCode, raw)
	}
	if got, _ := recv.received(); len(got) != 0 {
		t.Fatalf("spans were exported before shutdown (%d bytes); the test cannot tell that shutdown flushes", len(got))
	}

	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("serve: %v", err)
		}
	case <-time.After(30 * time.Second):
		t.Fatal("serve did not stop")
	}

	got, other := recv.received()
	if len(other) > 0 {
		t.Errorf("requests that are no trace export: %v", other)
	}
	id, _ := hex.DecodeString(traceID)
	for _, want := range [][]byte{id, []byte("POST /graphql"), []byte("mutation ExportedSignIn"), []byte("Mutation.login"), []byte("roster-under-test")} {
		if !bytes.Contains(got, want) {
			t.Errorf("the export (%d bytes) lacks %q", len(got), want)
		}
	}
	for _, secret := range []string{email, "example.com", password} {
		if bytes.Contains(got, []byte(secret)) {
			t.Errorf("the export holds %q", secret)
		}
	}
}
