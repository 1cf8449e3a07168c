package graph_test

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/rosterhq/roster/ent"
	"github.com/rosterhq/roster/ent/apikey"
	"github.com/rosterhq/roster/ent/auditentry"
	"github.com/rosterhq/roster/ent/webhookdelivery"
	"github.com/rosterhq/roster/internal/apitest"
	"github.com/rosterhq/roster/internal/webhook"
)

// The change history as clients read it: User.history and the root
// auditEntries connection, after real changes made through the API.

type entryOut struct {
	ID, Property, Source, CreatedAt string
	OldValue, NewValue, AuthorLabel *string
	AuthorUser                      *struct{ Email string }
	AuthorAPIKey                    *struct{ Name string }
}

const entryFields = `id property oldValue newValue source authorLabel createdAt authorUser { email } authorAPIKey { name }`

type pageOut struct {
	TotalCount int
	PageInfo   struct {
		HasNextPage, HasPreviousPage bool
		StartCursor, EndCursor       *string
	}
	Edges []struct {
		Cursor string
		Node   entryOut
	}
}

func (p pageOut) entries() []entryOut {
	out := make([]entryOut, len(p.Edges))
	for i, e := range p.Edges {
		out[i] = e.Node
	}
	return out
}

// String renders an entry as "property: old → new, SOURCE by author",
// with "-" for no value; times (lock fields) read "T".
func (e entryOut) String() string {
	val := func(p *string) string {
		switch {
		case p == nil:
			return "-"
		case e.Property == "locked_at":
			return "T"
		}
		return *p
	}
	by := "-"
	switch {
	case e.AuthorUser != nil:
		by = e.AuthorUser.Email
	case e.AuthorAPIKey != nil:
		by = "key " + e.AuthorAPIKey.Name
	}
	return fmt.Sprintf("%s: %s → %s, %s by %s", e.Property, val(e.OldValue), val(e.NewValue), e.Source, by)
}

// groups splits entries, in the order given, into runs with the same
// createdAt — one run per change — each sorted, so that the order of
// entries written by one change does not matter.
func groups(entries []entryOut) [][]string {
	var out [][]string
	for i, e := range entries {
		if i == 0 || e.CreatedAt != entries[i-1].CreatedAt {
			out = append(out, nil)
		}
		out[len(out)-1] = append(out[len(out)-1], e.String())
	}
	for _, g := range out {
		slices.Sort(g)
	}
	return out
}

func userHistory(t *testing.T, env *apitest.Env, id, args string) pageOut {
	t.Helper()
	var out struct{ Node struct{ History pageOut } }
	env.MustQuery(`query($id: ID!) { node(id: $id) { ... on User { history`+args+` {
		totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { `+entryFields+` } } } } } }`,
		map[string]any{"id": id}, &out)
	return out.Node.History
}

func auditEntries(t *testing.T, env *apitest.Env, vars map[string]any) pageOut {
	t.Helper()
	var out struct{ AuditEntries pageOut }
	env.MustQuery(`query($first: Int, $after: Cursor, $last: Int, $before: Cursor, $where: AuditEntryWhereInput, $orderBy: AuditEntryOrder) {
		auditEntries(first: $first, after: $after, last: $last, before: $before, where: $where, orderBy: $orderBy) {
		totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { `+entryFields+` } } } }`, vars, &out)
	return out.AuditEntries
}

// historyScene makes a sequence of changes to hist@example.com through
// the API — by an admin, by an API key, by the user themself — plus a
// change of another user and the deletion of a third.
type historyScene struct {
	admin, self       *apitest.Env
	user, other, gone *ent.User
	id, keyID         string
	// all is the user's whole history after the changes, newest first.
	all pageOut
}

func newHistoryScene(t *testing.T, env *apitest.Env) *historyScene {
	s := &historyScene{admin: admin(t, env)}
	s.user = env.NewUser("hist@example.com", apitest.Confirmed, func(c *ent.UserCreate) { c.SetFirstName("Ann") })
	s.other = env.NewUser("other@example.com", apitest.Confirmed)
	s.gone = env.NewUser("gone@example.com")
	s.keyID = string(env.Client.APIKey.Query().Where(apikey.Name("default test key")).OnlyIDX(env.Ctx))
	s.self = env.As(env.SessionFor(s.user))
	const update = `mutation($id: ID!, $p: ProfileInput!) { updateUser(input: {id: $id, profile: $p}) { user { id } } }`
	id := string(s.user.ID)
	s.admin.MustQuery(update, map[string]any{"id": id, "p": map[string]any{"firstName": "Anna", "city": "Wien"}}, nil)
	env.MustQuery(update, map[string]any{"id": id, "p": map[string]any{"lastName": "Berger"}}, nil)
	s.self.MustQuery(`mutation { updateMe(input: {city: "Graz"}) { user { id } } }`, nil, nil)
	s.admin.MustQuery(`mutation($id: ID!) { lockUser(input: {id: $id, reason: "audit"}) { user { id } } }`, map[string]any{"id": id}, nil)
	s.admin.MustQuery(`mutation($id: ID!) { unlockUser(input: {id: $id}) { user { id } } }`, map[string]any{"id": id}, nil)
	s.admin.MustQuery(update, map[string]any{"id": string(s.other.ID), "p": map[string]any{"firstName": "Otto"}}, nil)
	s.admin.MustQuery(`mutation($id: ID!) { deleteUser(input: {id: $id}) { deletedID } }`, map[string]any{"id": string(s.gone.ID)}, nil)
	s.id, s.all = id, userHistory(t, env, id, "(first: 100)")
	return s
}

// wantHistory is the history of hist@example.com after newHistoryScene,
// newest change first, without its creation.
var wantHistory = [][]string{
	{"lock_reason: audit → -, ADMIN by boss@example.com", "locked_at: T → -, ADMIN by boss@example.com"},
	{"lock_reason: - → audit, ADMIN by boss@example.com", "locked_at: - → T, ADMIN by boss@example.com"},
	{"city: Wien → Graz, PROFILE by hist@example.com"},
	{"last_name: - → Berger, API by key default test key"},
	{"city: - → Wien, ADMIN by boss@example.com", "first_name: Ann → Anna, ADMIN by boss@example.com"},
}

// TestHistoryOfChanges: User.history lists every change made through the
// API, newest first, with property, values, source and author; search
// and hideUnchanged narrow it.
func TestHistoryOfChanges(t *testing.T) {
	apitest.Each(t, func(t *testing.T, env *apitest.Env) {
		s := newHistoryScene(t, env)
		id, all := s.id, s.all
		got := groups(all.entries())
		if len(got) != len(wantHistory)+1 {
			t.Fatalf("%d changes, want %d: %q", len(got), len(wantHistory)+1, got)
		}
		for i, want := range wantHistory {
			if !slices.Equal(got[i], want) {
				t.Errorf("change %d = %q, want %q", i, got[i], want)
			}
		}
		if creation := got[len(got)-1]; !slices.Contains(creation, "created: - → ADMIN, SYSTEM by -") {
			t.Errorf("creation = %q", creation)
		}
		if all.TotalCount != len(all.Edges) || all.PageInfo.HasNextPage || all.PageInfo.HasPreviousPage {
			t.Errorf("totalCount %d, %d edges, pageInfo %+v", all.TotalCount, len(all.Edges), all.PageInfo)
		}
		for _, e := range all.entries() {
			switch {
			case e.AuthorUser != nil && (e.AuthorLabel == nil || *e.AuthorLabel == ""):
				t.Errorf("%s: no author label", e)
			case e.AuthorAPIKey != nil && (e.AuthorLabel == nil || *e.AuthorLabel != s.keyID):
				t.Errorf("%s: author label %v, want the key's ID", e, e.AuthorLabel)
			}
		}

		// search: property names and values, case-insensitively.
		if got := groups(userHistory(t, env, id, `(search: "CITY", first: 100)`).entries()); len(got) != 2 ||
			got[0][0] != "city: Wien → Graz, PROFILE by hist@example.com" || got[1][0] != "city: - → Wien, ADMIN by boss@example.com" {
			t.Errorf("search CITY: %q", got)
		}
		if got := userHistory(t, env, id, `(search: "berg", first: 100)`).entries(); len(got) != 1 || got[0].Property != "last_name" {
			t.Errorf("search berg: %v", got)
		}
		if got := userHistory(t, env, id, `(search: "  ", first: 100)`); got.TotalCount != all.TotalCount {
			t.Errorf("a blank search filtered: %d of %d", got.TotalCount, all.TotalCount)
		}

		// hideUnchanged: entries whose values are both set and equal (the
		// demo data has such) go; events without values stay.
		now := time.Now().UTC()
		env.Client.AuditEntry.CreateBulk(
			env.Client.AuditEntry.Create().SetSubjectID(s.user.ID).SetUserID(s.user.ID).SetProperty("zip").
				SetOldValue("1010").SetNewValue("1010").SetSource(auditentry.SourceADMIN).SetCreatedAt(now),
			env.Client.AuditEntry.Create().SetSubjectID(s.user.ID).SetUserID(s.user.ID).SetProperty("password").
				SetSource(auditentry.SourcePROFILE).SetCreatedAt(now),
		).ExecX(env.Ctx)
		shown := func(args string) []string {
			var props []string
			for _, e := range userHistory(t, env, id, args).entries() {
				props = append(props, e.Property)
			}
			return props
		}
		if p := shown(`(first: 100)`); !slices.Contains(p, "zip") || !slices.Contains(p, "password") {
			t.Errorf("without hideUnchanged: %v", p)
		}
		if p := shown(`(hideUnchanged: true, first: 100)`); slices.Contains(p, "zip") || !slices.Contains(p, "password") || len(p) != all.TotalCount+1 {
			t.Errorf("hideUnchanged: %v", p)
		}
		if p := shown(`(search: "1010", hideUnchanged: true, first: 100)`); len(p) != 0 {
			t.Errorf("search and hideUnchanged: %v", p)
		}
	})
}

// TestHistoryPages: User.history pages forwards and backwards with
// cursors, and the pages together are the whole history.
func TestHistoryPages(t *testing.T) {
	apitest.Each(t, func(t *testing.T, env *apitest.Env) {
		s := newHistoryScene(t, env)
		id, all := s.id, s.all.entries()
		var paged []entryOut
		after := ""
		for page := 0; ; page++ {
			args := "(first: 3)"
			if after != "" {
				args = fmt.Sprintf("(first: 3, after: %q)", after)
			}
			p := userHistory(t, env, id, args)
			paged = append(paged, p.entries()...)
			if p.TotalCount != len(all) || p.PageInfo.HasPreviousPage != (page > 0) || len(p.Edges) == 0 ||
				*p.PageInfo.StartCursor != p.Edges[0].Cursor || *p.PageInfo.EndCursor != p.Edges[len(p.Edges)-1].Cursor {
				t.Fatalf("page %d: %+v", page, p)
			}
			if !p.PageInfo.HasNextPage {
				break
			}
			after = *p.PageInfo.EndCursor
		}
		if !slices.EqualFunc(paged, all, func(a, b entryOut) bool { return a.ID == b.ID }) {
			t.Fatalf("pages %v\nwant %v", paged, all)
		}
		// Backwards from the oldest three.
		last := userHistory(t, env, id, "(last: 3)")
		if !slices.EqualFunc(last.entries(), all[len(all)-3:], func(a, b entryOut) bool { return a.ID == b.ID }) ||
			!last.PageInfo.HasPreviousPage || last.PageInfo.HasNextPage {
			t.Fatalf("last 3: %+v", last)
		}
		before := userHistory(t, env, id, fmt.Sprintf("(last: 2, before: %q)", last.Edges[0].Cursor))
		if !slices.EqualFunc(before.entries(), all[len(all)-5:len(all)-3], func(a, b entryOut) bool { return a.ID == b.ID }) ||
			!before.PageInfo.HasNextPage {
			t.Fatalf("2 before: %+v", before)
		}
		env.Query(`query($id: ID!) { node(id: $id) { ... on User { history(first: 1, last: 1) { totalCount } } } }`,
			map[string]any{"id": id}).Fail(t, "BAD_USER_INPUT", "last")
	})
}

// TestHistoryPageInfoWithoutEdges: a client that asks for pageInfo only
// (to count pages, or to fetch the nodes elsewhere) gets the real
// pageInfo — the end cursor to go on from, and hasNextPage false on the
// last page — and an aliased edges field gets the page too.
func TestHistoryPageInfoWithoutEdges(t *testing.T) {
	apitest.Each(t, func(t *testing.T, env *apitest.Env) {
		s := newHistoryScene(t, env)
		id, all := s.id, s.all
		type info struct {
			HasNextPage, HasPreviousPage bool
			StartCursor, EndCursor       *string
		}
		walk := func(query string, vars map[string]any, page func(data json.RawMessage) info) {
			t.Helper()
			var after any
			for i := range all.Edges {
				vars["after"] = after
				r := env.Query(query, vars)
				if len(r.Errors) > 0 {
					t.Fatalf("page %d: %v", i, r.Errors)
				}
				got := page(r.Data)
				if got.EndCursor == nil || got.StartCursor == nil || *got.EndCursor != all.Edges[i].Cursor ||
					got.HasNextPage != (i < len(all.Edges)-1) || got.HasPreviousPage != (i > 0) {
					t.Fatalf("page %d of %d: %+v, want the cursor %s", i, len(all.Edges), got, all.Edges[i].Cursor)
				}
				after = *got.EndCursor
			}
		}
		walk(`query($id: ID!, $after: Cursor) { node(id: $id) { ... on User {
			history(first: 1, after: $after) { pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } } } }`,
			map[string]any{"id": id}, func(data json.RawMessage) info {
				var out struct {
					Node struct{ History struct{ PageInfo info } }
				}
				_ = json.Unmarshal(data, &out)
				return out.Node.History.PageInfo
			})
		walk(`query($id: ID!, $after: Cursor) { auditEntries(first: 1, after: $after, where: {subjectID: $id}, orderBy: {field: CREATED_AT, direction: DESC}) {
			pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`,
			map[string]any{"id": id}, func(data json.RawMessage) info {
				var out struct{ AuditEntries struct{ PageInfo info } }
				_ = json.Unmarshal(data, &out)
				return out.AuditEntries.PageInfo
			})
		var aliased struct {
			Node struct {
				History struct {
					Items []struct{ Node struct{ ID string } }
				}
			}
		}
		env.MustQuery(`query($id: ID!) { node(id: $id) { ... on User { history(first: 2) { items: edges { node { id } } } } } }`,
			map[string]any{"id": id}, &aliased)
		if items := aliased.Node.History.Items; len(items) != 2 || items[0].Node.ID != all.Edges[0].Node.ID || items[1].Node.ID != all.Edges[1].Node.ID {
			t.Fatalf("aliased edges: %+v", items)
		}
	})
}

// TestAuditEntriesFilters: the root connection filters by subject, user,
// author (user or API key), source, property and time, combines filters,
// orders both ways and pages.
func TestAuditEntriesFilters(t *testing.T) {
	apitest.Each(t, func(t *testing.T, env *apitest.Env) {
		s := newHistoryScene(t, env)
		id, history := s.id, s.all.entries()
		props := func(where map[string]any) []string {
			t.Helper()
			p := auditEntries(t, env, map[string]any{"first": 500, "where": where})
			if p.TotalCount != len(p.Edges) {
				t.Fatalf("where %v: totalCount %d, %d edges", where, p.TotalCount, len(p.Edges))
			}
			var out []string
			for _, e := range p.entries() {
				out = append(out, e.String())
			}
			slices.Sort(out)
			return out
		}
		sorted := func(entries ...string) []string { slices.Sort(entries); return entries }
		check := func(name string, where map[string]any, want []string) {
			t.Helper()
			if got := props(where); !slices.Equal(got, want) {
				t.Errorf("%s:\n got %q\nwant %q", name, got, want)
			}
		}
		var ofUser []string
		for _, e := range history {
			ofUser = append(ofUser, e.String())
		}
		slices.Sort(ofUser)

		check("subjectID", map[string]any{"subjectID": id}, ofUser)
		check("hasUserWith", map[string]any{"hasUserWith": []any{map[string]any{"email": "hist@example.com"}}}, ofUser)
		check("subjectID of a deleted user", map[string]any{"subjectID": string(s.gone.ID)},
			[]string{"deleted: - → -, ADMIN by boss@example.com"})
		check("hasUserWith a deleted user", map[string]any{"hasUserWith": []any{map[string]any{"email": "gone@example.com"}}}, nil)
		check("author user", map[string]any{"hasAuthorUserWith": []any{map[string]any{"email": "boss@example.com"}}}, sorted(
			"city: - → Wien, ADMIN by boss@example.com", "first_name: Ann → Anna, ADMIN by boss@example.com",
			"lock_reason: - → audit, ADMIN by boss@example.com", "locked_at: - → T, ADMIN by boss@example.com",
			"lock_reason: audit → -, ADMIN by boss@example.com", "locked_at: T → -, ADMIN by boss@example.com",
			"first_name: - → Otto, ADMIN by boss@example.com", "deleted: - → -, ADMIN by boss@example.com"))
		check("author API key", map[string]any{"authorLabel": s.keyID}, []string{"last_name: - → Berger, API by key default test key"})
		check("source", map[string]any{"source": "PROFILE"}, []string{"city: Wien → Graz, PROFILE by hist@example.com"})
		check("sources", map[string]any{"sourceIn": []any{"PROFILE", "API"}}, sorted(
			"city: Wien → Graz, PROFILE by hist@example.com", "last_name: - → Berger, API by key default test key"))
		check("property", map[string]any{"property": "city"}, sorted(
			"city: Wien → Graz, PROFILE by hist@example.com", "city: - → Wien, ADMIN by boss@example.com"))
		check("properties of a user", map[string]any{"subjectID": id, "propertyIn": []any{"first_name", "last_name"}, "sourceNEQ": "SYSTEM"}, sorted(
			"first_name: Ann → Anna, ADMIN by boss@example.com", "last_name: - → Berger, API by key default test key"))
		check("values", map[string]any{"newValueContainsFold": "ANNA"}, []string{"first_name: Ann → Anna, ADMIN by boss@example.com"})
		check("or, not", map[string]any{"or": []any{
			map[string]any{"source": "API"},
			map[string]any{"property": "first_name", "not": map[string]any{"subjectID": id}, "sourceNEQ": "SYSTEM"},
		}}, sorted("last_name: - → Berger, API by key default test key", "first_name: - → Otto, ADMIN by boss@example.com"))
		created := func(property string) string {
			for _, e := range history {
				if e.Property == property && e.Source != "SYSTEM" {
					return e.CreatedAt
				}
			}
			t.Fatalf("no %s entry", property)
			return ""
		}
		check("time range", map[string]any{"createdAtGTE": created("last_name"), "createdAtLTE": created("city")}, sorted(
			"city: Wien → Graz, PROFILE by hist@example.com", "last_name: - → Berger, API by key default test key"))
		check("time range, end excluded", map[string]any{"createdAtGT": created("first_name"), "createdAtLT": created("city")},
			[]string{"last_name: - → Berger, API by key default test key"})
		creation := groups(history)[len(groups(history))-1]
		check("before the changes", map[string]any{"subjectID": id, "createdAtLT": created("first_name")}, creation)

		// Order and pages, with a filter.
		where := map[string]any{"subjectID": id}
		for _, dir := range []string{"ASC", "DESC"} {
			var ids []string
			vars := map[string]any{"first": 4, "where": where, "orderBy": map[string]any{"field": "CREATED_AT", "direction": dir}}
			for {
				p := auditEntries(t, env, vars)
				for i, e := range p.entries() {
					if i > 0 && (e.CreatedAt < p.Edges[i-1].Node.CreatedAt) != (dir == "DESC") && e.CreatedAt != p.Edges[i-1].Node.CreatedAt {
						t.Errorf("%s: %s after %s", dir, e.CreatedAt, p.Edges[i-1].Node.CreatedAt)
					}
					ids = append(ids, e.ID)
				}
				if !p.PageInfo.HasNextPage {
					break
				}
				vars["after"] = *p.PageInfo.EndCursor
			}
			want := make([]string, len(history))
			for i, e := range history {
				want[i] = e.ID
			}
			if dir == "ASC" {
				slices.Reverse(want)
			}
			if !slices.Equal(ids, want) {
				t.Errorf("%s pages: %v, want %v", dir, ids, want)
			}
		}
	})
}

// TestEmailAliasHistoryAndWebhooks: adding, confirming and removing an
// additional address, and making one the primary address, are changes of
// the user: one entry per changed list, with source and author, and a
// user.updated webhook carrying the same changes.
func TestEmailAliasHistoryAndWebhooks(t *testing.T) {
	apitest.Each(t, func(t *testing.T, env *apitest.Env) {
		a := admin(t, env)
		r := newReceiver(t)
		endpointFor(t, a, r)
		u := env.NewUser("main@example.com", apitest.Confirmed)
		env.NewUser("taken@example.com")
		me := env.As(env.SessionFor(u))
		anon := env.As("")
		since := env.Client.AuditEntry.Query().Where(auditentry.SubjectID(u.ID)).CountX(env.Ctx)
		add, confirm, remove := aliasActions(env, me, anon)
		work := add("Work@Example.org")
		home := add("home@example.net")
		me.Query(`mutation { addEmailAlias(input: {email: "main@example.com"}) { emailAlias { id } } }`, nil).Fail(t, "CONFLICT", "input.email")
		confirm("work@example.org")
		remove(home)
		me.MustQuery(`mutation($id: ID!) { setPrimaryEmail(input: {aliasID: $id}) { user { email } } }`, map[string]any{"id": work}, nil)
		var aliases struct {
			Node struct{ EmailAliases []struct{ ID, Email string } }
		}
		a.MustQuery(`query($id: ID!) { node(id: $id) { ... on User { emailAliases { id email } } } }`, map[string]any{"id": string(u.ID)}, &aliases)
		if len(aliases.Node.EmailAliases) != 1 || aliases.Node.EmailAliases[0].Email != "main@example.com" {
			t.Fatalf("aliases after setPrimaryEmail: %+v", aliases)
		}
		remove(aliases.Node.EmailAliases[0].ID)

		// Authors are shown as they are now: the user's address is
		// work@example.org by the time the history is read.
		const self = "PROFILE by work@example.org"
		want := [][]string{
			{"unconfirmed_email_aliases: - → work@example.org, " + self},
			{"unconfirmed_email_aliases: work@example.org → home@example.net, work@example.org, " + self},
			// The link is used without signing in: no author.
			{"email_aliases: - → work@example.org, PROFILE by -", "unconfirmed_email_aliases: home@example.net, work@example.org → home@example.net, PROFILE by -"},
			{"unconfirmed_email_aliases: home@example.net → -, " + self},
			{"email: main@example.com → work@example.org, " + self},
			{"email_aliases: work@example.org → main@example.com, " + self},
			{"email_aliases: main@example.com → -, " + self},
		}
		h := userHistory(t, env, string(u.ID), "(first: 100)").entries()
		h = h[:len(h)-since]
		slices.Reverse(h)
		if got := groups(h); !slices.EqualFunc(got, want, slices.Equal) {
			t.Fatalf("alias history:\n got %q\nwant %q", got, want)
		}
		// Both properties contain "email_aliases".
		if got := userHistory(t, env, string(u.ID), `(search: "email_aliases", first: 100)`); got.TotalCount != 7 {
			t.Errorf("search email_aliases: %d entries", got.TotalCount)
		}

		// Every change but the refused one went out as user.updated, in
		// the order made, with the same changes, source and actor.
		rows := env.Client.WebhookDelivery.Query().Where(webhookdelivery.EventType("user.updated")).
			Order(ent.Asc(webhookdelivery.FieldID)).AllX(env.Ctx)
		var got [][]string
		for _, row := range rows {
			var p webhook.Payload
			if err := json.Unmarshal([]byte(row.Payload), &p); err != nil {
				t.Fatal(err)
			}
			if p.Data.UserID != string(u.ID) {
				continue
			}
			by := "-"
			if p.Data.Actor.Type == "user" {
				by = env.Client.User.GetX(env.Ctx, pulidOf(p.Data.Actor.ID)).Email
			}
			var g []string
			for _, c := range p.Data.Changes {
				g = append(g, entryOut{Property: c.Property, OldValue: c.Old, NewValue: c.New}.String())
			}
			for i := range g {
				g[i] = strings.TrimSuffix(g[i], ",  by -") + ", " + p.Data.Source + " by " + by
			}
			slices.Sort(g)
			got = append(got, g)
		}
		if !slices.EqualFunc(got, want, slices.Equal) {
			t.Fatalf("user.updated deliveries:\n got %q\nwant %q", got, want)
		}
		emailChanged := env.Client.WebhookDelivery.Query().Where(webhookdelivery.EventType("user.email_changed")).CountX(env.Ctx)
		if emailChanged != 1 {
			t.Errorf("%d user.email_changed deliveries, want 1 (setPrimaryEmail)", emailChanged)
		}
	})
}

// aliasActions returns the alias mutations of the user signed in as me,
// as the API offers them: add an address (its ID), confirm it with the
// link mailed to it (without signing in, as anon), remove it.
func aliasActions(env, me, anon *apitest.Env) (add func(string) string, confirm func(string), remove func(string)) {
	add = func(email string) string {
		var out struct {
			AddEmailAlias struct{ EmailAlias struct{ ID string } }
		}
		me.MustQuery(`mutation($e: String!) { addEmailAlias(input: {email: $e}) { emailAlias { id } } }`, map[string]any{"e": email}, &out)
		return out.AddEmailAlias.EmailAlias.ID
	}
	confirm = func(email string) {
		anon.MustQuery(`mutation($t: String!) { confirmEmailAlias(input: {token: $t}) { emailAlias { id } } }`,
			map[string]any{"t": env.LastToken(email, "alias_confirmation")}, nil)
	}
	remove = func(id string) {
		me.MustQuery(`mutation($id: ID!) { removeEmailAlias(input: {aliasID: $id}) { removedID } }`, map[string]any{"id": id}, nil)
	}
	return add, confirm, remove
}
