package graph_test

import (
	"bytes"
	"encoding/json"
	"net/http"
	"net/netip"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/rosterhq/roster/ent"
	"github.com/rosterhq/roster/ent/user"
	"github.com/rosterhq/roster/internal/apitest"
	"github.com/rosterhq/roster/internal/password"
)

const loginMutation = `mutation($email: String!, $password: String!) {
  login(input: {email: $email, password: $password}) { token session { id expiresAt user { email } } user { email signInCount role { name } customers { name } } }
}`

type loginOut struct {
	Login struct {
		Token   string
		Session struct {
			ID   string
			User struct{ Email string }
		}
		User struct {
			Email       string
			SignInCount int
		}
	}
}

func withPassword(t *testing.T, pw string) func(*ent.UserCreate) {
	hash, err := password.Hash(pw, apitest.CheapPassword)
	if err != nil {
		t.Fatal(err)
	}
	return func(c *ent.UserCreate) { c.SetPasswordHash(hash) }
}

func TestPasswordLogin(t *testing.T) {
	apitest.Each(t, func(t *testing.T, env *apitest.Env) {
		anon := env.As("")
		u := env.NewUser("ada@example.com", apitest.Confirmed, withPassword(t, "correct horse battery"))
		if _, err := env.Client.EmailAlias.Create().SetUser(u).SetEmail("ada@work.example").SetConfirmedAt(time.Now()).Save(env.Ctx); err != nil {
			t.Fatal(err)
		}
		if _, err := env.Client.EmailAlias.Create().SetUser(u).SetEmail("ada@pending.example").Save(env.Ctx); err != nil {
			t.Fatal(err)
		}

		t.Run("success returns a working token and records the sign-in", func(t *testing.T) {
			var out loginOut
			anon.MustQuery(loginMutation, map[string]any{"email": " ADA@example.com", "password": "correct horse battery"}, &out)
			if !strings.HasPrefix(out.Login.Token, "rs_") || out.Login.User.Email != "ada@example.com" ||
				out.Login.Session.User.Email != "ada@example.com" || out.Login.User.SignInCount != 1 {
				t.Fatalf("login = %+v", out)
			}
			var me struct {
				Viewer struct {
					Kind string
					User struct{ Email string }
				}
			}
			env.As(out.Login.Token).MustQuery(`{ viewer { kind user { email } } }`, nil, &me)
			if me.Viewer.Kind != "USER" || me.Viewer.User.Email != "ada@example.com" {
				t.Fatalf("viewer = %+v", me)
			}
			got := env.Client.User.GetX(env.Ctx, u.ID)
			if got.SignInCount != 1 || got.CurrentSignInAt == nil || got.CurrentSignInIP == nil || *got.CurrentSignInIP != "127.0.0.1" {
				t.Fatalf("sign-in facts not recorded: %+v", got)
			}
			if !got.UpdatedAt.Equal(u.UpdatedAt) {
				t.Fatalf("a sign-in changed updatedAt (%v → %v): it is not a profile change", u.UpdatedAt, got.UpdatedAt)
			}
		})
		t.Run("a confirmed alias works, an unconfirmed one does not", func(t *testing.T) {
			var out loginOut
			anon.MustQuery(loginMutation, map[string]any{"email": "ada@work.example", "password": "correct horse battery"}, &out)
			if out.Login.User.Email != "ada@example.com" {
				t.Fatalf("alias login = %+v", out)
			}
			anon.Query(loginMutation, map[string]any{"email": "ada@pending.example", "password": "correct horse battery"}).Fail(t, "UNAUTHENTICATED", "")
		})
		t.Run("wrong password and unknown email answer alike", func(t *testing.T) {
			a := anon.Query(loginMutation, map[string]any{"email": "ada@example.com", "password": "wrong"})
			b := anon.Query(loginMutation, map[string]any{"email": "nobody@example.com", "password": "wrong"})
			a.Fail(t, "UNAUTHENTICATED", "")
			b.Fail(t, "UNAUTHENTICATED", "")
			if a.Errors[0].Message != b.Errors[0].Message || a.Errors[0].Extensions["reason"] != b.Errors[0].Extensions["reason"] {
				t.Fatalf("answers differ: %v vs %v", a.Errors[0], b.Errors[0])
			}
		})
		t.Run("locked and unconfirmed accounts get clear codes", func(t *testing.T) {
			env.NewUser("locked@example.com", apitest.Confirmed, withPassword(t, "pw for the locked"), func(c *ent.UserCreate) {
				c.SetLockedAt(time.Now()).SetLockReason("test")
			})
			env.NewUser("new@example.com", withPassword(t, "pw for the new one"))
			r := anon.Query(loginMutation, map[string]any{"email": "locked@example.com", "password": "pw for the locked"})
			r.Fail(t, "FORBIDDEN", "")
			if r.Errors[0].Extensions["reason"] != "ACCOUNT_LOCKED" {
				t.Fatalf("reason = %v", r.Errors[0].Extensions["reason"])
			}
			r = anon.Query(loginMutation, map[string]any{"email": "new@example.com", "password": "pw for the new one"})
			if r.Fail(t, "FORBIDDEN", ""); r.Errors[0].Extensions["reason"] != "EMAIL_NOT_CONFIRMED" {
				t.Fatalf("reason = %v", r.Errors[0].Extensions["reason"])
			}
			// Without the password, a locked account looks like any other failure.
			anon.Query(loginMutation, map[string]any{"email": "locked@example.com", "password": "guess"}).Fail(t, "UNAUTHENTICATED", "")
		})
		t.Run("the response sets an HttpOnly session cookie", func(t *testing.T) {
			body, _ := json.Marshal(map[string]any{"query": loginMutation, "variables": map[string]any{"email": "ada@example.com", "password": "correct horse battery"}})
			res, err := http.Post(env.Server.URL+"/graphql", "application/json", bytes.NewReader(body))
			if err != nil {
				t.Fatal(err)
			}
			res.Body.Close()
			var cookie *http.Cookie
			for _, c := range res.Cookies() {
				if c.Name == "roster_session" {
					cookie = c
				}
			}
			if cookie == nil || !cookie.HttpOnly || cookie.SameSite != http.SameSiteLaxMode || !strings.HasPrefix(cookie.Value, "rs_") {
				t.Fatalf("cookie = %+v", cookie)
			}
			// The cookie authenticates same-origin requests ...
			req, _ := http.NewRequest(http.MethodPost, env.Server.URL+"/graphql", strings.NewReader(`{"query":"{ viewer { kind } }"}`))
			req.Header.Set("Content-Type", "application/json")
			req.AddCookie(cookie)
			if r := env.Send(req); len(r.Errors) > 0 || !strings.Contains(string(r.Data), "USER") {
				t.Fatalf("cookie request: %s", r)
			}
			// ... but a cross-site POST carrying it is refused (CSRF).
			req, _ = http.NewRequest(http.MethodPost, env.Server.URL+"/graphql", strings.NewReader(`{"query":"mutation { logout { sessionID } }"}`))
			req.Header.Set("Content-Type", "application/json")
			req.Header.Set("Origin", "https://evil.example")
			req.Header.Set("Sec-Fetch-Site", "cross-site")
			req.AddCookie(cookie)
			if r := env.Send(req); r.Status != http.StatusForbidden || r.HasData {
				t.Fatalf("cross-site request: %s", r)
			}
		})
	})
}

func TestLoginRateLimit(t *testing.T) {
	apitest.Each(t, func(t *testing.T, env *apitest.Env) {
		anon := env.As("")
		env.NewUser("target@example.com", apitest.Confirmed, withPassword(t, "the real password"))
		for i := range 10 {
			r := anon.Query(loginMutation, map[string]any{"email": "target@example.com", "password": "guess"})
			if r.Fail(t, "UNAUTHENTICATED", ""); t.Failed() {
				t.Fatalf("attempt %d", i)
			}
		}
		// The account is now slowed down, even for the right password ...
		r := anon.Query(loginMutation, map[string]any{"email": "TARGET@example.com", "password": "the real password"})
		r.Fail(t, "RATE_LIMITED", "")
		// ... while other accounts are not.
		env.NewUser("other@example.com", apitest.Confirmed, withPassword(t, "other password"))
		var out loginOut
		anon.MustQuery(loginMutation, map[string]any{"email": "other@example.com", "password": "other password"}, &out)
		// The limit lives in the database: a second server process would see it.
		n, err := env.Client.RateLimit.Query().Count(env.Ctx)
		if err != nil || n < 2 {
			t.Fatalf("rate limit rows: %d, %v", n, err)
		}
	})
}

// TestLoginLimitInParallel: attempts sent all at once are counted before
// the password is checked, so no more than 10 wrong passwords per account
// are ever tried.
func TestLoginLimitInParallel(t *testing.T) {
	apitest.Each(t, func(t *testing.T, env *apitest.Env) {
		env.NewUser("burst@example.com", apitest.Confirmed, withPassword(t, "the real password"))
		anon := env.As("")
		var mu sync.Mutex
		codes := map[string]int{}
		var wg sync.WaitGroup
		for range 40 {
			wg.Go(func() {
				r := anon.Query(loginMutation, map[string]any{"email": "burst@example.com", "password": "guess"})
				mu.Lock()
				defer mu.Unlock()
				if len(r.Errors) > 0 {
					codes[r.Errors[0].Code()]++
				}
			})
		}
		wg.Wait()
		if codes["UNAUTHENTICATED"] > 10 || codes["UNAUTHENTICATED"]+codes["RATE_LIMITED"] != 40 {
			t.Fatalf("answers %v: at most 10 wrong passwords may be checked", codes)
		}
	})
}

// TestLoginBehindProxy: behind a trusted reverse proxy, the client's
// address comes from X-Forwarded-For — for the sign-in record and the
// per-IP limit —, and a client cannot pick it by sending the header
// itself.
func TestLoginBehindProxy(t *testing.T) {
	apitest.Each(t, func(t *testing.T, env *apitest.Env) {
		u := env.NewUser("proxied@example.com", apitest.Confirmed, withPassword(t, "the real password"))
		login := func(xff string) apitest.Response {
			body, _ := json.Marshal(map[string]any{"query": loginMutation, "variables": map[string]any{"email": "proxied@example.com", "password": "the real password"}})
			req, _ := http.NewRequest(http.MethodPost, env.Server.URL+"/graphql", bytes.NewReader(body))
			req.Header.Set("Content-Type", "application/json")
			req.Header.Set("X-Forwarded-For", xff)
			return env.Send(req)
		}
		ip := func() string { return *env.Client.User.GetX(env.Ctx, u.ID).CurrentSignInIP }

		// Not configured: the header is ignored, the peer counts.
		if r := login("198.51.100.20"); len(r.Errors) > 0 || ip() != "127.0.0.1" {
			t.Fatalf("without trusted proxies: %v, ip %s", r.Errors, ip())
		}
		env.Auth.TrustedProxies = []netip.Prefix{netip.MustParsePrefix("127.0.0.0/8")}
		if r := login("6.6.6.6, 198.51.100.20"); len(r.Errors) > 0 || ip() != "198.51.100.20" {
			t.Fatalf("behind a trusted proxy: %v, ip %s", r.Errors, ip())
		}
	})
}

// TestLoginLimitPerAccount: failures through any of an account's
// addresses count together; successful sign-ins never count, so many
// people behind one address are not locked out by their own logins.
func TestLoginLimitPerAccount(t *testing.T) {
	apitest.Each(t, func(t *testing.T, env *apitest.Env) {
		anon := env.As("")
		u := env.NewUser("multi@example.com", apitest.Confirmed, withPassword(t, "the real password"))
		if _, err := env.Client.EmailAlias.Create().SetUser(u).SetEmail("multi@alias.example").SetConfirmedAt(time.Now()).Save(env.Ctx); err != nil {
			t.Fatal(err)
		}
		for i := range 10 {
			email := []string{"multi@example.com", "multi@alias.example"}[i%2]
			anon.Query(loginMutation, map[string]any{"email": email, "password": "guess"}).Fail(t, "UNAUTHENTICATED", "")
		}
		anon.Query(loginMutation, map[string]any{"email": "multi@alias.example", "password": "the real password"}).Fail(t, "RATE_LIMITED", "")
		anon.Query(loginMutation, map[string]any{"email": "multi@example.com", "password": "the real password"}).Fail(t, "RATE_LIMITED", "")

		// 70 successful sign-ins from one address: more than the per-IP
		// limit of 60 failures, and none refused.
		env.NewUser("office@example.com", apitest.Confirmed, withPassword(t, "office password"))
		for i := range 70 {
			if r := anon.Query(loginMutation, map[string]any{"email": "office@example.com", "password": "office password"}); len(r.Errors) > 0 {
				t.Fatalf("sign-in %d: %v", i+1, r.Errors)
			}
		}
	})
}

func TestSessionRevocation(t *testing.T) {
	apitest.Each(t, func(t *testing.T, env *apitest.Env) {
		u := env.NewUser("ada@example.com", apitest.Confirmed)
		viewerQuery := `{ viewer { kind } }`
		t.Run("logout ends the session", func(t *testing.T) {
			token := env.SessionFor(u)
			env.As(token).MustQuery(`mutation { logout { sessionID } }`, nil, nil)
			r := env.As(token).Query(viewerQuery, nil)
			if r.Status != http.StatusUnauthorized || r.HasData {
				t.Fatalf("after logout: %s", r)
			}
			r.Fail(t, "UNAUTHENTICATED", "")
		})
		t.Run("revokeSession ends another of one's sessions", func(t *testing.T) {
			a, b := env.SessionFor(u), env.SessionFor(u)
			var sessions struct {
				Viewer struct {
					Sessions       []struct{ ID string }
					CurrentSession struct{ ID string }
				}
			}
			env.As(a).MustQuery(`{ viewer { sessions { id } currentSession { id } } }`, nil, &sessions)
			var other string
			for _, s := range sessions.Viewer.Sessions {
				if s.ID != sessions.Viewer.CurrentSession.ID {
					other = s.ID
				}
			}
			if len(sessions.Viewer.Sessions) < 2 || other == "" {
				t.Fatalf("sessions = %+v", sessions)
			}
			env.As(a).MustQuery(`mutation($id: ID!) { revokeSession(input: {id: $id}) { session { revokedAt } } }`, map[string]any{"id": other}, nil)
			_ = b
		})
		t.Run("locking a user fails their very next request", func(t *testing.T) {
			token := env.SessionFor(u)
			env.As(token).MustQuery(viewerQuery, nil, nil)
			env.Client.User.UpdateOneID(u.ID).SetLockedAt(time.Now()).ExecX(env.Ctx)
			env.As(token).Query(viewerQuery, nil).Fail(t, "UNAUTHENTICATED", "")
			env.Client.User.UpdateOneID(u.ID).ClearLockedAt().ExecX(env.Ctx)
		})
		t.Run("invalid credentials never downgrade to anonymous", func(t *testing.T) {
			for _, token := range []string{"rs_" + strings.Repeat("A", 43), "rk_deadbeef_" + strings.Repeat("B", 43), "not-a-token", "eyJhbGciOiJub25lIn0.e30."} {
				r := env.As(token).Query(viewerQuery, nil)
				if r.Status != http.StatusUnauthorized {
					t.Fatalf("%q: %s", token, r)
				}
			}
		})
		t.Run("an expired session is refused", func(t *testing.T) {
			token := env.SessionFor(u)
			env.Client.Session.Update().Where().SetExpiresAt(time.Now().Add(-time.Minute)).ExecX(env.Ctx)
			env.As(token).Query(viewerQuery, nil).Fail(t, "UNAUTHENTICATED", "")
		})
		_ = user.Table
	})
}

func TestPasswordHashUpgradedOnLogin(t *testing.T) {
	apitest.Each(t, func(t *testing.T, env *apitest.Env) {
		old := password.Params{Memory: 512, Iterations: 1, Parallelism: 1, SaltLength: 16, KeyLength: 32}
		hash, _ := password.Hash("upgrade me please", old)
		u := env.NewUser("old@example.com", apitest.Confirmed, func(c *ent.UserCreate) { c.SetPasswordHash(hash) })
		env.As("").MustQuery(loginMutation, map[string]any{"email": "old@example.com", "password": "upgrade me please"}, nil)
		got := env.Client.User.GetX(env.Ctx, u.ID)
		if got.PasswordHash == nil || *got.PasswordHash == hash || !strings.Contains(*got.PasswordHash, "m=1024,") {
			t.Fatalf("hash not upgraded to the current parameters: %v", got.PasswordHash)
		}
		env.As("").MustQuery(loginMutation, map[string]any{"email": "old@example.com", "password": "upgrade me please"}, nil)
	})
}

func mustHash(t *testing.T, pw string) string {
	t.Helper()
	h, err := password.Hash(pw, apitest.CheapPassword)
	if err != nil {
		t.Fatal(err)
	}
	return h
}
