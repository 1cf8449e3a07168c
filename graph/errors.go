package graph

import (
	"context"
	"errors"
	"log/slog"
	"strconv"
	"strings"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/rosterhq/roster/ent"
	"github.com/rosterhq/roster/ent/privacy"
	"github.com/rosterhq/roster/internal/database"
	"github.com/rosterhq/roster/internal/problem"
	"github.com/rosterhq/roster/internal/viewer"
)

// inputCodes are codes entgql puts on errors about arguments, which
// Roster reports as BAD_USER_INPUT.
var inputCodes = map[string]bool{
	"INVALID_PAGINATION": true, // entgql: first/last out of range
}

// ErrorPresenter turns every error a resolver returns into a GraphQL error
// with extensions.code, following one table:
//
//   - *problem.Error: its code, plus extensions.field and
//     extensions.reason when set;
//   - ent not-found: NOT_FOUND; ent constraint violation: CONFLICT; ent
//     validation error: BAD_USER_INPUT naming the field;
//   - a statement stopped by the statement timeout: TIMEOUT;
//   - a database that cannot be reached (connection refused or dropped,
//     server shutting down): UNAVAILABLE; the transport answers 503
//     with Retry-After when no data could be returned;
//   - errors gqlgen raises while reading arguments (a bad cursor, an enum
//     or scalar it cannot read): BAD_USER_INPUT;
//   - anything else: INTERNAL with a generic message; the cause is logged
//     with the error's path, never sent.
func ErrorPresenter(log *slog.Logger) graphql.ErrorPresenterFunc {
	return func(ctx context.Context, err error) *gqlerror.Error {
		gqlErr := graphql.DefaultErrorPresenter(ctx, err)
		if gqlErr.Extensions == nil {
			gqlErr.Extensions = map[string]any{}
		}
		if pe, ok := problem.As(err); ok {
			gqlErr.Message = pe.Message
			gqlErr.Extensions["code"] = string(pe.Code)
			if pe.Field != "" {
				gqlErr.Extensions["field"] = pe.Field
			}
			if pe.Reason != "" {
				gqlErr.Extensions["reason"] = pe.Reason
			}
			return gqlErr
		}
		var nf *ent.NotFoundError
		var ve *ent.ValidationError
		switch {
		case errors.Is(err, privacy.Deny):
			if !viewer.FromContext(ctx).Authenticated() {
				gqlErr.Message = "sign in first"
				gqlErr.Extensions["code"] = string(problem.Unauthenticated)
				return gqlErr
			}
			log.WarnContext(ctx, "graphql: access denied", "path", gqlErr.Path.String(), "reason", err)
			gqlErr.Message = "you are not allowed to do this"
			gqlErr.Extensions["code"] = string(problem.Forbidden)
			return gqlErr
		case errors.As(err, &nf):
			gqlErr.Message = "not found"
			gqlErr.Extensions["code"] = string(problem.NotFound)
			return gqlErr
		case errors.As(err, &ve):
			gqlErr.Message = "invalid value for " + apiField(ve.Name)
			gqlErr.Extensions["code"] = string(problem.BadUserInput)
			gqlErr.Extensions["field"] = "input." + apiField(ve.Name)
			return gqlErr
		case ent.IsConstraintError(err):
			gqlErr.Message = "the change conflicts with existing data"
			gqlErr.Extensions["code"] = string(problem.Conflict)
			return gqlErr
		case database.IsTimeout(err):
			log.WarnContext(ctx, "graphql: statement timeout", "path", gqlErr.Path.String(), "error", err)
			gqlErr.Message = "the request took too long and was stopped; narrow the filter or the search and try again"
			gqlErr.Extensions["code"] = string(problem.Timeout)
			return gqlErr
		case database.Unavailable(err):
			log.WarnContext(ctx, "graphql: database unavailable", "path", gqlErr.Path.String(), "error", err)
			gqlErr.Message = "the database cannot be reached right now; try again in a moment"
			gqlErr.Extensions["code"] = string(problem.Unavailable)
			return gqlErr
		}
		if code, ok := gqlErr.Extensions["code"].(string); ok {
			if inputCodes[code] {
				gqlErr.Extensions["code"] = string(problem.BadUserInput)
			}
			return gqlErr
		}
		if arg, ok := argumentName(ctx, gqlErr); ok {
			gqlErr.Extensions["code"] = string(problem.BadUserInput)
			gqlErr.Extensions["field"] = arg
			return gqlErr
		}
		log.ErrorContext(ctx, "graphql: internal error", "path", gqlErr.Path.String(), "error", err)
		return &gqlerror.Error{
			Message:    "internal error",
			Path:       gqlErr.Path,
			Locations:  gqlErr.Locations,
			Extensions: map[string]any{"code": string(problem.Internal)},
		}
	}
}

// argumentName returns the name of the argument err is about when err
// arose while gqlgen read a field's arguments, before any resolver ran:
// gqlgen reports those errors while the field context has no arguments
// yet, with the argument's name as the last path element.
func argumentName(ctx context.Context, err *gqlerror.Error) (string, bool) {
	fc := graphql.GetFieldContext(ctx)
	if fc == nil || fc.Args != nil || fc.Field.Definition == nil || len(err.Path) <= len(fc.Path()) {
		return "", false
	}
	rest := err.Path[len(fc.Path()):]
	name, ok := rest[0].(ast.PathName)
	if !ok || fc.Field.Definition.Arguments.ForName(string(name)) == nil {
		return "", false
	}
	// where.lastActiveAtLT, input.profile.birthday ...
	parts := make([]string, 0, len(rest))
	for _, p := range rest {
		switch e := p.(type) {
		case ast.PathName:
			parts = append(parts, string(e))
		case ast.PathIndex:
			parts = append(parts, strconv.Itoa(int(e)))
		}
	}
	return strings.Join(parts, "."), true
}

// apiField turns a schema column name (external_id) into the name
// clients send (externalID).
func apiField(column string) string {
	parts := strings.Split(column, "_")
	for i := 1; i < len(parts); i++ {
		switch parts[i] {
		case "id", "url", "ip":
			parts[i] = strings.ToUpper(parts[i])
		default:
			if parts[i] != "" {
				parts[i] = strings.ToUpper(parts[i][:1]) + parts[i][1:]
			}
		}
	}
	return strings.Join(parts, "")
}
