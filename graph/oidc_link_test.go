package graph_test

// OpenID Connect linking under attack (issue 10, finding 8): linking by
// email is a per-provider opt-in that never reaches accounts holding
// permissions, every new link is mailed to the owner, identities can be
// unlinked, and a public client accepts only its own tokens.

import (
	"bytes"
	"encoding/json"
	"log/slog"
	"net/http"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/rosterhq/roster/ent"
	"github.com/rosterhq/roster/ent/auditentry"
	"github.com/rosterhq/roster/ent/oidcidentity"
	"github.com/rosterhq/roster/ent/outgoingmail"
	"github.com/rosterhq/roster/ent/session"
	"github.com/rosterhq/roster/ent/user"
	"github.com/rosterhq/roster/internal/apitest"
	"github.com/rosterhq/roster/internal/audit"
	"github.com/rosterhq/roster/internal/database"
	"github.com/rosterhq/roster/internal/mail"
	"github.com/rosterhq/roster/internal/oidc"
	"github.com/rosterhq/roster/internal/oidc/oidctest"
	"github.com/rosterhq/roster/internal/permission"
	"github.com/rosterhq/roster/internal/server"
)

// configureOIDC points the server at an already running provider.
func configureOIDC(env *apitest.Env, p *oidctest.Provider, adjust ...func(*oidc.ProviderConfig)) {
	cfg := oidc.ProviderConfig{
		Name:         oidcProviderName,
		Issuer:       p.Issuer(),
		ClientID:     p.ClientID,
		ClientSecret: p.ClientSecret,
		Audiences:    []string{p.ClientID, p.JWTClientID},
		RedirectURL:  env.Server.URL + "/auth/oidc/callback",
	}
	for _, f := range adjust {
		f(&cfg)
	}
	env.EnableOIDC([]oidc.ProviderConfig{cfg})
}

// linkMails returns the link notices in the outbox for the address.
func linkMails(env *apitest.Env, to string) []*ent.OutgoingMail {
	return env.Client.OutgoingMail.Query().Where(outgoingmail.To(to), outgoingmail.Template(mail.OIDCLinked)).AllX(env.Ctx)
}

// wantRejected fails unless a browser sign-in as the provider's current
// user is refused without a session, an identity or a link notice.
func wantRejected(t *testing.T, env *apitest.Env, p *oidctest.Provider, what string, owner *ent.User) {
	t.Helper()
	c, end := oidcLogin(t, env, env.Server.URL+"/")
	if code := end.Query().Get("oidc_error"); code != oidc.ErrorAccountRejected {
		t.Errorf("%s: browser sign-in ended at %s, want oidc_error=%s", what, end, oidc.ErrorAccountRejected)
	}
	if sessionCookie(t, env, c) != "" {
		t.Errorf("%s: browser sign-in set a session cookie", what)
	}
	wantUnauthenticated(t, what+": ID token as bearer", graphqlRequest(t, env, viewerQuery, withBearer(p.Tokens(t).IDToken)))
	if ids := identities(env, p.Issuer(), p.User().Subject); len(ids) != 0 {
		t.Errorf("%s: identity linked: %+v", what, ids)
	}
	if n := env.Client.Session.Query().Where(session.HasUserWith(user.ID(owner.ID))).CountX(env.Ctx); n != 0 {
		t.Errorf("%s: the account has %d sessions", what, n)
	}
	if ms := linkMails(env, owner.Email); len(ms) != 0 {
		t.Errorf("%s: %d link notices", what, len(ms))
	}
}

// TestOIDCAdminNotLinkedByEmail is the attack of finding 8: a provider
// user ADMIN@example.org, whose address the provider marks verified,
// must not get a session as the Roster admin admin@example.org — not by
// default, and not even when the provider may link by email.
func TestOIDCAdminNotLinkedByEmail(t *testing.T) {
	apitest.Each(t, func(t *testing.T, env *apitest.Env) {
		admin := env.NewUser("admin@example.org", apitest.Confirmed, apitest.WithRole(env.Role(database.RoleAdmin)))
		p := oidctest.Start(t, oidctest.Options{IDTokenUserinfo: true, RedirectURIs: []string{env.Server.URL + "/auth/oidc/callback"},
			User: oidctest.User{Subject: "sub-mallory", Email: "ADMIN@example.org", EmailVerified: true}})
		// Even with self sign-up on, the address is not taken for a new
		// account either.
		env.Client.Settings.Update().SetSelfSignupEnabled(true).ExecX(env.Ctx)

		configureOIDC(env, p)
		wantRejected(t, env, p, "default provider, admin", admin)

		configureOIDC(env, p, linkByEmail)
		wantRejected(t, env, p, "link_by_email, admin", admin)

		// Any permission counts, not only the admin role's.
		auditor := env.NewUser("auditor@example.org", apitest.Confirmed, apitest.WithRole(env.NewRole("auditor", permission.AuditRead)))
		p.SetUser(oidctest.User{Subject: "sub-mallory-2", Email: "auditor@example.org", EmailVerified: true})
		wantRejected(t, env, p, "link_by_email, one permission", auditor)

		if n := env.Client.User.Query().CountX(env.Ctx); n != 2 {
			t.Errorf("%d users, want the 2 there were", n)
		}
		if n := env.Client.OIDCIdentity.Query().CountX(env.Ctx); n != 0 {
			t.Errorf("%d identities linked", n)
		}
	})
}

// TestOIDCLinkByEmailOptIn: without link_by_email, a verified address of
// a plain account links nothing; with it, the identity is linked, the
// owner is mailed at the primary address and every confirmed alias, and
// the history records it.
func TestOIDCLinkByEmailOptIn(t *testing.T) {
	apitest.Each(t, func(t *testing.T, env *apitest.Env) {
		lea := env.NewUser("lea@example.com", apitest.Confirmed, apitest.WithRole(env.NewRole("nothing-special")))
		env.Client.EmailAlias.Create().SetUser(lea).SetEmail("lea@work.example").SetConfirmedAt(lea.CreatedAt).ExecX(env.Ctx)
		env.Client.EmailAlias.Create().SetUser(lea).SetEmail("lea@pending.example").ExecX(env.Ctx)
		p := oidctest.Start(t, oidctest.Options{IDTokenUserinfo: true, RedirectURIs: []string{env.Server.URL + "/auth/oidc/callback"},
			User: oidctest.User{Subject: "sub-lea", Email: "lea@example.com", EmailVerified: true}})

		configureOIDC(env, p)
		wantRejected(t, env, p, "default provider, plain account", lea)

		configureOIDC(env, p, linkByEmail)
		c, end := oidcLogin(t, env, env.Server.URL+"/")
		if end.Query().Get("oidc_error") != "" {
			t.Fatalf("link_by_email: ended at %s", end)
		}
		wantViewerUser(t, "linked by email", graphqlRequest(t, env, viewerQuery, withCookies(c)), "lea@example.com")
		wantLinked(t, env, p, "sub-lea", lea)

		for _, to := range []string{"lea@example.com", "lea@work.example"} {
			ms := linkMails(env, to)
			if len(ms) != 1 || !strings.Contains(ms[0].TextBody, `"`+oidcProviderName+`"`) || !strings.Contains(ms[0].TextBody, "lea@example.com") {
				t.Errorf("link notices to %s: %+v", to, ms)
			}
		}
		if ms := linkMails(env, "lea@pending.example"); len(ms) != 0 {
			t.Errorf("an unconfirmed alias got %d link notices", len(ms))
		}
		entries := env.Client.AuditEntry.Query().Where(auditentry.SubjectID(lea.ID), auditentry.Property(audit.PropertyOIDCIdentities)).AllX(env.Ctx)
		if len(entries) != 1 || entries[0].OldValue != nil || entries[0].NewValue == nil ||
			*entries[0].NewValue != p.Issuer()+" sub-lea" || entries[0].Source != auditentry.SourcePROFILE {
			t.Errorf("history %+v, want one PROFILE entry adding %q", entries, p.Issuer()+" sub-lea")
		}

		// Signing in again uses the link: no second notice.
		oidcLogin(t, env, env.Server.URL+"/")
		if ms := linkMails(env, "lea@example.com"); len(ms) != 1 {
			t.Errorf("%d link notices after the second sign-in, want 1", len(ms))
		}

		// A bearer token linking by email notifies too.
		env.NewUser("ben@example.com", apitest.Confirmed)
		p.SetUser(oidctest.User{Subject: "sub-ben", Email: "ben@example.com", EmailVerified: true})
		wantViewerUser(t, "bearer linked by email", graphqlRequest(t, env, viewerQuery, withBearer(p.Tokens(t).IDToken)), "ben@example.com")
		if ms := linkMails(env, "ben@example.com"); len(ms) != 1 {
			t.Errorf("%d link notices for a bearer link, want 1", len(ms))
		}

		// Sign-up through the provider links too, and says so.
		env.Client.Settings.Update().SetSelfSignupEnabled(true).ExecX(env.Ctx)
		p.SetUser(oidctest.User{Subject: "sub-new", Email: "newbie@example.com", EmailVerified: true})
		oidcLogin(t, env, env.Server.URL+"/")
		if ms := linkMails(env, "newbie@example.com"); len(ms) != 1 {
			t.Errorf("%d link notices for a sign-up, want 1", len(ms))
		}
	})
}

// TestOIDCPublicClient is the second attack of finding 8: with a public
// client (no secret), an access token minted for another client of the
// same provider must not be accepted.
func TestOIDCPublicClient(t *testing.T) {
	apitest.Each(t, func(t *testing.T, env *apitest.Env) {
		p := oidctest.Start(t, oidctest.Options{IDTokenUserinfo: true,
			User: oidctest.User{Subject: "sub-pat", Email: "pat@example.com", EmailVerified: true}})
		pat := env.NewUser("pat@example.com", apitest.Confirmed)
		env.Client.OIDCIdentity.Create().SetUser(pat).SetIssuer(p.Issuer()).SetSubject("sub-pat").ExecX(env.Ctx)
		// Roster is the public client JWTClientID.
		env.EnableOIDC([]oidc.ProviderConfig{{Name: "public", Issuer: p.Issuer(), ClientID: p.JWTClientID}})

		own := p.JWTTokens(t)
		wantViewerUser(t, "ID token issued to Roster", graphqlRequest(t, env, viewerQuery, withBearer(own.IDToken)), "pat@example.com")
		wantViewerUser(t, "JWT access token issued to Roster", graphqlRequest(t, env, viewerQuery, withBearer(own.AccessToken)), "pat@example.com")

		other := p.Tokens(t) // minted for the provider's client ClientID
		p.ResetHits()
		wantUnauthenticated(t, "opaque access token of another client", graphqlRequest(t, env, viewerQuery, withBearer(other.AccessToken)))
		if n := p.Hits(t, "userinfo_endpoint") + p.Hits(t, "introspection_endpoint"); n != 0 {
			t.Errorf("the provider was asked %d times about an opaque token", n)
		}
		wantUnauthenticated(t, "ID token of another client", graphqlRequest(t, env, viewerQuery, withBearer(other.IDToken)))
		c := p.Claims(p.JWTClientID)
		c["aud"] = []string{p.JWTClientID, p.ClientID}
		c["azp"] = p.ClientID
		wantUnauthenticated(t, "JWT naming Roster among its audiences, issued to another client",
			graphqlRequest(t, env, viewerQuery, withBearer(p.SignJWT(t, c))))
	})
}

const unlinkMutation = `mutation($id: ID!) { unlinkOIDCIdentity(input: {id: $id}) { deletedID } }`

type identityOut struct {
	ID, Issuer, Subject string
	Email               *string
	LastUsedAt          *string
}

// TestOIDCUnlink: the owner sees and unlinks their identity, which then
// signs no one in; others need users:write on a user they can see; the
// history records who did it.
func TestOIDCUnlink(t *testing.T) {
	apitest.Each(t, func(t *testing.T, env *apitest.Env) {
		p := startOIDC(t, env, oidctest.Options{IDTokenUserinfo: true,
			User: oidctest.User{Subject: "sub-una", Email: "una@provider.example", EmailVerified: true}})
		una := env.NewUser("una@example.com", apitest.Confirmed)
		env.Client.OIDCIdentity.Create().SetUser(una).SetIssuer(p.Issuer()).SetSubject("sub-una").ExecX(env.Ctx)
		tok := p.Tokens(t)
		wantViewerUser(t, "linked identity", graphqlRequest(t, env, viewerQuery, withBearer(tok.IDToken)), "una@example.com")

		asUna := env.As(env.SessionFor(una))
		var out struct {
			Viewer struct {
				User struct{ OidcIdentities []identityOut }
			}
		}
		asUna.MustQuery(`{ viewer { user { oidcIdentities { id issuer subject email lastUsedAt } } } }`, nil, &out)
		ids := out.Viewer.User.OidcIdentities
		if len(ids) != 1 || ids[0].Issuer != p.Issuer() || ids[0].Subject != "sub-una" || ids[0].Email == nil ||
			*ids[0].Email != "una@provider.example" || ids[0].LastUsedAt == nil {
			t.Fatalf("oidcIdentities %+v", ids)
		}
		id := ids[0].ID
		vars := map[string]any{"id": id}

		// Callers without the right to unlink it.
		env.As("").Query(unlinkMutation, vars).Fail(t, "UNAUTHENTICATED", "")
		stranger := env.NewUser("stranger@example.com", apitest.Confirmed)
		env.As(env.SessionFor(stranger)).Query(unlinkMutation, vars).Fail(t, "NOT_FOUND", "")
		reader := env.NewUser("reader@example.com", apitest.Confirmed, apitest.WithRole(env.NewRole("reader", permission.UsersRead)))
		env.As(env.SessionFor(reader)).Query(unlinkMutation, vars).Fail(t, "FORBIDDEN", "")
		readKey := env.APIKey("read only", []permission.Permission{permission.UsersRead}, nil)
		env.As(readKey).Query(unlinkMutation, vars).Fail(t, "FORBIDDEN", "")
		if n := env.Client.OIDCIdentity.Query().CountX(env.Ctx); n != 1 {
			t.Fatalf("%d identities after refused unlinks", n)
		}

		// The owner unlinks it.
		var done struct{ UnlinkOIDCIdentity struct{ DeletedID string } }
		asUna.MustQuery(unlinkMutation, vars, &done)
		if done.UnlinkOIDCIdentity.DeletedID != id {
			t.Errorf("deletedID %q, want %q", done.UnlinkOIDCIdentity.DeletedID, id)
		}
		if n := env.Client.OIDCIdentity.Query().CountX(env.Ctx); n != 0 {
			t.Fatalf("%d identities after unlinking", n)
		}
		wantUnauthenticated(t, "token of the unlinked identity", graphqlRequest(t, env, viewerQuery, withBearer(tok.IDToken)))
		asUna.Query(unlinkMutation, vars).Fail(t, "NOT_FOUND", "")
		entries := env.Client.AuditEntry.Query().Where(auditentry.SubjectID(una.ID), auditentry.Property(audit.PropertyOIDCIdentities)).
			Order(ent.Asc(auditentry.FieldCreatedAt)).AllX(env.Ctx)
		last := entries[len(entries)-1]
		if last.OldValue == nil || *last.OldValue != p.Issuer()+" sub-una" || last.NewValue != nil ||
			last.Source != auditentry.SourcePROFILE || last.AuthorLabel == nil || *last.AuthorLabel != string(una.ID) {
			t.Errorf("history of the unlink %+v", last)
		}

		// A user manager unlinks someone else's; the history says ADMIN.
		victor := env.NewUser("victor@example.com", apitest.Confirmed)
		o := env.Client.OIDCIdentity.Create().SetUser(victor).SetIssuer(p.Issuer()).SetSubject("sub-victor").SaveX(env.Ctx)
		manager := env.NewUser("manager@example.com", apitest.Confirmed,
			apitest.WithRole(env.NewRole("manager", permission.UsersRead, permission.UsersWrite)))
		env.As(env.SessionFor(manager)).MustQuery(unlinkMutation, map[string]any{"id": string(o.ID)}, nil)
		entries = env.Client.AuditEntry.Query().Where(auditentry.SubjectID(victor.ID), auditentry.Property(audit.PropertyOIDCIdentities)).AllX(env.Ctx)
		if !slices.ContainsFunc(entries, func(e *ent.AuditEntry) bool {
			return e.NewValue == nil && e.Source == auditentry.SourceADMIN && e.AuthorLabel != nil && *e.AuthorLabel == string(manager.ID)
		}) {
			t.Errorf("history of the manager's unlink %+v", entries)
		}
		// Not an account the manager may manage: an admin's.
		boss := env.NewUser("boss@example.com", apitest.Confirmed, apitest.WithRole(env.Role(database.RoleAdmin)))
		bo := env.Client.OIDCIdentity.Create().SetUser(boss).SetIssuer(p.Issuer()).SetSubject("sub-boss").SaveX(env.Ctx)
		env.As(env.SessionFor(manager)).Query(unlinkMutation, map[string]any{"id": string(bo.ID)}).Fail(t, "FORBIDDEN", "")
		if !env.Client.OIDCIdentity.Query().Where(oidcidentity.ID(bo.ID)).ExistX(env.Ctx) {
			t.Error("the manager unlinked an admin's identity")
		}
		// Not an identity ID at all.
		asUna.Query(unlinkMutation, map[string]any{"id": string(una.ID)}).Fail(t, "NOT_FOUND", "")
	})
}

// TestOIDCProviderDown covers issue 12's resilience: a provider that is
// unreachable when Roster starts leaves every other sign-in working,
// /readyz stays 200 and names it, its tokens get 503 UNAVAILABLE (never
// 500 or 401), and once it answers again its tokens work without a
// restart.
func TestOIDCProviderDown(t *testing.T) {
	apitest.Each(t, func(t *testing.T, env *apitest.Env) {
		callback := env.Server.URL + "/auth/oidc/callback"
		p := oidctest.Start(t, oidctest.Options{IDTokenUserinfo: true, RedirectURIs: []string{callback},
			User: oidctest.User{Subject: "sub-rita", Email: "rita@example.com", EmailVerified: true}})
		rita := env.NewUser("rita@example.com", apitest.Confirmed, withPassword(t, "rita's long password"))
		env.Client.OIDCIdentity.Create().SetUser(rita).SetIssuer(p.Issuer()).SetSubject("sub-rita").ExecX(env.Ctx)
		tok := p.Tokens(t)
		p.SetReachable(false)
		env.EnableOIDCWith([]oidc.ProviderConfig{{Name: oidcProviderName, Issuer: p.Issuer(), ClientID: p.ClientID,
			ClientSecret: p.ClientSecret, RedirectURL: callback}}, oidc.Options{RetryMin: 20 * time.Millisecond, RetryMax: 200 * time.Millisecond})

		ready := readyz(t, env)
		if ready.status != http.StatusOK || ready.body.Status != "degraded" || ready.body.Database != "ok" || len(ready.body.OIDC) != 1 ||
			ready.body.OIDC[0].Name != oidcProviderName || ready.body.OIDC[0].State != "unavailable" || ready.body.OIDC[0].Discovered {
			t.Fatalf("/readyz with the provider down: %d %+v", ready.status, ready.body)
		}

		// Every other way in works.
		var login loginOut
		env.As("").MustQuery(loginMutation, map[string]any{"email": "rita@example.com", "password": "rita's long password"}, &login)
		wantViewerUser(t, "session of a password login", graphqlRequest(t, env, viewerQuery, withBearer(login.Login.Token)), "rita@example.com")
		key := env.APIKey("reader", []permission.Permission{permission.UsersRead}, nil)
		if r := graphqlRequest(t, env, `{ viewer { kind } }`, withBearer(key)); r.Status != http.StatusOK || len(r.Errors) > 0 {
			t.Errorf("API key with the provider down: %s", r)
		}

		// The provider's tokens, known or not, cannot be checked.
		for name, token := range map[string]string{
			"ID token":             tok.IDToken,
			"opaque access token":  tok.AccessToken,
			"unknown opaque token": "not-a-token-the-provider-issued",
		} {
			r := graphqlRequest(t, env, viewerQuery, withBearer(token))
			if r.Status != http.StatusServiceUnavailable || r.HasData || len(r.Errors) != 1 || r.Errors[0].Code() != "UNAVAILABLE" ||
				r.Header.Get("Retry-After") == "" {
				t.Errorf("%s with the provider down: %s, Retry-After %q; want 503 UNAVAILABLE with Retry-After", name, r, r.Header.Get("Retry-After"))
			}
		}
		resp, err := oidctest.Browser().Get(env.Server.URL + "/auth/oidc/login?provider=" + oidcProviderName)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != http.StatusServiceUnavailable {
			t.Errorf("browser sign-in with the provider down: %d, want 503", resp.StatusCode)
		}

		// It comes back: no restart needed.
		p.SetReachable(true)
		deadline := time.Now().Add(oidcTestTimeout)
		for ready = readyz(t, env); ready.body.Status != "ready"; ready = readyz(t, env) {
			if time.Now().After(deadline) {
				t.Fatalf("/readyz never became ready: %+v", ready.body)
			}
			time.Sleep(20 * time.Millisecond)
		}
		if ready.body.OIDC[0].State != "ready" || !ready.body.OIDC[0].Discovered {
			t.Errorf("/readyz once back: %+v", ready.body)
		}
		wantViewerUser(t, "ID token once the provider is back", graphqlRequest(t, env, viewerQuery, withBearer(tok.IDToken)), "rita@example.com")
		wantViewerUser(t, "opaque token once the provider is back", graphqlRequest(t, env, viewerQuery, withBearer(tok.AccessToken)), "rita@example.com")
		wantUnauthenticated(t, "unknown opaque token once the provider is back", graphqlRequest(t, env, viewerQuery, withBearer("not-a-token-the-provider-issued")))
	})
}

type readyzAnswer struct {
	status int
	body   server.Readiness
}

func readyz(t *testing.T, env *apitest.Env) readyzAnswer {
	t.Helper()
	resp, err := env.Server.Client().Get(env.Server.URL + "/readyz")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var a readyzAnswer
	a.status = resp.StatusCode
	if err := json.NewDecoder(resp.Body).Decode(&a.body); err != nil {
		t.Fatalf("/readyz: %v", err)
	}
	return a
}

// TestRefusedCredentialsLogged: every refused credential leaves its
// reason in the log at debug level, and never the credential.
func TestRefusedCredentialsLogged(t *testing.T) {
	apitest.Each(t, func(t *testing.T, env *apitest.Env) {
		var logs syncBuffer
		log := slog.New(slog.NewTextHandler(&logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
		env.Auth.Log = log
		p := oidctest.Start(t, oidctest.Options{User: oidctest.User{Subject: "sub-nobody", Email: "nobody@example.com", EmailVerified: true}})
		env.EnableOIDCWith([]oidc.ProviderConfig{{Name: oidcProviderName, Issuer: p.Issuer(), ClientID: p.ClientID, ClientSecret: p.ClientSecret}},
			oidc.Options{Logger: log})

		u := env.NewUser("gone@example.com", apitest.Confirmed)
		ended := env.SessionFor(u)
		env.As(ended).MustQuery(`mutation { logout { sessionID } }`, nil, nil)
		key := env.APIKey("revoked", []permission.Permission{permission.UsersRead}, nil)
		env.Client.APIKey.Update().SetRevokedAt(time.Now()).ExecX(env.Ctx)
		stranger := p.Tokens(t).IDToken
		forged := p.SignJWT(t, map[string]any{"iss": p.Issuer(), "sub": "x", "aud": "someone-else", "exp": time.Now().Add(time.Minute).Unix()})
		cases := []struct {
			name, header, reason string
		}{
			{"ended session", "Bearer " + ended, "the session was ended"},
			{"revoked API key", "Bearer " + key, "was revoked"},
			{"unknown API key", "Bearer rk_0000000_" + strings.Repeat("A", 43), "unknown API key"},
			{"not bearer", "Basic dXNlcjpwYXNz", "not a bearer credential"},
			{"token of nobody", "Bearer " + stranger, "no account is linked to this identity"},
			{"JWT for another audience", "Bearer " + forged, "another audience"},
			{"unknown opaque token", "Bearer opaque-token-nobody-issued", "accepted by no provider"},
		}
		for _, tc := range cases {
			r := graphqlRequest(t, env, viewerQuery, func(req *http.Request) { req.Header.Set("Authorization", tc.header) })
			wantUnauthenticated(t, tc.name, r)
			if !strings.Contains(logs.String(), tc.reason) {
				t.Errorf("%s: the log does not say %q", tc.name, tc.reason)
			}
		}
		for _, tc := range cases {
			_, secret, _ := strings.Cut(tc.header, " ")
			if strings.Contains(logs.String(), secret) {
				t.Errorf("%s: the log shows the credential", tc.name)
			}
		}
		if !strings.Contains(logs.String(), "auth: credential refused") || !strings.Contains(logs.String(), "level=DEBUG") {
			t.Errorf("log:\n%s", logs.String())
		}
	})
}

// syncBuffer is a log sink safe for concurrent writes.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}
