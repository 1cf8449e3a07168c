// Package paging holds what every Relay connection of Roster shares:
// how totalCount is counted, and helpers that read a connection field's
// GraphQL selection, so that a page reads only what the query asks for.
//
// # totalCount
//
// Counting every match of a filter over a million rows costs as much as
// reading them. So totalCount is exact up to CountCap; when more items
// match, counting stops there, totalCount is CountCap and
// totalCountIsCapped is true (a console shows "10,000+"). The count reads
// at most CountCap+1 index entries or rows, whatever the table's size,
// and a query that selects neither totalCount nor totalCountIsCapped does
// no counting at all.
package paging

import (
	"context"
	"slices"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
)

// CountCap is where counting stops: totalCount is exact up to this
// number.
const CountCap = 10_000

// CountLimit is what to pass to ent's CountAtMost: one more than the cap,
// so that the result tells an exact CountCap from "more than CountCap".
const CountLimit = CountCap + 1

// TotalCount is the totalCount to show for a stored count (at most
// CountLimit, see CountLimit).
func TotalCount(stored int) int { return min(stored, CountCap) }

// Capped reports whether a stored count means "more than CountCap".
func Capped(stored int) bool { return stored > CountCap }

// Names of the connection fields that need a count.
const (
	totalCountField = "totalCount"
	cappedField     = "totalCountIsCapped"
)

// fields returns the fields the connection field of ctx selects; ok is
// false outside a GraphQL field (a direct call), where callers assume
// everything is wanted.
func fields(ctx context.Context) ([]graphql.CollectedField, bool) {
	fc := graphql.GetFieldContext(ctx)
	if fc == nil {
		return nil, false
	}
	return graphql.CollectFields(graphql.GetOperationContext(ctx), fc.Field.Selections, nil), true
}

// Selected reports whether the connection field of ctx selects a field
// named name (under any alias); outside GraphQL it reports true.
func Selected(ctx context.Context, name string) bool {
	fs, ok := fields(ctx)
	if !ok {
		return true
	}
	return slices.ContainsFunc(fs, func(f graphql.CollectedField) bool { return f.Name == name })
}

// WantsCount reports whether the connection field of ctx selects
// totalCount or totalCountIsCapped.
func WantsCount(ctx context.Context) bool {
	return Selected(ctx, totalCountField) || Selected(ctx, cappedField)
}

// WantsPage reports whether the connection field of ctx needs the page
// read: it selects edges or pageInfo.
func WantsPage(ctx context.Context) bool {
	return Selected(ctx, "edges") || Selected(ctx, "pageInfo")
}

// Node returns the collected edges.node selection of the connection field
// of ctx, merged over every edges and node field (aliases and fragments
// included), and whether there is one.
func Node(ctx context.Context) (graphql.CollectedField, bool) {
	fc := graphql.GetFieldContext(ctx)
	if fc == nil {
		return graphql.CollectedField{}, false
	}
	op := graphql.GetOperationContext(ctx)
	var node *graphql.CollectedField
	for _, edges := range graphql.CollectFields(op, fc.Field.Selections, nil) {
		if edges.Name != "edges" {
			continue
		}
		for _, n := range graphql.CollectFields(op, edges.Selections, nil) {
			if n.Name != "node" {
				continue
			}
			if node == nil {
				c := n
				c.Selections = slices.Clone(n.Selections)
				node = &c
				continue
			}
			node.Selections = append(node.Selections, n.Selections...)
		}
	}
	if node == nil {
		return graphql.CollectedField{}, false
	}
	return *node, true
}

// WithField returns ctx with field as the current GraphQL field, a child
// of the current one, so that ent's CollectFields reads field's
// selection.
func WithField(ctx context.Context, field graphql.CollectedField) context.Context {
	return graphql.WithFieldContext(ctx, &graphql.FieldContext{Parent: graphql.GetFieldContext(ctx), Field: field})
}

// ForEnt returns the context to run ent's generated Paginate with, so
// that it reads the page exactly once and never counts: ent counts every
// match (without a cap) whenever totalCount or pageInfo is selected, and
// reads no page when edges are not selected. The returned context's
// connection field selects only edges (with a cursor when the query asks
// for none). Only ent's pagination reads it; the response is written from
// the original selection, and the caller counts with CountAtMost.
func ForEnt(ctx context.Context) context.Context {
	fc := graphql.GetFieldContext(ctx)
	if fc == nil {
		return ctx
	}
	var keep ast.SelectionSet
	edges := false
	for _, f := range graphql.CollectFields(graphql.GetOperationContext(ctx), fc.Field.Selections, nil) {
		if f.Name != "edges" {
			continue
		}
		// ent finds edges by the response key "edges".
		keep = append(keep, &ast.Field{Alias: "edges", Name: "edges", Definition: f.Definition, SelectionSet: f.Selections})
		edges = true
	}
	if !edges {
		keep = ast.SelectionSet{&ast.Field{
			Alias: "edges", Name: "edges",
			SelectionSet: ast.SelectionSet{&ast.Field{Alias: "cursor", Name: "cursor"}},
		}}
	}
	field := fc.Field
	field.Field = &ast.Field{Alias: fc.Field.Alias, Name: fc.Field.Name, Arguments: fc.Field.Arguments,
		Definition: fc.Field.Definition, ObjectDefinition: fc.Field.ObjectDefinition, SelectionSet: keep}
	field.Selections = keep
	return graphql.WithFieldContext(ctx, &graphql.FieldContext{Object: fc.Object, Args: fc.Args, Field: field, Parent: fc.Parent})
}
