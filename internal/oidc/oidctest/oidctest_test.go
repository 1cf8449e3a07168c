package oidctest_test

import (
	"context"
	"crypto"
	"crypto/rsa"
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/rosterhq/roster/internal/oidc/oidctest"
)

// payload decodes a JWT's claims without verifying it.
func payload(t *testing.T, jwt string) map[string]any {
	t.Helper()
	parts := strings.Split(jwt, ".")
	if len(parts) != 3 {
		t.Fatalf("not a JWT: %q", jwt)
	}
	raw, err := base64.RawURLEncoding.DecodeString(parts[1])
	if err != nil {
		t.Fatal(err)
	}
	var c map[string]any
	if err := json.Unmarshal(raw, &c); err != nil {
		t.Fatal(err)
	}
	return c
}

// userinfo asks the provider's userinfo endpoint with an access token.
func userinfo(t *testing.T, p *oidctest.Provider, token string) (int, map[string]any) {
	t.Helper()
	ctx, cancel := context.WithTimeout(t.Context(), oidctest.Timeout)
	defer cancel()
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, p.Endpoint(t, "userinfo_endpoint"), nil)
	req.Header.Set("Authorization", "Bearer "+token)
	resp, err := (&http.Client{Timeout: oidctest.Timeout}).Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var c map[string]any
	_ = json.NewDecoder(resp.Body).Decode(&c)
	return resp.StatusCode, c
}

func TestTokens(t *testing.T) {
	p := oidctest.Start(t, oidctest.Options{})
	if !strings.HasPrefix(p.Issuer(), "http://127.0.0.1:") {
		t.Fatalf("issuer %q is not on 127.0.0.1", p.Issuer())
	}
	tok := p.Tokens(t)
	c := payload(t, tok.IDToken)
	if aud, _ := c["aud"].([]any); c["iss"] != p.Issuer() || c["sub"] != oidctest.DefaultUser.Subject || len(aud) != 1 || aud[0] != oidctest.ClientID {
		t.Errorf("ID token claims %v", c)
	}
	if _, ok := c["email"]; ok {
		t.Errorf("ID token carries the email without IDTokenUserinfo: %v", c)
	}
	if strings.Count(tok.AccessToken, ".") == 2 {
		t.Errorf("access token of %s is a JWT", oidctest.ClientID)
	}
	status, info := userinfo(t, p, tok.AccessToken)
	if status != http.StatusOK || info["sub"] != oidctest.DefaultUser.Subject || info["email"] != oidctest.DefaultUser.Email ||
		info["email_verified"] != true || info["given_name"] != oidctest.DefaultUser.GivenName {
		t.Errorf("userinfo %d %v", status, info)
	}
	if p.Hits(t, "userinfo_endpoint") != 1 || p.Hits(t, "token_endpoint") != 1 {
		t.Errorf("hits: userinfo %d, token %d", p.Hits(t, "userinfo_endpoint"), p.Hits(t, "token_endpoint"))
	}

	at := p.JWTTokens(t).AccessToken
	if c := payload(t, at); c["sub"] != oidctest.DefaultUser.Subject {
		t.Errorf("JWT access token claims %v", c)
	}

	// Another user; the first one's tokens keep working.
	bob := oidctest.User{Subject: "sub-bob", Email: "bob@example.com"}
	p.SetUser(bob)
	if p.User() != bob {
		t.Fatalf("User() = %+v", p.User())
	}
	if c := payload(t, p.Tokens(t).IDToken); c["sub"] != "sub-bob" {
		t.Errorf("ID token after SetUser: %v", c)
	}
	if status, info := userinfo(t, p, tok.AccessToken); status != http.StatusOK || info["sub"] != oidctest.DefaultUser.Subject {
		t.Errorf("userinfo of the first user's token: %d %v", status, info)
	}
}

func TestIDTokenUserinfo(t *testing.T) {
	u := oidctest.User{Subject: "s1", Email: "s1@example.com", EmailVerified: false, FamilyName: "One"}
	p := oidctest.Start(t, oidctest.Options{User: u, IDTokenUserinfo: true, NoIntrospection: true})
	c := payload(t, p.Tokens(t).IDToken)
	if c["sub"] != "s1" || c["email"] != "s1@example.com" || c["email_verified"] == true || c["family_name"] != "One" {
		t.Errorf("ID token claims %v", c)
	}
	if _, ok := p.Discovery()["introspection_endpoint"]; ok {
		t.Error("introspection_endpoint advertised under NoIntrospection")
	}
}

func TestSignJWT(t *testing.T) {
	p := oidctest.Start(t, oidctest.Options{})
	key, kid := p.SigningKey(t)
	tok := p.SignJWT(t, p.Claims("aud-1"))
	parts := strings.Split(tok, ".")
	sig, _ := base64.RawURLEncoding.DecodeString(parts[2])
	sum := sha256.Sum256([]byte(parts[0] + "." + parts[1]))
	if err := rsa.VerifyPKCS1v15(&key.PublicKey, crypto.SHA256, sum[:], sig); err != nil {
		t.Errorf("signature: %v", err)
	}
	hdr, _ := base64.RawURLEncoding.DecodeString(parts[0])
	if !strings.Contains(string(hdr), kid) {
		t.Errorf("header %s lacks the key ID %s", hdr, kid)
	}
	if c := payload(t, tok); c["aud"] != "aud-1" || c["iss"] != p.Issuer() || c["email"] != oidctest.DefaultUser.Email {
		t.Errorf("claims %v", c)
	}
	// The provider publishes that key.
	ctx, cancel := context.WithTimeout(t.Context(), oidctest.Timeout)
	defer cancel()
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, p.Endpoint(t, "jwks_uri"), nil)
	resp, err := oidctest.Browser().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var set struct{ Keys []struct{ Kid string } }
	if err := json.NewDecoder(resp.Body).Decode(&set); err != nil || len(set.Keys) == 0 || set.Keys[0].Kid != kid {
		t.Errorf("key set %+v, %v", set, err)
	}
}

func TestBrowserStaysOnLoopback(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/a":
			http.Redirect(w, r, "/b", http.StatusFound)
		case "/b":
			http.Redirect(w, r, "https://elsewhere.example.invalid/c", http.StatusSeeOther)
		}
	}))
	defer srv.Close()
	ctx, cancel := context.WithTimeout(t.Context(), oidctest.Timeout)
	defer cancel()
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, srv.URL+"/a", nil)
	resp, err := oidctest.Browser().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusSeeOther || resp.Request.URL.Path != "/b" ||
		resp.Header.Get("Location") != "https://elsewhere.example.invalid/c" {
		t.Errorf("stopped at %s with %d, Location %q", resp.Request.URL, resp.StatusCode, resp.Header.Get("Location"))
	}
}
