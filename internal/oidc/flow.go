package oidc

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	gooidc "github.com/coreos/go-oidc/v3/oidc"
	"golang.org/x/oauth2"

	"github.com/rosterhq/roster/internal/metrics"
	"github.com/rosterhq/roster/internal/problem"
)

// flowTTL is the lifetime of a login flow and of its cookie.
const flowTTL = 10 * time.Minute

// cookiePrefix starts the name of every flow cookie.
const cookiePrefix = "roster_oidc_"

// The values of the oidc_error query parameter added to the return URL
// when a sign-in fails after its state was verified.
const (
	// ErrorAccessDenied means the person or the provider declined the login.
	ErrorAccessDenied = "access_denied"
	// ErrorProvider means the provider answered with another error.
	ErrorProvider = "provider_error"
	// ErrorLoginFailed means the code exchange or the token checks failed.
	ErrorLoginFailed = "login_failed"
	// ErrorAccountRejected means Accounts.SignIn refused the identity with a
	// *problem.Error (for example, sign-up not allowed).
	ErrorAccountRejected = "account_rejected"
	// ErrorServer means Roster failed to sign the person in.
	ErrorServer = "server_error"
	// ErrorUnavailable means the provider could not be reached while the
	// sign-in was completed; trying again later may work.
	ErrorUnavailable = "provider_unavailable"
)

// flowState is the content of the encrypted flow cookie.
type flowState struct {
	Provider string `json:"p"`
	State    string `json:"s"`
	Nonce    string `json:"n"`
	Verifier string `json:"v"`
	ReturnTo string `json:"r,omitempty"`
	Expires  int64  `json:"e"`
}

// LoginHandler returns the handler of GET /auth/oidc/login?provider=NAME&return_to=URL.
//
// It answers 400 when the provider is unknown or has no RedirectURL (the
// provider parameter may be left out when exactly one provider offers
// browser sign-in), and when return_to is not an absolute http(s) URL
// without user info whose host Accounts.RedirectAllowed allows; it never
// redirects to a refused URL. A provider whose discovery has not
// succeeded yet gets a plain-text 503 with Retry-After. Each refusal is
// logged at debug level with its reason. Otherwise it starts an authorization code
// flow with PKCE (S256), a random state and a random nonce: these, the
// PKCE verifier and return_to go into an AES-GCM encrypted and
// authenticated cookie (HttpOnly, SameSite=Lax, Secure when
// Options.SecureCookies, Path of the RedirectURL, expiring after 10
// minutes) named after the state, so that logins in several tabs do not
// disturb each other. It then redirects (302) to the provider's
// authorization endpoint. Methods other than GET get 405.
func (m *Manager) LoginHandler() http.Handler {
	return http.HandlerFunc(m.serveLogin)
}

// CallbackHandler returns the handler of GET /auth/oidc/callback, the
// RedirectURL registered at the providers.
//
// It finds the flow cookie named after the state parameter, decrypts it
// and compares the states in constant time; a missing, expired, tampered
// or mismatching cookie gets a plain-text 400 and nothing else happens
// (the reason is logged at debug level). A provider not discovered on
// this instance gets a plain-text 503 with Retry-After, and the cookie
// stays.
// Once the state matches, the cookie is cleared and every outcome
// redirects (303) to the flow's return_to (checked again with
// Accounts.RedirectAllowed; a refused one gets a plain-text 400) or to
// Options.DefaultReturnTo. On failure the redirect carries
// oidc_error=CODE (ErrorAccessDenied, ErrorProvider, ErrorLoginFailed,
// ErrorUnavailable, ErrorAccountRejected, ErrorServer) and nothing from
// the provider or the tokens. A provider "error" parameter, or an "iss"
// parameter (RFC 9207) that is not the provider's issuer, fails the
// sign-in. Otherwise the
// code is exchanged with the PKCE verifier, the ID token is verified
// (signature, issuer, audience = client ID, "azp" if present, expiry,
// nonce, "at_hash" if present), the identity is read from it and, when it
// has no email, completed from the userinfo endpoint; then
// Accounts.SignIn and Accounts.StartSession are called and the browser is
// sent to the return URL.
func (m *Manager) CallbackHandler() http.Handler {
	return http.HandlerFunc(m.serveCallback)
}

func (m *Manager) serveLogin(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet {
		w.Header().Set("Allow", http.MethodGet)
		plain(w, http.StatusMethodNotAllowed, "method not allowed")
		return
	}
	ctx := r.Context()
	q := r.URL.Query()
	name := q.Get("provider")
	if name == "" {
		if names := m.Providers(); len(names) == 1 {
			name = names[0]
		}
	}
	s := m.byName[name]
	if s == nil || s.cfg.RedirectURL == "" {
		m.refused(ctx, "login", name, "unknown provider or one without redirect_url")
		plain(w, http.StatusBadRequest, "unknown sign-in provider")
		return
	}
	returnTo := q.Get("return_to")
	if returnTo != "" && !m.returnAllowed(ctx, returnTo) {
		m.refused(ctx, "login", name, "return_to is not an allowed address")
		plain(w, http.StatusBadRequest, "return_to is not an allowed address")
		return
	}
	p := s.provider()
	if p == nil {
		m.refused(ctx, "login", name, m.notDiscovered(s).Error())
		unavailablePage(w)
		return
	}
	state, err1 := randomString()
	nonce, err2 := randomString()
	if err := errors.Join(err1, err2); err != nil {
		m.logger.ErrorContext(r.Context(), "oidc: login: random", "provider", p.cfg.Name, "error", err)
		plain(w, http.StatusInternalServerError, "sign-in failed")
		return
	}
	verifier := oauth2.GenerateVerifier()
	fs := flowState{
		Provider: p.cfg.Name,
		State:    state,
		Nonce:    nonce,
		Verifier: verifier,
		ReturnTo: returnTo,
		Expires:  m.now().Add(flowTTL).Unix(),
	}
	value, err := m.seal(cookieName(state), fs)
	if err != nil {
		m.logger.ErrorContext(r.Context(), "oidc: login: seal flow cookie", "provider", p.cfg.Name, "error", err)
		plain(w, http.StatusInternalServerError, "sign-in failed")
		return
	}
	http.SetCookie(w, &http.Cookie{
		Name:     cookieName(state),
		Value:    value,
		Path:     p.cookiePath,
		MaxAge:   int(flowTTL / time.Second),
		HttpOnly: true,
		Secure:   m.secure,
		SameSite: http.SameSiteLaxMode,
	})
	w.Header().Set("Cache-Control", "no-store")
	target := p.oauth.AuthCodeURL(state, oauth2.S256ChallengeOption(verifier), gooidc.Nonce(nonce))
	http.Redirect(w, r, target, http.StatusFound)
}

func (m *Manager) serveCallback(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet {
		w.Header().Set("Allow", http.MethodGet)
		plain(w, http.StatusMethodNotAllowed, "method not allowed")
		return
	}
	w.Header().Set("Cache-Control", "no-store")
	ctx := r.Context()
	q := r.URL.Query()
	state := q.Get("state")
	fs, why := m.readFlow(r, state)
	if why != "" {
		m.refused(ctx, "callback", "", why)
		plain(w, http.StatusBadRequest, "sign-in expired or invalid; please start again")
		return
	}
	s := m.byName[fs.Provider]
	if s == nil || s.cfg.RedirectURL == "" {
		m.refused(ctx, "callback", fs.Provider, "the flow names a provider that is not configured for browser sign-in")
		plain(w, http.StatusBadRequest, "sign-in expired or invalid; please start again")
		return
	}
	p := s.provider()
	if p == nil {
		// Started on an instance that had discovered the provider. The
		// cookie stays: the browser may come back once it is available.
		m.refused(ctx, "callback", fs.Provider, m.notDiscovered(s).Error())
		unavailablePage(w)
		return
	}
	http.SetCookie(w, &http.Cookie{
		Name:     cookieName(state),
		Value:    "",
		Path:     p.cookiePath,
		MaxAge:   -1,
		HttpOnly: true,
		Secure:   m.secure,
		SameSite: http.SameSiteLaxMode,
	})
	returnTo := fs.ReturnTo
	if returnTo == "" {
		returnTo = m.defaultReturnTo
	} else if !m.returnAllowed(ctx, returnTo) {
		m.refused(ctx, "callback", p.cfg.Name, "return_to is no longer an allowed address")
		plain(w, http.StatusBadRequest, "return_to is not an allowed address")
		return
	}
	log := m.logger.With("provider", p.cfg.Name)
	fail := func(code, step string, err error) {
		m.metrics.SignIn(metrics.MethodOIDC, false)
		log.WarnContext(ctx, "oidc: sign-in failed", "step", step, "error", err)
		http.Redirect(w, r, withErrorCode(returnTo, code), http.StatusSeeOther)
	}
	if iss := q.Get("iss"); iss != "" && iss != p.issuer {
		fail(ErrorLoginFailed, "authorization response", errors.New("iss parameter is not the provider's issuer"))
		return
	}
	if e := q.Get("error"); e != "" {
		code := ErrorProvider
		if e == "access_denied" {
			code = ErrorAccessDenied
		}
		fail(code, "authorization response", fmt.Errorf("provider answered error %q", truncate(e, 64)))
		return
	}
	code := q.Get("code")
	if code == "" {
		fail(ErrorLoginFailed, "authorization response", errors.New("no code"))
		return
	}
	id, step, err := m.exchange(ctx, p, code, fs)
	m.observe(ctx, s, err)
	if errors.Is(err, ErrProviderUnavailable) {
		fail(ErrorUnavailable, step, err)
		return
	}
	if err != nil {
		fail(ErrorLoginFailed, step, err)
		return
	}
	userID, err := m.accounts.SignIn(ctx, id)
	if err != nil {
		if _, ok := problem.As(err); ok {
			fail(ErrorAccountRejected, "sign in", err)
		} else {
			fail(ErrorServer, "sign in", err)
		}
		return
	}
	if err := m.accounts.StartSession(ctx, w, r, userID); err != nil {
		fail(ErrorServer, "start session", err)
		return
	}
	m.metrics.SignIn(metrics.MethodOIDC, true)
	http.Redirect(w, r, returnTo, http.StatusSeeOther)
}

// exchange redeems the code and returns the verified identity, or the
// failing step and an error fit for logs (no token contents).
func (m *Manager) exchange(ctx context.Context, p *provider, code string, fs flowState) (Identity, string, error) {
	cctx := gooidc.ClientContext(ctx, m.client)
	tok, err := p.oauth.Exchange(cctx, code, oauth2.VerifierOption(fs.Verifier))
	if err != nil {
		var re *oauth2.RetrieveError
		if errors.As(err, &re) {
			status := 0
			if re.Response != nil {
				status = re.Response.StatusCode
			}
			answer := fmt.Errorf("token endpoint answered HTTP %d, error %q", status, truncate(re.ErrorCode, 64))
			if serverTrouble(status) {
				return Identity{}, "exchange", unavailable(p, "exchange", answer)
			}
			return Identity{}, "exchange", answer
		}
		return Identity{}, "exchange", unavailable(p, "exchange", stripURLError(err))
	}
	raw, _ := tok.Extra("id_token").(string)
	if raw == "" {
		return Identity{}, "exchange", errors.New("token response has no id_token")
	}
	vctx, probe := withFetchProbe(cctx)
	idt, err := p.idVerifier.Verify(vctx, raw)
	if err != nil {
		if probe.failed.Load() {
			return Identity{}, "verify id token", unavailable(p, "fetch keys", nil)
		}
		return Identity{}, "verify id token", err
	}
	if subtle.ConstantTimeCompare([]byte(idt.Nonce), []byte(fs.Nonce)) != 1 {
		return Identity{}, "verify id token", errors.New("nonce mismatch")
	}
	if idt.AccessTokenHash != "" {
		if err := idt.VerifyAccessToken(tok.AccessToken); err != nil {
			return Identity{}, "verify id token", err
		}
	}
	var c claims
	if err := idt.Claims(&c); err != nil {
		return Identity{}, "verify id token", err
	}
	if c.AZP != "" && c.AZP != p.cfg.ClientID {
		return Identity{}, "verify id token", errors.New("azp is not the client ID")
	}
	if c.Subject == "" {
		return Identity{}, "verify id token", errors.New("id token has no sub")
	}
	id := c.identity(p)
	if id.Email == "" {
		if err := m.complete(ctx, p, tok.AccessToken, &id); err != nil {
			return Identity{}, "userinfo", err
		}
	}
	return id, "", nil
}

// returnAllowed reports whether s is an absolute http(s) URL, without
// user info, backslashes or control characters, that Accounts allows.
func (m *Manager) returnAllowed(ctx context.Context, s string) bool {
	if len(s) > 2048 || strings.ContainsAny(s, "\\") {
		return false
	}
	for _, r := range s {
		if r < 0x20 || r == 0x7f {
			return false
		}
	}
	u, err := url.Parse(s)
	if err != nil || u.Host == "" || u.User != nil || u.Opaque != "" {
		return false
	}
	if u.Scheme != "https" && u.Scheme != "http" {
		return false
	}
	return m.accounts.RedirectAllowed(ctx, s)
}

// withErrorCode returns returnTo with oidc_error=code added to its query.
func withErrorCode(returnTo, code string) string {
	u, err := url.Parse(returnTo)
	if err != nil {
		return returnTo
	}
	q := u.Query()
	q.Set("oidc_error", code)
	u.RawQuery = q.Encode()
	return u.String()
}

// cookieName returns the name of the flow cookie of state.
func cookieName(state string) string {
	sum := sha256.Sum256([]byte(state))
	return cookiePrefix + base64.RawURLEncoding.EncodeToString(sum[:12])
}

// seal encrypts fs for the cookie called name.
func (m *Manager) seal(name string, fs flowState) (string, error) {
	plaintext, err := json.Marshal(fs)
	if err != nil {
		return "", fmt.Errorf("oidc: seal flow state: %w", err)
	}
	nonce := make([]byte, m.aead.NonceSize())
	if _, err := rand.Read(nonce); err != nil {
		return "", fmt.Errorf("oidc: seal flow state: %w", err)
	}
	sealed := m.aead.Seal(nonce, nonce, plaintext, []byte(name))
	return base64.RawURLEncoding.EncodeToString(sealed), nil
}

// readFlow returns the flow state of the request's cookie for state, if
// it decrypts, has not expired and holds the same state; otherwise why
// not, for the log.
func (m *Manager) readFlow(r *http.Request, state string) (fs flowState, why string) {
	if state == "" || len(state) > 256 {
		return flowState{}, "no state parameter, or one too long"
	}
	name := cookieName(state)
	ck, err := r.Cookie(name)
	if err != nil {
		return flowState{}, "no flow cookie for this state (expired, another browser, or the sign-in finished already)"
	}
	if len(ck.Value) > 4096 {
		return flowState{}, "flow cookie too long"
	}
	sealed, err := base64.RawURLEncoding.DecodeString(ck.Value)
	if err != nil || len(sealed) < m.aead.NonceSize()+m.aead.Overhead() {
		return flowState{}, "flow cookie malformed"
	}
	ns := m.aead.NonceSize()
	plaintext, err := m.aead.Open(nil, sealed[:ns], sealed[ns:], []byte(name))
	if err != nil {
		return flowState{}, "flow cookie does not decrypt (tampered, or sealed with another state key)"
	}
	if err := json.Unmarshal(plaintext, &fs); err != nil {
		return flowState{}, "flow cookie content unreadable"
	}
	if !m.now().Before(time.Unix(fs.Expires, 0)) {
		return flowState{}, "flow expired"
	}
	if subtle.ConstantTimeCompare([]byte(fs.State), []byte(state)) != 1 {
		return flowState{}, "state does not match the flow cookie"
	}
	return fs, ""
}

// refused logs at debug level why a login or callback request was
// answered without going on, never with a token, code or cookie value.
func (m *Manager) refused(ctx context.Context, handler, provider, why string) {
	if handler == "callback" {
		// A browser came back and could not be signed in.
		m.metrics.SignIn(metrics.MethodOIDC, false)
	}
	m.logger.DebugContext(ctx, "oidc: "+handler+" refused", "provider", truncate(provider, 64), "reason", why)
}

// unavailablePage answers 503 for a provider that cannot be used now.
func unavailablePage(w http.ResponseWriter) {
	w.Header().Set("Retry-After", strconv.Itoa(RetryAfterSeconds))
	plain(w, http.StatusServiceUnavailable, "the sign-in provider cannot be reached right now; please try again in a moment")
}

// RetryAfterSeconds is the Retry-After of answers that a provider is
// unavailable.
const RetryAfterSeconds = 10

func randomString() (string, error) {
	b := make([]byte, 32)
	if _, err := rand.Read(b); err != nil {
		return "", err
	}
	return base64.RawURLEncoding.EncodeToString(b), nil
}

func plain(w http.ResponseWriter, status int, msg string) {
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(status)
	_, _ = fmt.Fprintln(w, msg)
}

func truncate(s string, n int) string {
	if len(s) > n {
		return s[:n]
	}
	return s
}
