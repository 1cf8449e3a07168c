package main

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"regexp"
	"strconv"
	"strings"
	"time"

	"entgo.io/contrib/entgql"

	"github.com/rosterhq/roster/internal/pulid"
)

// usersPage is the admin console's users page, as in the issue that
// asked for this benchmark: 50 users by email with the total, paging,
// status, lock, last activity, role, customers and aliases.
const usersPage = `query($after: Cursor, $where: UserWhereInput, $search: String) {
  users(first: 50, after: $after, orderBy: {field: EMAIL}, where: $where, search: $search) {
    totalCount totalCountIsCapped
    pageInfo { hasNextPage endCursor }
    edges { node { id email status locked lastActiveAt role { name } customers { name } emailAliases { email } } }
  }
}`

// profile is the console's user page: the user with role, customers,
// aliases and the first page of the history.
const profile = `query($id: ID!) { node(id: $id) { ... on User {
  id email firstName lastName phone status locked lastActiveAt createdAt role { name } customers { name } emailAliases { email confirmedAt }
  history(first: 20) { totalCount totalCountIsCapped pageInfo { hasNextPage endCursor } edges { node { property oldValue newValue source createdAt } } }
} } }`

const loginMutation = `mutation($email: String!, $password: String!) { login(input: {email: $email, password: $password}) { token } }`

// scenario is one kind of request.
type scenario struct {
	name string
	// request returns the operation and variables of one request.
	request func(r *rand.Rand) (string, map[string]any)
	// anonymous requests (login) send no credential.
	anonymous bool
	// floor, when set, returns the hand-written statement that reads the
	// same page, and its arguments.
	floor func(dialect string) (string, []any)
}

// params are the data-dependent values of the scenarios, read from the
// data set.
type params struct {
	deepCursor string   // after ~1,000 pages of 50 by email
	deepEmail  string   // the email the deep cursor points at
	deepID     string   // and its ID
	rare       string   // a word that matches one user
	profiles   []string // IDs of users with history
}

// pickParams reads the scenario parameters from the data set.
func pickParams(ctx context.Context, db *sql.DB, dialect string) (params, error) {
	var p params
	var n int
	if err := db.QueryRowContext(ctx, "SELECT count(*) FROM users").Scan(&n); err != nil {
		return p, err
	}
	offset := min(50_000, n/2)
	if err := db.QueryRowContext(ctx, rebind(dialect, "SELECT email, id FROM users ORDER BY email LIMIT 1 OFFSET $1"), offset).Scan(&p.deepEmail, &p.deepID); err != nil {
		return p, fmt.Errorf("deep page: %w", err)
	}
	c := entgql.Cursor[pulid.ID]{ID: pulid.ID(p.deepID), Value: p.deepEmail}
	var buf bytes.Buffer
	c.MarshalGQL(&buf)
	p.deepCursor = strings.Trim(buf.String(), `"`)
	// The local part of a seeded address (first.last.N) names one user.
	var email string
	if err := db.QueryRowContext(ctx, rebind(dialect, "SELECT email FROM users WHERE email LIKE '%.%.%@%' ORDER BY id LIMIT 1 OFFSET $1"), n/3).Scan(&email); err != nil {
		return p, fmt.Errorf("rare word: %w", err)
	}
	p.rare, _, _ = strings.Cut(email, "@")
	rows, err := db.QueryContext(ctx, rebind(dialect, "SELECT id FROM users ORDER BY id LIMIT 200 OFFSET $1"), n/4)
	if err != nil {
		return p, err
	}
	defer rows.Close()
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			return p, err
		}
		p.profiles = append(p.profiles, id)
	}
	return p, rows.Err()
}

// allScenarios returns the scenarios of the benchmark.
func allScenarios(p params) []scenario {
	page := func(vars map[string]any) func(*rand.Rand) (string, map[string]any) {
		return func(*rand.Rand) (string, map[string]any) { return usersPage, vars }
	}
	list := []scenario{
		{name: "users page", request: page(nil), floor: func(d string) (string, []any) { return floorPage(d, false), nil }},
		{name: "deep page", request: page(map[string]any{"after": p.deepCursor}), floor: func(d string) (string, []any) {
			return floorPage(d, true), []any{p.deepEmail}
		}},
		{name: "filtered page (INVITED)", request: page(map[string]any{"where": map[string]any{"status": "INVITED"}})},
		{name: "common search (smith)", request: page(map[string]any{"search": "smith"})},
		{name: "rare search", request: page(map[string]any{"search": p.rare})},
		{name: "profile with history", request: func(r *rand.Rand) (string, map[string]any) {
			return profile, map[string]any{"id": p.profiles[r.IntN(len(p.profiles))]}
		}},
		{name: "login", anonymous: true, request: func(*rand.Rand) (string, map[string]any) {
			return loginMutation, map[string]any{"email": adminEmail, "password": adminPassword}
		}},
	}
	mixed := list[:6]
	list = append(list, scenario{name: "mixed admin workload", request: func(r *rand.Rand) (string, map[string]any) {
		return mixed[r.IntN(len(mixed))].request(r)
	}})
	// Every seeded address is at an example.* domain: the word matches
	// every user (a search box's worst case, not part of the mix).
	return append(list, scenario{name: "broad search (example)", request: page(map[string]any{"search": "example"})})
}

// floorPage is one hand-written statement that reads what the users
// page shows: 50 users by email (after a cursor for the deep page) with
// role, customers and aliases, and the same capped count.
func floorPage(dialect string, after bool) string {
	agg := "string_agg(%s, ',')"
	if dialect == "sqlite3" {
		agg = "group_concat(%s, ',')"
	}
	where := ""
	if after {
		where = "WHERE u.email > $1"
	}
	return rebind(dialect, fmt.Sprintf(`SELECT u.id, u.email, u.confirmed_at, u.invitation_sent_at, u.source, u.locked_at, u.lock_expires_at, u.last_active_at, r.name,
  (SELECT %s FROM user_customers uc JOIN customers c ON c.id = uc.customer_id WHERE uc.user_id = u.id),
  (SELECT %s FROM email_aliases a WHERE a.user_email_aliases = u.id),
  (SELECT count(*) FROM (SELECT 1 FROM users LIMIT 10001) capped)
FROM users u JOIN roles r ON r.id = u.role_users %s
ORDER BY u.email LIMIT 51`, fmt.Sprintf(agg, "c.name"), fmt.Sprintf(agg, "a.email"), where))
}

var placeholder = regexp.MustCompile(`\$\d+`)

// rebind writes $n placeholders as ? for SQLite.
func rebind(dialect, q string) string {
	if dialect == "sqlite3" {
		return placeholder.ReplaceAllString(q, "?")
	}
	return q
}

// floorOnce runs a floor statement and reads every row.
func floorOnce(ctx context.Context, db *sql.DB, q string, args []any) error {
	rows, err := db.QueryContext(ctx, q, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	cols, err := rows.Columns()
	if err != nil {
		return err
	}
	dest := make([]any, len(cols))
	for i := range dest {
		dest[i] = new(any)
	}
	for rows.Next() {
		if err := rows.Scan(dest...); err != nil {
			return err
		}
	}
	return rows.Err()
}

var httpClient = &http.Client{Timeout: 60 * time.Second, Transport: &http.Transport{MaxIdleConnsPerHost: 64}}

// post sends one GraphQL request and decodes data into out (when not
// nil); a GraphQL error is an error.
func post(ctx context.Context, base, token, query string, vars map[string]any, out any) error {
	body, err := json.Marshal(map[string]any{"query": query, "variables": vars})
	if err != nil {
		return err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, base+"/graphql", bytes.NewReader(body))
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	res, err := httpClient.Do(req)
	if err != nil {
		return err
	}
	defer res.Body.Close()
	raw, err := io.ReadAll(res.Body)
	if err != nil {
		return err
	}
	var resp struct {
		Data   json.RawMessage `json:"data"`
		Errors []struct {
			Message    string         `json:"message"`
			Extensions map[string]any `json:"extensions"`
		} `json:"errors"`
	}
	if err := json.Unmarshal(raw, &resp); err != nil {
		return fmt.Errorf("status %d: %s", res.StatusCode, truncate(raw))
	}
	if len(resp.Errors) > 0 {
		return errors.New(resp.Errors[0].Message + " (" + fmt.Sprint(resp.Errors[0].Extensions["code"]) + ")")
	}
	if out != nil {
		return json.Unmarshal(resp.Data, out)
	}
	return nil
}

func truncate(b []byte) string {
	if len(b) > 200 {
		return string(b[:200]) + "…"
	}
	return string(b)
}

// ms formats a duration in milliseconds.
func ms(d time.Duration) string {
	return strconv.FormatFloat(float64(d.Microseconds())/1000, 'f', 1, 64) + " ms"
}
