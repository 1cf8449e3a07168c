package apitest

import (
	"context"

	"github.com/rosterhq/roster/ent"
	"github.com/rosterhq/roster/ent/role"
	"github.com/rosterhq/roster/ent/user"
)

// Role returns the role with the given name.
func (e *Env) Role(name string) *ent.Role {
	e.T.Helper()
	r, err := e.Client.Role.Query().Where(role.Name(name)).Only(context.Background())
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
	u, err := c.Save(context.Background())
	if err != nil {
		e.T.Fatalf("apitest: create user %s: %v", email, err)
	}
	return u
}

// NewCustomer creates a customer.
func (e *Env) NewCustomer(name string) *ent.Customer {
	e.T.Helper()
	c, err := e.Client.Customer.Create().SetName(name).Save(context.Background())
	if err != nil {
		e.T.Fatalf("apitest: create customer %s: %v", name, err)
	}
	return c
}
