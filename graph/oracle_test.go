package graph_test

import (
	"context"
	"encoding/json"
	"fmt"
	"reflect"
	"regexp"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/vektah/gqlparser/v2/ast"

	"github.com/rosterhq/roster/ent"
	"github.com/rosterhq/roster/graph"
	"github.com/rosterhq/roster/internal/access"
	"github.com/rosterhq/roster/internal/apitest"
	"github.com/rosterhq/roster/internal/permission"
	"github.com/rosterhq/roster/internal/pulid"
	"github.com/rosterhq/roster/internal/viewer"
)

// edgeFilter is one has…With field of a where-input: from the input type
// to the where-input of the neighbour.
type edgeFilter struct{ from, field, to string }

func (e edgeFilter) String() string { return e.from + "." + e.field }

var hasWith = regexp.MustCompile(`^has[A-Z]\w*With$`)

// schemaEdgeFilters reads every has…With field of every where-input from
// the schema clients see, so that a new edge is covered the day it is
// added.
func schemaEdgeFilters(s *ast.Schema) []edgeFilter {
	var out []edgeFilter
	for name, def := range s.Types {
		if def.Kind != ast.InputObject || !strings.HasSuffix(name, "WhereInput") {
			continue
		}
		for _, f := range def.Fields {
			if hasWith.MatchString(f.Name) && f.Type.Elem != nil {
				out = append(out, edgeFilter{from: name, field: f.Name, to: f.Type.Elem.NamedType})
			}
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].String() < out[j].String() })
	return out
}

// edgeFiltersWithoutOracle are edges along which no row the caller may
// see can have a neighbour it may not see, so no fixture can exercise
// them; each says why. Any other edge must be exercised by the fixture.
var edgeFiltersWithoutOracle = map[string]string{
	"UserWhereInput.hasRoleWith":                   "every signed-in caller sees every role",
	"EmailAliasWhereInput.hasUserWith":             "an alias is reached only through its own user, or visible only with it",
	"OIDCIdentityWhereInput.hasUserWith":           "an identity is reached only through its own user, or visible only with it",
	"NewsletterSubscriptionWhereInput.hasUserWith": "a subscription is reached only through its own user, or visible only with it",
}

// oracleWorld is the fixture: rows every attacker may see, linked to rows
// it may not.
type oracleWorld struct {
	env       *apitest.Env
	attackers map[string]string // name -> bearer credential
	viewers   map[string]*viewer.Viewer
}

func newOracleWorld(t *testing.T, env *apitest.Env) *oracleWorld {
	w := &oracleWorld{env: env, attackers: map[string]string{}, viewers: map[string]*viewer.Viewer{}}
	a, b := env.NewCustomer("Oracle A"), env.NewCustomer("Oracle B")
	admin := env.NewUser("oracle-admin@example.com", apitest.Confirmed, apitest.WithRole(env.Role("admin")))
	inA := env.NewUser("visible@example.com", apitest.Confirmed, apitest.WithCustomers(a))
	inB := env.NewUser("secret-b@example.com", apitest.Confirmed, apitest.WithCustomers(b))
	env.NewUser("both@example.com", apitest.Confirmed, apitest.WithCustomers(a, b))
	env.NewUser("locker@example.com", apitest.Confirmed, apitest.WithCustomers(a), func(c *ent.UserCreate) { c.AddLockedUsers(inB) })
	for _, u := range []*ent.User{inA, inB} {
		env.Client.EmailAlias.Create().SetUser(u).SetEmail("alias-" + u.Email).SetConfirmedAt(time.Now()).ExecX(env.Ctx)
		env.Client.OIDCIdentity.Create().SetUser(u).SetIssuer("https://idp.example.com").SetSubject("sub-" + string(u.ID)).ExecX(env.Ctx)
		env.Client.NewsletterSubscription.Create().SetUser(u).SetEmail(u.Email).SetSubscribedAt(time.Now()).ExecX(env.Ctx)
		env.Client.OutgoingMail.Create().SetUser(u).SetTemplate("invitation").SetTo(u.Email).SetSubject("Hello").
			SetTextBody("t").SetHTMLBody("h").ExecX(env.Ctx)
	}
	// History about a visible user, written by the admin, whom the
	// restricted manager cannot see; and about the invisible user.
	for _, subject := range []*ent.User{inA, inB} {
		env.Client.AuditEntry.Create().SetSubjectID(subject.ID).SetUser(subject).SetProperty("last_name").
			SetNewValue("Changed").SetSource("ADMIN").SetAuthorUser(admin).SetAuthorLabel(string(admin.ID)).ExecX(env.Ctx)
	}
	add := func(name string, r *ent.Role, cs ...*ent.Customer) {
		u := env.NewUser(name+"@example.com", apitest.Confirmed, apitest.WithRole(r), apitest.WithCustomers(cs...))
		w.attackers[name] = env.SessionFor(u)
		v, err := env.Auth.ViewerForUser(env.Ctx, u.ID, "")
		if err != nil {
			t.Fatal(err)
		}
		w.viewers[name] = v
	}
	add("restricted-manager", env.NewRole("oracle-manager", permission.UsersRead, permission.UsersWrite, permission.AuditRead), a)
	add("auditor", env.NewRole("oracle-auditor", permission.AuditRead))
	add("mail-admin", env.NewRole("oracle-mail", permission.SettingsManage))
	return w
}

// ids returns the IDs of the rows of the entity behind a where-input, as
// the viewer of ctx sees them.
func (w *oracleWorld) ids(ctx context.Context, whereInput string) []pulid.ID {
	c := w.env.Client
	switch strings.TrimSuffix(whereInput, "WhereInput") {
	case "User":
		return c.User.Query().IDsX(ctx)
	case "Customer":
		return c.Customer.Query().IDsX(ctx)
	case "Role":
		return c.Role.Query().IDsX(ctx)
	case "EmailAlias":
		return c.EmailAlias.Query().IDsX(ctx)
	case "OIDCIdentity":
		return c.OIDCIdentity.Query().IDsX(ctx)
	case "NewsletterSubscription":
		return c.NewsletterSubscription.Query().IDsX(ctx)
	case "AuditEntry":
		return c.AuditEntry.Query().IDsX(ctx)
	case "OutgoingMail":
		return c.OutgoingMail.Query().IDsX(ctx)
	}
	w.env.T.Fatalf("oracle test: no ID query for %s; add one", whereInput)
	return nil
}

func without(all, visible []pulid.ID) []string {
	seen := map[pulid.ID]bool{}
	for _, id := range visible {
		seen[id] = true
	}
	var out []string
	for _, id := range all {
		if !seen[id] {
			out = append(out, string(id))
		}
	}
	return out
}

// rootConnections maps where-input types to the root fields that take
// them as their where argument.
func rootConnections(s *ast.Schema) map[string][]string {
	out := map[string][]string{}
	for _, f := range s.Query.Fields {
		if a := f.Arguments.ForName("where"); a != nil {
			out[a.Type.NamedType] = append(out[a.Type.NamedType], f.Name)
		}
	}
	return out
}

func (w *oracleWorld) count(t *testing.T, as *apitest.Env, root, whereType string, where map[string]any) (int, bool) {
	t.Helper()
	q := fmt.Sprintf(`query($w: %s) { %s(first: 1, where: $w) { totalCount } }`, whereType, root)
	r := as.Query(q, map[string]any{"w": where})
	if len(r.Errors) > 0 {
		if code := r.Errors[0].Code(); code == "FORBIDDEN" || code == "UNAUTHENTICATED" {
			return 0, false // the caller may not use this root at all
		}
		t.Fatalf("%s(where: %v): %s", root, where, r)
	}
	var out map[string]struct{ TotalCount int }
	if err := json.Unmarshal(r.Data, &out); err != nil {
		t.Fatal(err)
	}
	return out[root].TotalCount, true
}

// TestEdgeFiltersRevealNothing: for every has…With filter of every
// where-input (read from the schema), reached from every root connection
// directly or through one more edge, a filter naming only rows the caller
// cannot see matches nothing — while the same filter, run by a caller who
// sees everything, matches rows, so the fixture really links the two. An
// edge the fixture cannot exercise must be listed, with its reason, in
// edgeFiltersWithoutOracle.
func TestEdgeFiltersRevealNothing(t *testing.T) {
	s := graph.NewExecutableSchema(graph.Config{}).Schema()
	edges := schemaEdgeFilters(s)
	byFrom := map[string][]edgeFilter{}
	for _, e := range edges {
		byFrom[e.from] = append(byFrom[e.from], e)
		if typ, ok := whereInputs[e.to]; !ok || !access.GuardsNeighbour(reflect.TypeOf(typ).Elem()) {
			t.Errorf("%s reaches %s, whose visibility access.GuardWhere does not know", e, e.to)
		}
	}
	roots := rootConnections(s)
	apitest.Each(t, func(t *testing.T, env *apitest.Env) {
		w := newOracleWorld(t, env)
		exercised := map[string]bool{}
		for rootType, fields := range roots {
			for _, root := range fields {
				// Paths of one and of two edges from the root's where-input.
				var paths [][]edgeFilter
				for _, e1 := range byFrom[rootType] {
					paths = append(paths, []edgeFilter{e1})
					for _, e2 := range byFrom[e1.to] {
						paths = append(paths, []edgeFilter{e1, e2})
					}
				}
				for _, path := range paths {
					last := path[len(path)-1]
					for name, token := range w.attackers {
						vctx := viewer.NewContext(context.Background(), w.viewers[name])
						hidden := without(w.ids(env.Ctx, last.to), w.ids(vctx, last.to))
						if len(hidden) == 0 {
							continue
						}
						where := map[string]any{"idIn": hidden}
						for i := len(path) - 1; i >= 0; i-- {
							where = map[string]any{path[i].field: []any{where}}
						}
						got, allowed := w.count(t, env.As(token), root, rootType, where)
						if !allowed {
							continue
						}
						if got != 0 {
							t.Errorf("%s as %s: %s(where: %v) counts %d rows through neighbours it cannot see", env.Dialect, name, root, where, got)
						}
						// The fixture exercises the edge when rows this caller
						// sees really are linked to rows it does not see: a
						// caller who sees everything finds them.
						visibleRoots := make([]string, 0)
						for _, id := range w.ids(vctx, rootType) {
							visibleRoots = append(visibleRoots, string(id))
						}
						linked := map[string]any{"idIn": visibleRoots, path[0].field: where[path[0].field]}
						if n, _ := w.count(t, env, root, rootType, linked); n > 0 {
							exercised[last.String()] = true
						}
					}
				}
			}
		}
		for _, e := range edges {
			_, listed := edgeFiltersWithoutOracle[e.String()]
			switch {
			case !listed && !exercised[e.String()]:
				t.Errorf("no fixture row links a visible row to an invisible one along %s: extend newOracleWorld, or list the edge with its reason in edgeFiltersWithoutOracle", e)
			case listed && exercised[e.String()]:
				t.Errorf("%s is exercised by the fixture: remove it from edgeFiltersWithoutOracle", e)
			}
		}
		// hasX: true counts only visible neighbours: the locker (visible) locked
		// only an invisible user.
		n, _ := w.count(t, env.As(w.attackers["restricted-manager"]), "users", "UserWhereInput", map[string]any{"hasLockedUsers": true})
		if n != 0 {
			t.Errorf("users(where: {hasLockedUsers: true}) counts %d users who locked someone invisible", n)
		}
		n, _ = w.count(t, env.As(w.attackers["restricted-manager"]), "users", "UserWhereInput",
			map[string]any{"hasLockedUsers": false, "emailHasPrefix": "locker@"})
		if n != 1 {
			t.Errorf("users(where: {hasLockedUsers: false}) leaves out a user who locked only invisible users: %d", n)
		}
	})
}

// whereInputs maps where-input names to their Go types, for the guard
// registry check.
var whereInputs = map[string]any{
	"UserWhereInput":                   &ent.UserWhereInput{},
	"CustomerWhereInput":               &ent.CustomerWhereInput{},
	"RoleWhereInput":                   &ent.RoleWhereInput{},
	"EmailAliasWhereInput":             &ent.EmailAliasWhereInput{},
	"OIDCIdentityWhereInput":           &ent.OIDCIdentityWhereInput{},
	"NewsletterSubscriptionWhereInput": &ent.NewsletterSubscriptionWhereInput{},
	"AuditEntryWhereInput":             &ent.AuditEntryWhereInput{},
	"OutgoingMailWhereInput":           &ent.OutgoingMailWhereInput{},
}
