package oidc

// A real OpenID provider for the tests: zitadel/oidc's op package with the
// in-memory storage of its example server, served on 127.0.0.1, and a
// test-only login step that approves every authorization request for a
// fixed user.

import (
	"bytes"
	"context"
	"crypto"
	"crypto/rand"
	"crypto/rsa"
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/cookiejar"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/zitadel/oidc/v3/example/server/storage"
	"github.com/zitadel/oidc/v3/pkg/op"
	"golang.org/x/oauth2"
	"golang.org/x/text/language"

	"github.com/rosterhq/roster/internal/pulid"
)

// testTimeout bounds every test's provider calls and HTTP clients.
const testTimeout = 20 * time.Second

// testCtx returns a context that ends with the test or after testTimeout.
func testCtx(t *testing.T) context.Context {
	t.Helper()
	ctx, cancel := context.WithTimeout(t.Context(), testTimeout)
	t.Cleanup(cancel)
	return ctx
}

// The test clients of every provider.
const (
	clientID     = "roster"
	clientSecret = "roster-secret-value"
	jwtClientID  = "roster-jwt" // issues JWT access tokens
	jwtSecret    = "roster-jwt-secret-value"
)

// alice is the user every provider signs in.
var alice = &storage.User{
	ID:                "u-alice",
	Username:          "alice",
	Password:          "pw",
	FirstName:         "Alice",
	LastName:          "Liddell",
	Email:             "alice@example.com",
	EmailVerified:     true,
	PreferredLanguage: language.English,
}

type userStore map[string]*storage.User

func (u userStore) GetUserByID(id string) *storage.User { return u[id] }
func (u userStore) GetUserByUsername(name string) *storage.User {
	for _, user := range u {
		if user.Username == name {
			return user
		}
	}
	return nil
}
func (u userStore) ExampleClientID() string { return "service" }

// opStorage is the example storage, except that the clients listed in jwt
// get JWT access tokens.
type opStorage struct {
	*storage.Storage
	jwt map[string]bool
}

type jwtAccessClient struct{ op.Client }

func (jwtAccessClient) AccessTokenType() op.AccessTokenType { return op.AccessTokenTypeJWT }

func (s *opStorage) GetClientByClientID(ctx context.Context, id string) (op.Client, error) {
	c, err := s.Storage.GetClientByClientID(ctx, id)
	if err == nil && s.jwt[id] {
		return jwtAccessClient{c}, nil
	}
	return c, err
}

// testOP is a running provider.
type testOP struct {
	srv     *httptest.Server
	issuer  string
	store   *opStorage
	meta    map[string]any
	mu      sync.Mutex
	hits    map[string]int
	direct  string // redirect URI used by tokens(), never served
	noIntro bool
}

type opOptions struct {
	// redirectURIs are registered for both clients, besides the direct one.
	redirectURIs []string
	// noIntrospection removes introspection_endpoint from discovery.
	noIntrospection bool
}

func startOP(t *testing.T, o opOptions) *testOP {
	t.Helper()
	srv := httptest.NewUnstartedServer(nil) // listens on 127.0.0.1
	issuer := "http://" + srv.Listener.Addr().String()
	direct := issuer + "/direct-callback"
	uris := append([]string{direct}, o.redirectURIs...)
	clients := map[string]*storage.Client{
		clientID:    storage.WebClient(clientID, clientSecret, uris...),
		jwtClientID: storage.WebClient(jwtClientID, jwtSecret, uris...),
	}
	st := &opStorage{
		Storage: storage.NewStorageWithClients(userStore{alice.ID: alice}, clients),
		jwt:     map[string]bool{jwtClientID: true},
	}
	var key [32]byte
	if _, err := rand.Read(key[:]); err != nil {
		t.Fatal(err)
	}
	prov, err := op.NewProvider(&op.Config{
		CryptoKey:          key,
		CodeMethodS256:     true,
		AuthMethodPost:     true,
		SupportedUILocales: []language.Tag{language.English},
	}, st, op.StaticIssuer(issuer), op.WithAllowInsecure())
	if err != nil {
		t.Fatal(err)
	}
	tp := &testOP{srv: srv, issuer: issuer, store: st, hits: map[string]int{}, direct: direct, noIntro: o.noIntrospection}

	mux := http.NewServeMux()
	// The login step: approve the request for alice at once.
	mux.Handle("/login/username", op.NewIssuerInterceptor(prov.IssuerFromRequest).HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		id := r.FormValue("authRequestID")
		if err := st.CheckUsernamePassword(alice.Username, alice.Password, id); err != nil {
			http.Error(w, "login failed", http.StatusBadRequest)
			return
		}
		http.Redirect(w, r, op.AuthCallbackURL(prov)(r.Context(), id), http.StatusFound)
	}))
	mux.Handle("/", prov)
	srv.Config.Handler = http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		tp.mu.Lock()
		tp.hits[r.URL.Path]++
		tp.mu.Unlock()
		if r.URL.Path == "/.well-known/openid-configuration" && tp.noIntro {
			rec := httptest.NewRecorder()
			mux.ServeHTTP(rec, r)
			var doc map[string]any
			if err := json.Unmarshal(rec.Body.Bytes(), &doc); err != nil {
				http.Error(w, "bad discovery", http.StatusInternalServerError)
				return
			}
			delete(doc, "introspection_endpoint")
			w.Header().Set("Content-Type", "application/json")
			_ = json.NewEncoder(w).Encode(doc)
			return
		}
		mux.ServeHTTP(w, r)
	})
	srv.Start()
	t.Cleanup(srv.Close)

	resp, err := (&http.Client{Timeout: testTimeout}).Get(issuer + "/.well-known/openid-configuration")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if err := json.NewDecoder(resp.Body).Decode(&tp.meta); err != nil {
		t.Fatal(err)
	}
	tp.resetHits()
	return tp
}

// endpointPath returns the path of a discovered endpoint.
func (o *testOP) endpointPath(t *testing.T, name string) string {
	t.Helper()
	s, _ := o.meta[name].(string)
	u, err := url.Parse(s)
	if err != nil || s == "" {
		t.Fatalf("provider has no %s", name)
	}
	return u.Path
}

func (o *testOP) hitsOf(t *testing.T, endpoint string) int {
	t.Helper()
	p := o.endpointPath(t, endpoint)
	o.mu.Lock()
	defer o.mu.Unlock()
	return o.hits[p]
}

func (o *testOP) resetHits() {
	o.mu.Lock()
	defer o.mu.Unlock()
	o.hits = map[string]int{}
}

// signingKey returns the provider's private signing key and its key ID.
func (o *testOP) signingKey(t *testing.T) (*rsa.PrivateKey, string) {
	t.Helper()
	k, err := o.store.SigningKey(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	priv, ok := k.Key().(*rsa.PrivateKey)
	if !ok {
		t.Fatalf("signing key is %T", k.Key())
	}
	return priv, k.ID()
}

// tokens runs an authorization code flow with PKCE for the client, as a
// plain OAuth client would, and returns the provider's token response.
func (o *testOP) tokens(t *testing.T, id, secret string) *oauth2.Token {
	t.Helper()
	ctx := testCtx(t)
	cfg := oauth2.Config{
		ClientID:     id,
		ClientSecret: secret,
		Endpoint: oauth2.Endpoint{
			AuthURL:  o.meta["authorization_endpoint"].(string),
			TokenURL: o.meta["token_endpoint"].(string),
		},
		RedirectURL: o.direct,
		Scopes:      []string{"openid", "email", "profile"},
	}
	verifier := oauth2.GenerateVerifier()
	jar, _ := cookiejar.New(nil)
	client := &http.Client{Jar: jar, Timeout: testTimeout, CheckRedirect: func(req *http.Request, via []*http.Request) error {
		if strings.HasPrefix(req.URL.String(), o.direct) || len(via) > 10 {
			return http.ErrUseLastResponse
		}
		return nil
	}}
	resp, err := client.Get(cfg.AuthCodeURL("direct-state", oauth2.S256ChallengeOption(verifier), oauth2.SetAuthURLParam("nonce", "direct-nonce")))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	loc, err := url.Parse(resp.Header.Get("Location"))
	if err != nil || loc.Query().Get("code") == "" {
		t.Fatalf("no code in the redirect: status %d", resp.StatusCode)
	}
	tok, err := cfg.Exchange(context.WithValue(ctx, oauth2.HTTPClient, &http.Client{Timeout: testTimeout}), loc.Query().Get("code"), oauth2.VerifierOption(verifier))
	if err != nil {
		t.Fatalf("exchange: %v", err)
	}
	return tok
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
	hdr := map[string]any{"alg": "RS256", "kid": kid}
	if typ != "" {
		hdr["typ"] = typ
	}
	h, _ := json.Marshal(hdr)
	c, _ := json.Marshal(claims)
	enc := base64.RawURLEncoding
	signing := enc.EncodeToString(h) + "." + enc.EncodeToString(c)
	sum := sha256.Sum256([]byte(signing))
	sig, err := rsa.SignPKCS1v15(rand.Reader, key, crypto.SHA256, sum[:])
	if err != nil {
		t.Fatal(err)
	}
	return signing + "." + enc.EncodeToString(sig)
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
		Logger:          slog.New(slog.NewTextHandler(e.logs, nil)),
	})
	if err != nil {
		t.Fatalf("New: %v", err)
	}
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
func browser() *http.Client {
	jar, _ := cookiejar.New(nil)
	return &http.Client{Jar: jar, Timeout: testTimeout, CheckRedirect: func(req *http.Request, via []*http.Request) error {
		if req.URL.Hostname() != "127.0.0.1" || len(via) > 10 {
			return http.ErrUseLastResponse
		}
		return nil
	}}
}

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
