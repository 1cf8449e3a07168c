package graph

import (
	"fmt"

	"entgo.io/contrib/entgql"

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
