package oidc

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/url"
	"regexp"
	"slices"
	"strings"
)

// ProviderConfig configures one OpenID provider. Its JSON form is the
// element of the array read by [ParseProviders].
type ProviderConfig struct {
	// Name identifies the provider in URLs (?provider=NAME), in
	// [Identity.Provider] and in logs. It is 1 to 64 characters of
	// a-z, 0-9 and '-', unique among the configured providers.
	Name string `json:"name"`
	// Issuer is the provider's issuer URL, exactly as its discovery
	// document and its tokens state it, for example
	// "https://accounts.google.com". It must be https, except for
	// http://127.0.0.1, http://[::1] and http://localhost (development).
	// Discovery reads Issuer + "/.well-known/openid-configuration".
	Issuer string `json:"issuer"`
	// ClientID is Roster's client ID at the provider. Required.
	ClientID string `json:"client_id"`
	// ClientSecret is Roster's client secret at the provider. It
	// authenticates the token exchange of the browser flow and token
	// introspection. It may be empty for a public client; such a
	// provider then refuses every opaque bearer token (it cannot tell
	// which client one was issued to) and accepts only JWTs issued to
	// Roster (see [Manager.VerifyBearer]). It is never logged: String and
	// LogValue redact it.
	ClientSecret string `json:"client_secret,omitempty"`
	// Scopes are requested in the browser flow. Empty means
	// ["openid", "email", "profile"]; "openid" is always included.
	Scopes []string `json:"scopes,omitempty"`
	// Audiences are the accepted "aud" values (and, for introspected
	// opaque tokens, "client_id" values) of bearer tokens. A token is
	// accepted when one of its audiences is in this list. Empty means
	// [ClientID].
	Audiences []string `json:"audiences,omitempty"`
	// RedirectURL is the absolute URL of Roster's callback handler as
	// registered at the provider, for example
	// "https://id.example.com/auth/oidc/callback". It must be https,
	// except on loopback hosts. When empty, the provider is used for
	// bearer tokens only and the browser flow refuses it.
	RedirectURL string `json:"redirect_url,omitempty"`
	// LinkByEmail lets an identity of this provider that is not linked
	// to any account yet be linked to the existing account whose primary
	// address or confirmed alias the provider verified (email_verified).
	// Off by default: then only identities linked before, and accounts
	// created through self sign-up, sign in. Even when on, accounts whose
	// role grants any permission are never linked this way (see
	// internal/auth). Turn it on only for a provider you trust to verify
	// addresses of your domain.
	LinkByEmail bool `json:"link_by_email,omitempty"`
}

// String describes the configuration with the client secret redacted, so
// that printing a ProviderConfig never reveals it.
func (c ProviderConfig) String() string {
	secret := ""
	if c.ClientSecret != "" {
		secret = "REDACTED"
	}
	return fmt.Sprintf("{Name:%s Issuer:%s ClientID:%s ClientSecret:%s Scopes:%v Audiences:%v RedirectURL:%s LinkByEmail:%t}",
		c.Name, c.Issuer, c.ClientID, secret, c.Scopes, c.Audiences, c.RedirectURL, c.LinkByEmail)
}

// LogValue implements [slog.LogValuer]; the client secret is left out.
func (c ProviderConfig) LogValue() slog.Value {
	return slog.GroupValue(
		slog.String("name", c.Name),
		slog.String("issuer", c.Issuer),
		slog.String("client_id", c.ClientID),
		slog.Bool("has_client_secret", c.ClientSecret != ""),
		slog.Any("scopes", c.Scopes),
		slog.Any("audiences", c.Audiences),
		slog.String("redirect_url", c.RedirectURL),
		slog.Bool("link_by_email", c.LinkByEmail),
	)
}

var nameRE = regexp.MustCompile(`^[a-z0-9-]{1,64}$`)

// ParseProviders reads the provider configuration, typically the value
// of the ROSTER_OIDC_PROVIDERS environment variable. The format is a JSON
// array of objects with the keys name, issuer, client_id, client_secret,
// scopes, audiences, redirect_url and link_by_email (see
// [ProviderConfig]):
//
//	[
//	  {"name": "google", "issuer": "https://accounts.google.com",
//	   "client_id": "123.apps.googleusercontent.com", "client_secret": "…",
//	   "redirect_url": "https://id.example.com/auth/oidc/callback"},
//	  {"name": "corp", "issuer": "https://login.corp.example",
//	   "client_id": "roster", "client_secret": "…",
//	   "scopes": ["openid", "email", "profile", "groups"],
//	   "audiences": ["roster", "api://roster"], "link_by_email": true}
//	]
//
// An empty or blank spec yields no providers and no error (OpenID Connect
// disabled). Unknown keys, trailing data, a duplicate name or issuer, a
// name outside [a-z0-9-], an issuer or redirect URL that is neither https
// nor http on a loopback host, and a missing client_id are errors. The
// returned configurations have their defaults applied (Scopes,
// Audiences). Error messages never contain the client secret.
func ParseProviders(spec string) ([]ProviderConfig, error) {
	spec = strings.TrimSpace(spec)
	if spec == "" {
		return nil, nil
	}
	dec := json.NewDecoder(strings.NewReader(spec))
	dec.DisallowUnknownFields()
	var cfgs []ProviderConfig
	if err := dec.Decode(&cfgs); err != nil {
		var syn *json.SyntaxError
		if errors.As(err, &syn) {
			return nil, fmt.Errorf("oidc: providers: not a JSON array of objects: syntax error at offset %d", syn.Offset)
		}
		var typ *json.UnmarshalTypeError
		if errors.As(err, &typ) {
			return nil, fmt.Errorf("oidc: providers: not a JSON array of objects: %s has the wrong type", describeField(typ))
		}
		// Unknown fields and other decoding errors name keys, never values.
		return nil, fmt.Errorf("oidc: providers: %w", err)
	}
	if _, err := dec.Token(); !errors.Is(err, io.EOF) {
		return nil, errors.New("oidc: providers: unexpected data after the JSON array")
	}
	return normalizeProviders(cfgs)
}

func describeField(e *json.UnmarshalTypeError) string {
	if e.Field != "" {
		return fmt.Sprintf("field %q", e.Field)
	}
	return "the value"
}

// normalizeProviders validates cfgs and returns copies with defaults.
func normalizeProviders(cfgs []ProviderConfig) ([]ProviderConfig, error) {
	out := make([]ProviderConfig, 0, len(cfgs))
	names := map[string]bool{}
	issuers := map[string]string{}
	for i, c := range cfgs {
		n, err := c.normalize()
		if err != nil {
			if c.Name != "" && nameRE.MatchString(c.Name) {
				return nil, fmt.Errorf("oidc: provider %q: %w", c.Name, err)
			}
			return nil, fmt.Errorf("oidc: provider #%d: %w", i+1, err)
		}
		if names[n.Name] {
			return nil, fmt.Errorf("oidc: provider %q: duplicate name", n.Name)
		}
		names[n.Name] = true
		iss := strings.TrimSuffix(n.Issuer, "/")
		if other, dup := issuers[iss]; dup {
			return nil, fmt.Errorf("oidc: provider %q: issuer already configured for provider %q (list further client IDs in its audiences instead)", n.Name, other)
		}
		issuers[iss] = n.Name
		out = append(out, n)
	}
	return out, nil
}

func (c ProviderConfig) normalize() (ProviderConfig, error) {
	if !nameRE.MatchString(c.Name) {
		return c, errors.New("name must be 1 to 64 characters of a-z, 0-9 and '-'")
	}
	if err := checkURL(c.Issuer, false); err != nil {
		return c, fmt.Errorf("issuer: %w", err)
	}
	if strings.TrimSpace(c.ClientID) == "" || strings.TrimSpace(c.ClientID) != c.ClientID {
		return c, errors.New("client_id is required and must not have surrounding spaces")
	}
	if c.RedirectURL != "" {
		if err := checkURL(c.RedirectURL, true); err != nil {
			return c, fmt.Errorf("redirect_url: %w", err)
		}
	}
	scopes := slices.Clone(c.Scopes)
	if len(scopes) == 0 {
		scopes = []string{"openid", "email", "profile"}
	}
	for _, s := range scopes {
		if s == "" || strings.ContainsAny(s, " \t\r\n\"\\") {
			return c, errors.New("scopes must be non-empty words without spaces")
		}
	}
	if !slices.Contains(scopes, "openid") {
		scopes = append([]string{"openid"}, scopes...)
	}
	c.Scopes = scopes
	auds := slices.Clone(c.Audiences)
	if len(auds) == 0 {
		auds = []string{c.ClientID}
	}
	for _, a := range auds {
		if a == "" {
			return c, errors.New("audiences must not contain an empty value")
		}
	}
	c.Audiences = auds
	return c, nil
}

// checkURL accepts https URLs and http URLs on loopback hosts, without
// user info or fragment; issuers also take no query.
func checkURL(raw string, allowQuery bool) error {
	if raw == "" {
		return errors.New("is required")
	}
	u, err := url.Parse(raw)
	if err != nil || !u.IsAbs() || u.Host == "" || u.Opaque != "" {
		return errors.New("must be an absolute URL")
	}
	if u.User != nil || u.Fragment != "" || strings.HasSuffix(raw, "#") {
		return errors.New("must not contain user info or a fragment")
	}
	if !allowQuery && (u.RawQuery != "" || u.ForceQuery) {
		return errors.New("must not contain a query")
	}
	switch u.Scheme {
	case "https":
		return nil
	case "http":
		if isLoopback(u.Hostname()) {
			return nil
		}
		return errors.New("must use https (http is allowed only for 127.0.0.1, [::1] and localhost)")
	}
	return errors.New("must use https")
}

func isLoopback(host string) bool {
	if strings.EqualFold(host, "localhost") {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// secureEndpoint reports whether a URL taken from a discovery document
// may receive tokens or client credentials: https, or http on a loopback
// host.
func secureEndpoint(raw string) bool {
	return checkURL(raw, true) == nil
}
