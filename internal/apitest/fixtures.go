package apitest

import (
	"regexp"
	"time"

	"github.com/rosterhq/roster/ent"
	"github.com/rosterhq/roster/ent/outgoingmail"
	"github.com/rosterhq/roster/ent/role"
	"github.com/rosterhq/roster/ent/session"
	"github.com/rosterhq/roster/ent/user"
	"github.com/rosterhq/roster/internal/auth"
	"github.com/rosterhq/roster/internal/permission"
)

// Role returns the role with the given name.
func (e *Env) Role(name string) *ent.Role {
	e.T.Helper()
	r, err := e.Client.Role.Query().Where(role.Name(name)).Only(e.Ctx)
	if err != nil {
		e.T.Fatalf("apitest: role %s: %v", name, err)
	}
	return r
}

// NewUser creates a user with the given email, the built-in user role and
// source ADMIN, then applies the options.
func (e *Env) NewUser(email string, opts ...func(*ent.UserCreate)) *ent.User {
	e.T.Helper()
	c := e.Client.User.Create().SetEmail(email).SetSource(user.SourceADMIN).SetRole(e.Role("user"))
	for _, o := range opts {
		o(c)
	}
	u, err := c.Save(e.Ctx)
	if err != nil {
		e.T.Fatalf("apitest: create user %s: %v", email, err)
	}
	return u
}

// NewCustomer creates a customer.
func (e *Env) NewCustomer(name string) *ent.Customer {
	e.T.Helper()
	c, err := e.Client.Customer.Create().SetName(name).Save(e.Ctx)
	if err != nil {
		e.T.Fatalf("apitest: create customer %s: %v", name, err)
	}
	return c
}

// APIKey creates an API key with the permissions and customers and
// returns its secret.
func (e *Env) APIKey(name string, perms []permission.Permission, customers []*ent.Customer) string {
	e.T.Helper()
	key, prefix, hash := auth.NewAPIKey()
	_, err := e.Client.APIKey.Create().SetName(name).SetPrefix(prefix).SetSecretHash(hash).
		SetPermissions(perms).AddCustomers(customers...).Save(e.Ctx)
	if err != nil {
		e.T.Fatalf("apitest: create api key: %v", err)
	}
	return key
}

// SessionFor starts a password session for u and returns its token.
func (e *Env) SessionFor(u *ent.User) string {
	e.T.Helper()
	token, _, err := e.Auth.CreateSession(e.Ctx, u.ID, session.MethodPASSWORD, "127.0.0.1", "apitest")
	if err != nil {
		e.T.Fatalf("apitest: session: %v", err)
	}
	return token
}

// Confirmed marks a user created by NewUser as confirmed.
func Confirmed(c *ent.UserCreate) { c.SetConfirmedAt(time.Now().UTC().Add(-time.Hour)) }

// WithRole gives a user created by NewUser a role.
func WithRole(r *ent.Role) func(*ent.UserCreate) { return func(c *ent.UserCreate) { c.SetRole(r) } }

// WithCustomers assigns customers to a user created by NewUser.
func WithCustomers(cs ...*ent.Customer) func(*ent.UserCreate) {
	return func(c *ent.UserCreate) { c.AddCustomers(cs...) }
}

// NewRole creates a custom role.
func (e *Env) NewRole(name string, perms ...permission.Permission) *ent.Role {
	e.T.Helper()
	r, err := e.Client.Role.Create().SetName(name).SetPermissions(perms).Save(e.Ctx)
	if err != nil {
		e.T.Fatalf("apitest: create role %s: %v", name, err)
	}
	return r
}

// Mails returns the messages in the outbox addressed to to, oldest first.
func (e *Env) Mails(to string) []*ent.OutgoingMail {
	e.T.Helper()
	return e.Client.OutgoingMail.Query().Where(outgoingmail.To(to)).Order(ent.Asc(outgoingmail.FieldCreatedAt)).AllX(e.Ctx)
}

var tokenInLink = regexp.MustCompile(`\?token=([A-Za-z0-9_\-%]+)`)

// LastToken returns the token of the newest mail to to of the template,
// failing the test when there is none.
func (e *Env) LastToken(to, template string) string {
	e.T.Helper()
	ms := e.Mails(to)
	for i := len(ms) - 1; i >= 0; i-- {
		if ms[i].Template == template {
			m := tokenInLink.FindStringSubmatch(ms[i].TextBody)
			if m == nil {
				e.T.Fatalf("apitest: mail %s to %s has no link: %s", template, to, ms[i].TextBody)
			}
			return m[1]
		}
	}
	e.T.Fatalf("apitest: no %s mail to %s", template, to)
	return ""
}
