package graph

import (
	"entgo.io/contrib/entgql"

	"github.com/rosterhq/roster/ent"
	"github.com/rosterhq/roster/internal/pulid"
)

// pageCost is the complexity of a connection: what one item costs times
// the number of items the page may hold, so that a client cannot nest
// large pages into one expensive query under the complexity limit.
func pageCost(child int, first, last *int) int {
	n := DefaultPageSize
	switch {
	case first != nil:
		n = *first
	case last != nil:
		n = *last
	}
	if n < 1 {
		n = 1
	}
	return 1 + child*n
}

// complexity sets the cost of every paged field.
func complexity() ComplexityRoot {
	var c ComplexityRoot
	c.Query.Users = func(child int, _ *entgql.Cursor[pulid.ID], first *int, _ *entgql.Cursor[pulid.ID], last *int, _ *ent.UserOrder, _ *ent.UserWhereInput, _ *string) int {
		return pageCost(child, first, last)
	}
	c.Query.Roles = func(child int, _ *entgql.Cursor[pulid.ID], first *int, _ *entgql.Cursor[pulid.ID], last *int, _ *ent.RoleOrder, _ *ent.RoleWhereInput) int {
		return pageCost(child, first, last)
	}
	c.Query.Customers = func(child int, _ *entgql.Cursor[pulid.ID], first *int, _ *entgql.Cursor[pulid.ID], last *int, _ *ent.CustomerOrder, _ *ent.CustomerWhereInput) int {
		return pageCost(child, first, last)
	}
	c.Query.AuditEntries = func(child int, _ *entgql.Cursor[pulid.ID], first *int, _ *entgql.Cursor[pulid.ID], last *int, _ *ent.AuditEntryOrder, _ *ent.AuditEntryWhereInput) int {
		return pageCost(child, first, last)
	}
	c.User.History = func(child int, _ *string, _ *bool, first *int, _ *entgql.Cursor[pulid.ID], last *int, _ *entgql.Cursor[pulid.ID]) int {
		return pageCost(child, first, last)
	}
	return c
}
