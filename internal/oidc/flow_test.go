package oidc

import (
	"errors"
	"net/http"
	"net/http/httptest"
	"net/url"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/rosterhq/roster/internal/problem"
)

func TestDiscovery(t *testing.T) {
	e := newEnv(t, envOptions{})
	if got, want := e.m.Providers(), []string{"test", "second"}; !reflect.DeepEqual(got, want) {
		t.Fatalf("Providers() = %v, want %v", got, want)
	}
	for _, s := range e.m.slots {
		p := s.provider()
		if p == nil || p.issuer == "" || p.userinfoURL == "" || p.introspectionURL == "" || p.oauth == nil {
			t.Fatalf("provider %s not fully discovered: %+v", s.cfg.Name, p)
		}
		if p.cookiePath != "/auth/oidc/callback" {
			t.Errorf("cookie path %q", p.cookiePath)
		}
	}
	for _, st := range e.m.Status() {
		if !st.Up() || !st.Discovered || st.Reason != "" || st.Failures != 0 || !st.NextAttempt.IsZero() {
			t.Errorf("status %+v, want ready", st)
		}
	}

	// A provider without redirect_url is for bearer tokens only.
	cfgs := []ProviderConfig{{Name: "bearer-only", Issuer: e.op.issuer, ClientID: clientID}}
	m, err := New(testCtx(t), cfgs, e.accounts, Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(m.Close)
	if got := m.Providers(); len(got) != 0 {
		t.Errorf("Providers() = %v, want none", got)
	}

	// Discovery failures do not stop New: the provider is unavailable,
	// with the reason, and tried again later.
	closed := httptest.NewServer(http.NotFoundHandler())
	closedURL := closed.URL
	closed.Close()
	for name, tc := range map[string]struct {
		cfg    ProviderConfig
		reason string
	}{
		"unreachable":    {ProviderConfig{Name: "x", Issuer: closedURL, ClientID: "c", RedirectURL: "http://127.0.0.1/cb"}, "connection refused"},
		"issuer differs": {ProviderConfig{Name: "x", Issuer: e.op.issuer + "/other", ClientID: "c", RedirectURL: "http://127.0.0.1/cb"}, "discovery"},
	} {
		m, err := New(testCtx(t), []ProviderConfig{tc.cfg}, e.accounts, Options{RetryMin: time.Hour})
		if err != nil {
			t.Fatalf("%s: New error = %v", name, err)
		}
		st := m.Status()
		if len(st) != 1 || st[0].Name != "x" || st[0].Up() || st[0].Discovered || st[0].Failures != 1 ||
			!strings.Contains(st[0].Reason, tc.reason) {
			t.Errorf("%s: status %+v", name, st)
		}
		if got := m.Providers(); !slices.Equal(got, []string{"x"}) {
			t.Errorf("%s: Providers() = %v; an unavailable provider is still offered", name, got)
		}
		m.Close()
	}
	if _, err := New(testCtx(t), []ProviderConfig{{Name: "X", Issuer: e.op.issuer, ClientID: "c"}}, e.accounts, Options{}); err == nil || !strings.HasPrefix(err.Error(), "oidc: ") {
		t.Errorf("invalid config: New error = %v", err)
	}
	if _, err := New(testCtx(t), nil, e.accounts, Options{StateKey: make([]byte, 16)}); err == nil {
		t.Error("New accepted a 16-byte state key")
	}
	if _, err := New(testCtx(t), nil, nil, Options{}); err == nil {
		t.Error("New accepted nil accounts")
	}
}

func TestBrowserFlow(t *testing.T) {
	e := newEnv(t, envOptions{})
	c := browser()
	returnTo := "https://" + appHost + "/welcome?tab=1"
	resp := get(t, c, e.loginURL("test", returnTo))
	if resp.StatusCode != http.StatusSeeOther || resp.Header.Get("Location") != returnTo {
		t.Fatalf("flow ended with %d, Location %q; want 303 to %s\nlogs: %s", resp.StatusCode, resp.Header.Get("Location"), returnTo, e.logs)
	}
	signIns, sessions := e.accounts.calls()
	want := Identity{
		Provider:      "test",
		Issuer:        e.op.issuer,
		Subject:       alice.ID,
		Email:         alice.Email,
		EmailVerified: true,
		GivenName:     alice.FirstName,
		FamilyName:    alice.LastName,
	}
	if len(signIns) != 1 || signIns[0] != want {
		t.Fatalf("SignIn calls = %+v, want [%+v]", signIns, want)
	}
	if len(sessions) != 1 || sessions[0] != e.accounts.userID {
		t.Fatalf("StartSession calls = %v, want [%s]", sessions, e.accounts.userID)
	}
	u, _ := url.Parse(e.roster.URL + "/auth/oidc/callback")
	var names []string
	for _, ck := range c.Jar.Cookies(u) {
		names = append(names, ck.Name)
	}
	if !slices.Contains(names, "roster_session") {
		t.Errorf("no session cookie after the flow: %v", names)
	}
	for _, n := range names {
		if strings.HasPrefix(n, cookiePrefix) {
			t.Errorf("flow cookie %s not cleared", n)
		}
	}
	if e.op.hitsOf(t, "token_endpoint") != 1 {
		t.Errorf("token endpoint hit %d times", e.op.hitsOf(t, "token_endpoint"))
	}

	// The second provider, and the default return URL.
	resp = get(t, browser(), e.loginURL("second", ""))
	if resp.StatusCode != http.StatusSeeOther || resp.Header.Get("Location") != "https://"+appHost+"/home" {
		t.Fatalf("second provider: %d, Location %q\nlogs: %s", resp.StatusCode, resp.Header.Get("Location"), e.logs)
	}
	signIns, _ = e.accounts.calls()
	if len(signIns) != 2 || signIns[1].Provider != "second" || signIns[1].Issuer != e.op2.issuer || signIns[1].Subject != alice.ID {
		t.Fatalf("second SignIn = %+v", signIns)
	}

	for _, secret := range []string{clientSecret, "code=", "id_token", "eyJ"} {
		if strings.Contains(e.logs.String(), secret) {
			t.Errorf("logs contain %q: %s", secret, e.logs)
		}
	}
}

func TestLoginRedirect(t *testing.T) {
	e := newEnv(t, envOptions{})
	rec := httptest.NewRecorder()
	req := httptest.NewRequestWithContext(testCtx(t), http.MethodGet, e.loginURL("test", "https://"+appHost+"/x"), nil)
	e.m.LoginHandler().ServeHTTP(rec, req)
	if rec.Code != http.StatusFound {
		t.Fatalf("status %d: %s", rec.Code, rec.Body)
	}
	loc, err := url.Parse(rec.Header().Get("Location"))
	if err != nil || !strings.HasPrefix(loc.String(), e.op.meta["authorization_endpoint"].(string)) {
		t.Fatalf("redirect to %q, want the authorization endpoint", rec.Header().Get("Location"))
	}
	q := loc.Query()
	for k, want := range map[string]string{
		"response_type":         "code",
		"client_id":             clientID,
		"redirect_uri":          e.cfgs[0].RedirectURL,
		"scope":                 "openid email profile",
		"code_challenge_method": "S256",
	} {
		if q.Get(k) != want {
			t.Errorf("%s = %q, want %q", k, q.Get(k), want)
		}
	}
	for _, k := range []string{"state", "nonce", "code_challenge"} {
		if len(q.Get(k)) < 43 {
			t.Errorf("%s = %q, want 256 random bits", k, q.Get(k))
		}
	}
	if q.Get("state") == q.Get("nonce") {
		t.Error("state and nonce are equal")
	}
	cookies := rec.Result().Cookies()
	if len(cookies) != 1 {
		t.Fatalf("cookies = %v", cookies)
	}
	ck := cookies[0]
	if ck.Name != cookieName(q.Get("state")) || !ck.HttpOnly || ck.SameSite != http.SameSiteLaxMode ||
		ck.MaxAge != 600 || ck.Path != "/auth/oidc/callback" || ck.Secure {
		t.Errorf("flow cookie %+v", ck)
	}
	for _, secret := range []string{q.Get("state"), q.Get("nonce"), "https://" + appHost} {
		if strings.Contains(ck.Value, secret) {
			t.Errorf("flow cookie shows %q in clear", secret)
		}
	}

	// SecureCookies marks the cookie Secure.
	es := newEnv(t, envOptions{secureCookies: true})
	rec = httptest.NewRecorder()
	es.m.LoginHandler().ServeHTTP(rec, httptest.NewRequestWithContext(testCtx(t), http.MethodGet, es.loginURL("test", ""), nil))
	if cs := rec.Result().Cookies(); rec.Code != http.StatusFound || len(cs) != 1 || !cs[0].Secure {
		t.Errorf("with SecureCookies: %d, cookies %+v", rec.Code, cs)
	}
}

func TestLoginRefusals(t *testing.T) {
	e := newEnv(t, envOptions{})
	for name, u := range map[string]string{
		"unknown provider":    e.loginURL("nope", "https://"+appHost+"/"),
		"no provider of two":  e.loginURL("", "https://"+appHost+"/"),
		"disallowed host":     e.loginURL("test", "https://evil.example.test/"),
		"user info trick":     e.loginURL("test", "https://"+appHost+"@evil.example.test/"),
		"scheme-relative":     e.loginURL("test", "//evil.example.test/"),
		"relative":            e.loginURL("test", "/somewhere"),
		"javascript":          e.loginURL("test", "javascript:alert(1)//"+appHost),
		"backslash":           e.loginURL("test", `https://`+appHost+`\@evil.example.test/`),
		"allowed but not web": e.loginURL("test", "ftp://"+appHost+"/"),
	} {
		resp := get(t, noFollow(), u)
		if resp.StatusCode != http.StatusBadRequest || resp.Header.Get("Location") != "" || len(resp.Cookies()) != 0 {
			t.Errorf("%s: %d, Location %q, cookies %v; want a bare 400", name, resp.StatusCode, resp.Header.Get("Location"), resp.Cookies())
		}
	}
	if resp := get(t, noFollow(), e.roster.URL+"/auth/oidc/login?provider=test"); resp.StatusCode != http.StatusFound {
		t.Errorf("login without return_to: %d", resp.StatusCode)
	}
	rec := httptest.NewRecorder()
	e.m.LoginHandler().ServeHTTP(rec, httptest.NewRequest(http.MethodPost, "/auth/oidc/login?provider=test", nil))
	if rec.Code != http.StatusMethodNotAllowed {
		t.Errorf("POST login: %d", rec.Code)
	}
	if signIns, _ := e.accounts.calls(); len(signIns) != 0 {
		t.Errorf("SignIn called: %v", signIns)
	}
}

// startLogin runs the login step only and returns the client holding the
// flow cookie and the state the provider was given.
func startLogin(t *testing.T, e *env, returnTo string) (*http.Client, string) {
	t.Helper()
	c := noFollow()
	resp := get(t, c, e.loginURL("test", returnTo))
	if resp.StatusCode != http.StatusFound {
		t.Fatalf("login: %d", resp.StatusCode)
	}
	loc, _ := url.Parse(resp.Header.Get("Location"))
	return c, loc.Query().Get("state")
}

func TestCallbackStateChecks(t *testing.T) {
	e := newEnv(t, envOptions{})
	returnTo := "https://" + appHost + "/r"

	// Another state than the cookie's.
	c, state := startLogin(t, e, returnTo)
	resp := get(t, c, e.callbackURL(url.Values{"state": {state + "x"}, "code": {"abc"}}))
	if resp.StatusCode != http.StatusBadRequest || resp.Header.Get("Location") != "" {
		t.Errorf("wrong state: %d, Location %q", resp.StatusCode, resp.Header.Get("Location"))
	}
	// No state, and a state without any cookie.
	for _, q := range []url.Values{{"code": {"abc"}}, {"state": {state}, "code": {"abc"}}} {
		if resp := get(t, noFollow(), e.callbackURL(q)); resp.StatusCode != http.StatusBadRequest {
			t.Errorf("callback %v without cookie: %d", q, resp.StatusCode)
		}
	}
	// The cookie of one flow under the name of another.
	u, _ := url.Parse(e.roster.URL + "/auth/oidc/callback")
	var value string
	for _, ck := range c.Jar.Cookies(u) {
		if ck.Name == cookieName(state) {
			value = ck.Value
		}
	}
	if value == "" {
		t.Fatal("no flow cookie in the jar")
	}
	other := "another-state-of-43-characters-aaaaaaaaaaaa"
	req, _ := http.NewRequestWithContext(testCtx(t), http.MethodGet, e.callbackURL(url.Values{"state": {other}, "code": {"abc"}}), nil)
	req.AddCookie(&http.Cookie{Name: cookieName(other), Value: value})
	if resp, err := noFollow().Do(req); err != nil || resp.StatusCode != http.StatusBadRequest {
		t.Errorf("moved cookie: %v %v", resp.StatusCode, err)
	}
	// A tampered cookie.
	tampered := []byte(value)
	tampered[len(tampered)/2] ^= 1
	req, _ = http.NewRequestWithContext(testCtx(t), http.MethodGet, e.callbackURL(url.Values{"state": {state}, "code": {"abc"}}), nil)
	req.AddCookie(&http.Cookie{Name: cookieName(state), Value: string(tampered)})
	if resp, err := noFollow().Do(req); err != nil || resp.StatusCode != http.StatusBadRequest {
		t.Errorf("tampered cookie: %v %v", resp.StatusCode, err)
	}
	// An expired flow.
	c2, state2 := startLogin(t, e, returnTo)
	e.clock.advance(flowTTL + time.Second)
	if resp := get(t, c2, e.callbackURL(url.Values{"state": {state2}, "code": {"abc"}})); resp.StatusCode != http.StatusBadRequest {
		t.Errorf("expired flow: %d", resp.StatusCode)
	}
	if signIns, _ := e.accounts.calls(); len(signIns) != 0 {
		t.Errorf("SignIn called: %v", signIns)
	}
	if n := e.op.hitsOf(t, "token_endpoint"); n != 0 {
		t.Errorf("token endpoint hit %d times", n)
	}
	// Each refusal is logged at debug level with its reason, never with
	// the state or the cookie.
	logs := e.logs.String()
	for _, why := range []string{"no state parameter", "no flow cookie for this state", "does not decrypt", "flow expired"} {
		if !strings.Contains(logs, "oidc: callback refused") || !strings.Contains(logs, why) {
			t.Errorf("the log does not say %q: %s", why, logs)
		}
	}
	for _, secret := range []string{state, state2, value} {
		if strings.Contains(logs, secret) {
			t.Errorf("the log shows %q: %s", secret, logs)
		}
	}
}

func TestCallbackErrors(t *testing.T) {
	e := newEnv(t, envOptions{})
	returnTo := "https://" + appHost + "/r?keep=1"
	errorURL := func(code string) string {
		return "https://" + appHost + "/r?keep=1&oidc_error=" + code
	}

	// The provider reports an error: redirect with a fixed code only.
	c, state := startLogin(t, e, returnTo)
	resp := get(t, c, e.callbackURL(url.Values{"state": {state}, "error": {"access_denied"}, "error_description": {"<script>leak</script>"}}))
	if resp.StatusCode != http.StatusSeeOther || resp.Header.Get("Location") != errorURL(ErrorAccessDenied) {
		t.Errorf("access_denied: %d, Location %q", resp.StatusCode, resp.Header.Get("Location"))
	}
	// The flow cookie is spent.
	if resp := get(t, c, e.callbackURL(url.Values{"state": {state}, "code": {"abc"}})); resp.StatusCode != http.StatusBadRequest {
		t.Errorf("replayed state: %d", resp.StatusCode)
	}
	c, state = startLogin(t, e, returnTo)
	if resp := get(t, c, e.callbackURL(url.Values{"state": {state}, "error": {"server_error"}})); resp.Header.Get("Location") != errorURL(ErrorProvider) {
		t.Errorf("server_error: Location %q", resp.Header.Get("Location"))
	}
	// A code the provider does not know.
	c, state = startLogin(t, e, returnTo)
	if resp := get(t, c, e.callbackURL(url.Values{"state": {state}, "code": {"forged-code"}})); resp.Header.Get("Location") != errorURL(ErrorLoginFailed) {
		t.Errorf("bad code: Location %q", resp.Header.Get("Location"))
	}
	// A mix-up: the response names another issuer.
	c, state = startLogin(t, e, returnTo)
	if resp := get(t, c, e.callbackURL(url.Values{"state": {state}, "code": {"abc"}, "iss": {e.op2.issuer}})); resp.Header.Get("Location") != errorURL(ErrorLoginFailed) {
		t.Errorf("other iss: Location %q", resp.Header.Get("Location"))
	}
	if signIns, _ := e.accounts.calls(); len(signIns) != 0 {
		t.Errorf("SignIn called: %v", signIns)
	}

	// Accounts refuses the identity.
	e.accounts.setSignInErr(&problem.Error{Code: problem.Forbidden, Message: "sign-up is closed"})
	resp = get(t, browser(), e.loginURL("test", returnTo))
	if resp.StatusCode != http.StatusSeeOther || resp.Header.Get("Location") != errorURL(ErrorAccountRejected) {
		t.Errorf("rejected account: %d, Location %q", resp.StatusCode, resp.Header.Get("Location"))
	}
	e.accounts.setSignInErr(errors.New("database down"))
	resp = get(t, browser(), e.loginURL("test", returnTo))
	if resp.Header.Get("Location") != errorURL(ErrorServer) {
		t.Errorf("failing accounts: Location %q", resp.Header.Get("Location"))
	}
	if _, sessions := e.accounts.calls(); len(sessions) != 0 {
		t.Errorf("StartSession called: %v", sessions)
	}
	if strings.Contains(e.logs.String(), "leak") || strings.Contains(e.logs.String(), clientSecret) {
		t.Errorf("logs show provider text or secrets: %s", e.logs)
	}
}

// TestCallbackNonceMismatch feeds the callback a genuine code whose ID
// token carries another nonce than the flow's: the code is bound to the
// flow's PKCE challenge, so only the nonce check can refuse it.
func TestCallbackNonceMismatch(t *testing.T) {
	e := newEnv(t, envOptions{})
	returnTo := "https://" + appHost + "/r"
	for _, tc := range []struct {
		name  string
		nonce func(string) string
		want  string
	}{
		{"same nonce", func(n string) string { return n }, returnTo},
		{"other nonce", func(n string) string { return n + "x" }, returnTo + "?oidc_error=" + ErrorLoginFailed},
	} {
		c := noFollow()
		resp := get(t, c, e.loginURL("test", returnTo))
		auth, _ := url.Parse(resp.Header.Get("Location"))
		q := auth.Query()
		state := q.Get("state")
		// A second authorization request with the flow's PKCE challenge.
		q.Set("nonce", tc.nonce(q.Get("nonce")))
		q.Set("state", "other-request")
		auth.RawQuery = q.Encode()
		provider := browser()
		provider.CheckRedirect = func(req *http.Request, via []*http.Request) error {
			if req.URL.Path == "/auth/oidc/callback" || len(via) > 10 {
				return http.ErrUseLastResponse
			}
			return nil
		}
		resp = get(t, provider, auth.String())
		cb, _ := url.Parse(resp.Header.Get("Location"))
		code := cb.Query().Get("code")
		if code == "" {
			t.Fatalf("%s: no code from the provider (%d)", tc.name, resp.StatusCode)
		}
		resp = get(t, c, e.callbackURL(url.Values{"state": {state}, "code": {code}}))
		if resp.StatusCode != http.StatusSeeOther || resp.Header.Get("Location") != tc.want {
			t.Errorf("%s: %d, Location %q; want 303 to %s\nlogs: %s", tc.name, resp.StatusCode, resp.Header.Get("Location"), tc.want, e.logs)
		}
	}
	if signIns, _ := e.accounts.calls(); len(signIns) != 1 {
		t.Errorf("SignIn calls: %v, want only the one with the right nonce", signIns)
	}
}

// TestCallbackRechecksReturnTo: a return URL allowed when the login
// started but no longer at the callback is refused.
func TestCallbackRechecksReturnTo(t *testing.T) {
	e := newEnv(t, envOptions{})
	c, state := startLogin(t, e, "https://"+appHost+"/r")
	e.accounts.mu.Lock()
	e.accounts.allowedHost = "elsewhere.example.test"
	e.accounts.mu.Unlock()
	resp := get(t, c, e.callbackURL(url.Values{"state": {state}, "error": {"access_denied"}}))
	if resp.StatusCode != http.StatusBadRequest || resp.Header.Get("Location") != "" {
		t.Errorf("return URL no longer allowed: %d, Location %q", resp.StatusCode, resp.Header.Get("Location"))
	}
}
