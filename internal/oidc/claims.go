package oidc

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"mime"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"
)

// maxResponse bounds what is read from a provider's answer.
const maxResponse = 1 << 20

// claims are the claims Roster reads from ID tokens, JWT access tokens,
// userinfo answers and introspection answers.
type claims struct {
	Issuer        string      `json:"iss"`
	Subject       string      `json:"sub"`
	Audience      stringList  `json:"aud"`
	Expiry        numericDate `json:"exp"`
	Email         string      `json:"email"`
	EmailVerified flexBool    `json:"email_verified"`
	GivenName     string      `json:"given_name"`
	FamilyName    string      `json:"family_name"`
	AZP           string      `json:"azp"`
	// Introspection only.
	Active    bool   `json:"active"`
	ClientID  string `json:"client_id"`
	TokenType string `json:"token_type"`
}

// identity returns the Identity the claims describe for p.
func (c *claims) identity(p *provider) Identity {
	return Identity{
		Provider:      p.cfg.Name,
		Issuer:        p.issuer,
		Subject:       c.Subject,
		Email:         c.Email,
		EmailVerified: bool(c.EmailVerified),
		GivenName:     c.GivenName,
		FamilyName:    c.FamilyName,
		LinkByEmail:   p.cfg.LinkByEmail,
	}
}

// issuedTo returns the client a token was issued to, as far as its
// claims say: "azp", else "client_id" (RFC 9068 access tokens), else the
// audience when it is the only one; "" when they do not say.
func (c *claims) issuedTo() string {
	switch {
	case c.AZP != "":
		return c.AZP
	case c.ClientID != "":
		return c.ClientID
	case len(c.Audience) == 1:
		return c.Audience[0]
	}
	return ""
}

// ownClient reports whether client is Roster's at p: the client ID or
// one of the accepted audiences.
func (p *provider) ownClient(client string) bool {
	return client != "" && (client == p.cfg.ClientID || slices.Contains(p.cfg.Audiences, client))
}

// flexBool reads a JSON boolean or the strings "true"/"false" (some
// providers send email_verified as a string). Anything else is false.
type flexBool bool

func (b *flexBool) UnmarshalJSON(data []byte) error {
	var v any
	if err := json.Unmarshal(data, &v); err != nil {
		return err
	}
	switch t := v.(type) {
	case bool:
		*b = flexBool(t)
	case string:
		*b = flexBool(strings.EqualFold(strings.TrimSpace(t), "true"))
	default:
		*b = false
	}
	return nil
}

// stringList reads a string or an array of strings (the aud claim).
type stringList []string

func (s *stringList) UnmarshalJSON(data []byte) error {
	data = bytes.TrimSpace(data)
	if bytes.Equal(data, []byte("null")) {
		*s = nil
		return nil
	}
	if len(data) > 0 && data[0] == '"' {
		var one string
		if err := json.Unmarshal(data, &one); err != nil {
			return err
		}
		*s = stringList{one}
		return nil
	}
	var many []string
	if err := json.Unmarshal(data, &many); err != nil {
		return err
	}
	*s = many
	return nil
}

// numericDate reads a JSON number of seconds since the epoch, or such a
// number as a string. Zero means absent.
type numericDate float64

func (d *numericDate) UnmarshalJSON(data []byte) error {
	data = bytes.TrimSpace(data)
	if bytes.Equal(data, []byte("null")) {
		*d = 0
		return nil
	}
	s := string(bytes.Trim(data, `"`))
	f, err := strconv.ParseFloat(s, 64)
	if err != nil || math.IsNaN(f) || math.IsInf(f, 0) {
		return fmt.Errorf("not a numeric date")
	}
	*d = numericDate(f)
	return nil
}

func (d numericDate) time() time.Time {
	if d == 0 {
		return time.Time{}
	}
	sec, frac := math.Modf(float64(d))
	return time.Unix(int64(sec), int64(frac*1e9))
}

// audienceMatches reports whether one of got is an accepted audience.
func audienceMatches(accepted []string, got ...string) bool {
	for _, g := range got {
		if g != "" && slices.Contains(accepted, g) {
			return true
		}
	}
	return false
}

// errRejected reports that a provider endpoint refused the token (HTTP
// 4xx from userinfo): the token is not valid there.
var errRejected = errors.New("token rejected by the provider")

// unavailable wraps err as ErrProviderUnavailable for provider p's step.
func unavailable(p *provider, step string, err error) error {
	if err == nil {
		return fmt.Errorf("oidc: provider %q: %s: %w", p.cfg.Name, step, ErrProviderUnavailable)
	}
	return fmt.Errorf("oidc: provider %q: %s: %w: %w", p.cfg.Name, step, ErrProviderUnavailable, err)
}

// serverTrouble reports whether a provider's HTTP status means it is
// unavailable: 5xx and 429.
func serverTrouble(status int) bool {
	return status >= 500 || status == http.StatusTooManyRequests
}

// fetchUserinfo asks p's userinfo endpoint about token. It returns
// errRejected (wrapped) when the endpoint answers 4xx, an
// ErrProviderUnavailable error when it cannot be asked, and the claims
// otherwise. Signed (application/jwt) answers are verified with p's keys
// and must name p as issuer and, if they carry aud, the client.
func (m *Manager) fetchUserinfo(ctx context.Context, p *provider, token string) (*claims, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, p.userinfoURL, nil)
	if err != nil {
		return nil, fmt.Errorf("oidc: provider %q: userinfo: %w", p.cfg.Name, err)
	}
	req.Header.Set("Authorization", "Bearer "+token)
	req.Header.Set("Accept", "application/json, application/jwt")
	resp, err := m.client.Do(req)
	if err != nil {
		return nil, unavailable(p, "userinfo", stripURLError(err))
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(io.LimitReader(resp.Body, maxResponse))
	if err != nil {
		return nil, unavailable(p, "userinfo", err)
	}
	switch {
	case resp.StatusCode == http.StatusOK:
	case serverTrouble(resp.StatusCode):
		return nil, unavailable(p, fmt.Sprintf("userinfo: HTTP %d", resp.StatusCode), nil)
	case resp.StatusCode >= 400 && resp.StatusCode < 500:
		return nil, fmt.Errorf("oidc: provider %q: userinfo: HTTP %d: %w", p.cfg.Name, resp.StatusCode, errRejected)
	default:
		return nil, unavailable(p, fmt.Sprintf("userinfo: unexpected HTTP %d", resp.StatusCode), nil)
	}
	mt, _, _ := mime.ParseMediaType(resp.Header.Get("Content-Type"))
	var c claims
	if mt == "application/jwt" {
		vctx, probe := withFetchProbe(ctx)
		payload, err := p.keys.VerifySignature(vctx, string(bytes.TrimSpace(body)))
		if err != nil {
			if probe.failed.Load() {
				return nil, unavailable(p, "userinfo: keys", nil)
			}
			return nil, fmt.Errorf("oidc: provider %q: userinfo: bad signature: %w", p.cfg.Name, ErrInvalidToken)
		}
		if err := json.Unmarshal(payload, &c); err != nil {
			return nil, unavailable(p, "userinfo: unreadable answer", nil)
		}
		if c.Issuer != "" && c.Issuer != p.issuer {
			return nil, fmt.Errorf("oidc: provider %q: userinfo: signed by another issuer: %w", p.cfg.Name, ErrInvalidToken)
		}
		if len(c.Audience) > 0 && !slices.Contains(c.Audience, p.cfg.ClientID) {
			return nil, fmt.Errorf("oidc: provider %q: userinfo: for another audience: %w", p.cfg.Name, ErrInvalidToken)
		}
	} else if err := json.Unmarshal(body, &c); err != nil {
		return nil, unavailable(p, "userinfo: unreadable answer", nil)
	}
	if c.Subject == "" {
		return nil, unavailable(p, "userinfo: answer has no sub", nil)
	}
	return &c, nil
}

// complete fills the empty fields of id from p's userinfo endpoint, asked
// with token. A userinfo answer for another subject is an
// ErrInvalidToken error; a 4xx answer leaves id as it is.
func (m *Manager) complete(ctx context.Context, p *provider, token string, id *Identity) error {
	if p.userinfoURL == "" || token == "" {
		return nil
	}
	c, err := m.fetchUserinfo(ctx, p, token)
	if errors.Is(err, errRejected) {
		return nil
	}
	if err != nil {
		return err
	}
	if c.Subject != id.Subject {
		return fmt.Errorf("oidc: provider %q: userinfo is about another subject: %w", p.cfg.Name, ErrInvalidToken)
	}
	if id.Email == "" {
		id.Email = c.Email
		id.EmailVerified = bool(c.EmailVerified)
	}
	if id.GivenName == "" {
		id.GivenName = c.GivenName
	}
	if id.FamilyName == "" {
		id.FamilyName = c.FamilyName
	}
	return nil
}

// introspect asks p's introspection endpoint (RFC 7662) about token,
// authenticated with the client credentials. It returns the answer, or
// an ErrProviderUnavailable error when the endpoint could not be asked,
// or another error when it refused the client.
func (m *Manager) introspect(ctx context.Context, p *provider, token string) (*claims, error) {
	form := url.Values{"token": {token}, "token_type_hint": {"access_token"}}
	if p.introspectPost {
		form.Set("client_id", p.cfg.ClientID)
		form.Set("client_secret", p.cfg.ClientSecret)
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, p.introspectionURL, strings.NewReader(form.Encode()))
	if err != nil {
		return nil, fmt.Errorf("oidc: provider %q: introspection: %w", p.cfg.Name, err)
	}
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("Accept", "application/json")
	if !p.introspectPost {
		// RFC 6749 section 2.3.1: form-encode before Basic.
		req.SetBasicAuth(url.QueryEscape(p.cfg.ClientID), url.QueryEscape(p.cfg.ClientSecret))
	}
	resp, err := m.client.Do(req)
	if err != nil {
		return nil, unavailable(p, "introspection", stripURLError(err))
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(io.LimitReader(resp.Body, maxResponse))
	if err != nil {
		return nil, unavailable(p, "introspection", err)
	}
	switch {
	case resp.StatusCode == http.StatusOK:
	case serverTrouble(resp.StatusCode):
		return nil, unavailable(p, fmt.Sprintf("introspection: HTTP %d", resp.StatusCode), nil)
	default:
		// 401/403: our client credentials were refused; a configuration
		// problem, not a verdict on the token.
		return nil, fmt.Errorf("oidc: provider %q: introspection refused the request (HTTP %d); check client_id and client_secret", p.cfg.Name, resp.StatusCode)
	}
	var c claims
	if err := json.Unmarshal(body, &c); err != nil {
		return nil, unavailable(p, "introspection: unreadable answer", nil)
	}
	return &c, nil
}

// stripURLError drops the *url.Error wrapper, whose text repeats the
// request URL, keeping the cause.
func stripURLError(err error) error {
	var ue *url.Error
	if errors.As(err, &ue) {
		return ue.Err
	}
	return err
}
