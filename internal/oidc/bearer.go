package oidc

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"
)

// maxTokenLen bounds the bearer tokens looked at; longer ones are
// rejected without asking any provider.
const maxTokenLen = 16 << 10

// VerifyBearer returns the identity a bearer token (the credential of an
// "Authorization: Bearer" header, without the scheme) stands for.
//
// A token of three dot-separated base64url parts is a JWT: its unverified
// "iss" selects the provider with that exact issuer, and the token is then
// verified locally with the provider's published keys: signature (any
// asymmetric algorithm, never "none" or HMAC), issuer, expiry and "nbf",
// a "typ" header that is absent, "JWT" or "at+jwt" (RFC 9068), and an
// "aud" containing one of the provider's Audiences. For a public client
// (no ClientSecret) the token must also say it was issued to Roster: its
// "azp", else its "client_id" (RFC 9068), else its only audience must be
// the ClientID or one of the Audiences. Both ID tokens and JWT access
// tokens are accepted. When the token carries no email, the provider's
// userinfo endpoint is asked with the token to complete the identity; a
// 4xx answer there leaves the identity as the token states it.
//
// Any other token is opaque. It is checked with each provider in
// configuration order, until one accepts it, through the provider's token
// introspection endpoint (RFC 7662, authenticated with the client
// credentials; "active" must be true, "exp" if present in the future,
// "iss" if present the provider's, "token_type" not a refresh token, and
// "aud" or "client_id" one of the Audiences). A provider that cannot
// introspect — a public client without a secret, or no introspection
// endpoint — refuses every opaque token without being asked: its
// userinfo endpoint would accept an access token issued to any of its
// clients. An opaque token is therefore shown to every configured
// provider that can introspect until one accepts it.
//
// Accepted tokens whose check needed a provider request are cached in
// memory, keyed by their SHA-256, until min(60 s, the token's expiry);
// at most 10,000 are kept, the oldest evicted first. Rejections are never
// cached.
//
// Every rejection of the token wraps [ErrInvalidToken]; its text says why
// (never quoting the token). When no provider accepted the token but at
// least one could not be asked — its discovery has not succeeded yet, or
// it did not answer — the error wraps [ErrProviderUnavailable] instead
// (or, for an introspection endpoint refusing the client credentials, is
// a plain configuration error). ctx bounds the provider requests.
func (m *Manager) VerifyBearer(ctx context.Context, token string) (Identity, error) {
	if token == "" || len(token) > maxTokenLen {
		return Identity{}, fmt.Errorf("oidc: bearer token empty or too long: %w", ErrInvalidToken)
	}
	if err := ctx.Err(); err != nil {
		return Identity{}, fmt.Errorf("oidc: verify bearer: %w", err)
	}
	key := tokenKey(token)
	if id, ok := m.cache.get(key, m.now()); ok {
		return id, nil
	}
	if hdr, payload, ok := splitJWT(token); ok {
		return m.verifyJWT(ctx, token, key, hdr, payload)
	}
	return m.verifyOpaque(ctx, token, key)
}

type jwtHeader struct {
	Alg string `json:"alg"`
	Typ string `json:"typ"`
}

// splitJWT returns the decoded header and payload of a token that looks
// like a JWS compact serialization: three non-empty base64url parts whose
// header is a JSON object with an "alg".
func splitJWT(token string) (jwtHeader, []byte, bool) {
	parts := strings.Split(token, ".")
	if len(parts) != 3 {
		return jwtHeader{}, nil, false
	}
	for _, p := range parts {
		if p == "" || strings.TrimLeft(p, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_") != "" {
			return jwtHeader{}, nil, false
		}
	}
	rawHdr, err := base64.RawURLEncoding.DecodeString(parts[0])
	if err != nil {
		return jwtHeader{}, nil, false
	}
	var hdr jwtHeader
	if err := json.Unmarshal(rawHdr, &hdr); err != nil || hdr.Alg == "" {
		return jwtHeader{}, nil, false
	}
	payload, err := base64.RawURLEncoding.DecodeString(parts[1])
	if err != nil {
		return jwtHeader{}, nil, false
	}
	return hdr, payload, true
}

func (m *Manager) verifyJWT(ctx context.Context, token string, key [32]byte, hdr jwtHeader, payload []byte) (Identity, error) {
	switch strings.ToLower(hdr.Typ) {
	case "", "jwt", "at+jwt", "application/at+jwt":
	default:
		return Identity{}, fmt.Errorf("oidc: bearer JWT of type %q: %w", hdr.Typ, ErrInvalidToken)
	}
	var unverified struct {
		Issuer string `json:"iss"`
	}
	if err := json.Unmarshal(payload, &unverified); err != nil {
		return Identity{}, fmt.Errorf("oidc: bearer JWT has unreadable claims: %w", ErrInvalidToken)
	}
	s := m.byIssuer[unverified.Issuer]
	if s == nil {
		return Identity{}, fmt.Errorf("oidc: bearer JWT from an unknown issuer: %w", ErrInvalidToken)
	}
	p := s.provider()
	if p == nil {
		return Identity{}, m.notDiscovered(s)
	}
	id, err := m.checkJWT(ctx, p, token, key)
	m.observe(ctx, s, err)
	return id, err
}

// checkJWT verifies a bearer JWT of the discovered provider p.
func (m *Manager) checkJWT(ctx context.Context, p *provider, token string, key [32]byte) (Identity, error) {
	vctx, probe := withFetchProbe(ctx)
	tok, err := p.bearerVerifier.Verify(vctx, token)
	if err != nil {
		if ctxErr := ctx.Err(); ctxErr != nil {
			return Identity{}, fmt.Errorf("oidc: provider %q: verify bearer: %w", p.cfg.Name, ctxErr)
		}
		if probe.failed.Load() {
			return Identity{}, unavailable(p, "fetch keys", nil)
		}
		return Identity{}, fmt.Errorf("oidc: provider %q: %w: %w", p.cfg.Name, ErrInvalidToken, err)
	}
	if !audienceMatches(p.cfg.Audiences, tok.Audience...) {
		return Identity{}, fmt.Errorf("oidc: provider %q: bearer JWT is for another audience: %w", p.cfg.Name, ErrInvalidToken)
	}
	var c claims
	if err := tok.Claims(&c); err != nil {
		return Identity{}, fmt.Errorf("oidc: provider %q: bearer JWT has unreadable claims: %w", p.cfg.Name, ErrInvalidToken)
	}
	if p.cfg.ClientSecret == "" && !p.ownClient(c.issuedTo()) {
		return Identity{}, fmt.Errorf("oidc: provider %q: bearer JWT was issued to another client (a public client accepts only its own tokens): %w", p.cfg.Name, ErrInvalidToken)
	}
	if c.Subject == "" {
		return Identity{}, fmt.Errorf("oidc: provider %q: bearer JWT has no sub: %w", p.cfg.Name, ErrInvalidToken)
	}
	id := c.identity(p)
	if id.Email != "" {
		return id, nil
	}
	if err := m.complete(ctx, p, token, &id); err != nil {
		return Identity{}, err
	}
	if p.userinfoURL != "" {
		m.cache.put(key, id, cacheUntil(m.now(), tok.Expiry))
	}
	return id, nil
}

func (m *Manager) verifyOpaque(ctx context.Context, token string, key [32]byte) (Identity, error) {
	var trouble error
	var reasons []string
	for _, s := range m.slots {
		id, exp, err := m.checkOpaque(ctx, s, token)
		if err == nil {
			m.cache.put(key, id, cacheUntil(m.now(), exp))
			return id, nil
		}
		if errors.Is(err, ErrInvalidToken) {
			reasons = append(reasons, strings.TrimSuffix(err.Error(), ": "+ErrInvalidToken.Error()))
			continue
		}
		if ctxErr := ctx.Err(); ctxErr != nil {
			return Identity{}, fmt.Errorf("oidc: verify bearer: %w", ctxErr)
		}
		if trouble == nil {
			trouble = err
		}
	}
	if trouble != nil {
		return Identity{}, fmt.Errorf("oidc: opaque token could not be checked: %w", trouble)
	}
	return Identity{}, fmt.Errorf("oidc: opaque token accepted by no provider (%s): %w", strings.Join(reasons, "; "), ErrInvalidToken)
}

// checkOpaque checks an opaque token with the provider of s. It returns
// the identity and the token's expiry (zero if unknown), an
// ErrInvalidToken error when this provider does not accept the token, or
// another error when it could not tell.
func (m *Manager) checkOpaque(ctx context.Context, s *slot, token string) (Identity, time.Time, error) {
	if s.cfg.ClientSecret == "" {
		return Identity{}, time.Time{}, fmt.Errorf("oidc: provider %q: a public client cannot introspect opaque tokens: %w", s.cfg.Name, ErrInvalidToken)
	}
	p := s.provider()
	if p == nil {
		return Identity{}, time.Time{}, m.notDiscovered(s)
	}
	if p.introspectionURL == "" {
		return Identity{}, time.Time{}, fmt.Errorf("oidc: provider %q: no introspection endpoint to check opaque tokens: %w", s.cfg.Name, ErrInvalidToken)
	}
	id, exp, err := m.introspectToken(ctx, p, token)
	m.observe(ctx, s, err)
	return id, exp, err
}

// introspectToken checks an opaque token with p's introspection endpoint.
func (m *Manager) introspectToken(ctx context.Context, p *provider, token string) (Identity, time.Time, error) {
	c, err := m.introspect(ctx, p, token)
	if err != nil {
		return Identity{}, time.Time{}, err
	}
	reject := func(why string) (Identity, time.Time, error) {
		return Identity{}, time.Time{}, fmt.Errorf("oidc: provider %q: introspected token %s: %w", p.cfg.Name, why, ErrInvalidToken)
	}
	exp := c.Expiry.time()
	switch {
	case !c.Active:
		return reject("is not active")
	case !exp.IsZero() && !m.now().Before(exp):
		return reject("has expired")
	case c.Issuer != "" && c.Issuer != p.issuer:
		return reject("is from another issuer")
	case strings.Contains(strings.ToLower(c.TokenType), "refresh"):
		return reject("is a refresh token")
	case !audienceMatches(p.cfg.Audiences, append([]string{c.ClientID}, c.Audience...)...):
		return reject("is for another audience")
	}
	id := c.identity(p)
	if id.Subject == "" {
		// Introspection need not name the subject; userinfo does.
		if p.userinfoURL == "" {
			return reject("names no subject")
		}
		u, err := m.fetchUserinfo(ctx, p, token)
		if errors.Is(err, errRejected) {
			return reject("is refused by userinfo")
		}
		if err != nil {
			return Identity{}, time.Time{}, err
		}
		id = u.identity(p)
		return id, exp, nil
	}
	if id.Email == "" {
		if err := m.complete(ctx, p, token, &id); err != nil {
			return Identity{}, time.Time{}, err
		}
	}
	return id, exp, nil
}
