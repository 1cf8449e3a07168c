package graph_test

import (
	"fmt"
	"testing"

	"github.com/rosterhq/roster/internal/apitest"
)

// TestMalformedInputIsBadUserInput: strings and filters no database can
// take are refused at the edge as BAD_USER_INPUT naming the argument —
// never an INTERNAL error from deep inside a query.
func TestMalformedInputIsBadUserInput(t *testing.T) {
	apitest.Each(t, func(t *testing.T, env *apitest.Env) {
		env.NewUser("someone@example.com", apitest.Confirmed)
		many := make([]string, 70000)
		for i := range many {
			many[i] = fmt.Sprintf("%d@x.y", i)
		}
		const users = `query($w: UserWhereInput, $s: String) { users(first: 5, where: $w, search: $s) { totalCount } }`
		cases := []struct {
			name  string
			vars  map[string]any
			field string
		}{
			{"NUL in search", map[string]any{"s": "ab\x00c"}, "search"},
			{"NUL in a filter", map[string]any{"w": map[string]any{"emailHasPrefix": "a\x00"}}, "where.emailHasPrefix"},
			{"NUL in a nested filter", map[string]any{"w": map[string]any{"hasCustomersWith": []any{map[string]any{"nameContains": "\x00"}}}}, "where.hasCustomersWith.0.nameContains"},
			{"empty not", map[string]any{"w": map[string]any{"not": map[string]any{}}}, "where.not"},
			{"empty and element", map[string]any{"w": map[string]any{"and": []any{map[string]any{}}}}, "where.and.0"},
			{"empty edge filter", map[string]any{"w": map[string]any{"hasCustomersWith": []any{map[string]any{}}}}, "where.hasCustomersWith.0"},
			{"70,000 addresses", map[string]any{"w": map[string]any{"emailIn": many}}, "where.emailIn"},
			{"1,001 IDs", map[string]any{"w": map[string]any{"idIn": many[:1001]}}, "where.idIn"},
			{"a very long search", map[string]any{"s": string(make([]byte, 20000))}, "search"},
		}
		for _, tc := range cases {
			t.Run(tc.name, func(t *testing.T) {
				env.Query(users, tc.vars).Fail(t, "BAD_USER_INPUT", tc.field)
			})
		}
		// Mutation inputs too: a NUL in a profile field.
		env.Query(`mutation($in: CreateUserInput!) { createUser(input: $in) { user { id } } }`,
			map[string]any{"in": map[string]any{"email": "nul@example.com", "profile": map[string]any{"firstName": "A\x00"}}}).
			Fail(t, "BAD_USER_INPUT", "input.profile.firstName")
		// An empty list matches nothing; an empty top-level filter filters
		// nothing.
		var out struct{ Users struct{ TotalCount int } }
		env.MustQuery(users, map[string]any{"w": map[string]any{"idIn": []any{}}}, &out)
		if out.Users.TotalCount != 0 {
			t.Fatalf("idIn: [] matched %d users", out.Users.TotalCount)
		}
		env.MustQuery(users, map[string]any{"w": map[string]any{}}, &out)
		if out.Users.TotalCount == 0 {
			t.Fatal("where: {} filtered everything")
		}
	})
}
