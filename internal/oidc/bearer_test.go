package oidc

import (
	"context"
	"crypto/hmac"
	"crypto/rand"
	"crypto/rsa"
	"crypto/sha256"
	"crypto/x509"
	"encoding/base64"
	"encoding/json"
	"errors"
	"log/slog"
	"maps"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"
	"time"
)

// wantInvalid fails unless err rejects the token.
func wantInvalid(t *testing.T, what string, id Identity, err error) {
	t.Helper()
	if !errors.Is(err, ErrInvalidToken) || errors.Is(err, ErrProviderUnavailable) {
		t.Errorf("%s: got %+v, %v; want ErrInvalidToken", what, id, err)
	}
}

func TestVerifyBearerIDToken(t *testing.T) {
	e := newEnv(t, envOptions{})
	ctx := testCtx(t)
	for _, tc := range []struct {
		op       *testOP
		provider string
	}{{e.op, "test"}, {e.op2, "second"}} {
		raw := idToken(t, tc.op.tokens(t, clientID, clientSecret))
		id, err := e.m.VerifyBearer(ctx, raw)
		if err != nil {
			t.Fatalf("%s: %v", tc.provider, err)
		}
		if id.Provider != tc.provider || id.Issuer != tc.op.issuer || id.Subject != alice.ID {
			t.Errorf("%s: identity %+v", tc.provider, id)
		}
	}

	// The same token once the clock passed its expiry.
	raw := idToken(t, e.op.tokens(t, clientID, clientSecret))
	e.clock.advance(2 * time.Hour)
	id, err := e.m.VerifyBearer(ctx, raw)
	wantInvalid(t, "expired ID token", id, err)
}

func TestVerifyBearerJWTAccessToken(t *testing.T) {
	e := newEnv(t, envOptions{})
	ctx := testCtx(t)
	at := e.op.tokens(t, jwtClientID, jwtSecret).AccessToken
	if strings.Count(at, ".") != 2 {
		t.Fatalf("the provider did not issue a JWT access token")
	}
	e.op.resetHits()
	want := Identity{Provider: "test", Issuer: e.op.issuer, Subject: alice.ID, Email: alice.Email,
		EmailVerified: true, GivenName: alice.FirstName, FamilyName: alice.LastName}
	for i := range 2 {
		id, err := e.m.VerifyBearer(ctx, at)
		if err != nil {
			t.Fatal(err)
		}
		if id != want {
			t.Fatalf("call %d: identity %+v, want %+v (email completed from userinfo)", i, id, want)
		}
	}
	if n := e.op.hitsOf(t, "userinfo_endpoint"); n != 1 {
		t.Errorf("userinfo hit %d times, want 1 (then cached)", n)
	}

	// Provider "second" accepts only its client ID as audience.
	at2 := e.op2.tokens(t, jwtClientID, jwtSecret).AccessToken
	id, err := e.m.VerifyBearer(ctx, at2)
	wantInvalid(t, "access token for another audience", id, err)
}

func TestVerifyBearerRejectsJWTs(t *testing.T) {
	e := newEnv(t, envOptions{})
	ctx := testCtx(t)
	key, kid := e.op.signingKey(t)
	now := time.Now()
	base := map[string]any{
		"iss": e.op.issuer, "sub": alice.ID, "aud": clientID,
		"iat": now.Unix(), "exp": now.Add(5 * time.Minute).Unix(),
		"email": "a@example.com", "email_verified": "true", "client_id": clientID,
	}
	with := func(kv ...any) map[string]any {
		c := maps.Clone(base)
		for i := 0; i < len(kv); i += 2 {
			if kv[i+1] == nil {
				delete(c, kv[i].(string))
			} else {
				c[kv[i].(string)] = kv[i+1]
			}
		}
		return c
	}

	// A well-formed RFC 9068 access token signed by the provider is
	// accepted, with the string email_verified read as true, and no
	// userinfo request since it carries an email.
	e.op.resetHits()
	id, err := e.m.VerifyBearer(ctx, signJWT(t, key, kid, "at+jwt", base))
	want := Identity{Provider: "test", Issuer: e.op.issuer, Subject: alice.ID, Email: "a@example.com", EmailVerified: true}
	if err != nil || id != want {
		t.Fatalf("valid at+jwt: %+v, %v; want %+v", id, err, want)
	}
	id, err = e.m.VerifyBearer(ctx, signJWT(t, key, kid, "", with("aud", []string{"x", jwtClientID})))
	if err != nil || id.Subject != alice.ID {
		t.Fatalf("valid JWT with an audience list: %+v, %v", id, err)
	}
	if n := e.op.hitsOf(t, "userinfo_endpoint"); n != 0 {
		t.Errorf("userinfo hit %d times", n)
	}

	other, err := rsa.GenerateKey(rand.Reader, 2048)
	if err != nil {
		t.Fatal(err)
	}
	pub, _ := x509.MarshalPKIXPublicKey(&key.PublicKey)
	enc := base64.RawURLEncoding
	hs := func(secret []byte) string {
		h, _ := json.Marshal(map[string]any{"alg": "HS256", "kid": kid})
		c, _ := json.Marshal(base)
		s := enc.EncodeToString(h) + "." + enc.EncodeToString(c)
		mac := hmac.New(sha256.New, secret)
		mac.Write([]byte(s))
		return s + "." + enc.EncodeToString(mac.Sum(nil))
	}
	none := func() string {
		h, _ := json.Marshal(map[string]any{"alg": "none"})
		c, _ := json.Marshal(base)
		return enc.EncodeToString(h) + "." + enc.EncodeToString(c) + ".x"
	}
	valid := signJWT(t, key, kid, "", base)
	cases := map[string]string{
		"forged (other key, same kid)": signJWT(t, other, kid, "", base),
		"forged (other key, no kid)":   signJWT(t, other, "", "", base),
		"expired":                      signJWT(t, key, kid, "", with("exp", now.Add(-time.Minute).Unix())),
		"no exp":                       signJWT(t, key, kid, "", with("exp", nil)),
		"not yet valid":                signJWT(t, key, kid, "", with("nbf", now.Add(time.Hour).Unix())),
		"wrong audience":               signJWT(t, key, kid, "", with("aud", "someone-else")),
		"no audience":                  signJWT(t, key, kid, "", with("aud", nil)),
		"unknown issuer":               signJWT(t, key, kid, "", with("iss", "https://evil.example.test")),
		"other provider's issuer":      signJWT(t, key, kid, "", with("iss", e.op2.issuer)),
		"no subject":                   signJWT(t, key, kid, "", with("sub", nil)),
		"logout token type":            signJWT(t, key, kid, "logout+jwt", base),
		"alg none":                     none(),
		"HS256 with the public key":    hs(pub),
		"altered payload":              strings.Split(valid, ".")[0] + "." + enc.EncodeToString([]byte(`{"iss":"`+e.op.issuer+`","sub":"root","aud":"roster","exp":9999999999}`)) + "." + strings.Split(valid, ".")[2],
		"truncated signature":          valid[:len(valid)-10],
	}
	for name, tok := range cases {
		id, err := e.m.VerifyBearer(ctx, tok)
		wantInvalid(t, name, id, err)
	}
	for _, tok := range []string{"", strings.Repeat("a", maxTokenLen+1)} {
		id, err := e.m.VerifyBearer(ctx, tok)
		wantInvalid(t, "empty or huge token", id, err)
	}
	if e.m.cache.len() != 0 {
		t.Errorf("cache holds %d entries; rejections and local verifications are not cached", e.m.cache.len())
	}
}

func TestVerifyBearerOpaque(t *testing.T) {
	e := newEnv(t, envOptions{})
	ctx := testCtx(t)
	at := e.op.tokens(t, clientID, clientSecret).AccessToken
	if _, _, isJWT := splitJWT(at); isJWT {
		t.Fatalf("the provider issued a JWT access token, want an opaque one")
	}
	e.op.resetHits()
	e.op2.resetHits()
	want := Identity{Provider: "test", Issuer: e.op.issuer, Subject: alice.ID, Email: alice.Email,
		EmailVerified: true, GivenName: alice.FirstName, FamilyName: alice.LastName}
	for i := range 3 {
		id, err := e.m.VerifyBearer(ctx, at)
		if err != nil || id != want {
			t.Fatalf("call %d: %+v, %v; want %+v", i, id, err, want)
		}
	}
	if n := e.op.hitsOf(t, "introspection_endpoint"); n != 1 {
		t.Errorf("introspection hit %d times, want 1 (then cached)", n)
	}
	if n := e.op2.hitsOf(t, "introspection_endpoint"); n != 0 {
		t.Errorf("second provider asked %d times", n)
	}
	// The cache keeps a result for at most 60 seconds.
	e.clock.advance(61 * time.Second)
	if _, err := e.m.VerifyBearer(ctx, at); err != nil {
		t.Fatal(err)
	}
	if n := e.op.hitsOf(t, "introspection_endpoint"); n != 2 {
		t.Errorf("introspection hit %d times after the cache expired, want 2", n)
	}

	// A token of the second provider: the first says inactive, the second
	// accepts it.
	at2 := e.op2.tokens(t, clientID, clientSecret).AccessToken
	id, err := e.m.VerifyBearer(ctx, at2)
	if err != nil || id.Provider != "second" || id.Issuer != e.op2.issuer || id.Subject != alice.ID {
		t.Fatalf("second provider's token: %+v, %v", id, err)
	}

	// Invalid opaque tokens are refused and never cached.
	e.op.resetHits()
	e.op2.resetHits()
	for range 2 {
		id, err := e.m.VerifyBearer(ctx, "not-a-real-token")
		wantInvalid(t, "invalid opaque token", id, err)
	}
	if n1, n2 := e.op.hitsOf(t, "introspection_endpoint"), e.op2.hitsOf(t, "introspection_endpoint"); n1 != 2 || n2 != 2 {
		t.Errorf("introspection hits %d and %d, want 2 and 2 (failures are not cached)", n1, n2)
	}
	id, err = e.m.VerifyBearer(ctx, "a.b")
	wantInvalid(t, "two-part token", id, err)
}

// TestVerifyBearerOpaqueWithoutIntrospection: userinfo accepts an access
// token issued to any client of the provider, so a provider that cannot
// introspect refuses opaque tokens without asking anyone.
func TestVerifyBearerOpaqueWithoutIntrospection(t *testing.T) {
	e := newEnv(t, envOptions{noIntrospection: true})
	ctx := testCtx(t)
	if e.m.slots[0].provider().introspectionURL != "" {
		t.Fatal("introspection endpoint still discovered")
	}
	at := e.op.tokens(t, clientID, clientSecret).AccessToken
	e.op.resetHits()
	e.op2.resetHits()
	id, err := e.m.VerifyBearer(ctx, at)
	wantInvalid(t, "opaque token of a provider without introspection", id, err)
	if n := e.op.hitsOf(t, "userinfo_endpoint"); n != 0 {
		t.Errorf("userinfo hit %d times, want 0", n)
	}
	if !strings.Contains(err.Error(), "no introspection endpoint") {
		t.Errorf("error %q does not say why", err)
	}
	// The second provider was asked (it introspects) and said no.
	if n := e.op2.hitsOf(t, "introspection_endpoint"); n != 1 {
		t.Errorf("second provider's introspection hit %d times, want 1", n)
	}
}

func TestVerifyBearerProviderDown(t *testing.T) {
	e := newEnv(t, envOptions{})
	ctx := testCtx(t)
	// A Manager that has not fetched the keys yet.
	fresh, err := New(ctx, e.cfgs, e.accounts, Options{HTTPClient: &http.Client{Timeout: testTimeout}})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(fresh.Close)
	tok := e.op.tokens(t, clientID, clientSecret)
	e.op.srv.Close()

	id, err := e.m.VerifyBearer(ctx, tok.AccessToken)
	if !errors.Is(err, ErrProviderUnavailable) || errors.Is(err, ErrInvalidToken) {
		t.Errorf("opaque token, provider down: %+v, %v; want ErrProviderUnavailable", id, err)
	}
	id, err = fresh.VerifyBearer(ctx, idToken(t, tok))
	if !errors.Is(err, ErrProviderUnavailable) || errors.Is(err, ErrInvalidToken) {
		t.Errorf("JWT, keys unreachable: %+v, %v; want ErrProviderUnavailable", id, err)
	}

	canceled, cancel := context.WithCancel(ctx)
	cancel()
	if _, err := e.m.VerifyBearer(canceled, "some-token"); err == nil || errors.Is(err, ErrInvalidToken) {
		t.Errorf("canceled context: %v", err)
	}
}

func TestSplitJWT(t *testing.T) {
	enc := base64.RawURLEncoding
	hdr := enc.EncodeToString([]byte(`{"alg":"RS256"}`))
	for tok, want := range map[string]bool{
		hdr + ".e30.c2ln":     true,
		hdr + ".e30.":         false,
		hdr + ".e30":          false,
		hdr + ".e30.c2ln.x.y": false,
		"abc.def.ghi":         false, // header is not JSON
		enc.EncodeToString([]byte(`{}`)) + ".e30.x": false, // no alg
		hdr + ".e3+0.c2ln":                          false,
		"opaque-token":                              false,
	} {
		if _, _, got := splitJWT(tok); got != want {
			t.Errorf("splitJWT(%q) = %v, want %v", tok, got, want)
		}
	}
}

func TestTokenCache(t *testing.T) {
	c := newTokenCache(3)
	now := time.Now()
	for i, tok := range []string{"a", "b", "c", "d"} {
		c.put(tokenKey(tok), Identity{Subject: tok}, now.Add(time.Duration(i+1)*time.Minute))
	}
	if c.len() != 3 {
		t.Fatalf("len %d, want 3", c.len())
	}
	if _, ok := c.get(tokenKey("a"), now); ok {
		t.Error("oldest entry not evicted")
	}
	if id, ok := c.get(tokenKey("d"), now); !ok || id.Subject != "d" {
		t.Errorf("newest entry: %+v %v", id, ok)
	}
	if _, ok := c.get(tokenKey("b"), now.Add(2*time.Minute)); ok {
		t.Error("expired entry returned")
	}
	if c.len() != 2 {
		t.Errorf("expired entry kept: len %d", c.len())
	}
	if got := cacheUntil(now, time.Time{}); !got.Equal(now.Add(time.Minute)) {
		t.Errorf("cacheUntil without exp = %v", got)
	}
	if got := cacheUntil(now, now.Add(10*time.Second)); !got.Equal(now.Add(10 * time.Second)) {
		t.Errorf("cacheUntil with a near exp = %v", got)
	}
}

// TestIntrospectionRules checks the verdicts on introspection answers
// that the test provider never gives, with a canned endpoint.
func TestIntrospectionRules(t *testing.T) {
	now := time.Now()
	var answer string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		id, secret, ok := r.BasicAuth()
		if !ok || id != clientID || secret != clientSecret || r.PostFormValue("token") != "tok" {
			http.Error(w, "unauthorized", http.StatusUnauthorized)
			return
		}
		switch answer {
		case "500":
			http.Error(w, "down", http.StatusInternalServerError)
		case "garbage":
			_, _ = w.Write([]byte("<html>"))
		default:
			w.Header().Set("Content-Type", "application/json")
			_, _ = w.Write([]byte(answer))
		}
	}))
	defer srv.Close()
	p := &provider{
		cfg:              ProviderConfig{Name: "canned", ClientID: clientID, ClientSecret: clientSecret, Audiences: []string{clientID, "api"}},
		issuer:           "https://issuer.example.test",
		introspectionURL: srv.URL,
	}
	s := newSlot(p.cfg, now)
	s.p.Store(p)
	m := &Manager{slots: []*slot{s}, client: &http.Client{Timeout: testTimeout}, now: time.Now, cache: newTokenCache(10),
		logger: slog.New(slog.DiscardHandler)}
	exp := now.Add(time.Hour).Unix()
	ok := func(extra string) string {
		return `{"active":true,"sub":"s1","email":"s@example.com","email_verified":"true",` + extra + `}`
	}
	for _, tc := range []struct {
		name, answer string
		accept       bool
	}{
		{"client_id matches", ok(`"client_id":"roster","exp":` + jsonInt(exp)), true},
		{"aud list matches", ok(`"aud":["x","api"]`), true},
		{"aud string matches", ok(`"aud":"api","iss":"https://issuer.example.test"`), true},
		{"inactive", `{"active":false,"sub":"s1","client_id":"roster"}`, false},
		{"expired", ok(`"client_id":"roster","exp":` + jsonInt(now.Add(-time.Second).Unix())), false},
		{"other audience", ok(`"client_id":"other","aud":"other"`), false},
		{"no audience", ok(`"scope":"openid"`), false},
		{"other issuer", ok(`"client_id":"roster","iss":"https://evil.example.test"`), false},
		{"refresh token", ok(`"client_id":"roster","token_type":"refresh_token"`), false},
		{"no subject, no userinfo", `{"active":true,"client_id":"roster"}`, false},
	} {
		answer = tc.answer
		id, err := m.VerifyBearer(testCtx(t), "tok")
		m.cache = newTokenCache(10)
		if tc.accept {
			if err != nil || id.Subject != "s1" || id.Provider != "canned" || !id.EmailVerified {
				t.Errorf("%s: %+v, %v; want accepted", tc.name, id, err)
			}
		} else {
			wantInvalid(t, tc.name, id, err)
		}
	}
	for _, a := range []string{"500", "garbage"} {
		answer = a
		if _, err := m.VerifyBearer(testCtx(t), "tok"); !errors.Is(err, ErrProviderUnavailable) || errors.Is(err, ErrInvalidToken) {
			t.Errorf("answer %s: %v; want ErrProviderUnavailable", a, err)
		}
	}
	// Refused client credentials are a configuration error, not a verdict.
	p.cfg.ClientSecret = "wrong"
	answer = ok(`"client_id":"roster"`)
	if _, err := m.VerifyBearer(testCtx(t), "tok"); err == nil || errors.Is(err, ErrInvalidToken) {
		t.Errorf("refused credentials: %v", err)
	}
}

func jsonInt(n int64) string { return strconv.FormatInt(n, 10) }
