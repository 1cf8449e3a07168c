package graph

import (
	"context"
	"fmt"

	"entgo.io/contrib/entgql"

	"github.com/rosterhq/roster/internal/paging"
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

// paginate reads one page of a connection other than users: run calls
// ent's generated Paginate, with a context in which it reads the page
// exactly once and never counts (paging.ForEnt), and only when the query
// selects edges or pageInfo; count (CountAtMost of the filtered query,
// taken before Paginate adds its cursors) runs only when the query selects
// totalCount or totalCountIsCapped, and stops at the cap.
func paginate[C any](ctx context.Context, count func(context.Context, int) (int, error), run func(context.Context) (*C, error), total func(*C) *int) (*C, error) {
	conn := new(C)
	if paging.WantsPage(ctx) {
		var err error
		if conn, err = run(paging.ForEnt(ctx)); err != nil {
			return nil, err
		}
	}
	if paging.WantsCount(ctx) {
		n, err := count(ctx, paging.CountLimit)
		if err != nil {
			return nil, fmt.Errorf("count: %w", err)
		}
		*total(conn) = n
	}
	return conn, nil
}
