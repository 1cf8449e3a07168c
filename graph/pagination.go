package graph

import (
	"context"
	"fmt"
	"slices"

	"entgo.io/contrib/entgql"
	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"

	"github.com/rosterhq/roster/internal/problem"
	"github.com/rosterhq/roster/internal/pulid"
)

// Page sizes of every connection.
const (
	// DefaultPageSize is used when a query gives neither first nor last.
	DefaultPageSize = 50
	// MaxPageSize bounds first and last.
	MaxPageSize = 500
)

// pageWindow applies Roster's paging rules to a connection's arguments:
// first and last may not both be given, must lie in 0..MaxPageSize, and
// when neither is given the page holds DefaultPageSize items (counted from
// `before` backwards when only `before` is given).
func pageWindow(after *entgql.Cursor[pulid.ID], first *int, before *entgql.Cursor[pulid.ID], last *int) (*int, *int, error) {
	if first != nil && last != nil {
		return nil, nil, problem.Invalid("last", "FIRST_AND_LAST", "give either first or last, not both")
	}
	for name, v := range map[string]*int{"first": first, "last": last} {
		if v != nil && (*v < 0 || *v > MaxPageSize) {
			return nil, nil, problem.Invalid(name, "OUT_OF_RANGE", fmt.Sprintf("%s must be between 0 and %d", name, MaxPageSize))
		}
	}
	if first == nil && last == nil {
		n := DefaultPageSize
		if before != nil && after == nil {
			return nil, &n, nil
		}
		return &n, nil, nil
	}
	return first, last, nil
}

// pageContext is the context to run ent's generated Paginate with. When a
// connection query selects pageInfo but not edges, ent reads no page at
// all: it answers with the count only, hasNextPage true as soon as anything
// matches (even on the last page) and no cursors, so a client cannot page
// on. pageContext returns ctx, or, when the connection field of ctx selects
// pageInfo without edges (ent finds edges by the response key "edges"),
// a context whose field also selects edges { cursor }. Only ent's
// pagination reads that context; the response is written from the
// original selection.
func pageContext(ctx context.Context) context.Context {
	fc := graphql.GetFieldContext(ctx)
	if fc == nil {
		return ctx
	}
	pageInfo := false
	for _, f := range graphql.CollectFields(graphql.GetOperationContext(ctx), fc.Field.Selections, nil) {
		switch {
		case f.Alias == "edges":
			return ctx // ent reads the page already
		case f.Name == "pageInfo", f.Name == "edges":
			pageInfo = true // an aliased edges field needs the page too
		}
	}
	if !pageInfo {
		return ctx
	}
	field := fc.Field
	field.Selections = append(slices.Clip(field.Selections), &ast.Field{
		Alias: "edges", Name: "edges",
		SelectionSet: ast.SelectionSet{&ast.Field{Alias: "cursor", Name: "cursor"}},
	})
	return graphql.WithFieldContext(ctx, &graphql.FieldContext{Object: fc.Object, Args: fc.Args, Field: field})
}
