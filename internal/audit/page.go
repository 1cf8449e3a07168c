package audit

import (
	"context"
	"slices"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"

	"github.com/rosterhq/roster/ent"
)

// Paginate returns one page of the entries q selects: the connection of
// User.history and of Query.auditEntries. It is ent's Paginate, with one
// difference. When the query selects pageInfo but not edges, ent's reads
// no page at all: it answers with the count only, hasNextPage true as
// soon as any entry matches (even on the last page) and no cursors, so a
// client cannot page on. Here the page is read as if the query had
// selected edges { cursor } too, and pageInfo is the real one.
func Paginate(ctx context.Context, q *ent.AuditEntryQuery, after *ent.Cursor, first *int, before *ent.Cursor, last *int,
	opts ...ent.AuditEntryPaginateOption) (*ent.AuditEntryConnection, error) {
	return q.Paginate(pageContext(ctx), after, first, before, last, opts...)
}

// pageContext returns ctx, or, when the connection field of ctx selects
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
