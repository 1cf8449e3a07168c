package auth_test

import (
	"context"
	"database/sql"
	"testing"
	"time"

	"entgo.io/ent/dialect"

	"github.com/rosterhq/roster/internal/apitest"
	"github.com/rosterhq/roster/internal/auth"
	"github.com/rosterhq/roster/internal/database"
	"github.com/rosterhq/roster/internal/mail"
	"github.com/rosterhq/roster/internal/oidc"
	"github.com/rosterhq/roster/internal/users"
	"github.com/rosterhq/roster/internal/viewer"
)

// TestOIDCSignInStaysInItsTransaction: an OpenID Connect sign-in that
// creates an account reads and writes through its transaction's
// connection alone. On a pool of one connection, a read through any other
// would wait for the connection the transaction holds (on SQLite, while
// holding the write lock) until the deadline.
func TestOIDCSignInStaysInItsTransaction(t *testing.T) {
	target := apitest.EmptyTarget(t, dialect.SQLite)
	ctx := context.Background()
	client := apitest.MigratedClient(t, target, database.WithPool(func(db *sql.DB) { db.SetMaxOpenConns(1) }))
	sys := viewer.SystemContext(ctx)
	client.Settings.UpdateOneID(database.SettingsID).SetSelfSignupEnabled(true).ExecX(sys)
	s := auth.NewService(client, target.Dialect)
	s.Password = apitest.CheapPassword
	accounts := &auth.OIDCAccounts{Service: s, PublicHost: "127.0.0.1",
		Users: &users.Service{Client: client, Password: apitest.CheapPassword, Now: time.Now, Limiter: s,
			Mail: mail.Renderer{FrontendURL: "https://app.example.com", Product: "Roster"}}}
	ctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	id, err := accounts.SignIn(ctx, oidc.Identity{Provider: "test", Issuer: "https://issuer.example.com", Subject: "subject-1",
		Email: "new.person@example.com", EmailVerified: true, GivenName: "New", FamilyName: "Person"})
	if err != nil {
		t.Fatalf("sign-in that creates an account, on one connection: %v", err)
	}
	if id == "" {
		t.Fatal("no user ID")
	}
}
