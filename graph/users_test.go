package graph_test

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"entgo.io/ent/dialect"

	"github.com/rosterhq/roster/ent"
	"github.com/rosterhq/roster/ent/onetimetoken"
	"github.com/rosterhq/roster/ent/user"
	"github.com/rosterhq/roster/internal/apitest"
)

// userPage is the shape of a users connection in test queries.
type userPage struct {
	Users struct {
		TotalCount int `json:"totalCount"`
		Edges      []struct {
			Cursor string `json:"cursor"`
			Node   struct {
				ID     string `json:"id"`
				Email  string `json:"email"`
				Status string `json:"status"`
				Locked bool   `json:"locked"`
			} `json:"node"`
		} `json:"edges"`
		PageInfo struct {
			HasNextPage     bool   `json:"hasNextPage"`
			HasPreviousPage bool   `json:"hasPreviousPage"`
			StartCursor     string `json:"startCursor"`
			EndCursor       string `json:"endCursor"`
		} `json:"pageInfo"`
	} `json:"users"`
}

func (p userPage) emails() []string {
	out := []string{}
	for _, e := range p.Users.Edges {
		out = append(out, e.Node.Email)
	}
	return out
}

const usersQuery = `query($first: Int, $after: Cursor, $last: Int, $before: Cursor, $orderBy: UserOrder, $where: UserWhereInput, $search: String) {
  users(first: $first, after: $after, last: $last, before: $before, orderBy: $orderBy, where: $where, search: $search) {
    totalCount
    edges { cursor node { id email status locked } }
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
  }
}`

func queryUsers(t *testing.T, env *apitest.Env, vars map[string]any) userPage {
	t.Helper()
	var p userPage
	env.MustQuery(usersQuery, vars, &p)
	return p
}

// lifecycle creates one user per situation an admin filters for and
// returns them by a short name.
func lifecycle(t *testing.T, env *apitest.Env) map[string]*ent.User {
	t.Helper()
	ctx := env.Ctx
	now := time.Now().UTC()
	days := func(n int) time.Time { return now.Add(-time.Duration(n) * 24 * time.Hour) }
	support, acme := env.Role("admin"), env.NewCustomer("Acme")
	u := map[string]*ent.User{
		"confirmed": env.NewUser("ada@example.com", func(c *ent.UserCreate) {
			c.SetConfirmedAt(days(100)).SetSource(user.SourceWEB).SetFirstName("Ada").SetLastName("Lovelace").
				SetLastActiveAt(days(1)).SetCurrentSignInAt(days(1)).SetLastSignInAt(days(3)).AddCustomers(acme)
		}),
		"dormant": env.NewUser("bob@example.com", func(c *ent.UserCreate) {
			c.SetConfirmedAt(days(400)).SetFirstName("Bob").SetLastName("Builder").
				SetLastActiveAt(days(120)).SetCurrentSignInAt(days(120)).SetLastSignInAt(days(200))
		}),
		"pending": env.NewUser("carol@example.org", func(c *ent.UserCreate) {
			c.SetSource(user.SourceWEB).SetConfirmationSentAt(days(2)).SetFirstName("Carol").SetLastName("Cooper")
		}),
		"invited": env.NewUser("dave@example.org", func(c *ent.UserCreate) {
			c.SetInvitationCreatedAt(days(1)).SetInvitationSentAt(days(1)).SetLastName("Dunn").SetRole(support)
		}),
		"invitationExpired": env.NewUser("erin@example.net", func(c *ent.UserCreate) {
			c.SetInvitationCreatedAt(days(30)).SetInvitationSentAt(days(30)).SetLastName("Evans").AddCustomers(acme)
		}),
		"accountData": env.NewUser("frank@example.net", func(c *ent.UserCreate) {
			c.SetSource(user.SourceAPI).SetLastName("Fischer")
		}),
		"locked": env.NewUser("gina@example.com", func(c *ent.UserCreate) {
			c.SetConfirmedAt(days(50)).SetLockedAt(days(1)).SetLockReason("hacked").SetLastName("Green")
		}),
		"lockExpired": env.NewUser("hank@example.com", func(c *ent.UserCreate) {
			c.SetConfirmedAt(days(50)).SetLockedAt(days(10)).SetLockExpiresAt(days(2)).SetLastName("Hill")
		}),
	}
	for name, expires := range map[string]time.Time{"invited": now.Add(6 * 24 * time.Hour), "invitationExpired": days(23)} {
		_, err := env.Client.OneTimeToken.Create().SetUser(u[name]).SetKind(onetimetoken.KindINVITATION).
			SetTokenHash([]byte("hash-" + name)).SetExpiresAt(expires).Save(ctx)
		if err != nil {
			t.Fatal(err)
		}
	}
	_, err := env.Client.EmailAlias.Create().SetUser(u["dormant"]).SetEmail("builder@work.example").SetConfirmedAt(days(5)).Save(ctx)
	if err != nil {
		t.Fatal(err)
	}
	_, err = env.Client.EmailAlias.Create().SetUser(u["pending"]).SetEmail("unconfirmed-alias@work.example").Save(ctx)
	if err != nil {
		t.Fatal(err)
	}
	return u
}

func emailsOf(us ...*ent.User) []string {
	out := []string{}
	for _, u := range us {
		out = append(out, u.Email)
	}
	slices.Sort(out)
	return out
}

func TestUsersFilters(t *testing.T) {
	apitest.Each(t, func(t *testing.T, env *apitest.Env) {
		u := lifecycle(t, env)
		cutoff := time.Now().UTC().Add(-90 * 24 * time.Hour).Format(time.RFC3339)
		acme, err := env.Client.Customer.Query().Only(env.Ctx)
		if err != nil {
			t.Fatal(err)
		}
		cases := []struct {
			name  string
			where map[string]any
			want  []*ent.User
		}{
			{"status confirmed", map[string]any{"status": "CONFIRMED"}, []*ent.User{u["confirmed"], u["dormant"], u["locked"], u["lockExpired"]}},
			{"status confirmation pending", map[string]any{"status": "CONFIRMATION_PENDING"}, []*ent.User{u["pending"]}},
			{"status invited", map[string]any{"status": "INVITED"}, []*ent.User{u["invited"], u["invitationExpired"]}},
			{"status account data", map[string]any{"status": "ACCOUNT_DATA"}, []*ent.User{u["accountData"]}},
			{"status in", map[string]any{"statusIn": []string{"INVITED", "ACCOUNT_DATA"}}, []*ent.User{u["invited"], u["invitationExpired"], u["accountData"]}},
			{"status in nothing", map[string]any{"statusIn": []string{}}, nil},
			{"confirmation outstanding", map[string]any{"confirmedAtIsNil": true}, []*ent.User{u["pending"], u["invited"], u["invitationExpired"], u["accountData"]}},
			{"source web", map[string]any{"source": "WEB"}, []*ent.User{u["confirmed"], u["pending"]}},
			{"source api", map[string]any{"source": "API"}, []*ent.User{u["accountData"]}},
			{"locked", map[string]any{"locked": true}, []*ent.User{u["locked"]}},
			{"not locked", map[string]any{"locked": false}, []*ent.User{u["confirmed"], u["dormant"], u["pending"], u["invited"], u["invitationExpired"], u["accountData"], u["lockExpired"]}},
			{"role", map[string]any{"hasRoleWith": []map[string]any{{"name": "admin"}}}, []*ent.User{u["invited"]}},
			{"customer", map[string]any{"hasCustomersWith": []map[string]any{{"id": string(acme.ID)}}}, []*ent.User{u["confirmed"], u["invitationExpired"]}},
			{"dormant 90 days", map[string]any{"lastActiveAtLT": cutoff}, []*ent.User{u["dormant"]}},
			{"active in 90 days", map[string]any{"lastActiveAtGTE": cutoff}, []*ent.User{u["confirmed"]}},
			{"never active", map[string]any{"lastActiveAtIsNil": true, "confirmedAtNotNil": true}, []*ent.User{u["locked"], u["lockExpired"]}},
			{"current sign-in before", map[string]any{"currentSignInAtLT": cutoff}, []*ent.User{u["dormant"]}},
			{"last sign-in after", map[string]any{"lastSignInAtGT": cutoff}, []*ent.User{u["confirmed"]}},
			{"invitation expired", map[string]any{"invitationExpired": true}, []*ent.User{u["invitationExpired"]}},
			{"invitation valid", map[string]any{"invitationExpired": false}, []*ent.User{u["invited"]}},
			{"combined with or", map[string]any{"or": []map[string]any{{"status": "ACCOUNT_DATA"}, {"locked": true}}}, []*ent.User{u["accountData"], u["locked"]}},
			{"email contains fold", map[string]any{"emailContainsFold": "EXAMPLE.NET"}, []*ent.User{u["invitationExpired"], u["accountData"]}},
		}
		for _, tc := range cases {
			t.Run(tc.name, func(t *testing.T) {
				p := queryUsers(t, env, map[string]any{"where": tc.where, "first": 100})
				got := p.emails()
				slices.Sort(got)
				if want := emailsOf(tc.want...); !slices.Equal(got, want) {
					t.Fatalf("got %v, want %v", got, want)
				}
				if p.Users.TotalCount != len(tc.want) {
					t.Fatalf("totalCount %d, want %d", p.Users.TotalCount, len(tc.want))
				}
			})
		}
		t.Run("status and locked fields", func(t *testing.T) {
			p := queryUsers(t, env, map[string]any{"first": 100})
			want := map[string]struct {
				status string
				locked bool
			}{
				u["confirmed"].Email: {"CONFIRMED", false}, u["pending"].Email: {"CONFIRMATION_PENDING", false},
				u["invited"].Email: {"INVITED", false}, u["accountData"].Email: {"ACCOUNT_DATA", false},
				u["locked"].Email: {"CONFIRMED", true}, u["lockExpired"].Email: {"CONFIRMED", false},
			}
			for _, e := range p.Users.Edges {
				if w, ok := want[e.Node.Email]; ok && (w.status != e.Node.Status || w.locked != e.Node.Locked) {
					t.Errorf("%s: status %s locked %v, want %s %v", e.Node.Email, e.Node.Status, e.Node.Locked, w.status, w.locked)
				}
			}
		})
	})
}

func TestUsersSearch(t *testing.T) {
	apitest.Each(t, func(t *testing.T, env *apitest.Env) {
		u := lifecycle(t, env)
		cases := []struct {
			search string
			want   []*ent.User
		}{
			{"ADA@EXAMPLE", []*ent.User{u["confirmed"]}},
			{"example.org", []*ent.User{u["pending"], u["invited"]}},
			{"lovelace", []*ent.User{u["confirmed"]}},
			{"ada lovelace", []*ent.User{u["confirmed"]}},
			{"ada cooper", nil},
			{"bob", []*ent.User{u["dormant"]}},
			{"builder@work", []*ent.User{u["dormant"]}}, // confirmed alias
			{"bob builder", []*ent.User{u["dormant"]}},  // one word in the email, one in an alias
			{"work.example", []*ent.User{u["dormant"]}}, // the pending alias on work.example is not searched
			{"unconfirmed-alias", nil},                  // unconfirmed aliases are not searched
			{"100%", nil},                               // LIKE wildcards are literal
			{"%", nil},
			{`\`, nil}, // and so is LIKE's escape character
			{"_", nil},
			{string(u["accountData"].ID), []*ent.User{u["accountData"]}},
			{"   ", []*ent.User{u["confirmed"], u["dormant"], u["pending"], u["invited"], u["invitationExpired"], u["accountData"], u["locked"], u["lockExpired"]}},
		}
		for _, tc := range cases {
			t.Run(tc.search, func(t *testing.T) {
				p := queryUsers(t, env, map[string]any{"search": tc.search, "first": 100})
				got := p.emails()
				slices.Sort(got)
				if want := emailsOf(tc.want...); !slices.Equal(got, want) {
					t.Fatalf("search %q: got %v, want %v", tc.search, got, want)
				}
				if p.Users.TotalCount != len(tc.want) {
					t.Fatalf("totalCount %d, want %d", p.Users.TotalCount, len(tc.want))
				}
			})
		}
	})
}

func TestUsersOrdering(t *testing.T) {
	apitest.Each(t, func(t *testing.T, env *apitest.Env) {
		base := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
		// Values are arranged so that each ordering gives a different sequence;
		// "none" has no activity at all.
		rows := []struct {
			email, last string
			created     int
			active      *int
			current     *int
			lastSign    *int
		}{
			{"c@example.com", "Alpha", 3, ptr(1), ptr(2), ptr(3)},
			{"a@example.com", "Charlie", 1, ptr(3), ptr(1), ptr(2)},
			{"b@example.com", "Bravo", 2, ptr(2), ptr(3), ptr(1)},
			{"d@example.com", "Delta", 4, nil, nil, nil},
		}
		for _, r := range rows {
			env.NewUser(r.email, func(c *ent.UserCreate) {
				c.SetLastName(r.last).SetCreatedAt(base.Add(time.Duration(r.created) * time.Hour))
				if r.active != nil {
					c.SetLastActiveAt(base.Add(time.Duration(*r.active) * time.Hour)).
						SetCurrentSignInAt(base.Add(time.Duration(*r.current) * time.Hour)).
						SetLastSignInAt(base.Add(time.Duration(*r.lastSign) * time.Hour))
				}
			})
		}
		cases := []struct {
			field string
			asc   []string // ascending order of the users with a value
		}{
			{"EMAIL", []string{"a", "b", "c", "d"}},
			{"LAST_NAME", []string{"c", "b", "a", "d"}},
			{"CREATED_AT", []string{"a", "b", "c", "d"}},
			{"LAST_ACTIVE_AT", []string{"c", "b", "a"}},
			{"CURRENT_SIGN_IN_AT", []string{"a", "c", "b"}},
			{"LAST_SIGN_IN_AT", []string{"b", "a", "c"}},
		}
		for _, tc := range cases {
			for _, dir := range []string{"ASC", "DESC"} {
				t.Run(tc.field+" "+dir, func(t *testing.T) {
					p := queryUsers(t, env, map[string]any{"first": 10, "orderBy": map[string]any{"field": tc.field, "direction": dir}})
					var got []string
					for _, e := range p.emails() {
						got = append(got, strings.TrimSuffix(e, "@example.com"))
					}
					if len(got) != 4 {
						t.Fatalf("got %d users, want 4 (users without a value are listed too)", len(got))
					}
					// Users without a value (nil) sort as a block; compare the others.
					var withValue []string
					for _, g := range got {
						if slices.Contains(tc.asc, g) {
							withValue = append(withValue, g)
						}
					}
					want := slices.Clone(tc.asc)
					if dir == "DESC" {
						slices.Reverse(want)
					}
					if !slices.Equal(withValue, want) {
						t.Fatalf("order %v, want %v", withValue, want)
					}
				})
			}
		}
	})
}

func ptr[T any](v T) *T { return &v }

func TestUsersPagination(t *testing.T) {
	apitest.Each(t, func(t *testing.T, env *apitest.Env) {
		var all []string
		for i := range 7 {
			e := fmt.Sprintf("user%02d@example.com", i)
			env.NewUser(e, func(c *ent.UserCreate) { c.SetLastName([]string{"Same", "Other"}[i%2]) })
			all = append(all, e)
		}
		for _, order := range []map[string]any{
			{"field": "EMAIL", "direction": "ASC"},
			{"field": "LAST_NAME", "direction": "DESC"}, // ties broken by ID
		} {
			t.Run(fmt.Sprint(order["field"]), func(t *testing.T) {
				// Forward, three at a time.
				var forward []string
				var after any
				for pages := 0; ; pages++ {
					p := queryUsers(t, env, map[string]any{"first": 3, "after": after, "orderBy": order})
					if p.Users.TotalCount != 7 {
						t.Fatalf("totalCount %d, want 7", p.Users.TotalCount)
					}
					forward = append(forward, p.emails()...)
					if after != nil && !p.Users.PageInfo.HasPreviousPage {
						t.Fatalf("page %d: hasPreviousPage is false after a cursor", pages)
					}
					if !p.Users.PageInfo.HasNextPage {
						break
					}
					after = p.Users.PageInfo.EndCursor
					if pages > 5 {
						t.Fatal("pagination does not end")
					}
				}
				if len(forward) != 7 || len(uniq(forward)) != 7 {
					t.Fatalf("forward pages gave %v", forward)
				}
				if order["field"] == "EMAIL" && !slices.Equal(forward, all) {
					t.Fatalf("forward order %v, want %v", forward, all)
				}
				// Backward, three at a time, must give the same sequence.
				var backward []string
				var before any
				for pages := 0; ; pages++ {
					p := queryUsers(t, env, map[string]any{"last": 3, "before": before, "orderBy": order})
					backward = append(p.emails(), backward...)
					if !p.Users.PageInfo.HasPreviousPage {
						break
					}
					before = p.Users.PageInfo.StartCursor
					if pages > 5 {
						t.Fatal("backward pagination does not end")
					}
				}
				if !slices.Equal(backward, forward) {
					t.Fatalf("backward %v, forward %v", backward, forward)
				}
			})
		}
		t.Run("default page size", func(t *testing.T) {
			p := queryUsers(t, env, map[string]any{})
			if len(p.Users.Edges) != 7 || p.Users.PageInfo.HasNextPage {
				t.Fatalf("got %d users", len(p.Users.Edges))
			}
		})
		t.Run("first 0 counts only", func(t *testing.T) {
			p := queryUsers(t, env, map[string]any{"first": 0})
			if len(p.Users.Edges) != 0 || p.Users.TotalCount != 7 {
				t.Fatalf("got %d edges, total %d", len(p.Users.Edges), p.Users.TotalCount)
			}
		})
	})
}

func uniq(s []string) []string {
	c := slices.Clone(s)
	slices.Sort(c)
	return slices.Compact(c)
}

func TestInvalidArguments(t *testing.T) {
	apitest.Each(t, func(t *testing.T, env *apitest.Env) {
		u := env.NewUser("x@example.com")
		cases := []struct {
			name, query string
			vars        map[string]any
			code, field string
		}{
			{"bad cursor literal", `{ users(first: 2, after: "garbage") { totalCount } }`, nil, "BAD_USER_INPUT", "after"},
			{"bad cursor variable", usersQuery, map[string]any{"after": "bm9wZQ"}, "BAD_USER_INPUT", "after"},
			{"negative first", usersQuery, map[string]any{"first": -1}, "BAD_USER_INPUT", "first"},
			{"negative last", usersQuery, map[string]any{"last": -5}, "BAD_USER_INPUT", "last"},
			{"first too large", usersQuery, map[string]any{"first": 501}, "BAD_USER_INPUT", "first"},
			{"first and last", usersQuery, map[string]any{"first": 1, "last": 1}, "BAD_USER_INPUT", "last"},
			{"bad status", usersQuery, map[string]any{"where": map[string]any{"status": "SLEEPING"}}, "GRAPHQL_VALIDATION_FAILED", ""},
			{"unknown id", `query($id: ID!) { node(id: $id) { id } }`, map[string]any{"id": "usr_01KAQ0000000000000000000AA"}, "NOT_FOUND", ""},
			{"malformed id", `{ node(id: "not-an-id") { id } }`, nil, "NOT_FOUND", ""},
			{"unknown prefix", `{ node(id: "zzz_01KAQ0000000000000000000AA") { id } }`, nil, "NOT_FOUND", ""},
			{"token id is not a node", `{ node(id: "otk_01KAQ0000000000000000000AA") { id } }`, nil, "NOT_FOUND", ""},
			{"nodes with one unknown", `query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, map[string]any{"ids": []string{string(u.ID), "usr_01KAQ0000000000000000000AA"}}, "NOT_FOUND", ""},
		}
		for _, tc := range cases {
			t.Run(tc.name, func(t *testing.T) {
				r := env.Query(tc.query, tc.vars)
				r.Fail(t, tc.code, tc.field)
				for _, e := range r.Errors {
					if strings.Contains(strings.ToLower(e.Message), "sql") {
						t.Fatalf("error leaks SQL: %s", e.Message)
					}
				}
			})
		}
	})
}

// TestNodesMissingKeepsTheRest: an ID that names nothing visible becomes
// null in its place, with NOT_FOUND at its index — with one ID as with
// several — and the rest of the response stays.
func TestNodesMissingKeepsTheRest(t *testing.T) {
	apitest.Each(t, func(t *testing.T, env *apitest.Env) {
		u := env.NewUser("here@example.com")
		for _, ids := range [][]string{{"usr_01KAQ0000000000000000000AA"}, {string(u.ID), "usr_01KAQ0000000000000000000AA"}} {
			r := env.Query(`query($ids: [ID!]!) { viewer { kind } nodes(ids: $ids) { id } }`, map[string]any{"ids": ids})
			var out struct {
				Viewer struct{ Kind string }
				Nodes  []*struct{ ID string }
			}
			if err := json.Unmarshal(r.Data, &out); err != nil || out.Viewer.Kind == "" || len(out.Nodes) != len(ids) || out.Nodes[len(ids)-1] != nil {
				t.Fatalf("ids %v: %s", ids, r)
			}
			if len(r.Errors) != 1 || r.Errors[0].Code() != "NOT_FOUND" || fmt.Sprint(r.Errors[0].Path) != fmt.Sprintf("[nodes %d]", len(ids)-1) {
				t.Fatalf("ids %v: errors %+v", ids, r.Errors)
			}
		}
	})
}

func TestNodeRefetchEveryType(t *testing.T) {
	apitest.Each(t, func(t *testing.T, env *apitest.Env) {
		ctx := env.Ctx
		c := env.Client
		u := env.NewUser("node@example.com")
		must := func(_ any, err error) {
			t.Helper()
			if err != nil {
				t.Fatal(err)
			}
		}
		ids := map[string]string{"User": string(u.ID), "Role": string(env.Role("user").ID)}
		cust := env.NewCustomer("Node Customer")
		ids["Customer"] = string(cust.ID)
		alias, err := c.EmailAlias.Create().SetUser(u).SetEmail("alias@example.com").Save(ctx)
		must(alias, err)
		ids["EmailAlias"] = string(alias.ID)
		audit, err := c.AuditEntry.Create().SetUser(u).SetSubjectID(u.ID).SetProperty("last_name").SetSource("ADMIN").Save(ctx)
		must(audit, err)
		ids["AuditEntry"] = string(audit.ID)
		sess, err := c.Session.Create().SetUser(u).SetTokenHash([]byte("h")).SetMethod("PASSWORD").SetExpiresAt(time.Now().Add(time.Hour)).Save(ctx)
		must(sess, err)
		ids["Session"] = string(sess.ID)
		oidc, err := c.OIDCIdentity.Create().SetUser(u).SetIssuer("https://issuer.example").SetSubject("s1").Save(ctx)
		must(oidc, err)
		ids["OIDCIdentity"] = string(oidc.ID)
		key, err := c.APIKey.Create().SetName("crm").SetPrefix("rk_abc").SetSecretHash([]byte("k")).Save(ctx)
		must(key, err)
		ids["APIKey"] = string(key.ID)
		news, err := c.NewsletterSubscription.Create().SetEmail("node@example.com").SetUser(u).Save(ctx)
		must(news, err)
		ids["NewsletterSubscription"] = string(news.ID)
		ep, err := c.WebhookEndpoint.Create().SetURL("https://hooks.example/x").SetSecret("whsec_x").Save(ctx)
		must(ep, err)
		ids["WebhookEndpoint"] = string(ep.ID)
		del, err := c.WebhookDelivery.Create().SetEndpoint(ep).SetEventID("evt_1").SetEventType("user.created").SetPayload("{}").Save(ctx)
		must(del, err)
		ids["WebhookDelivery"] = string(del.ID)
		att, err := c.WebhookAttempt.Create().SetDelivery(del).SetDurationMs(12).SetStatusCode(200).Save(ctx)
		must(att, err)
		ids["WebhookAttempt"] = string(att.ID)
		mail, err := c.OutgoingMail.Create().SetTemplate("invitation").SetTo("node@example.com").SetSubject("Hi").SetTextBody("t").SetHTMLBody("h").Save(ctx)
		must(mail, err)
		ids["OutgoingMail"] = string(mail.ID)
		set, err := c.Settings.Query().Only(ctx)
		must(set, err)
		ids["Settings"] = string(set.ID)
		def, err := c.AttributeDefinition.Create().SetKey("membership_number").SetLabel("Membership number").SetType("STRING").Save(ctx)
		must(def, err)
		ids["AttributeDefinition"] = string(def.ID)

		var all []string
		for typ, id := range ids {
			var out struct {
				Node struct {
					Typename string `json:"__typename"`
					ID       string `json:"id"`
				} `json:"node"`
			}
			env.MustQuery(`query($id: ID!) { node(id: $id) { __typename id } }`, map[string]any{"id": id}, &out)
			if out.Node.Typename != typ || out.Node.ID != id {
				t.Errorf("node(%s) = %s %s, want %s", id, out.Node.Typename, out.Node.ID, typ)
			}
			all = append(all, id)
		}
		var out struct {
			Nodes []struct {
				ID string `json:"id"`
			} `json:"nodes"`
		}
		env.MustQuery(`query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, map[string]any{"ids": all}, &out)
		for i, n := range out.Nodes {
			if n.ID != all[i] {
				t.Fatalf("nodes[%d] = %s, want %s (order must follow the request)", i, n.ID, all[i])
			}
		}
	})
}

func TestProfileSectionsReadable(t *testing.T) {
	apitest.Each(t, func(t *testing.T, env *apitest.Env) {
		birthday := time.Date(1990, 4, 23, 0, 0, 0, 0, time.UTC)
		u := env.NewUser("profile@example.com", func(c *ent.UserCreate) {
			c.SetSalutation(user.SalutationMRS).SetFirstName("Ada").SetLastName("Lovelace").SetPhone("+4930123456").
				SetBirthday(birthday).SetCompany("Analytical Engines").SetStreet("Hauptstraße 1").SetAddressAddition("Hinterhaus").
				SetCity("Berlin").SetZip("10115").SetCountry("DE").SetCustomAttributes(map[string]any{"membership_number": "M-1"}).
				SetBlockedFields([]string{"last_name"}).SetSignInCount(3).SetCurrentSignInIP("192.0.2.1").
				SetAcceptInvitationReturnURL("https://app.example/welcome")
		})
		var out struct {
			Node map[string]any `json:"node"`
		}
		env.MustQuery(`query($id: ID!) { node(id: $id) { ... on User {
			id email unconfirmedEmail source status locked createdAt updatedAt confirmedAt role { name permissions }
			salutation firstName lastName phone birthday company street addressAddition city zip country
			customAttributes blockedFields
			lastConfirmedByAdminAt acceptInvitationReturnURL confirmationSentAt invitationCreatedAt invitationSentAt
			resetPasswordSentAt signInCount currentSignInAt lastSignInAt currentSignInIP lastSignInIP lastActiveAt
			lockedAt lockReason lockExpiresAt lockedBy { id }
			emailAliases { email } customers { name } newsletterSubscription { email } oidcIdentities { issuer }
			history(first: 5) { totalCount } blockedProfileFields
		} } }`, map[string]any{"id": string(u.ID)}, &out)
		n := out.Node
		for field, want := range map[string]any{
			"salutation": "MRS", "phone": "+4930123456", "birthday": "1990-04-23", "country": "DE",
			"status": "ACCOUNT_DATA", "source": "ADMIN", "signInCount": float64(3), "currentSignInIP": "192.0.2.1",
			"acceptInvitationReturnURL": "https://app.example/welcome", "addressAddition": "Hinterhaus",
		} {
			if n[field] != want {
				t.Errorf("%s = %v, want %v", field, n[field], want)
			}
		}
		if attrs, _ := json.Marshal(n["customAttributes"]); string(attrs) != `{"membership_number":"M-1"}` {
			t.Errorf("customAttributes = %s", attrs)
		}
		if created, _ := n["createdAt"].(string); !strings.HasSuffix(created, "Z") {
			t.Errorf("createdAt %q is not UTC", created)
		}
		if role, _ := n["role"].(map[string]any); role["name"] != "user" {
			t.Errorf("role = %v", n["role"])
		}
	})
}

// TestUsersListStatementCount asserts that a page of users with their
// role, customers and aliases costs the same number of SQL statements
// whatever its size: no N+1.
func TestUsersListStatementCount(t *testing.T) {
	apitest.Each(t, func(t *testing.T, env *apitest.Env) {
		ctx := env.Ctx
		customers := []*ent.Customer{env.NewCustomer("One"), env.NewCustomer("Two")}
		for i := range 60 {
			u := env.NewUser(fmt.Sprintf("n%02d@example.com", i), func(c *ent.UserCreate) { c.AddCustomers(customers[i%2]) })
			if _, err := env.Client.EmailAlias.Create().SetUser(u).SetEmail(fmt.Sprintf("n%02d.alias@example.com", i)).Save(ctx); err != nil {
				t.Fatal(err)
			}
		}
		const q = `query($first: Int!) { users(first: $first) { totalCount edges { node {
			id email role { name } customers { name } emailAliases { email } } } } }`
		count := func(n int) int64 {
			before := env.Statements()
			var out userPage
			env.MustQuery(q, map[string]any{"first": n}, &out)
			if len(out.Users.Edges) != n {
				t.Fatalf("got %d users, want %d", len(out.Users.Edges), n)
			}
			return env.Statements() - before
		}
		count(1) // warm up: the first request of a key also records its use
		small, large := count(5), count(50)
		if small != large {
			t.Fatalf("users(first: 5) ran %d statements, users(first: 50) ran %d: a list must cost a fixed number", small, large)
		}
		// Authentication: the API key with its customers (1); the page with
		// its count, role, customers and aliases (1); on SQLite the three
		// edges apart (3).
		if want := map[string]int64{dialect.Postgres: 2, dialect.SQLite: 5}[env.Dialect]; small > want {
			t.Fatalf("users with role, customers and aliases ran %d statements, want at most %d", small, want)
		}
		t.Logf("%d SQL statements per page", small)
	})
}

// TestPaginationThroughEmptyValues pages two at a time through orderings
// on columns that can be empty: every user appears exactly once, users
// without a value come last in both directions, and backward pages give
// the same sequence.
func TestPaginationThroughEmptyValues(t *testing.T) {
	apitest.Each(t, func(t *testing.T, env *apitest.Env) {
		base := time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC)
		values := []*int{ptr(3), nil, ptr(1), ptr(3), nil, ptr(2), nil, ptr(1), nil}
		for i, v := range values {
			env.NewUser(fmt.Sprintf("e%d@example.com", i), func(c *ent.UserCreate) {
				if v != nil {
					c.SetLastActiveAt(base.Add(time.Duration(*v) * time.Hour)).SetLastName(fmt.Sprintf("Name%d", *v))
				}
			})
		}
		for _, field := range []string{"LAST_ACTIVE_AT", "LAST_NAME"} {
			for _, dir := range []string{"ASC", "DESC"} {
				t.Run(field+" "+dir, func(t *testing.T) {
					order := map[string]any{"field": field, "direction": dir}
					var forward []string
					var after any
					for range 10 {
						p := queryUsers(t, env, map[string]any{"first": 2, "after": after, "orderBy": order})
						forward = append(forward, p.emails()...)
						if !p.Users.PageInfo.HasNextPage {
							break
						}
						after = p.Users.PageInfo.EndCursor
					}
					if len(forward) != len(values) || len(uniq(forward)) != len(values) {
						t.Fatalf("forward pages gave %v", forward)
					}
					// Values in order, then the empty ones.
					var seen []int
					for _, e := range forward {
						var i int
						fmt.Sscanf(e, "e%d@", &i)
						if values[i] == nil {
							seen = append(seen, -1)
						} else {
							seen = append(seen, *values[i])
						}
					}
					want := []int{1, 1, 2, 3, 3, -1, -1, -1, -1}
					if dir == "DESC" {
						want = []int{3, 3, 2, 1, 1, -1, -1, -1, -1}
					}
					if !slices.Equal(seen, want) {
						t.Fatalf("order of values %v, want %v", seen, want)
					}
					var backward []string
					var before any
					for range 10 {
						p := queryUsers(t, env, map[string]any{"last": 2, "before": before, "orderBy": order})
						backward = append(p.emails(), backward...)
						if !p.Users.PageInfo.HasPreviousPage {
							break
						}
						before = p.Users.PageInfo.StartCursor
					}
					if !slices.Equal(backward, forward) {
						t.Fatalf("backward %v, forward %v", backward, forward)
					}
				})
			}
		}
	})
}

// TestPageInfoWithoutEdges: a client that asks only for pageInfo (to
// count pages, or to fetch cursors first) gets the real one, on every
// connection.
func TestPageInfoWithoutEdges(t *testing.T) {
	apitest.Each(t, func(t *testing.T, env *apitest.Env) {
		for i := range 3 {
			env.NewUser(fmt.Sprintf("page%d@example.com", i))
			env.NewCustomer(fmt.Sprintf("Page %d", i))
		}
		for _, conn := range []string{"users", "customers", "roles", "auditEntries"} {
			var first map[string]struct {
				PageInfo struct {
					HasNextPage bool
					EndCursor   *string
				}
			}
			env.MustQuery(`{ `+conn+`(first: 1) { pageInfo { hasNextPage endCursor } } }`, nil, &first)
			pi := first[conn].PageInfo
			if !pi.HasNextPage || pi.EndCursor == nil {
				t.Fatalf("%s first page: %+v", conn, pi)
			}
			var last map[string]struct {
				PageInfo struct{ HasNextPage bool }
			}
			env.MustQuery(`query($c: Cursor) { `+conn+`(first: 500, after: $c) { pageInfo { hasNextPage } } }`, map[string]any{"c": *pi.EndCursor}, &last)
			if last[conn].PageInfo.HasNextPage {
				t.Fatalf("%s: the last page says there is a next one", conn)
			}
		}
	})
}

// TestSearchPagesAcrossParts: a search is read from two disjoint parts
// (users without a confirmed alias, users with one, matched by their
// names, their email or an alias); paging through it forwards and backwards, in every
// ordering, gives each match once, in the ordering's order, with the
// total of both parts on every page.
func TestSearchPagesAcrossParts(t *testing.T) {
	apitest.Each(t, func(t *testing.T, env *apitest.Env) {
		base := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
		match := map[string]bool{}
		for i := range 24 {
			email := fmt.Sprintf("user%02d@example.com", i)
			u := env.NewUser(email, func(c *ent.UserCreate) {
				c.SetCreatedAt(base.Add(time.Duration((i*7)%24) * time.Hour))
				switch i % 4 {
				case 0: // by last name
					c.SetLastName(fmt.Sprintf("Quartzmann %02d", 23-i))
				case 1: // by first name, no last name
					c.SetFirstName("quartz")
				case 2: // by a confirmed alias only (below); a last name that does not match
					c.SetLastName(fmt.Sprintf("Other %02d", i))
				}
				if i%3 == 0 {
					c.SetLastActiveAt(base.Add(time.Duration(i) * time.Minute))
				}
			})
			if i%4 != 3 {
				match[email] = true
			}
			if i%4 == 2 || i%8 == 0 { // matches by an alias only, and some users matched both ways
				env.Client.EmailAlias.Create().SetUser(u).SetEmail(fmt.Sprintf("quartz.%02d@alias.example", i)).
					SetConfirmedAt(base).ExecX(env.Ctx)
			}
			if i%4 == 3 { // an unconfirmed alias does not match
				env.Client.EmailAlias.Create().SetUser(u).SetEmail(fmt.Sprintf("quartz.pending.%02d@alias.example", i)).ExecX(env.Ctx)
			}
		}
		for _, order := range []string{"", "EMAIL", "LAST_NAME", "CREATED_AT", "LAST_ACTIVE_AT"} {
			for _, dir := range []string{"ASC", "DESC"} {
				if order == "" && dir == "DESC" {
					continue
				}
				vars := func(kv ...any) map[string]any {
					v := map[string]any{"search": "QUARTZ"}
					if order != "" {
						v["orderBy"] = map[string]any{"field": order, "direction": dir}
					}
					for i := 0; i < len(kv); i += 2 {
						v[kv[i].(string)] = kv[i+1]
					}
					return v
				}
				// The order without search, restricted to the matches.
				all := map[string]any{"first": 100}
				if order != "" {
					all["orderBy"] = map[string]any{"field": order, "direction": dir}
				}
				var want []string
				for _, e := range queryUsers(t, env, all).emails() {
					if match[e] {
						want = append(want, e)
					}
				}
				var forward []string
				var after any
				for range 20 {
					p := queryUsers(t, env, vars("first", 5, "after", after))
					if p.Users.TotalCount != len(want) {
						t.Fatalf("%s %s: totalCount %d, want %d", order, dir, p.Users.TotalCount, len(want))
					}
					forward = append(forward, p.emails()...)
					if !p.Users.PageInfo.HasNextPage {
						break
					}
					after = p.Users.PageInfo.EndCursor
				}
				if !slices.Equal(forward, want) {
					t.Fatalf("%s %s forward:\n got %v\nwant %v", order, dir, forward, want)
				}
				var backward []string
				var before any
				for range 20 {
					p := queryUsers(t, env, vars("last", 5, "before", before))
					backward = append(p.emails(), backward...)
					if !p.Users.PageInfo.HasPreviousPage {
						break
					}
					before = p.Users.PageInfo.StartCursor
				}
				if !slices.Equal(backward, want) {
					t.Fatalf("%s %s backward:\n got %v\nwant %v", order, dir, backward, want)
				}
			}
		}
	})
}

// TestSearchFollowsAliases: search finds a user by an address from the
// moment the alias is confirmed until it is removed, through the flows
// that change aliases (add, confirm, make primary, remove), and the alias
// text search reads is exactly the user's confirmed aliases, sorted, after
// each step. An alias change that is rolled back leaves it as it was, and
// aliases cannot be moved through the user's side of the edge.
func TestSearchFollowsAliases(t *testing.T) {
	apitest.Each(t, func(t *testing.T, env *apitest.Env) {
		u := env.NewUser("main@example.com", apitest.Confirmed)
		me, anon := env.As(env.SessionFor(u)), env.As("")
		add, confirm, remove := aliasActions(env, me, anon)
		check := func(step, text string, found, missed []string) {
			t.Helper()
			got := env.Client.User.GetX(env.Ctx, u.ID).AliasText
			if (text == "") != (got == nil) || (got != nil && *got != text) {
				t.Fatalf("%s: alias text %v, want %q", step, deref(got), text)
			}
			for _, words := range found {
				if p := queryUsers(t, env, map[string]any{"search": words, "first": 10}); p.Users.TotalCount != 1 || p.emails()[0] != env.Client.User.GetX(env.Ctx, u.ID).Email {
					t.Errorf("%s: search %q found %v", step, words, p.emails())
				}
			}
			for _, words := range missed {
				if p := queryUsers(t, env, map[string]any{"search": words, "first": 10}); p.Users.TotalCount != 0 {
					t.Errorf("%s: search %q found %v", step, words, p.emails())
				}
			}
		}
		zeta := add("Zeta.Work@Example.org")
		alpha := add("alpha.home@example.net")
		check("pending", "", []string{"main"}, []string{"zeta", "alpha"})
		confirm("zeta.work@example.org")
		check("one confirmed", "zeta.work@example.org", []string{"zeta", "ZETA.work", "main zeta"}, []string{"alpha", "main alpha"})
		confirm("alpha.home@example.net")
		check("two confirmed", "alpha.home@example.net zeta.work@example.org", []string{"alpha zeta", "main alpha", "home"}, []string{"gamma", "alpha gamma"})
		me.MustQuery(`mutation($id: ID!) { setPrimaryEmail(input: {aliasID: $id}) { user { email } } }`, map[string]any{"id": zeta}, nil)
		check("made primary", "alpha.home@example.net main@example.com", []string{"zeta", "main@", "alpha"}, nil)
		remove(alpha)
		check("one removed", "main@example.com", []string{"main", "zeta"}, []string{"alpha"})

		// A confirmed alias added in a transaction that is rolled back.
		tx, err := env.Client.Tx(env.Ctx)
		if err != nil {
			t.Fatal(err)
		}
		if err := tx.EmailAlias.Create().SetUserID(u.ID).SetEmail("rolled.back@example.com").SetConfirmedAt(time.Now()).Exec(env.Ctx); err != nil {
			t.Fatal(err)
		}
		if got := tx.User.GetX(env.Ctx, u.ID).AliasText; got == nil || *got != "main@example.com rolled.back@example.com" {
			t.Fatalf("in the transaction: alias text %v", deref(got))
		}
		if err := tx.Rollback(); err != nil {
			t.Fatal(err)
		}
		check("rolled back", "main@example.com", nil, []string{"rolled"})

		var aliases struct {
			Viewer struct {
				User struct{ EmailAliases []struct{ ID string } }
			}
		}
		me.MustQuery(`{ viewer { user { emailAliases { id } } } }`, nil, &aliases)
		for _, a := range aliases.Viewer.User.EmailAliases {
			remove(a.ID)
		}
		check("all removed", "", []string{"zeta"}, []string{"main"})

		// Aliases cannot be moved through the user's side of the edge,
		// which would bypass the hook that keeps the alias text.
		other := env.NewUser("other@example.com")
		moved := env.Client.EmailAlias.Create().SetUser(other).SetEmail("moved@example.com").SetConfirmedAt(time.Now()).SaveX(env.Ctx)
		if err := env.Client.User.UpdateOneID(u.ID).AddEmailAliasIDs(moved.ID).Exec(env.Ctx); err == nil {
			t.Error("an alias was moved through the user's edge")
		}
		if err := env.Client.User.UpdateOneID(other.ID).ClearEmailAliases().Exec(env.Ctx); err == nil {
			t.Error("a user's aliases were cleared through the user's edge")
		}
		check("edge refused", "", nil, nil)
		if got := env.Client.User.GetX(env.Ctx, other.ID).AliasText; got == nil || *got != "moved@example.com" {
			t.Errorf("the other user's alias text %q", deref(got))
		}
	})
}

// TestAliasTextConcurrentChanges: on PostgreSQL two transactions change
// one user's aliases at once, one confirming an alias while the other
// removes another; the alias text holds both changes after both commit.
// (At READ COMMITTED the second refresh computed its text before the
// first commit and wrote it after: the confirmed alias was lost.)
func TestAliasTextConcurrentChanges(t *testing.T) {
	env := postgresEnv(t)
	ctx := env.Ctx
	u := env.NewUser("race@example.com")
	pending := env.Client.EmailAlias.Create().SetUser(u).SetEmail("a@race.example").SaveX(ctx)
	confirmed := env.Client.EmailAlias.Create().SetUser(u).SetEmail("b@race.example").SetConfirmedAt(time.Now()).SaveX(ctx)
	first, err := env.Client.Tx(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer first.Rollback()
	if err := first.EmailAlias.UpdateOne(pending).SetConfirmedAt(time.Now()).Exec(ctx); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() {
		second, err := env.Client.Tx(ctx)
		if err != nil {
			done <- err
			return
		}
		if err := second.EmailAlias.DeleteOne(confirmed).Exec(ctx); err != nil {
			_ = second.Rollback()
			done <- err
			return
		}
		done <- second.Commit()
	}()
	// The second transaction waits for the first one's row lock.
	for waiting := 0; waiting == 0; {
		rows, err := env.Client.QueryContext(ctx, `SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`)
		if err != nil {
			t.Fatal(err)
		}
		if rows.Next() {
			_ = rows.Scan(&waiting)
		}
		rows.Close()
		select {
		case err := <-done:
			t.Fatalf("the second transaction ended before the first: %v", err)
		case <-time.After(10 * time.Millisecond):
		}
	}
	if err := first.Commit(); err != nil {
		t.Fatal(err)
	}
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	if got := env.Client.User.GetX(ctx, u.ID).AliasText; got == nil || *got != "a@race.example" {
		t.Fatalf("alias text %q after both changes, want %q", deref(got), "a@race.example")
	}
}
