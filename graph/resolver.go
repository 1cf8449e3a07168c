// Package graph is Roster's GraphQL layer: the gqlgen executable schema
// (generated.go, never edited), thin resolvers that translate arguments
// into calls of ent and the internal/ services, and the error presenter
// that turns every error into a coded, safe GraphQL error.
package graph

import (
	"time"

	"github.com/99designs/gqlgen/graphql"

	"github.com/rosterhq/roster/ent"
	"github.com/rosterhq/roster/internal/auth"
	"github.com/rosterhq/roster/internal/users"
	"github.com/rosterhq/roster/internal/webhook"
)

// Resolver is the root resolver. It holds the dependencies every resolver
// may use.
type Resolver struct {
	// Client is the ent client all data goes through.
	Client *ent.Client
	// Auth signs callers in and out.
	Auth *auth.Service
	// Users runs the account lifecycle.
	Users *users.Service
	// Webhooks manages webhook endpoints.
	Webhooks *webhook.Manager
	// Now returns the current time; tests may fix it.
	Now func() time.Time
}

// NewSchema returns the executable schema.
func NewSchema(client *ent.Client, authService *auth.Service, usersService *users.Service, webhooks *webhook.Manager) graphql.ExecutableSchema {
	return NewExecutableSchema(Config{
		Resolvers:  &Resolver{Client: client, Auth: authService, Users: usersService, Webhooks: webhooks, Now: time.Now},
		Directives: directives(),
		Complexity: complexity(),
	})
}

func (r *Resolver) now() time.Time { return r.Now().UTC() }
