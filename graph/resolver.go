// Package graph is Roster's GraphQL layer: the gqlgen executable schema
// (generated.go, never edited), thin resolvers that translate arguments
// into calls of ent and the internal/ services, and the error presenter
// that turns every error into a coded, safe GraphQL error.
package graph

import (
	"context"
	"maps"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"

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
		Schema:     ServedSchema(),
		Resolvers:  &Resolver{Client: client, Auth: authService, Users: usersService, Webhooks: webhooks, Now: time.Now},
		Directives: directives(),
		Complexity: complexity(),
	})
}

// ServedSchema returns the schema that requests are validated against and
// that introspection shows: the generated schema without the @defer
// directive, which gqlparser adds to every schema. Roster's HTTP transport
// answers with one response and cannot deliver deferred fragments
// incrementally, so it neither advertises @defer nor accepts it (a
// document that uses it fails validation).
func ServedSchema() *ast.Schema {
	s := *parsedSchema
	s.Directives = maps.Clone(parsedSchema.Directives)
	delete(s.Directives, "defer")
	delete(s.Directives, "stream")
	return &s
}

func (r *Resolver) now() time.Time { return r.Now().UTC() }

// tokenAttempt counts an attempt to use a link from a mail against the
// client's address (users.MaxTokenAttempts per window) before the token
// is looked at.
func (r *Resolver) tokenAttempt(ctx context.Context) error {
	ip, _ := auth.ClientIP(ctx)
	return r.Users.TokenAttempt(ctx, ip)
}
