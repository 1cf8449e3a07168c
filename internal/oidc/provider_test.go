package oidc

// The providers of the tests are oidctest's: a real zitadel/oidc "op"
// provider on 127.0.0.1 that signs alice in at once. testOP adapts it to
// the names these tests use.

import (
	"bytes"
	"context"
	"crypto/rsa"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"sync"
	"testing"
	"time"

	"golang.org/x/oauth2"

	"github.com/rosterhq/roster/internal/oidc/oidctest"
	"github.com/rosterhq/roster/internal/pulid"
)

// testTimeout bounds every test's provider calls and HTTP clients.
const testTimeout = oidctest.Timeout

// testCtx returns a context that ends with the test or after testTimeout.
func testCtx(t *testing.T) context.Context {
	t.Helper()
	ctx, cancel := context.WithTimeout(t.Context(), testTimeout)
	t.Cleanup(cancel)
	return ctx
}

// The test clients of every provider.
const (
	clientID     = oidctest.ClientID
	clientSecret = oidctest.ClientSecret
	jwtClientID  = oidctest.JWTClientID // issues JWT access tokens
	jwtSecret    = oidctest.JWTClientSecret
)

// alice is the user every provider signs in.
var alice = struct{ ID, Email, FirstName, LastName string }{
	ID:        oidctest.DefaultUser.Subject,
	Email:     oidctest.DefaultUser.Email,
	FirstName: oidctest.DefaultUser.GivenName,
	LastName:  oidctest.DefaultUser.FamilyName,
}

// testOP is a running provider.
type testOP struct {
	*oidctest.Provider
	issuer string
	meta   map[string]any
	// srv stops the provider.
	srv interface{ Close() }
}

type opOptions struct {
	// redirectURIs are registered for both clients, besides the direct one.
	redirectURIs []string
	// noIntrospection removes introspection_endpoint from discovery.
	noIntrospection bool
}

func startOP(t *testing.T, o opOptions) *testOP {
	t.Helper()
	p := oidctest.Start(t, oidctest.Options{RedirectURIs: o.redirectURIs, NoIntrospection: o.noIntrospection})
	return &testOP{Provider: p, issuer: p.Issuer(), meta: p.Discovery(), srv: p}
}

func (o *testOP) hitsOf(t *testing.T, endpoint string) int {
	t.Helper()
	return o.Hits(t, endpoint)
}

func (o *testOP) resetHits() { o.ResetHits() }

// signingKey returns the provider's private signing key and its key ID.
func (o *testOP) signingKey(t *testing.T) (*rsa.PrivateKey, string) {
	t.Helper()
	return o.SigningKey(t)
}

// tokens runs an authorization code flow with PKCE for the client, as a
// plain OAuth client would, and returns the provider's token response.
func (o *testOP) tokens(t *testing.T, id, secret string) *oauth2.Token {
	t.Helper()
	return o.TokensFor(t, id, secret).Response
}

// idToken returns the ID token of a token response.
func idToken(t *testing.T, tok *oauth2.Token) string {
	t.Helper()
	s, _ := tok.Extra("id_token").(string)
	if s == "" {
		t.Fatal("token response has no id_token")
	}
	return s
}

// signJWT signs claims with key (RS256) under the key ID kid.
func signJWT(t *testing.T, key *rsa.PrivateKey, kid, typ string, claims map[string]any) string {
	t.Helper()
	return oidctest.SignJWT(t, key, kid, typ, claims)
}

// fakeAccounts records what the Manager asks of Roster.
type fakeAccounts struct {
	mu          sync.Mutex
	allowedHost string
	signIns     []Identity
	sessions    []string
	userID      string
	signInErr   error
}

func (a *fakeAccounts) SignIn(ctx context.Context, id Identity) (string, error) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.signIns = append(a.signIns, id)
	if a.signInErr != nil {
		return "", a.signInErr
	}
	return a.userID, nil
}

func (a *fakeAccounts) StartSession(ctx context.Context, w http.ResponseWriter, r *http.Request, userID string) error {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.sessions = append(a.sessions, userID)
	http.SetCookie(w, &http.Cookie{Name: "roster_session", Value: "rs_" + userID, Path: "/", HttpOnly: true})
	return nil
}

func (a *fakeAccounts) RedirectAllowed(ctx context.Context, returnTo string) bool {
	a.mu.Lock()
	defer a.mu.Unlock()
	u, err := url.Parse(returnTo)
	return err == nil && u.Hostname() == a.allowedHost
}

func (a *fakeAccounts) setSignInErr(err error) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.signInErr = err
}

func (a *fakeAccounts) calls() ([]Identity, []string) {
	a.mu.Lock()
	defer a.mu.Unlock()
	return append([]Identity(nil), a.signIns...), append([]string(nil), a.sessions...)
}

// testClock is a settable clock for the Manager.
type testClock struct {
	mu     sync.Mutex
	offset time.Duration
}

func (c *testClock) now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return time.Now().Add(c.offset)
}

func (c *testClock) advance(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.offset += d
}

// The host return URLs must have; never contacted.
const appHost = "app.example.test"

// env is Roster (the Manager's handlers on 127.0.0.1) with two providers.
type env struct {
	op, op2  *testOP
	roster   *httptest.Server
	accounts *fakeAccounts
	m        *Manager
	clock    *testClock
	logs     *syncBuffer
	cfgs     []ProviderConfig
}

type envOptions struct {
	secureCookies   bool
	noIntrospection bool // for the first provider
}

func newEnv(t *testing.T, o envOptions) *env {
	t.Helper()
	roster := httptest.NewUnstartedServer(nil)
	callback := "http://" + roster.Listener.Addr().String() + "/auth/oidc/callback"
	e := &env{
		op:       startOP(t, opOptions{redirectURIs: []string{callback}, noIntrospection: o.noIntrospection}),
		op2:      startOP(t, opOptions{redirectURIs: []string{callback}}),
		roster:   roster,
		accounts: &fakeAccounts{allowedHost: appHost, userID: string(pulid.New("usr"))},
		clock:    &testClock{},
		logs:     &syncBuffer{},
	}
	e.cfgs = []ProviderConfig{
		{Name: "test", Issuer: e.op.issuer, ClientID: clientID, ClientSecret: clientSecret,
			Audiences: []string{clientID, jwtClientID}, RedirectURL: callback},
		{Name: "second", Issuer: e.op2.issuer, ClientID: clientID, ClientSecret: clientSecret,
			RedirectURL: callback},
	}
	m, err := New(testCtx(t), e.cfgs, e.accounts, Options{
		SecureCookies:   o.secureCookies,
		HTTPClient:      &http.Client{Timeout: testTimeout},
		Now:             e.clock.now,
		DefaultReturnTo: "https://" + appHost + "/home",
		Logger:          slog.New(slog.NewTextHandler(e.logs, &slog.HandlerOptions{Level: slog.LevelDebug})),
	})
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	t.Cleanup(m.Close)
	e.m = m
	mux := http.NewServeMux()
	mux.Handle("GET /auth/oidc/login", m.LoginHandler())
	mux.Handle("GET /auth/oidc/callback", m.CallbackHandler())
	roster.Config.Handler = mux
	roster.Start()
	t.Cleanup(roster.Close)
	return e
}

// browser returns a client with a cookie jar that follows redirects on
// 127.0.0.1 only, and stops at any other host (the app, never contacted).
func browser() *http.Client { return oidctest.Browser() }

// noFollow returns a client with a cookie jar that follows no redirect.
func noFollow() *http.Client {
	c := browser()
	c.CheckRedirect = func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }
	return c
}

func (e *env) loginURL(provider, returnTo string) string {
	q := url.Values{}
	if provider != "" {
		q.Set("provider", provider)
	}
	if returnTo != "" {
		q.Set("return_to", returnTo)
	}
	return e.roster.URL + "/auth/oidc/login?" + q.Encode()
}

func (e *env) callbackURL(q url.Values) string {
	return e.roster.URL + "/auth/oidc/callback?" + q.Encode()
}

func get(t *testing.T, c *http.Client, u string) *http.Response {
	t.Helper()
	req, err := http.NewRequestWithContext(testCtx(t), http.MethodGet, u, nil)
	if err != nil {
		t.Fatal(err)
	}
	resp, err := c.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	_, _ = io.Copy(io.Discard, resp.Body)
	resp.Body.Close()
	return resp
}

// syncBuffer is a log sink safe for concurrent writes.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}
