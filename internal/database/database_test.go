package database_test

import (
	"bytes"
	"context"
	"crypto/rand"
	"io"
	"log/slog"
	"os"
	"os/exec"
	"reflect"
	"slices"
	"sort"
	"sync"
	"testing"
	"time"

	"entgo.io/ent/dialect"

	"github.com/rosterhq/roster/ent"
	"github.com/rosterhq/roster/ent/accountrequest"
	"github.com/rosterhq/roster/ent/apikey"
	"github.com/rosterhq/roster/ent/attributedefinition"
	"github.com/rosterhq/roster/ent/auditentry"
	"github.com/rosterhq/roster/ent/customer"
	"github.com/rosterhq/roster/ent/emailalias"
	"github.com/rosterhq/roster/ent/migrate"
	"github.com/rosterhq/roster/ent/newslettersubscription"
	"github.com/rosterhq/roster/ent/oidcidentity"
	"github.com/rosterhq/roster/ent/onetimetoken"
	"github.com/rosterhq/roster/ent/outgoingmail"
	"github.com/rosterhq/roster/ent/ratelimit"
	"github.com/rosterhq/roster/ent/role"
	"github.com/rosterhq/roster/ent/session"
	"github.com/rosterhq/roster/ent/settings"
	"github.com/rosterhq/roster/ent/user"
	"github.com/rosterhq/roster/ent/webhookattempt"
	"github.com/rosterhq/roster/ent/webhookdelivery"
	"github.com/rosterhq/roster/ent/webhookendpoint"
	"github.com/rosterhq/roster/internal/apitest"
	"github.com/rosterhq/roster/internal/database"
	"github.com/rosterhq/roster/internal/permission"
	"github.com/rosterhq/roster/internal/pulid"
	"github.com/rosterhq/roster/internal/viewer"
)

// randomBytes returns n random bytes, for token and secret hashes.
func randomBytes(n int) []byte {
	b := make([]byte, n)
	_, _ = rand.Read(b)
	return b
}

// checkBootstrap asserts that the built-in roles and the settings row
// exist exactly once.
func checkBootstrap(t *testing.T, client *ent.Client) {
	t.Helper()
	ctx := viewer.SystemContext(context.Background())
	roles, err := client.Role.Query().Order(ent.Asc(role.FieldName)).All(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, r := range roles {
		names = append(names, r.Name)
	}
	if !slices.Equal(names, []string{database.RoleAdmin, database.RoleUser}) {
		t.Fatalf("roles = %q, want exactly admin and user", names)
	}
	for _, r := range roles {
		if !r.Builtin {
			t.Errorf("role %s is not built-in", r.Name)
		}
		want := []permission.Permission{}
		if r.Name == database.RoleAdmin {
			want = permission.All()
		}
		if !slices.Equal(r.Permissions, want) {
			t.Errorf("role %s permissions = %v, want %v", r.Name, r.Permissions, want)
		}
		if typ, err := r.ID.Type(); err != nil || typ != "Role" {
			t.Errorf("role %s has ID %q of type %q (%v)", r.Name, r.ID, typ, err)
		}
	}
	ids, err := client.Settings.Query().IDs(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(ids, []pulid.ID{database.SettingsID}) {
		t.Fatalf("settings rows = %q, want only %q", ids, database.SettingsID)
	}
}

// TestBuiltinAdminGainsNewPermissions: a database whose built-in admin
// role was created by an older version, before a permission existed
// (users:export), holds it again after the next start; custom roles are
// left alone.
func TestBuiltinAdminGainsNewPermissions(t *testing.T) {
	apitest.Each(t, func(t *testing.T, env *apitest.Env) {
		older := slices.DeleteFunc(permission.All(), func(p permission.Permission) bool { return p == permission.UsersExport })
		env.Client.Role.Update().Where(role.Name(database.RoleAdmin)).SetPermissions(older).ExecX(env.Ctx)
		custom := env.NewRole("older-custom", older...)
		if err := database.Ready(env.Ctx, env.Client, env.Target, false, slog.New(slog.NewTextHandler(io.Discard, nil))); err != nil {
			t.Fatal(err)
		}
		if got := env.Role(database.RoleAdmin).Permissions; !slices.Equal(got, permission.All()) {
			t.Fatalf("built-in admin after the start: %v, want every permission", got)
		}
		if got := env.Role(custom.Name).Permissions; slices.Contains(got, permission.UsersExport) {
			t.Fatalf("a custom role gained %s: %v", permission.UsersExport, got)
		}
	})
}

func TestMigrateIdempotent(t *testing.T) {
	apitest.Each(t, func(t *testing.T, env *apitest.Env) {
		ctx := env.Ctx
		// apitest already migrated once.
		checkBootstrap(t, env.Client)

		// Changes made at run time survive a later migration.
		if err := env.Client.Settings.UpdateOneID(database.SettingsID).SetPasswordMinLength(20).Exec(ctx); err != nil {
			t.Fatal(err)
		}
		u := env.NewUser("keep@example.com")

		for i := range 2 {
			if err := database.Migrate(ctx, env.Client, env.Target); err != nil {
				t.Fatalf("migration %d: %v", i+2, err)
			}
		}
		checkBootstrap(t, env.Client)
		s, err := env.Client.Settings.Get(ctx, database.SettingsID)
		if err != nil {
			t.Fatal(err)
		}
		if s.PasswordMinLength != 20 {
			t.Fatalf("password_min_length = %d after migrating again, want 20", s.PasswordMinLength)
		}
		if n := env.Client.User.Query().Where(user.ID(u.ID)).CountX(ctx); n != 1 {
			t.Fatalf("user gone after migrating again")
		}
		// The email triggers are still there, once.
		env.Client.EmailAlias.Create().SetEmail("alias@example.com").SetConfirmedAt(time.Now()).SetUser(u).SaveX(ctx)
		_, err = env.Client.User.Create().SetEmail("alias@example.com").SetSource(user.SourceADMIN).SetRole(env.Role("user")).Save(ctx)
		if !ent.IsConstraintError(err) {
			t.Fatalf("user on a confirmed alias's address after migrating again: err = %v, want a constraint error", err)
		}
	})
}

// freshTarget returns an empty database of env's dialect that no one has
// migrated yet.
func freshTarget(t *testing.T, env *apitest.Env) database.Target {
	t.Helper()
	return apitest.EmptyTarget(t, env.Dialect)
}

// TestMigrateConcurrent starts several Roster processes' migrations on
// one empty database at once, as several instances starting together
// would: each runs in its own process (this test binary, re-executed), so
// nothing is shared but the database.
func TestMigrateConcurrent(t *testing.T) {
	apitest.Each(t, func(t *testing.T, env *apitest.Env) {
		target := freshTarget(t, env)
		const n = 4
		cmds := make([]*exec.Cmd, n)
		outs := make([]bytes.Buffer, n)
		for i := range cmds {
			cmds[i] = exec.CommandContext(env.Ctx, os.Args[0], "-test.run=^TestMigrateChild$", "-test.count=1")
			cmds[i].Env = append(os.Environ(), childDialect+"="+target.Dialect, childDSN+"="+target.DSN, childPath+"="+target.Path)
			cmds[i].Stdout, cmds[i].Stderr = &outs[i], &outs[i]
			if err := cmds[i].Start(); err != nil {
				t.Fatal(err)
			}
		}
		for i, cmd := range cmds {
			if err := cmd.Wait(); err != nil {
				t.Errorf("migration process %d: %v\n%s", i, err, outs[i].String())
			}
		}
		c, err := database.Open(env.Ctx, target)
		if err != nil {
			t.Fatal(err)
		}
		defer c.Close()
		checkBootstrap(t, c)
	})
}

// The environment through which TestMigrateConcurrent hands the target to
// its child processes.
const (
	childDialect = "ROSTER_TEST_MIGRATE_DIALECT"
	childDSN     = "ROSTER_TEST_MIGRATE_DSN"
	childPath    = "ROSTER_TEST_MIGRATE_PATH"
)

// TestMigrateChild is one of TestMigrateConcurrent's processes; run on its
// own, it does nothing.
func TestMigrateChild(t *testing.T) {
	d := os.Getenv(childDialect)
	if d == "" {
		t.Skip("runs only as a child of TestMigrateConcurrent")
	}
	target := database.Target{Dialect: d, DSN: os.Getenv(childDSN), Path: os.Getenv(childPath)}
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	c, err := database.Open(ctx, target)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	if err := database.Migrate(ctx, c, target); err != nil {
		t.Fatal(err)
	}
}

// TestMigrateConcurrentInProcess: Migrate may also be called from several
// goroutines of one process (ent's migration planner shares state, which
// Migrate guards).
func TestMigrateConcurrentInProcess(t *testing.T) {
	apitest.Each(t, func(t *testing.T, env *apitest.Env) {
		target := freshTarget(t, env)
		errs := make([]error, 3)
		var wg sync.WaitGroup
		for i := range errs {
			c, err := database.Open(env.Ctx, target)
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { c.Close() })
			wg.Go(func() { errs[i] = database.Migrate(env.Ctx, c, target) })
		}
		wg.Wait()
		for i, err := range errs {
			if err != nil {
				t.Errorf("migration %d: %v", i, err)
			}
		}
	})
}

func TestDeleteUserCascades(t *testing.T) {
	apitest.Each(t, func(t *testing.T, env *apitest.Env) {
		ctx := env.Ctx
		c := env.Client
		acme := env.NewCustomer("Acme")
		gone := env.NewUser("gone@example.com")
		other := env.NewUser("other@example.com")
		locked := env.NewUser("locked@example.com")
		c.User.UpdateOne(gone).AddCustomers(acme).ExecX(ctx)
		c.User.UpdateOne(other).AddCustomers(acme).ExecX(ctx)
		c.User.UpdateOne(locked).SetLockedAt(time.Now()).SetLockedBy(gone).ExecX(ctx)

		// Rows that belong to gone and must go with it.
		alias := c.EmailAlias.Create().SetEmail("gone.alias@example.com").SetConfirmedAt(time.Now()).SetUser(gone).SaveX(ctx)
		pending := c.EmailAlias.Create().SetEmail("gone.pending@example.com").SetUser(gone).SaveX(ctx)
		sess := c.Session.Create().SetUser(gone).SetTokenHash(randomBytes(32)).SetMethod(session.MethodPASSWORD).
			SetExpiresAt(time.Now().Add(time.Hour)).SaveX(ctx)
		tok := c.OneTimeToken.Create().SetUser(gone).SetKind(onetimetoken.KindPASSWORD_RESET).
			SetTokenHash(randomBytes(32)).SetExpiresAt(time.Now().Add(time.Hour)).SaveX(ctx)
		aliasTok := c.OneTimeToken.Create().SetUser(gone).SetEmailAlias(pending).SetKind(onetimetoken.KindALIAS_CONFIRMATION).
			SetTokenHash(randomBytes(32)).SetExpiresAt(time.Now().Add(time.Hour)).SaveX(ctx)
		ident := c.OIDCIdentity.Create().SetUser(gone).SetIssuer("https://idp.example.com").SetSubject("gone-sub").SaveX(ctx)
		audit1 := c.AuditEntry.Create().SetUser(gone).SetSubjectID(gone.ID).SetProperty("first_name").
			SetSource(auditentry.SourceADMIN).SetNewValue("Gone").SaveX(ctx)
		audit2 := c.AuditEntry.Create().SetUser(gone).SetSubjectID(gone.ID).SetProperty("last_name").
			SetSource(auditentry.SourcePROFILE).SetAuthorUser(gone).SaveX(ctx)

		// Its mails go too: they hold its address, name and links.
		mail := c.OutgoingMail.Create().SetUser(gone).SetTemplate("password_reset").SetTo("gone@example.com").
			SetSubject("Reset").SetTextBody("text").SetHTMLBody("<p>html</p>").SaveX(ctx)

		// Rows that outlive gone, with the link to it cleared.
		news := c.NewsletterSubscription.Create().SetEmail("gone@example.com").SetUser(gone).SaveX(ctx)
		authored := c.AuditEntry.Create().SetUser(other).SetSubjectID(other.ID).SetProperty("city").
			SetSource(auditentry.SourceADMIN).SetAuthorUser(gone).SetAuthorLabel(string(gone.ID)).SaveX(ctx)
		key := c.APIKey.Create().SetName("CRM").SetPrefix("rk_gone").SetSecretHash(randomBytes(32)).SetCreatedBy(gone).SaveX(ctx)

		// Rows of another user that must stay untouched.
		otherAlias := c.EmailAlias.Create().SetEmail("other.alias@example.com").SetUser(other).SaveX(ctx)
		otherSess := c.Session.Create().SetUser(other).SetTokenHash(randomBytes(32)).SetMethod(session.MethodOIDC).
			SetExpiresAt(time.Now().Add(time.Hour)).SaveX(ctx)
		otherTok := c.OneTimeToken.Create().SetUser(other).SetKind(onetimetoken.KindINVITATION).
			SetTokenHash(randomBytes(32)).SetExpiresAt(time.Now().Add(time.Hour)).SaveX(ctx)
		otherIdent := c.OIDCIdentity.Create().SetUser(other).SetIssuer("https://idp.example.com").SetSubject("other-sub").SaveX(ctx)

		if err := c.User.DeleteOneID(gone.ID).Exec(ctx); err != nil {
			t.Fatalf("delete user: %v", err)
		}

		if n := c.User.Query().Where(user.ID(gone.ID)).CountX(ctx); n != 0 {
			t.Fatalf("user still exists")
		}
		counts := []struct {
			what string
			n    int
			want int
		}{
			{"aliases of the deleted user", c.EmailAlias.Query().Where(emailalias.IDIn(alias.ID, pending.ID)).CountX(ctx), 0},
			{"sessions of the deleted user", c.Session.Query().Where(session.ID(sess.ID)).CountX(ctx), 0},
			{"tokens of the deleted user", c.OneTimeToken.Query().Where(onetimetoken.IDIn(tok.ID, aliasTok.ID)).CountX(ctx), 0},
			{"OIDC identities of the deleted user", c.OIDCIdentity.Query().Where(oidcidentity.ID(ident.ID)).CountX(ctx), 0},
			{"audit entries about the deleted user", c.AuditEntry.Query().Where(auditentry.IDIn(audit1.ID, audit2.ID)).CountX(ctx), 0},
			{"audit entries about the other user", c.AuditEntry.Query().Where(auditentry.ID(authored.ID)).CountX(ctx), 1},
			{"newsletter subscriptions", c.NewsletterSubscription.Query().Where(newslettersubscription.ID(news.ID)).CountX(ctx), 1},
			{"outgoing mails of the deleted user", c.OutgoingMail.Query().Where(outgoingmail.ID(mail.ID)).CountX(ctx), 0},
			{"API keys", c.APIKey.Query().Where(apikey.ID(key.ID)).CountX(ctx), 1},
			{"customers", c.Customer.Query().Where(customer.ID(acme.ID)).CountX(ctx), 1},
			{"customer's users", c.Customer.QueryUsers(acme).CountX(ctx), 1},
			{"other user's aliases", c.EmailAlias.Query().Where(emailalias.ID(otherAlias.ID)).CountX(ctx), 1},
			{"other user's sessions", c.Session.Query().Where(session.ID(otherSess.ID)).CountX(ctx), 1},
			{"other user's tokens", c.OneTimeToken.Query().Where(onetimetoken.ID(otherTok.ID)).CountX(ctx), 1},
			{"other user's identities", c.OIDCIdentity.Query().Where(oidcidentity.ID(otherIdent.ID)).CountX(ctx), 1},
			{"locked user", c.User.Query().Where(user.ID(locked.ID)).CountX(ctx), 1},
		}
		for _, cnt := range counts {
			if cnt.n != cnt.want {
				t.Errorf("%s: %d rows, want %d", cnt.what, cnt.n, cnt.want)
			}
		}

		// Of the deleted user's history, only the entry recording the
		// deletion remains: by ID, without a link to the user.
		left := c.AuditEntry.Query().Where(auditentry.SubjectID(gone.ID)).AllX(ctx)
		if len(left) != 1 || left[0].Property != "deleted" {
			t.Errorf("entries about the deleted user: %+v, want one deleted entry", left)
		} else if c.AuditEntry.QueryUser(left[0]).ExistX(ctx) {
			t.Errorf("the deletion entry links to the deleted user")
		}
		if got := c.Customer.QueryUsers(acme).OnlyIDX(ctx); got != other.ID {
			t.Errorf("customer's remaining user = %s, want %s", got, other.ID)
		}
		n := c.NewsletterSubscription.GetX(ctx, news.ID)
		if n.Email != "gone@example.com" {
			t.Errorf("subscription email = %q", n.Email)
		}
		if c.NewsletterSubscription.QueryUser(n).ExistX(ctx) {
			t.Errorf("subscription still has a user")
		}
		a := c.AuditEntry.GetX(ctx, authored.ID)
		if c.AuditEntry.QueryAuthorUser(a).ExistX(ctx) {
			t.Errorf("audit entry still has its deleted author")
		}
		if got := c.AuditEntry.QueryUser(a).OnlyIDX(ctx); got != other.ID {
			t.Errorf("audit entry's user = %s, want %s", got, other.ID)
		}
		if a.AuthorLabel == nil || *a.AuthorLabel != string(gone.ID) || a.SubjectID != other.ID {
			t.Errorf("audit entry lost its author label or subject: %+v", a)
		}
		if c.APIKey.QueryCreatedBy(c.APIKey.GetX(ctx, key.ID)).ExistX(ctx) {
			t.Errorf("API key still has its deleted creator")
		}
		l := c.User.GetX(ctx, locked.ID)
		if c.User.QueryLockedBy(l).ExistX(ctx) {
			t.Errorf("locked user still names the deleted user as locker")
		}
		if l.LockedAt == nil {
			t.Errorf("locked user lost its lock")
		}
	})
}

func TestEmailNormalizedAndUnique(t *testing.T) {
	apitest.Each(t, func(t *testing.T, env *apitest.Env) {
		ctx := env.Ctx
		ada := env.NewUser("Ada@Example.COM ")
		if ada.Email != "ada@example.com" {
			t.Fatalf("email returned as %q, want ada@example.com", ada.Email)
		}
		if got := env.Client.User.GetX(ctx, ada.ID).Email; got != "ada@example.com" {
			t.Fatalf("email stored as %q, want ada@example.com", got)
		}
		for _, dup := range []string{"ADA@example.com", "ada@example.com", "  ada@EXAMPLE.com\t"} {
			_, err := env.Client.User.Create().SetEmail(dup).SetSource(user.SourceAPI).SetRole(env.Role("user")).Save(ctx)
			if !ent.IsConstraintError(err) {
				t.Errorf("second user %q: err = %v, want a constraint error", dup, err)
			}
		}
		bob := env.NewUser("bob@example.com")
		if err := env.Client.User.UpdateOne(bob).SetEmail("ADA@example.com").Exec(ctx); !ent.IsConstraintError(err) {
			t.Errorf("update to another user's email: err = %v, want a constraint error", err)
		}
		u := env.Client.User.UpdateOne(bob).SetUnconfirmedEmail(" New@Example.com").SaveX(ctx)
		if u.UnconfirmedEmail == nil || *u.UnconfirmedEmail != "new@example.com" {
			t.Errorf("unconfirmed email stored as %v, want new@example.com", u.UnconfirmedEmail)
		}

		al := env.Client.EmailAlias.Create().SetEmail(" Work@Example.COM").SetUser(ada).SaveX(ctx)
		if al.Email != "work@example.com" {
			t.Errorf("alias stored as %q, want work@example.com", al.Email)
		}
		// Pending aliases of one address may belong to several accounts,
		// each once; a confirmed one to one account only.
		if _, err := env.Client.EmailAlias.Create().SetEmail("WORK@example.com").SetUser(ada).Save(ctx); !ent.IsConstraintError(err) {
			t.Errorf("the same alias twice on one account: err = %v, want a constraint error", err)
		}
		pending := env.Client.EmailAlias.Create().SetEmail("WORK@example.com").SetUser(bob).SaveX(ctx)
		env.Client.EmailAlias.UpdateOne(al).SetConfirmedAt(time.Now()).ExecX(ctx)
		if err := env.Client.EmailAlias.UpdateOne(pending).SetConfirmedAt(time.Now()).Exec(ctx); !ent.IsConstraintError(err) {
			t.Errorf("a second confirmed alias with the same address: err = %v, want a constraint error", err)
		}
		env.Client.EmailAlias.DeleteOne(pending).ExecX(ctx)
		ns := env.Client.NewsletterSubscription.Create().SetEmail("News@Example.com ").SaveX(ctx)
		if ns.Email != "news@example.com" {
			t.Errorf("subscription stored as %q, want news@example.com", ns.Email)
		}
		if _, err := env.Client.NewsletterSubscription.Create().SetEmail("NEWS@example.com").Save(ctx); !ent.IsConstraintError(err) {
			t.Errorf("second subscription with the same address: err = %v, want a constraint error", err)
		}
	})
}

// TestConfirmedAliasVersusPrimaryEmail checks the cross-table rule that
// the email triggers enforce: no user's primary email equals a confirmed
// alias of any user.
func TestConfirmedAliasVersusPrimaryEmail(t *testing.T) {
	apitest.Each(t, func(t *testing.T, env *apitest.Env) {
		ctx := env.Ctx
		c := env.Client
		ada := env.NewUser("ada@example.com")
		bob := env.NewUser("bob@example.com")
		now := time.Now()

		t.Run("confirmed alias on a primary email is refused", func(t *testing.T) {
			_, err := c.EmailAlias.Create().SetEmail("ADA@example.com").SetConfirmedAt(now).SetUser(bob).Save(ctx)
			if !ent.IsConstraintError(err) {
				t.Fatalf("err = %v, want a constraint error", err)
			}
			// Also for the user's own address.
			_, err = c.EmailAlias.Create().SetEmail("bob@example.com").SetConfirmedAt(now).SetUser(bob).Save(ctx)
			if !ent.IsConstraintError(err) {
				t.Fatalf("own address: err = %v, want a constraint error", err)
			}
			if n := c.EmailAlias.Query().CountX(ctx); n != 0 {
				t.Fatalf("%d aliases stored", n)
			}
		})

		t.Run("unconfirmed alias on a primary email is allowed, confirming it is refused", func(t *testing.T) {
			al, err := c.EmailAlias.Create().SetEmail("ada@example.com").SetUser(bob).Save(ctx)
			if err != nil {
				t.Fatalf("unconfirmed alias: %v", err)
			}
			err = c.EmailAlias.UpdateOne(al).SetConfirmedAt(now).Exec(ctx)
			if !ent.IsConstraintError(err) {
				t.Fatalf("confirm: err = %v, want a constraint error", err)
			}
			if got := c.EmailAlias.GetX(ctx, al.ID); got.ConfirmedAt != nil {
				t.Fatalf("alias confirmed despite the error")
			}
			c.EmailAlias.DeleteOne(al).ExecX(ctx)
		})

		t.Run("changing a confirmed alias to a primary email is refused", func(t *testing.T) {
			al := c.EmailAlias.Create().SetEmail("bob.work@example.com").SetConfirmedAt(now).SetUser(bob).SaveX(ctx)
			err := c.EmailAlias.UpdateOne(al).SetEmail("Ada@Example.com").Exec(ctx)
			if !ent.IsConstraintError(err) {
				t.Fatalf("err = %v, want a constraint error", err)
			}
			if got := c.EmailAlias.GetX(ctx, al.ID).Email; got != "bob.work@example.com" {
				t.Fatalf("alias email = %q after the refused change", got)
			}
		})

		t.Run("user on a confirmed alias's address is refused", func(t *testing.T) {
			// bob.work@example.com is a confirmed alias of bob.
			_, err := c.User.Create().SetEmail("Bob.Work@example.com").SetSource(user.SourceWEB).SetRole(env.Role("user")).Save(ctx)
			if !ent.IsConstraintError(err) {
				t.Fatalf("create: err = %v, want a constraint error", err)
			}
			err = c.User.UpdateOne(ada).SetEmail("bob.work@example.com").Exec(ctx)
			if !ent.IsConstraintError(err) {
				t.Fatalf("update: err = %v, want a constraint error", err)
			}
			if got := c.User.GetX(ctx, ada.ID).Email; got != "ada@example.com" {
				t.Fatalf("email = %q after the refused change", got)
			}
		})

		t.Run("user on an unconfirmed alias's address is allowed", func(t *testing.T) {
			c.EmailAlias.Create().SetEmail("pending@example.com").SetUser(bob).SaveX(ctx)
			u, err := c.User.Create().SetEmail("pending@example.com").SetSource(user.SourceWEB).SetRole(env.Role("user")).Save(ctx)
			if err != nil {
				t.Fatalf("create: %v", err)
			}
			c.User.DeleteOne(u).ExecX(ctx)
			if err := c.User.UpdateOne(ada).SetEmail("pending@example.com").Exec(ctx); err != nil {
				t.Fatalf("update: %v", err)
			}
			c.User.UpdateOne(ada).SetEmail("ada@example.com").ExecX(ctx)
		})

		t.Run("an address freed by deleting the alias can be used", func(t *testing.T) {
			n := c.EmailAlias.Delete().Where(emailalias.Email("bob.work@example.com")).ExecX(ctx)
			if n != 1 {
				t.Fatalf("deleted %d aliases", n)
			}
			env.NewUser("bob.work@example.com")
		})

		t.Run("updates that do not touch the address pass", func(t *testing.T) {
			al := c.EmailAlias.Create().SetEmail("ada.home@example.com").SetConfirmedAt(now).SetUser(ada).SaveX(ctx)
			c.User.UpdateOne(ada).SetFirstName("Ada").ExecX(ctx)
			c.EmailAlias.UpdateOne(al).SetConfirmedAt(now.Add(time.Minute)).ExecX(ctx)
			// Saving the same email again is not a conflict with itself.
			c.User.UpdateOne(ada).SetEmail("ada@example.com").ExecX(ctx)
		})
	})
}

// TestEveryTypeHasPrefix creates one row of every ent type and checks that
// its generated ID carries the prefix registered for that type, and that
// the types created are all the entity tables of the schema.
func TestEveryTypeHasPrefix(t *testing.T) {
	apitest.Each(t, func(t *testing.T, env *apitest.Env) {
		ctx := env.Ctx
		c := env.Client
		u := env.NewUser("types@example.com")
		cus := env.NewCustomer("Types Inc")
		al := c.EmailAlias.Create().SetEmail("types.alias@example.com").SetUser(u).SaveX(ctx)
		ep := c.WebhookEndpoint.Create().SetURL("https://hooks.example.com/roster").SetSecret("whsec_test").SaveX(ctx)
		del := c.WebhookDelivery.Create().SetEndpoint(ep).SetEventID("evt_1").SetEventType("user.created").SetPayload("{}").SaveX(ctx)
		rows := []struct {
			table  string
			entity any
			id     pulid.ID
		}{
			{user.Table, u, u.ID},
			{role.Table, env.Role("admin"), env.Role("admin").ID},
			{customer.Table, cus, cus.ID},
			{emailalias.Table, al, al.ID},
			{webhookendpoint.Table, ep, ep.ID},
			{webhookdelivery.Table, del, del.ID},
		}
		add := func(table string, entity any, id pulid.ID) {
			rows = append(rows, struct {
				table  string
				entity any
				id     pulid.ID
			}{table, entity, id})
		}
		ae := c.AuditEntry.Create().SetUser(u).SetSubjectID(u.ID).SetProperty("email").SetSource(auditentry.SourceSYSTEM).SaveX(ctx)
		add(auditentry.Table, ae, ae.ID)
		ses := c.Session.Create().SetUser(u).SetTokenHash(randomBytes(32)).SetMethod(session.MethodPASSWORD).SetExpiresAt(time.Now().Add(time.Hour)).SaveX(ctx)
		add(session.Table, ses, ses.ID)
		otk := c.OneTimeToken.Create().SetUser(u).SetKind(onetimetoken.KindINVITATION).SetTokenHash(randomBytes(32)).SetExpiresAt(time.Now().Add(time.Hour)).SaveX(ctx)
		add(onetimetoken.Table, otk, otk.ID)
		oid := c.OIDCIdentity.Create().SetUser(u).SetIssuer("https://idp.example.com").SetSubject("types").SaveX(ctx)
		add(oidcidentity.Table, oid, oid.ID)
		key := c.APIKey.Create().SetName("Types").SetPrefix("rk_types").SetSecretHash(randomBytes(32)).SaveX(ctx)
		add(apikey.Table, key, key.ID)
		nws := c.NewsletterSubscription.Create().SetEmail("types@example.com").SetUser(u).SaveX(ctx)
		add(newslettersubscription.Table, nws, nws.ID)
		wha := c.WebhookAttempt.Create().SetDelivery(del).SetDurationMs(12).SetStatusCode(204).SaveX(ctx)
		add(webhookattempt.Table, wha, wha.ID)
		mal := c.OutgoingMail.Create().SetTemplate("test").SetTo("types@example.com").SetSubject("Test").SetTextBody("t").SetHTMLBody("h").SaveX(ctx)
		add(outgoingmail.Table, mal, mal.ID)
		// The settings row Migrate made has a fixed ID; a second row shows
		// what the generated default gives.
		set := c.Settings.Create().SaveX(ctx)
		add(settings.Table, set, set.ID)
		atd := c.AttributeDefinition.Create().SetKey("membership_number").SetLabel("Membership number").SetType(attributedefinition.TypeSTRING).SaveX(ctx)
		add(attributedefinition.Table, atd, atd.ID)
		lim := c.RateLimit.Create().SetBucket("login:ip:192.0.2.1").SetWindowStart(time.Now()).SaveX(ctx)
		add(ratelimit.Table, lim, lim.ID)
		acr := c.AccountRequest.Create().SetKind(accountrequest.KindPASSWORD_RESET).SetEmail("types@example.com").SaveX(ctx)
		add(accountrequest.Table, acr, acr.ID)

		if typ, err := database.SettingsID.Type(); err != nil || typ != "Settings" {
			t.Errorf("SettingsID.Type() = %q, %v; want Settings", typ, err)
		}

		var tables, types []string
		for _, r := range rows {
			name := reflect.TypeOf(r.entity).Elem().Name()
			types = append(types, name)
			tables = append(tables, r.table)
			got, err := r.id.Type()
			if err != nil {
				t.Errorf("%s: ID %q: %v", name, r.id, err)
				continue
			}
			if got != name {
				t.Errorf("%s: ID %q has type %s", name, r.id, got)
			}
			if pulid.Prefixes[r.id.Prefix()] != name {
				t.Errorf("%s: prefix %q is registered for %q", name, r.id.Prefix(), pulid.Prefixes[r.id.Prefix()])
			}
		}

		// Every entity table of the schema is among those created above.
		var schemaTables []string
		for _, tbl := range migrate.Tables {
			if len(tbl.PrimaryKey) == 1 && tbl.PrimaryKey[0].Name == "id" {
				schemaTables = append(schemaTables, tbl.Name)
			}
		}
		sort.Strings(tables)
		sort.Strings(schemaTables)
		if !slices.Equal(tables, schemaTables) {
			t.Errorf("entity tables created %q, schema has %q", tables, schemaTables)
		}
		// And every registered prefix names one of those types.
		var registered []string
		for _, name := range pulid.Prefixes {
			registered = append(registered, name)
		}
		sort.Strings(types)
		sort.Strings(registered)
		if !slices.Equal(types, registered) {
			t.Errorf("types created %q, prefixes registered for %q", types, registered)
		}
	})
}

// TestConcurrentClaimsOfOneAddress has two transactions claim one address
// at once, one as a primary email and one as a confirmed alias: the
// second must wait for the first and then be refused.
func TestConcurrentClaimsOfOneAddress(t *testing.T) {
	apitest.Each(t, func(t *testing.T, env *apitest.Env) {
		ctx := env.Ctx
		owner := env.NewUser("owner@example.com")
		userRole := env.Role("user")

		tx1, err := env.Client.Tx(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := tx1.User.Create().SetEmail("claimed@example.com").SetSource(user.SourceWEB).SetRole(userRole).Save(ctx); err != nil {
			_ = tx1.Rollback()
			t.Fatal(err)
		}

		done := make(chan error, 1)
		go func() {
			tx2, err := env.Client.Tx(ctx)
			if err != nil {
				done <- err
				return
			}
			_, err = tx2.EmailAlias.Create().SetEmail("claimed@example.com").SetConfirmedAt(time.Now()).SetUserID(owner.ID).Save(ctx)
			if err != nil {
				_ = tx2.Rollback()
				done <- err
				return
			}
			done <- tx2.Commit()
		}()

		select {
		case err := <-done:
			_ = tx1.Rollback()
			t.Fatalf("the second claim finished while the first was open: %v", err)
		case <-time.After(300 * time.Millisecond):
		}
		if err := tx1.Commit(); err != nil {
			t.Fatal(err)
		}
		if err := <-done; !ent.IsConstraintError(err) {
			t.Fatalf("second claim: err = %v, want a constraint error", err)
		}
		if n := env.Client.EmailAlias.Query().Where(emailalias.Email("claimed@example.com")).CountX(ctx); n != 0 {
			t.Fatalf("%d aliases on the claimed address", n)
		}
	})
}

// TestSearchIndexes: on PostgreSQL the trigram indexes and statistics
// that users(search:) relies on exist after migration, and survive another
// migration (ent's migration does not know them).
func TestSearchIndexes(t *testing.T) {
	apitest.Each(t, func(t *testing.T, env *apitest.Env) {
		if env.Dialect != dialect.Postgres {
			t.Skip("SQLite has no trigram indexes; search scans")
		}
		if err := database.Migrate(env.Ctx, env.Client, env.Target); err != nil {
			t.Fatal(err)
		}
		names := func(query string) []string {
			rows, err := env.Client.QueryContext(env.Ctx, query)
			if err != nil {
				t.Fatal(err)
			}
			defer rows.Close()
			var got []string
			for rows.Next() {
				var n string
				if err := rows.Scan(&n); err != nil {
					t.Fatal(err)
				}
				got = append(got, n)
			}
			return got
		}
		got := names(`SELECT indexname FROM pg_indexes WHERE schemaname = current_schema() AND indexname LIKE '%_trgm' ORDER BY indexname`)
		want := []string{"email_aliases_email_trgm", "users_email_trgm", "users_first_name_trgm", "users_last_name_trgm", "users_search_aliased_trgm", "users_search_trgm"}
		if !slices.Equal(got, want) {
			t.Fatalf("trigram indexes %v, want %v", got, want)
		}
		// The planner's statistics of the search texts, which the partial
		// indexes do not give it.
		got = names(`SELECT stxname FROM pg_statistic_ext WHERE stxnamespace = current_schema()::regnamespace ORDER BY stxname`)
		if want := []string{"users_search_aliased_text", "users_search_text"}; !slices.Equal(got, want) {
			t.Fatalf("extended statistics %v, want %v", got, want)
		}
	})
}
