package users

import (
	"context"
	"fmt"
	"slices"

	"entgo.io/contrib/entgql"
	"entgo.io/ent/dialect/sql"
	"github.com/99designs/gqlgen/graphql"

	"github.com/rosterhq/roster/ent"
	"github.com/rosterhq/roster/ent/user"
	"github.com/rosterhq/roster/internal/problem"
	"github.com/rosterhq/roster/internal/pulid"
)

// orderColumns maps each users ordering to its column.
var orderColumns = map[string]string{
	"EMAIL": user.FieldEmail, "LAST_NAME": user.FieldLastName, "CREATED_AT": user.FieldCreatedAt,
	"UPDATED_AT": user.FieldUpdatedAt, "LAST_ACTIVE_AT": user.FieldLastActiveAt,
	"CURRENT_SIGN_IN_AT": user.FieldCurrentSignInAt, "LAST_SIGN_IN_AT": user.FieldLastSignInAt,
}

// Paginate returns one page of the users connection. Unlike keyset
// pagination that assumes non-null columns, it orders users without a
// value (no last name, never active, never signed in) after all others in
// both directions, on SQLite and PostgreSQL alike, and pages through them
// too: the order is (value is null, value, id), each cursor carries the
// value and the ID. It costs a fixed number of statements: the count,
// the page, one per eager-loaded edge the query selects, and one for the
// cursor values.
func Paginate(ctx context.Context, q *ent.UserQuery, after *entgql.Cursor[pulid.ID], first *int, before *entgql.Cursor[pulid.ID], last *int, order *ent.UserOrder) (*ent.UserConnection, error) {
	col, desc := user.FieldID, false
	if order != nil && order.Field != nil {
		c, ok := orderColumns[order.Field.String()]
		if !ok {
			return nil, problem.Invalid("orderBy.field", "UNKNOWN_ORDER", "unknown ordering")
		}
		col, desc = c, order.Direction == entgql.OrderDirectionDesc
	}
	conn := &ent.UserConnection{Edges: []*ent.UserEdge{}}
	if fieldSelected(ctx, "totalCount") {
		n, err := q.Clone().Count(ctx)
		if err != nil {
			return nil, err
		}
		conn.TotalCount = n
	}
	backward := last != nil
	limit := 0
	switch {
	case first != nil:
		limit = *first
	case last != nil:
		limit = *last
	}
	if limit == 0 {
		return conn, nil
	}
	if after != nil {
		q = q.Where(beyond(col, desc, after, false))
	}
	if before != nil {
		q = q.Where(beyond(col, desc, before, true))
	}
	// Backward pages are read in reverse order and turned around.
	rev := desc != backward
	q = q.Order(func(s *sql.Selector) {
		nulls := s.C(col) + " IS NULL"
		if backward {
			nulls += " DESC"
		}
		s.OrderExpr(sql.Expr(nulls))
		if col != user.FieldID {
			s.OrderBy(orderTerm(s.C(col), rev))
		}
		s.OrderBy(orderTerm(s.C(user.FieldID), rev))
	}).Limit(limit + 1)
	if nodeCtx, ok := nodeContext(ctx); ok {
		var err error
		if q, err = q.CollectFields(nodeCtx); err != nil {
			return nil, err
		}
	}
	nodes, err := q.All(ctx)
	if err != nil {
		return nil, err
	}
	more := len(nodes) > limit
	if more {
		nodes = nodes[:limit]
	}
	if backward {
		slices.Reverse(nodes)
		conn.PageInfo.HasPreviousPage, conn.PageInfo.HasNextPage = more, before != nil
	} else {
		conn.PageInfo.HasNextPage, conn.PageInfo.HasPreviousPage = more, after != nil
	}
	values, err := cursorValues(ctx, q, col, nodes)
	if err != nil {
		return nil, err
	}
	for _, n := range nodes {
		conn.Edges = append(conn.Edges, &ent.UserEdge{Node: n, Cursor: entgql.Cursor[pulid.ID]{ID: n.ID, Value: values[n.ID]}})
	}
	if len(conn.Edges) > 0 {
		conn.PageInfo.StartCursor = &conn.Edges[0].Cursor
		conn.PageInfo.EndCursor = &conn.Edges[len(conn.Edges)-1].Cursor
	}
	return conn, nil
}

func orderTerm(column string, desc bool) string {
	if desc {
		return sql.Desc(column)
	}
	return sql.Asc(column)
}

// beyond is the predicate of the rows after the cursor in the order
// (value is null, value, id) — or, with before, the rows preceding it.
func beyond(col string, desc bool, c *entgql.Cursor[pulid.ID], before bool) func(*sql.Selector) {
	return func(s *sql.Selector) {
		gt := func(a string, v any) *sql.Predicate {
			if desc != before {
				return sql.LT(a, v)
			}
			return sql.GT(a, v)
		}
		id := s.C(user.FieldID)
		if col == user.FieldID {
			s.Where(gt(id, c.ID))
			return
		}
		column := s.C(col)
		switch {
		case c.Value == nil && !before:
			s.Where(sql.And(sql.IsNull(column), gt(id, c.ID)))
		case c.Value == nil && before:
			s.Where(sql.Or(sql.NotNull(column), sql.And(sql.IsNull(column), gt(id, c.ID))))
		case !before:
			s.Where(sql.Or(sql.IsNull(column), gt(column, c.Value), sql.And(sql.EQ(column, c.Value), gt(id, c.ID))))
		default:
			s.Where(sql.And(sql.NotNull(column), sql.Or(gt(column, c.Value), sql.And(sql.EQ(column, c.Value), gt(id, c.ID)))))
		}
	}
}

// cursorValues reads the ordering column of the page's users (the page
// query may have selected only the fields the client asked for).
func cursorValues(ctx context.Context, q *ent.UserQuery, col string, nodes []*ent.User) (map[pulid.ID]any, error) {
	out := make(map[pulid.ID]any, len(nodes))
	if col == user.FieldID || len(nodes) == 0 {
		return out, nil
	}
	ids := make([]pulid.ID, len(nodes))
	for i, n := range nodes {
		ids[i] = n.ID
	}
	var rows []*ent.User
	if err := q.Clone().Unique(false).Where(user.IDIn(ids...)).Select(user.FieldID, col).Scan(ctx, &rows); err != nil {
		return nil, fmt.Errorf("users: cursor values: %w", err)
	}
	for _, r := range rows {
		v, err := r.Value(col)
		if err != nil {
			// Value works for dynamic fields only; read the typed field.
			v = fieldValue(r, col)
		}
		out[r.ID] = v
	}
	return out, nil
}

func fieldValue(u *ent.User, col string) any {
	switch col {
	case user.FieldEmail:
		return u.Email
	case user.FieldLastName:
		return deref(u.LastName)
	case user.FieldCreatedAt:
		return u.CreatedAt
	case user.FieldUpdatedAt:
		return u.UpdatedAt
	case user.FieldLastActiveAt:
		return deref(u.LastActiveAt)
	case user.FieldCurrentSignInAt:
		return deref(u.CurrentSignInAt)
	case user.FieldLastSignInAt:
		return deref(u.LastSignInAt)
	}
	return nil
}

func deref[T any](p *T) any {
	if p == nil {
		return nil
	}
	return *p
}

// fieldSelected reports whether the connection field of ctx selects name.
func fieldSelected(ctx context.Context, name string) bool {
	fc := graphql.GetFieldContext(ctx)
	if fc == nil {
		return true
	}
	for _, f := range graphql.CollectFields(graphql.GetOperationContext(ctx), fc.Field.Selections, nil) {
		if f.Name == name {
			return true
		}
	}
	return false
}

// nodeContext returns a context whose field is the connection's
// edges.node, so that ent's field collection eager-loads what the client
// selected on each user.
func nodeContext(ctx context.Context) (context.Context, bool) {
	fc := graphql.GetFieldContext(ctx)
	if fc == nil {
		return ctx, false
	}
	op := graphql.GetOperationContext(ctx)
	for _, edges := range graphql.CollectFields(op, fc.Field.Selections, nil) {
		if edges.Name != "edges" {
			continue
		}
		for _, node := range graphql.CollectFields(op, edges.Selections, nil) {
			if node.Name == "node" {
				return graphql.WithFieldContext(ctx, &graphql.FieldContext{Parent: fc, Field: node}), true
			}
		}
	}
	return ctx, false
}
