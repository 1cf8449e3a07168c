package oidc

import (
	"errors"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

// wantUnavailable fails unless err says the provider could not be asked.
func wantUnavailable(t *testing.T, what string, id Identity, err error) {
	t.Helper()
	if !errors.Is(err, ErrProviderUnavailable) || errors.Is(err, ErrInvalidToken) {
		t.Errorf("%s: got %+v, %v; want ErrProviderUnavailable", what, id, err)
	}
}

// waitStatus polls the first provider's status until ok accepts it, for
// at most testTimeout.
func waitStatus(t *testing.T, m *Manager, what string, ok func(ProviderStatus) bool) ProviderStatus {
	t.Helper()
	deadline := time.Now().Add(testTimeout)
	for {
		st := m.Status()[0]
		if ok(st) {
			return st
		}
		if time.Now().After(deadline) {
			t.Fatalf("%s: status still %+v", what, st)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// TestProviderDownAtStart: a provider that cannot be reached when the
// Manager starts does not stop it; its tokens and logins are answered as
// unavailable (never as rejected), discovery is retried with growing
// pauses, a token for the provider brings the next try forward, and once
// the provider answers everything works without a restart.
func TestProviderDownAtStart(t *testing.T) {
	op := startOP(t, opOptions{})
	tok := op.tokens(t, clientID, clientSecret)
	op.SetReachable(false)
	logs := &syncBuffer{}
	const retryMin = 10 * time.Millisecond
	m, err := New(testCtx(t), []ProviderConfig{{Name: "test", Issuer: op.issuer, ClientID: clientID, ClientSecret: clientSecret,
		RedirectURL: "http://127.0.0.1/auth/oidc/callback"}}, &fakeAccounts{}, Options{
		HTTPClient: &http.Client{Timeout: testTimeout},
		Logger:     slog.New(slog.NewTextHandler(logs, &slog.HandlerOptions{Level: slog.LevelDebug})),
		RetryMin:   retryMin,
		RetryMax:   time.Hour,
	})
	if err != nil {
		t.Fatalf("New with an unreachable provider: %v", err)
	}
	t.Cleanup(m.Close)
	st := m.Status()[0]
	if st.Name != "test" || st.Up() || st.Discovered || st.Failures < 1 || !strings.Contains(st.Reason, "discovery") {
		t.Fatalf("status at start %+v, want unavailable, not discovered, with the reason", st)
	}
	if !strings.Contains(logs.String(), "oidc: provider unavailable; discovery will be retried") {
		t.Errorf("log: %s", logs)
	}

	ctx := testCtx(t)
	for name, token := range map[string]string{
		"ID token":             idToken(t, tok),
		"opaque access token":  tok.AccessToken,
		"unknown opaque token": "not-a-token-the-provider-issued",
	} {
		id, err := m.VerifyBearer(ctx, token)
		wantUnavailable(t, name, id, err)
	}
	rec := httptest.NewRecorder()
	m.LoginHandler().ServeHTTP(rec, httptest.NewRequestWithContext(ctx, http.MethodGet, "/auth/oidc/login?provider=test", nil))
	if rec.Code != http.StatusServiceUnavailable || rec.Header().Get("Retry-After") == "" || rec.Header().Get("Location") != "" {
		t.Errorf("login while the provider is down: %d, headers %v; want 503 with Retry-After", rec.Code, rec.Header())
	}
	if !strings.Contains(logs.String(), "oidc: login refused") {
		t.Errorf("the refused login is not logged: %s", logs)
	}

	// The pauses double: after nine failures the next try is seconds
	// away.
	st = waitStatus(t, m, "nine failures", func(st ProviderStatus) bool { return st.Failures >= 9 && !st.NextAttempt.IsZero() })
	if pause := time.Until(st.NextAttempt); pause < 500*time.Millisecond {
		t.Fatalf("next attempt in %v after %d failures; the pauses do not grow", pause, st.Failures)
	}
	scheduled := st.NextAttempt

	// The provider comes back; a token for it moves the next try forward.
	op.SetReachable(true)
	id, err := m.VerifyBearer(ctx, idToken(t, tok))
	wantUnavailable(t, "ID token before the next try", id, err)
	st = waitStatus(t, m, "provider back", ProviderStatus.Up)
	if !time.Now().Before(scheduled) {
		t.Errorf("the provider became ready only at the scheduled try; the token did not bring it forward")
	}
	if !st.Discovered || st.Failures != 0 || !st.NextAttempt.IsZero() || st.Reason != "" {
		t.Errorf("status once back %+v", st)
	}
	if id, err := m.VerifyBearer(ctx, idToken(t, tok)); err != nil || id.Subject != alice.ID {
		t.Errorf("ID token once the provider is back: %+v, %v", id, err)
	}
	if id, err := m.VerifyBearer(ctx, tok.AccessToken); err != nil || id.Subject != alice.ID {
		t.Errorf("opaque token once the provider is back: %+v, %v", id, err)
	}
	rec = httptest.NewRecorder()
	m.LoginHandler().ServeHTTP(rec, httptest.NewRequestWithContext(ctx, http.MethodGet, "/auth/oidc/login?provider=test", nil))
	if rec.Code != http.StatusFound {
		t.Errorf("login once the provider is back: %d", rec.Code)
	}
	if !strings.Contains(logs.String(), "oidc: provider ready") {
		t.Errorf("log: %s", logs)
	}
}

// TestProviderDownLater: a discovered provider that stops answering is
// reported unavailable by the next request that needs it, and ready
// again by the next answer.
func TestProviderDownLater(t *testing.T) {
	e := newEnv(t, envOptions{})
	ctx := testCtx(t)
	first := e.op.tokens(t, clientID, clientSecret).AccessToken
	second := e.op.tokens(t, clientID, clientSecret).AccessToken
	e.op.SetReachable(false)
	id, err := e.m.VerifyBearer(ctx, first)
	wantUnavailable(t, "opaque token, provider down", id, err)
	st := e.m.Status()[0]
	if st.Up() || !st.Discovered || !strings.Contains(st.Reason, "introspection") {
		t.Errorf("status %+v, want unavailable after the failed introspection", st)
	}
	if !strings.Contains(e.logs.String(), "oidc: provider unavailable") {
		t.Errorf("log: %s", e.logs)
	}
	e.op.SetReachable(true)
	if id, err := e.m.VerifyBearer(ctx, second); err != nil || id.Subject != alice.ID {
		t.Fatalf("once back: %+v, %v", id, err)
	}
	if st := e.m.Status()[0]; !st.Up() || st.Reason != "" {
		t.Errorf("status once back %+v", st)
	}
	if !strings.Contains(e.logs.String(), "oidc: provider answers again") {
		t.Errorf("log: %s", e.logs)
	}
}

// TestPublicClient: a provider configured without a client secret cannot
// tell through introspection which client an opaque token was issued to,
// and userinfo accepts the tokens of every client: it refuses opaque
// tokens outright, and accepts only JWTs issued to Roster itself.
func TestPublicClient(t *testing.T) {
	op := startOP(t, opOptions{})
	m, err := New(testCtx(t), []ProviderConfig{{Name: "public", Issuer: op.issuer, ClientID: clientID,
		Audiences: []string{clientID, "shared-api"}}}, &fakeAccounts{}, Options{HTTPClient: &http.Client{Timeout: testTimeout}})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(m.Close)
	ctx := testCtx(t)

	own := op.tokens(t, clientID, clientSecret)
	if id, err := m.VerifyBearer(ctx, idToken(t, own)); err != nil || id.Subject != alice.ID {
		t.Fatalf("ID token issued to Roster: %+v, %v", id, err)
	}
	op.resetHits()
	id, err := m.VerifyBearer(ctx, own.AccessToken)
	wantInvalid(t, "opaque access token of a public client", id, err)
	if n := op.hitsOf(t, "userinfo_endpoint") + op.hitsOf(t, "introspection_endpoint"); n != 0 {
		t.Errorf("the provider was asked %d times about an opaque token it cannot vouch for", n)
	}

	key, kid := op.signingKey(t)
	now := time.Now()
	claims := func(kv ...any) map[string]any {
		c := map[string]any{"iss": op.issuer, "sub": alice.ID, "iat": now.Unix(), "exp": now.Add(5 * time.Minute).Unix(),
			"email": alice.Email, "email_verified": true}
		for i := 0; i < len(kv); i += 2 {
			c[kv[i].(string)] = kv[i+1]
		}
		return c
	}
	for name, tc := range map[string]struct {
		claims map[string]any
		accept bool
	}{
		"azp is Roster":                      {claims("aud", []string{"shared-api", clientID}, "azp", clientID), true},
		"client_id is Roster":                {claims("aud", "shared-api", "client_id", clientID), true},
		"Roster the only audience":           {claims("aud", clientID), true},
		"azp is another client":              {claims("aud", []string{"shared-api", clientID}, "azp", "other-app"), false},
		"client_id is another client":        {claims("aud", "shared-api", "client_id", "other-app"), false},
		"several audiences, no azp":          {claims("aud", []string{"shared-api", clientID}), false},
		"azp of another client, id of ours":  {claims("aud", clientID, "azp", "other-app", "client_id", clientID), false},
		"audience not accepted, azp is ours": {claims("aud", "other-api", "azp", clientID), false},
	} {
		id, err := m.VerifyBearer(ctx, signJWT(t, key, kid, "", tc.claims))
		if tc.accept {
			if err != nil || id.Subject != alice.ID {
				t.Errorf("%s: %+v, %v; want accepted", name, id, err)
			}
		} else {
			wantInvalid(t, name, id, err)
		}
	}
	// A genuine JWT access token of the provider's other client.
	other := op.tokens(t, jwtClientID, jwtSecret).AccessToken
	id, err = m.VerifyBearer(ctx, other)
	wantInvalid(t, "JWT access token of another client", id, err)
}
