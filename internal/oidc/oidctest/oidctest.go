// Package oidctest runs a real OpenID provider in-process for tests: the
// zitadel/oidc v3 "op" package with the in-memory storage of its example
// server, served on 127.0.0.1 only, and a test-only login step that
// approves every authorization request at once for a chosen test user.
//
// A test starts one with [Start], points the code under test at
// [Provider.Issuer] with [Provider.ClientID] and [Provider.ClientSecret]
// (registering its callback in [Options.RedirectURIs]), and then either
// drives a browser sign-in with a [Browser] client, or gets genuine tokens
// with [Provider.Tokens] and [Provider.JWTTokens], or forges tokens with
// [Provider.SignJWT] and [SignJWT].
//
// Every provider has two confidential web clients (authenticated with
// client_secret_basic or client_secret_post): ClientID, whose access
// tokens are opaque (checked through introspection or userinfo), and
// JWTClientID, whose access tokens are RFC 9068-style JWTs. Both accept
// the redirect URIs of Options.RedirectURIs and a private one used by
// Tokens. The provider advertises userinfo and, unless
// Options.NoIntrospection, token introspection (RFC 7662). ID tokens are
// RS256-signed, valid for one hour; access tokens for five minutes.
//
// Everything is torn down when the test ends. Every HTTP client of this
// package has a [Timeout], so a test never hangs on the provider.
package oidctest

import (
	"context"
	"crypto"
	"crypto/rand"
	"crypto/rsa"
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"maps"
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
)

// Timeout bounds every request made by this package's clients and the
// token requests of [Provider.Tokens].
const Timeout = 20 * time.Second

// The credentials of the two clients every provider registers. They are
// also the values of the Provider fields of the same names.
const (
	// ClientID is the client whose access tokens are opaque.
	ClientID = "roster"
	// ClientSecret is ClientID's secret.
	ClientSecret = "roster-secret-value"
	// JWTClientID is the client whose access tokens are JWTs.
	JWTClientID = "roster-jwt"
	// JWTClientSecret is JWTClientID's secret.
	JWTClientSecret = "roster-jwt-secret-value"
)

// User is the person the provider signs in.
type User struct {
	// Subject is the provider's stable identifier, the "sub" claim.
	// Required.
	Subject string
	// Email is the "email" claim; empty leaves the claim out.
	Email string
	// EmailVerified is the "email_verified" claim; the provider leaves
	// the claim out when it is false.
	EmailVerified bool
	// GivenName and FamilyName are the "given_name" and "family_name"
	// claims.
	GivenName, FamilyName string
}

// DefaultUser is the user a provider signs in when Options.User is left
// zero.
var DefaultUser = User{
	Subject:       "u-alice",
	Email:         "alice@example.com",
	EmailVerified: true,
	GivenName:     "Alice",
	FamilyName:    "Liddell",
}

// Options configure [Start]. The zero value is usable.
type Options struct {
	// RedirectURIs are registered for both clients, for example the
	// callback URL of the application under test.
	RedirectURIs []string
	// User is signed in by the login step and named by tokens; a zero
	// User means DefaultUser. [Provider.SetUser] changes it later.
	User User
	// NoIntrospection removes introspection_endpoint from the discovery
	// document, so that opaque access tokens can be checked only through
	// userinfo. The endpoint itself still answers.
	NoIntrospection bool
	// IDTokenUserinfo puts the email and profile claims (email,
	// email_verified, given_name, family_name, ...) into ID tokens even
	// when an access token is issued alongside, as many real providers
	// do. Without it, ID tokens of the code flow carry only sub and the
	// protocol claims, and the email is to be read from userinfo.
	IDTokenUserinfo bool
}

// Provider is a running OpenID provider on 127.0.0.1. It is safe for
// concurrent use.
type Provider struct {
	// ClientID and ClientSecret are the credentials of the client with
	// opaque access tokens (the constants ClientID and ClientSecret).
	ClientID, ClientSecret string
	// JWTClientID and JWTClientSecret are the credentials of the client
	// with JWT access tokens (the constants JWTClientID and
	// JWTClientSecret).
	JWTClientID, JWTClientSecret string

	srv    *httptest.Server
	issuer string
	store  *opStorage
	users  *userStore
	meta   map[string]any
	direct string // redirect URI of Tokens, never served

	mu   sync.Mutex
	hits map[string]int
	down bool
}

// password is every test user's password at the provider; only the
// login step uses it.
const password = "pw"

// Start runs a provider until the test ends. It fails the test if the
// provider cannot start or its discovery document cannot be read.
func Start(t testing.TB, o Options) *Provider {
	t.Helper()
	u := o.User
	if u == (User{}) {
		u = DefaultUser
	}
	if u.Subject == "" {
		t.Fatal("oidctest: the user has no subject")
	}
	srv := httptest.NewUnstartedServer(nil) // listens on 127.0.0.1
	issuer := "http://" + srv.Listener.Addr().String()
	direct := issuer + "/direct-callback"
	uris := append([]string{direct}, o.RedirectURIs...)
	users := &userStore{byID: map[string]*storage.User{}}
	users.set(u)
	st := &opStorage{
		Storage: storage.NewStorageWithClients(users, map[string]*storage.Client{
			ClientID:    storage.WebClient(ClientID, ClientSecret, uris...),
			JWTClientID: storage.WebClient(JWTClientID, JWTClientSecret, uris...),
		}),
		jwt:      map[string]bool{JWTClientID: true},
		userinfo: o.IDTokenUserinfo,
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
		t.Fatalf("oidctest: %v", err)
	}
	p := &Provider{
		ClientID:        ClientID,
		ClientSecret:    ClientSecret,
		JWTClientID:     JWTClientID,
		JWTClientSecret: JWTClientSecret,
		srv:             srv,
		issuer:          issuer,
		store:           st,
		users:           users,
		direct:          direct,
		hits:            map[string]int{},
	}

	mux := http.NewServeMux()
	// The login step: approve the request for the current user at once.
	mux.Handle("/login/username", op.NewIssuerInterceptor(prov.IssuerFromRequest).HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		id := r.FormValue("authRequestID")
		if err := st.CheckUsernamePassword(users.current(), password, id); err != nil {
			http.Error(w, "login failed", http.StatusBadRequest)
			return
		}
		http.Redirect(w, r, op.AuthCallbackURL(prov)(r.Context(), id), http.StatusFound)
	}))
	mux.Handle("/", prov)
	srv.Config.Handler = http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		p.mu.Lock()
		p.hits[r.URL.Path]++
		down := p.down
		p.mu.Unlock()
		if down {
			// Drop the connection without an answer, as a dead network
			// path would.
			if conn, _, err := http.NewResponseController(w).Hijack(); err == nil {
				conn.Close()
				return
			}
			panic(http.ErrAbortHandler)
		}
		if r.URL.Path == "/.well-known/openid-configuration" && o.NoIntrospection {
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

	ctx, cancel := context.WithTimeout(context.Background(), Timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, issuer+"/.well-known/openid-configuration", nil)
	if err != nil {
		t.Fatal(err)
	}
	resp, err := (&http.Client{Timeout: Timeout}).Do(req)
	if err != nil {
		t.Fatalf("oidctest: discovery: %v", err)
	}
	defer resp.Body.Close()
	if err := json.NewDecoder(resp.Body).Decode(&p.meta); err != nil {
		t.Fatalf("oidctest: discovery: %v", err)
	}
	p.ResetHits()
	return p
}

// Issuer returns the provider's issuer URL, http://127.0.0.1:PORT, as its
// discovery document and tokens state it.
func (p *Provider) Issuer() string { return p.issuer }

// Close stops the provider at once, for tests of an unreachable
// provider. It is also done when the test ends.
func (p *Provider) Close() { p.srv.Close() }

// SetReachable(false) makes the provider drop every connection without
// an answer, at its usual address, until SetReachable(true): for tests
// of a provider that goes away and comes back. Requests are still
// counted by Hits.
func (p *Provider) SetReachable(reachable bool) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.down = !reachable
}

// SetUser makes u the user signed in by later logins and named by later
// tokens. Users set before stay known, so that tokens already issued for
// them still work at userinfo and introspection. Setting the subject of
// an earlier user replaces that user's claims.
func (p *Provider) SetUser(u User) {
	if u.Subject == "" {
		panic("oidctest: SetUser: the user has no subject")
	}
	p.users.set(u)
}

// User returns the user signed in by the next login.
func (p *Provider) User() User {
	return p.users.get(p.users.current())
}

// Discovery returns a copy of the provider's discovery document, as
// served (without introspection_endpoint under Options.NoIntrospection).
func (p *Provider) Discovery() map[string]any { return maps.Clone(p.meta) }

// Endpoint returns the URL of a discovered endpoint, named by its
// discovery key (for example "userinfo_endpoint"); it fails the test if
// the discovery document has none.
func (p *Provider) Endpoint(t testing.TB, name string) string {
	t.Helper()
	s, _ := p.meta[name].(string)
	if s == "" {
		t.Fatalf("oidctest: the provider has no %s", name)
	}
	return s
}

// Hits returns how many requests the endpoint named by its discovery key
// (for example "introspection_endpoint") received since the provider
// started or ResetHits was last called.
func (p *Provider) Hits(t testing.TB, endpoint string) int {
	t.Helper()
	u, err := url.Parse(p.Endpoint(t, endpoint))
	if err != nil {
		t.Fatalf("oidctest: %s: %v", endpoint, err)
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.hits[u.Path]
}

// ResetHits sets every endpoint's count of requests to zero.
func (p *Provider) ResetHits() {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.hits = map[string]int{}
}

// Tokens is a token response of the provider.
type Tokens struct {
	// IDToken is the signed ID token; its audience is the client ID.
	IDToken string
	// AccessToken is opaque for ClientID and a JWT for JWTClientID.
	AccessToken string
	// RefreshToken may be empty.
	RefreshToken string
	// Expiry is the access token's expiry.
	Expiry time.Time
	// Response is the whole token response.
	Response *oauth2.Token
}

// Tokens signs the current user in for ClientID and returns the tokens:
// an ID token and an opaque access token.
func (p *Provider) Tokens(t testing.TB) Tokens {
	t.Helper()
	return p.TokensFor(t, p.ClientID, p.ClientSecret)
}

// JWTTokens signs the current user in for JWTClientID and returns the
// tokens: an ID token and a JWT access token.
func (p *Provider) JWTTokens(t testing.TB) Tokens {
	t.Helper()
	return p.TokensFor(t, p.JWTClientID, p.JWTClientSecret)
}

// TokensFor runs an authorization code flow with PKCE (S256) for the
// client, with the scopes openid, email and profile, as a plain OAuth
// client would, and returns the provider's token response. It fails the
// test when the flow does not yield an ID token.
func (p *Provider) TokensFor(t testing.TB, clientID, clientSecret string) Tokens {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), Timeout)
	defer cancel()
	cfg := oauth2.Config{
		ClientID:     clientID,
		ClientSecret: clientSecret,
		Endpoint: oauth2.Endpoint{
			AuthURL:  p.Endpoint(t, "authorization_endpoint"),
			TokenURL: p.Endpoint(t, "token_endpoint"),
		},
		RedirectURL: p.direct,
		Scopes:      []string{"openid", "email", "profile"},
	}
	verifier := oauth2.GenerateVerifier()
	client := Browser()
	client.CheckRedirect = func(req *http.Request, via []*http.Request) error {
		if strings.HasPrefix(req.URL.String(), p.direct) || len(via) > 10 {
			return http.ErrUseLastResponse
		}
		return nil
	}
	auth := cfg.AuthCodeURL("direct-state", oauth2.S256ChallengeOption(verifier), oauth2.SetAuthURLParam("nonce", "direct-nonce"))
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, auth, nil)
	if err != nil {
		t.Fatal(err)
	}
	resp, err := client.Do(req)
	if err != nil {
		t.Fatalf("oidctest: authorization: %v", err)
	}
	resp.Body.Close()
	loc, err := url.Parse(resp.Header.Get("Location"))
	if err != nil || loc.Query().Get("code") == "" {
		t.Fatalf("oidctest: no code in the redirect: status %d", resp.StatusCode)
	}
	tok, err := cfg.Exchange(context.WithValue(ctx, oauth2.HTTPClient, &http.Client{Timeout: Timeout}),
		loc.Query().Get("code"), oauth2.VerifierOption(verifier))
	if err != nil {
		t.Fatalf("oidctest: exchange: %v", err)
	}
	id, _ := tok.Extra("id_token").(string)
	if id == "" {
		t.Fatal("oidctest: the token response has no id_token")
	}
	return Tokens{IDToken: id, AccessToken: tok.AccessToken, RefreshToken: tok.RefreshToken, Expiry: tok.Expiry, Response: tok}
}

// SigningKey returns the provider's private signing key (RSA, RS256) and
// its key ID, as published in the provider's key set.
func (p *Provider) SigningKey(t testing.TB) (*rsa.PrivateKey, string) {
	t.Helper()
	k, err := p.store.SigningKey(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	priv, ok := k.Key().(*rsa.PrivateKey)
	if !ok {
		t.Fatalf("oidctest: the signing key is %T", k.Key())
	}
	return priv, k.ID()
}

// Claims returns the claims of a valid token of the current user for the
// audience: iss, sub, aud, iat, exp (in five minutes), and the email and
// name claims the user has. Tests change them to forge invalid tokens.
func (p *Provider) Claims(audience string) map[string]any {
	u := p.User()
	now := time.Now()
	c := map[string]any{
		"iss": p.issuer,
		"sub": u.Subject,
		"aud": audience,
		"iat": now.Unix(),
		"exp": now.Add(5 * time.Minute).Unix(),
	}
	if u.Email != "" {
		c["email"] = u.Email
		c["email_verified"] = u.EmailVerified
	}
	if u.GivenName != "" {
		c["given_name"] = u.GivenName
	}
	if u.FamilyName != "" {
		c["family_name"] = u.FamilyName
	}
	return c
}

// SignJWT signs claims with the provider's own key, as the provider
// would (RS256, its key ID, typ "JWT"): the result passes signature
// checks, so only the claims decide whether it is valid.
func (p *Provider) SignJWT(t testing.TB, claims map[string]any) string {
	t.Helper()
	key, kid := p.SigningKey(t)
	return SignJWT(t, key, kid, "JWT", claims)
}

// SignJWT signs claims with key (RS256), with kid as the header's key ID
// and typ as its type; empty kid or typ leave them out. With a key other
// than a provider's, it forges a token that no verifier should accept.
func SignJWT(t testing.TB, key *rsa.PrivateKey, kid, typ string, claims map[string]any) string {
	t.Helper()
	hdr := map[string]any{"alg": "RS256"}
	if kid != "" {
		hdr["kid"] = kid
	}
	if typ != "" {
		hdr["typ"] = typ
	}
	h, err := json.Marshal(hdr)
	if err != nil {
		t.Fatal(err)
	}
	c, err := json.Marshal(claims)
	if err != nil {
		t.Fatal(err)
	}
	enc := base64.RawURLEncoding
	signing := enc.EncodeToString(h) + "." + enc.EncodeToString(c)
	sum := sha256.Sum256([]byte(signing))
	sig, err := rsa.SignPKCS1v15(rand.Reader, key, crypto.SHA256, sum[:])
	if err != nil {
		t.Fatal(err)
	}
	return signing + "." + enc.EncodeToString(sig)
}

// NewKey returns a fresh 2048-bit RSA key, for forging tokens.
func NewKey(t testing.TB) *rsa.PrivateKey {
	t.Helper()
	k, err := rsa.GenerateKey(rand.Reader, 2048)
	if err != nil {
		t.Fatal(err)
	}
	return k
}

// Browser returns an HTTP client with its own cookie jar and [Timeout]
// that follows redirects (at most 10) on 127.0.0.1 only: a redirect to
// any other host is not followed, and the response carrying it is
// returned, so tests never leave the machine.
func Browser() *http.Client {
	jar, err := cookiejar.New(nil)
	if err != nil {
		panic(err)
	}
	return &http.Client{Jar: jar, Timeout: Timeout, CheckRedirect: func(req *http.Request, via []*http.Request) error {
		if req.URL.Hostname() != "127.0.0.1" || len(via) > 10 {
			return http.ErrUseLastResponse
		}
		return nil
	}}
}

// Browser is the package's [Browser].
func (p *Provider) Browser() *http.Client { return Browser() }

// userStore is the provider's set of users, by subject (also their
// username at the login step).
type userStore struct {
	mu   sync.Mutex
	byID map[string]*storage.User
	cur  string
}

func (u *userStore) set(user User) {
	u.mu.Lock()
	defer u.mu.Unlock()
	// A new value each time: the storage may still read the old one.
	u.byID[user.Subject] = &storage.User{
		ID:                user.Subject,
		Username:          user.Subject,
		Password:          password,
		FirstName:         user.GivenName,
		LastName:          user.FamilyName,
		Email:             user.Email,
		EmailVerified:     user.EmailVerified,
		PreferredLanguage: language.English,
	}
	u.cur = user.Subject
}

func (u *userStore) current() string {
	u.mu.Lock()
	defer u.mu.Unlock()
	return u.cur
}

func (u *userStore) get(subject string) User {
	u.mu.Lock()
	defer u.mu.Unlock()
	s := u.byID[subject]
	if s == nil {
		return User{}
	}
	return User{Subject: s.ID, Email: s.Email, EmailVerified: s.EmailVerified, GivenName: s.FirstName, FamilyName: s.LastName}
}

func (u *userStore) GetUserByID(id string) *storage.User {
	u.mu.Lock()
	defer u.mu.Unlock()
	return u.byID[id]
}

func (u *userStore) GetUserByUsername(name string) *storage.User { return u.GetUserByID(name) }

func (u *userStore) ExampleClientID() string { return "service" }

// opStorage is the example storage, except that the clients listed in
// jwt get JWT access tokens, and all clients get the userinfo claims in
// their ID tokens when userinfo is set.
type opStorage struct {
	*storage.Storage
	jwt      map[string]bool
	userinfo bool
}

type client struct {
	op.Client
	jwt, userinfo bool
}

func (c client) AccessTokenType() op.AccessTokenType {
	if c.jwt {
		return op.AccessTokenTypeJWT
	}
	return c.Client.AccessTokenType()
}

func (c client) IDTokenUserinfoClaimsAssertion() bool {
	return c.userinfo || c.Client.IDTokenUserinfoClaimsAssertion()
}

func (s *opStorage) GetClientByClientID(ctx context.Context, id string) (op.Client, error) {
	c, err := s.Storage.GetClientByClientID(ctx, id)
	if err != nil {
		return c, err
	}
	return client{Client: c, jwt: s.jwt[id], userinfo: s.userinfo}, nil
}
