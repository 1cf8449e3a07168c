package graph_test

// OpenID Connect through Roster's real HTTP server: browser sign-in
// (/auth/oidc/login → provider → /auth/oidc/callback → session cookie)
// and provider tokens sent as bearer credentials to /graphql, against an
// in-process provider (internal/oidc/oidctest) on 127.0.0.1, on every
// test database.

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/rosterhq/roster/ent"
	"github.com/rosterhq/roster/ent/auditentry"
	"github.com/rosterhq/roster/ent/oidcidentity"
	"github.com/rosterhq/roster/ent/session"
	"github.com/rosterhq/roster/ent/user"
	"github.com/rosterhq/roster/internal/apitest"
	"github.com/rosterhq/roster/internal/oidc"
	"github.com/rosterhq/roster/internal/oidc/oidctest"
)

// oidcProviderName is the provider's name in Roster's configuration.
const oidcProviderName = "corp"

// oidcTestTimeout bounds each OIDC test's requests.
const oidcTestTimeout = 30 * time.Second

const viewerQuery = `{ viewer { kind user { email } } }`

// oidcCtx returns a context that ends with the test or after
// oidcTestTimeout.
func oidcCtx(t *testing.T) context.Context {
	t.Helper()
	ctx, cancel := context.WithTimeout(t.Context(), oidcTestTimeout)
	t.Cleanup(cancel)
	return ctx
}

// startOIDC starts a provider and configures the test server with it: a
// confidential client accepting the tokens of both of the provider's
// clients, changed by adjust.
func startOIDC(t *testing.T, env *apitest.Env, o oidctest.Options, adjust ...func(*oidc.ProviderConfig)) *oidctest.Provider {
	t.Helper()
	callback := env.Server.URL + "/auth/oidc/callback"
	o.RedirectURIs = append(o.RedirectURIs, callback)
	p := oidctest.Start(t, o)
	cfg := oidc.ProviderConfig{
		Name:         oidcProviderName,
		Issuer:       p.Issuer(),
		ClientID:     p.ClientID,
		ClientSecret: p.ClientSecret,
		Audiences:    []string{p.ClientID, p.JWTClientID},
		RedirectURL:  callback,
	}
	for _, f := range adjust {
		f(&cfg)
	}
	env.EnableOIDC([]oidc.ProviderConfig{cfg})
	return p
}

// linkByEmail lets the provider link identities to existing accounts by
// verified email.
func linkByEmail(c *oidc.ProviderConfig) { c.LinkByEmail = true }

// oidcLogin runs a browser sign-in with a fresh cookie jar, following
// every redirect on 127.0.0.1, and returns the browser and the URL it
// ended on (the return URL, possibly with oidc_error).
func oidcLogin(t *testing.T, env *apitest.Env, returnTo string) (*http.Client, *url.URL) {
	t.Helper()
	c := oidctest.Browser()
	q := url.Values{"provider": {oidcProviderName}, "return_to": {returnTo}}
	req, err := http.NewRequestWithContext(oidcCtx(t), http.MethodGet, env.Server.URL+"/auth/oidc/login?"+q.Encode(), nil)
	if err != nil {
		t.Fatal(err)
	}
	resp, err := c.Do(req)
	if err != nil {
		t.Fatalf("browser sign-in: %v", err)
	}
	_, _ = io.Copy(io.Discard, resp.Body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("browser sign-in ended with HTTP %d at %s", resp.StatusCode, resp.Request.URL)
	}
	return c, resp.Request.URL
}

// sessionCookie returns the browser's roster_session cookie for the
// server, or "".
func sessionCookie(t *testing.T, env *apitest.Env, c *http.Client) string {
	t.Helper()
	u, _ := url.Parse(env.Server.URL + "/graphql")
	for _, ck := range c.Jar.Cookies(u) {
		if ck.Name == "roster_session" {
			return ck.Value
		}
	}
	return ""
}

// graphqlRequest posts a GraphQL query to the server with a deadline,
// lets prepare add a credential, and decodes the answer.
func graphqlRequest(t *testing.T, env *apitest.Env, query string, prepare func(*http.Request)) apitest.Response {
	t.Helper()
	body, _ := json.Marshal(map[string]any{"query": query})
	req, err := http.NewRequestWithContext(oidcCtx(t), http.MethodPost, env.Server.URL+"/graphql", bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/json")
	prepare(req)
	return env.Send(req)
}

// withCookies sends the browser's cookies for the server.
func withCookies(c *http.Client) func(*http.Request) {
	return func(req *http.Request) {
		for _, ck := range c.Jar.Cookies(req.URL) {
			req.AddCookie(ck)
		}
	}
}

// withBearer sends an Authorization: Bearer header.
func withBearer(token string) func(*http.Request) {
	return func(req *http.Request) { req.Header.Set("Authorization", "Bearer "+token) }
}

type viewerOut struct {
	Viewer struct {
		Kind string
		User *struct{ Email string }
	}
}

// wantViewerUser fails unless the response names a USER viewer with the
// email.
func wantViewerUser(t *testing.T, what string, r apitest.Response, email string) {
	t.Helper()
	if r.Status != http.StatusOK || len(r.Errors) > 0 {
		t.Fatalf("%s: %s", what, r)
	}
	var out viewerOut
	if err := json.Unmarshal(r.Data, &out); err != nil {
		t.Fatalf("%s: %v: %s", what, err, r.Data)
	}
	if out.Viewer.Kind != "USER" || out.Viewer.User == nil || out.Viewer.User.Email != email {
		t.Fatalf("%s: viewer %s, want USER %s", what, r.Data, email)
	}
}

// wantUnauthenticated fails unless the response is a bare 401
// UNAUTHENTICATED without a data key.
func wantUnauthenticated(t *testing.T, what string, r apitest.Response) {
	t.Helper()
	if r.Status != http.StatusUnauthorized || r.HasData || len(r.Errors) == 0 || r.Errors[0].Code() != "UNAUTHENTICATED" {
		t.Errorf("%s: %s (has data: %v); want HTTP 401 UNAUTHENTICATED without data", what, r, r.HasData)
	}
}

// identities returns the OIDC identities of the issuer and subject.
func identities(env *apitest.Env, issuer, subject string) []*ent.OIDCIdentity {
	return env.Client.OIDCIdentity.Query().
		Where(oidcidentity.Issuer(issuer), oidcidentity.Subject(subject)).
		WithUser().AllX(env.Ctx)
}

// wantLinked fails unless exactly one identity (issuer, subject) exists
// and belongs to u.
func wantLinked(t *testing.T, env *apitest.Env, p *oidctest.Provider, subject string, u *ent.User) {
	t.Helper()
	ids := identities(env, p.Issuer(), subject)
	if len(ids) != 1 || ids[0].Edges.User == nil || ids[0].Edges.User.ID != u.ID {
		t.Fatalf("identities of (%s, %s) = %+v, want one linked to %s", p.Issuer(), subject, ids, u.ID)
	}
	if ids[0].LastUsedAt == nil {
		t.Errorf("identity has no last_used_at")
	}
}

func usersWithEmail(env *apitest.Env, email string) []*ent.User {
	return env.Client.User.Query().Where(user.Email(email)).AllX(env.Ctx)
}

func TestOIDCBrowserSignUp(t *testing.T) {
	apitest.Each(t, func(t *testing.T, env *apitest.Env) {
		p := startOIDC(t, env, oidctest.Options{User: oidctest.User{
			Subject: "sub-newcomer", Email: "New.Comer@Example.com", EmailVerified: true,
			GivenName: "New", FamilyName: "Comer",
		}})
		const email = "new.comer@example.com"
		home := env.Server.URL + "/admin/"

		// Sign-up disabled (the default): refused, nothing created.
		c, end := oidcLogin(t, env, home)
		if end.Path != "/admin/" || end.Query().Get("oidc_error") != oidc.ErrorAccountRejected {
			t.Fatalf("sign-up disabled: ended at %s, want /admin/ with oidc_error=%s", end, oidc.ErrorAccountRejected)
		}
		if s := sessionCookie(t, env, c); s != "" {
			t.Errorf("sign-up disabled: a session cookie was set")
		}
		if us := usersWithEmail(env, email); len(us) != 0 {
			t.Fatalf("sign-up disabled: user created: %+v", us)
		}
		if ids := identities(env, p.Issuer(), "sub-newcomer"); len(ids) != 0 {
			t.Fatalf("sign-up disabled: identity created: %+v", ids)
		}
		if n := env.Client.Session.Query().CountX(env.Ctx); n != 0 {
			t.Fatalf("sign-up disabled: %d sessions", n)
		}
		if got := env.Metric(`roster_sign_ins_total{method="oidc",result="failure"}`); got != "1" {
			t.Errorf("sign-up disabled: oidc sign-in failures counted: %q, want 1", got)
		}

		// Sign-up enabled: the user is created, confirmed, linked and
		// signed in.
		env.Client.Settings.Update().SetSelfSignupEnabled(true).ExecX(env.Ctx)
		before := time.Now().Add(-time.Second)
		c, end = oidcLogin(t, env, home)
		if end.String() != home {
			t.Fatalf("sign-up enabled: ended at %s, want %s", end, home)
		}
		cookie := sessionCookie(t, env, c)
		if !strings.HasPrefix(cookie, "rs_") {
			t.Fatalf("sign-up enabled: session cookie %q", cookie)
		}
		if got := env.Metric(`roster_sign_ins_total{method="oidc",result="success"}`); got != "1" {
			t.Errorf("sign-up enabled: oidc sign-ins counted: %q, want 1", got)
		}
		wantViewerUser(t, "GraphQL with the session cookie", graphqlRequest(t, env, viewerQuery, withCookies(c)), email)

		us := usersWithEmail(env, email)
		if len(us) != 1 {
			t.Fatalf("users with %s: %+v", email, us)
		}
		u := us[0]
		if u.Source != user.SourceWEB {
			t.Errorf("source %s, want WEB", u.Source)
		}
		if u.ConfirmedAt == nil || u.ConfirmedAt.Before(before) {
			t.Errorf("confirmed_at %v, want set now (the provider verified the email)", u.ConfirmedAt)
		}
		if u.FirstName == nil || *u.FirstName != "New" || u.LastName == nil || *u.LastName != "Comer" {
			t.Errorf("names %v %v, want New Comer", u.FirstName, u.LastName)
		}
		if u.SignInCount != 1 || u.CurrentSignInIP == nil || *u.CurrentSignInIP != "127.0.0.1" {
			t.Errorf("sign-in facts: count %d, ip %v", u.SignInCount, u.CurrentSignInIP)
		}
		wantLinked(t, env, p, "sub-newcomer", u)
		if ids := identities(env, p.Issuer(), "sub-newcomer"); ids[0].Email == nil || *ids[0].Email != email {
			t.Errorf("identity email %v, want %s", ids[0].Email, email)
		}
		sessions := env.Client.Session.Query().Where(session.HasUserWith(user.ID(u.ID))).AllX(env.Ctx)
		if len(sessions) != 1 || sessions[0].Method != session.MethodOIDC {
			t.Errorf("sessions %+v, want one of method OIDC", sessions)
		}
		entries := env.Client.AuditEntry.Query().Where(auditentry.SubjectID(u.ID)).AllX(env.Ctx)
		if len(entries) == 0 {
			t.Fatal("no history for the new user")
		}
		props := map[string]bool{}
		for _, e := range entries {
			props[e.Property] = true
			if e.Source != auditentry.SourcePROFILE {
				t.Errorf("history entry %s has source %s, want PROFILE", e.Property, e.Source)
			}
		}
		if !props["created"] {
			t.Errorf("history %v has no creation entry", props)
		}

		// Signing in again finds the same user by issuer and subject, even
		// once the provider reports another email.
		p.SetUser(oidctest.User{Subject: "sub-newcomer", Email: "renamed@example.com", EmailVerified: true})
		c, end = oidcLogin(t, env, home)
		if end.String() != home {
			t.Fatalf("second sign-in: ended at %s", end)
		}
		wantViewerUser(t, "second sign-in", graphqlRequest(t, env, viewerQuery, withCookies(c)), email)
		if n := env.Client.User.Query().CountX(env.Ctx); n != 1 {
			t.Errorf("%d users after the second sign-in, want 1", n)
		}
		if got := env.Client.User.GetX(env.Ctx, u.ID); got.SignInCount != 2 {
			t.Errorf("sign-in count %d, want 2", got.SignInCount)
		}
	})
}

func TestOIDCBrowserSignUpUnverifiedEmail(t *testing.T) {
	apitest.Each(t, func(t *testing.T, env *apitest.Env) {
		env.Client.Settings.Update().SetSelfSignupEnabled(true).ExecX(env.Ctx)
		p := startOIDC(t, env, oidctest.Options{User: oidctest.User{
			Subject: "sub-unverified", Email: "unverified@example.com", EmailVerified: false,
		}})
		// A new user whose email nobody verified cannot be confirmed: the
		// sign-up is refused and leaves nothing behind.
		c, end := oidcLogin(t, env, env.Server.URL+"/")
		if end.Query().Get("oidc_error") != oidc.ErrorAccountRejected {
			t.Fatalf("ended at %s, want oidc_error=%s", end, oidc.ErrorAccountRejected)
		}
		if sessionCookie(t, env, c) != "" {
			t.Error("a session cookie was set")
		}
		if us := usersWithEmail(env, "unverified@example.com"); len(us) != 0 {
			t.Errorf("user created: %+v", us)
		}
		if ids := identities(env, p.Issuer(), "sub-unverified"); len(ids) != 0 {
			t.Errorf("identity created: %+v", ids)
		}
		if n := env.Client.AuditEntry.Query().CountX(env.Ctx); n != 0 {
			t.Errorf("%d history entries left behind", n)
		}

		// An unverified email that is an existing user's does not link to
		// that user, nor does it take the address for a new account.
		victim := env.NewUser("victim@example.com", apitest.Confirmed)
		p.SetUser(oidctest.User{Subject: "sub-squatter", Email: "victim@example.com", EmailVerified: false})
		c, end = oidcLogin(t, env, env.Server.URL+"/")
		if code := end.Query().Get("oidc_error"); code != oidc.ErrorAccountRejected {
			t.Fatalf("unverified email of an existing user: oidc_error=%q, want %s", code, oidc.ErrorAccountRejected)
		}
		if sessionCookie(t, env, c) != "" {
			t.Error("a session cookie was set")
		}
		if ids := identities(env, p.Issuer(), "sub-squatter"); len(ids) != 0 {
			t.Errorf("identity created: %+v", ids)
		}
		if us := usersWithEmail(env, "victim@example.com"); len(us) != 1 || us[0].ID != victim.ID {
			t.Errorf("users with the address: %+v", us)
		}
	})
}

func TestOIDCBrowserLinksExistingUser(t *testing.T) {
	apitest.Each(t, func(t *testing.T, env *apitest.Env) {
		// Sign-up stays disabled: linking does not need it.
		p := startOIDC(t, env, oidctest.Options{User: oidctest.User{
			Subject: "sub-pending", Email: "PENDING@example.com", EmailVerified: true,
		}}, linkByEmail)
		home := env.Server.URL + "/admin/"

		// An unconfirmed user is linked by the verified email and confirmed.
		pending := env.NewUser("pending@example.com")
		c, end := oidcLogin(t, env, home)
		if end.String() != home {
			t.Fatalf("unconfirmed user: ended at %s, want %s", end, home)
		}
		wantViewerUser(t, "unconfirmed user", graphqlRequest(t, env, viewerQuery, withCookies(c)), "pending@example.com")
		got := env.Client.User.GetX(env.Ctx, pending.ID)
		if got.ConfirmedAt == nil {
			t.Error("the user was not confirmed")
		}
		if got.Source != user.SourceADMIN {
			t.Errorf("source changed to %s", got.Source)
		}
		wantLinked(t, env, p, "sub-pending", pending)
		confirmed := env.Client.AuditEntry.Query().Where(auditentry.SubjectID(pending.ID), auditentry.Property(user.FieldConfirmedAt)).AllX(env.Ctx)
		if len(confirmed) != 1 || confirmed[0].Source != auditentry.SourcePROFILE {
			t.Errorf("confirmation history %+v, want one PROFILE entry", confirmed)
		}
		if n := env.Client.User.Query().CountX(env.Ctx); n != 1 {
			t.Errorf("%d users, want 1", n)
		}

		// A confirmed alias links too.
		owner := env.NewUser("owner@example.com", apitest.Confirmed)
		env.Client.EmailAlias.Create().SetUser(owner).SetEmail("owner@work.example").SetConfirmedAt(time.Now()).ExecX(env.Ctx)
		p.SetUser(oidctest.User{Subject: "sub-alias", Email: "owner@work.example", EmailVerified: true})
		c, end = oidcLogin(t, env, home)
		if end.String() != home {
			t.Fatalf("confirmed alias: ended at %s", end)
		}
		wantViewerUser(t, "confirmed alias", graphqlRequest(t, env, viewerQuery, withCookies(c)), "owner@example.com")
		wantLinked(t, env, p, "sub-alias", owner)

		// An unconfirmed alias does not.
		env.Client.EmailAlias.Create().SetUser(owner).SetEmail("owner@pending.example").ExecX(env.Ctx)
		p.SetUser(oidctest.User{Subject: "sub-pending-alias", Email: "owner@pending.example", EmailVerified: true})
		c, end = oidcLogin(t, env, home)
		if end.Query().Get("oidc_error") != oidc.ErrorAccountRejected || sessionCookie(t, env, c) != "" {
			t.Fatalf("unconfirmed alias: ended at %s", end)
		}
		if ids := identities(env, p.Issuer(), "sub-pending-alias"); len(ids) != 0 {
			t.Errorf("unconfirmed alias linked: %+v", ids)
		}

		// A locked user is refused, and stays unlinked.
		locked := env.NewUser("locked@example.com", apitest.Confirmed, func(c *ent.UserCreate) {
			c.SetLockedAt(time.Now().Add(-time.Minute)).SetLockReason("test")
		})
		p.SetUser(oidctest.User{Subject: "sub-locked", Email: "locked@example.com", EmailVerified: true})
		c, end = oidcLogin(t, env, home)
		if end.Query().Get("oidc_error") != oidc.ErrorAccountRejected {
			t.Fatalf("locked user: ended at %s, want oidc_error=%s", end, oidc.ErrorAccountRejected)
		}
		if sessionCookie(t, env, c) != "" {
			t.Error("locked user: a session cookie was set")
		}
		if ids := identities(env, p.Issuer(), "sub-locked"); len(ids) != 0 {
			t.Errorf("locked user linked: %+v", ids)
		}
		if n := env.Client.Session.Query().Where(session.HasUserWith(user.ID(locked.ID))).CountX(env.Ctx); n != 0 {
			t.Errorf("locked user has %d sessions", n)
		}
	})
}

func TestOIDCBrowserReturnTo(t *testing.T) {
	apitest.Each(t, func(t *testing.T, env *apitest.Env) {
		startOIDC(t, env, oidctest.Options{}, linkByEmail)
		env.NewUser(oidctest.DefaultUser.Email, apitest.Confirmed)
		env.Client.Settings.Update().SetAllowedRedirectHosts([]string{"app.example.com"}).ExecX(env.Ctx)

		// An allowed host: the browser is sent there (and not followed,
		// since it is not 127.0.0.1).
		c := oidctest.Browser()
		q := url.Values{"provider": {oidcProviderName}, "return_to": {"https://app.example.com/welcome"}}
		req, _ := http.NewRequestWithContext(oidcCtx(t), http.MethodGet, env.Server.URL+"/auth/oidc/login?"+q.Encode(), nil)
		resp, err := c.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != http.StatusSeeOther || resp.Header.Get("Location") != "https://app.example.com/welcome" {
			t.Fatalf("allowed host: %d, Location %q", resp.StatusCode, resp.Header.Get("Location"))
		}
		if sessionCookie(t, env, c) == "" {
			t.Error("allowed host: no session cookie")
		}

		// Another host is refused before anything starts.
		q.Set("return_to", "https://evil.example.net/")
		req, _ = http.NewRequestWithContext(oidcCtx(t), http.MethodGet, env.Server.URL+"/auth/oidc/login?"+q.Encode(), nil)
		resp, err = oidctest.Browser().Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != http.StatusBadRequest || resp.Header.Get("Location") != "" {
			t.Errorf("other host: %d, Location %q; want 400", resp.StatusCode, resp.Header.Get("Location"))
		}
	})
}

func TestOIDCBearer(t *testing.T) {
	apitest.Each(t, func(t *testing.T, env *apitest.Env) {
		p := startOIDC(t, env, oidctest.Options{IDTokenUserinfo: true, User: oidctest.User{
			Subject: "sub-dana", Email: "dana@example.com", EmailVerified: true, GivenName: "Dana",
		}}, linkByEmail)
		dana := env.NewUser("dana@example.com", apitest.Confirmed)

		// A genuine ID token: linked by the verified email on first use,
		// then by issuer and subject.
		tok := p.Tokens(t)
		wantViewerUser(t, "ID token, first use", graphqlRequest(t, env, viewerQuery, withBearer(tok.IDToken)), "dana@example.com")
		wantLinked(t, env, p, "sub-dana", dana)
		wantViewerUser(t, "ID token, again", graphqlRequest(t, env, viewerQuery, withBearer(tok.IDToken)), "dana@example.com")
		if n := env.Client.Session.Query().CountX(env.Ctx); n != 0 {
			t.Errorf("bearer tokens started %d sessions", n)
		}

		// The opaque access token of the same sign-in, checked through
		// introspection.
		if _, ok := p.Discovery()["introspection_endpoint"]; !ok {
			t.Fatal("the provider advertises no introspection endpoint")
		}
		if strings.Count(tok.AccessToken, ".") == 2 {
			t.Fatal("the access token is a JWT, want opaque")
		}
		p.ResetHits()
		wantViewerUser(t, "opaque access token", graphqlRequest(t, env, viewerQuery, withBearer(tok.AccessToken)), "dana@example.com")
		if n := p.Hits(t, "introspection_endpoint"); n != 1 {
			t.Errorf("introspection asked %d times, want 1", n)
		}

		// A JWT access token of the second client ID, one of the
		// configured audiences.
		jwtTok := p.JWTTokens(t)
		if strings.Count(jwtTok.AccessToken, ".") != 2 {
			t.Fatal("the JWT client's access token is not a JWT")
		}
		wantViewerUser(t, "JWT access token", graphqlRequest(t, env, viewerQuery, withBearer(jwtTok.AccessToken)), "dana@example.com")

		// A token signed by the provider's key, with valid claims, passes:
		// the rejections below are due to the one claim changed.
		valid := p.Claims(p.ClientID)
		wantViewerUser(t, "token signed with the provider's key", graphqlRequest(t, env, viewerQuery, withBearer(p.SignJWT(t, valid))), "dana@example.com")
		// Five requests with a provider's token so far, each counted.
		if got := env.Metric(`roster_sign_ins_total{method="oidc_token",result="success"}`); got != "5" {
			t.Errorf("oidc_token sign-ins counted: %q, want 5", got)
		}

		with := func(k string, v any) map[string]any {
			c := p.Claims(p.ClientID)
			if v == nil {
				delete(c, k)
			} else {
				c[k] = v
			}
			return c
		}
		_, kid := p.SigningKey(t)
		other := oidctest.NewKey(t)
		genuine := p.SignJWT(t, valid)
		now := time.Now()
		for name, token := range map[string]string{
			"forged (other key, provider's kid)": oidctest.SignJWT(t, other, kid, "JWT", valid),
			"forged (other key, no kid)":         oidctest.SignJWT(t, other, "", "", valid),
			"expired":                            p.SignJWT(t, with("exp", now.Add(-time.Minute).Unix())),
			"wrong audience":                     p.SignJWT(t, with("aud", "someone-else")),
			"no audience":                        p.SignJWT(t, with("aud", nil)),
			"unknown issuer":                     p.SignJWT(t, with("iss", "https://issuer.example.net")),
			"tampered signature":                 genuine[:len(genuine)-4] + "AAAA",
			"unknown opaque token":               "not-a-token-the-provider-issued",
		} {
			wantUnauthenticated(t, name, graphqlRequest(t, env, viewerQuery, withBearer(token)))
		}

		// Tokens of a person without a Roster account never create one,
		// even with self sign-up enabled.
		env.Client.Settings.Update().SetSelfSignupEnabled(true).ExecX(env.Ctx)
		p.SetUser(oidctest.User{Subject: "sub-stranger", Email: "stranger@example.com", EmailVerified: true})
		stranger := p.Tokens(t)
		wantUnauthenticated(t, "ID token of a stranger", graphqlRequest(t, env, viewerQuery, withBearer(stranger.IDToken)))
		wantUnauthenticated(t, "access token of a stranger", graphqlRequest(t, env, viewerQuery, withBearer(stranger.AccessToken)))
		if us := usersWithEmail(env, "stranger@example.com"); len(us) != 0 {
			t.Errorf("a bearer token created a user: %+v", us)
		}
		if ids := identities(env, p.Issuer(), "sub-stranger"); len(ids) != 0 {
			t.Errorf("a bearer token created an identity: %+v", ids)
		}

		// An unverified email links to nobody.
		env.NewUser("erin@example.com", apitest.Confirmed)
		p.SetUser(oidctest.User{Subject: "sub-erin", Email: "erin@example.com", EmailVerified: false})
		wantUnauthenticated(t, "unverified email", graphqlRequest(t, env, viewerQuery, withBearer(p.Tokens(t).IDToken)))
		if ids := identities(env, p.Issuer(), "sub-erin"); len(ids) != 0 {
			t.Errorf("an unverified email was linked: %+v", ids)
		}

		// A locked user's tokens are refused.
		env.NewUser("frank@example.com", apitest.Confirmed, func(c *ent.UserCreate) {
			c.SetLockedAt(time.Now().Add(-time.Minute)).SetLockReason("test")
		})
		p.SetUser(oidctest.User{Subject: "sub-frank", Email: "frank@example.com", EmailVerified: true})
		wantUnauthenticated(t, "locked user", graphqlRequest(t, env, viewerQuery, withBearer(p.Tokens(t).IDToken)))
	})
}

// TestOIDCBearerLinkedBySubject uses a provider whose ID tokens carry no
// email (it is in userinfo only): the user is found by issuer and subject
// alone, whatever email the provider has.
func TestOIDCBearerLinkedBySubject(t *testing.T) {
	apitest.Each(t, func(t *testing.T, env *apitest.Env) {
		p := startOIDC(t, env, oidctest.Options{NoIntrospection: true, User: oidctest.User{
			Subject: "sub-gwen", Email: "gwen@provider.example", EmailVerified: true,
		}})
		gwen := env.NewUser("gwen@example.com", apitest.Confirmed)
		env.Client.OIDCIdentity.Create().SetUser(gwen).SetIssuer(p.Issuer()).SetSubject("sub-gwen").ExecX(env.Ctx)

		tok := p.Tokens(t)
		wantViewerUser(t, "ID token", graphqlRequest(t, env, viewerQuery, withBearer(tok.IDToken)), "gwen@example.com")
		// Without introspection, nothing says which client an opaque
		// access token was issued to (userinfo accepts those of every
		// client): it is refused without asking the provider.
		p.ResetHits()
		wantUnauthenticated(t, "opaque access token without introspection", graphqlRequest(t, env, viewerQuery, withBearer(tok.AccessToken)))
		wantUnauthenticated(t, "unknown opaque token without introspection",
			graphqlRequest(t, env, viewerQuery, withBearer("not-a-token-the-provider-issued")))
		if n := p.Hits(t, "userinfo_endpoint"); n != 0 {
			t.Errorf("userinfo asked %d times, want 0", n)
		}

		// The same subject at another issuer is somebody else.
		other := oidctest.Start(t, oidctest.Options{User: oidctest.User{Subject: "sub-gwen"}})
		wantUnauthenticated(t, "ID token of an issuer Roster does not know",
			graphqlRequest(t, env, viewerQuery, withBearer(other.Tokens(t).IDToken)))

		// Once the identity is gone, the same token no longer signs in: the
		// provider's email is not Roster's.
		env.Client.OIDCIdentity.Delete().ExecX(env.Ctx)
		wantUnauthenticated(t, "ID token of an unlinked subject", graphqlRequest(t, env, viewerQuery, withBearer(tok.IDToken)))
	})
}
