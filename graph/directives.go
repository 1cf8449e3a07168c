package graph

import (
	"context"
	"strings"

	"github.com/99designs/gqlgen/graphql"

	"github.com/rosterhq/roster/internal/permission"
	"github.com/rosterhq/roster/internal/problem"
	"github.com/rosterhq/roster/internal/viewer"
)

// unauthenticated is the error of a field that needs a signed-in caller.
var unauthenticated = &problem.Error{Code: problem.Unauthenticated, Message: "sign in first"}

// directives implements the schema's access directives. They answer
// early and visibly; the ent privacy policies (internal/access) still
// decide every row.
func directives() DirectiveRoot {
	return DirectiveRoot{
		Public: func(ctx context.Context, _ any, next graphql.Resolver) (any, error) { return next(ctx) },
		Auth: func(ctx context.Context, _ any, next graphql.Resolver) (any, error) {
			if !viewer.FromContext(ctx).Authenticated() {
				return nil, unauthenticated
			}
			return next(ctx)
		},
		HasPermission: func(ctx context.Context, _ any, next graphql.Resolver, p permission.Permission) (any, error) {
			v := viewer.FromContext(ctx)
			if !v.Authenticated() {
				return nil, unauthenticated
			}
			if !v.Can(p) {
				return nil, &problem.Error{Code: problem.Forbidden, Message: "this needs the permission " + string(p)}
			}
			return next(ctx)
		},
		HasAnyPermission: func(ctx context.Context, _ any, next graphql.Resolver, ps []permission.Permission) (any, error) {
			v := viewer.FromContext(ctx)
			if !v.Authenticated() {
				return nil, unauthenticated
			}
			for _, p := range ps {
				if v.Can(p) {
					return next(ctx)
				}
			}
			names := make([]string, len(ps))
			for i, p := range ps {
				names[i] = string(p)
			}
			return nil, &problem.Error{Code: problem.Forbidden, Message: "this needs one of the permissions " + strings.Join(names, ", ")}
		},
	}
}

// RequireAuthentication is a root-field middleware: every field of Query
// and Mutation needs a signed-in caller unless the schema marks it
// @public. It makes "authenticated" the default, so a new field cannot be
// public by accident.
func RequireAuthentication(ctx context.Context, next graphql.RootResolver) graphql.Marshaler {
	fc := graphql.GetRootFieldContext(ctx)
	if fc != nil && fc.Field.Definition != nil && fc.Field.Definition.Directives.ForName("public") == nil &&
		!isIntrospection(fc.Field.Name) && !viewer.FromContext(ctx).Authenticated() {
		graphql.AddError(ctx, unauthenticated)
		return graphql.Null
	}
	return next(ctx)
}

func isIntrospection(name string) bool {
	return name == "__schema" || name == "__type" || name == "__typename"
}
