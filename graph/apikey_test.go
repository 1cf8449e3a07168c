package graph_test

import (
	"encoding/json"
	"net/http"
	"strings"
	"testing"

	"github.com/rosterhq/roster/ent/auditentry"
	"github.com/rosterhq/roster/internal/apitest"
	"github.com/rosterhq/roster/internal/permission"
)

func TestAPIKeys(t *testing.T) {
	apitest.Each(t, func(t *testing.T, env *apitest.Env) {
		a := admin(t, env)
		acme := env.NewCustomer("Acme")
		inAcme := env.NewUser("in-acme@example.com", apitest.WithCustomers(acme))
		env.NewUser("elsewhere@example.com")
		const create = `mutation($in: CreateAPIKeyInput!) { createAPIKey(input: $in) { key apiKey { id prefix permissions customers { name } } } }`
		var out struct {
			CreateAPIKey struct {
				Key    string
				APIKey struct{ ID, Prefix string }
			}
		}
		a.MustQuery(create, map[string]any{"in": map[string]any{"name": "CRM sync", "permissions": []string{"USERS_READ", "USERS_WRITE"}, "customerIDs": []any{acme.ID}}}, &out)
		key := out.CreateAPIKey.Key
		if !strings.HasPrefix(key, out.CreateAPIKey.APIKey.Prefix+"_") {
			t.Fatalf("key %q does not start with its prefix %q", key, out.CreateAPIKey.APIKey.Prefix)
		}
		// The key is stored only as a hash.
		k := env.Client.APIKey.GetX(env.Ctx, pulidOf(out.CreateAPIKey.APIKey.ID))
		if strings.Contains(string(k.SecretHash), key) || len(k.SecretHash) != 32 {
			t.Fatal("the key is stored in clear")
		}
		// Scoped by its customers and permissions.
		api := env.As(key)
		var list struct{ Users struct{ TotalCount int } }
		api.MustQuery(`{ users(first: 10) { totalCount } }`, nil, &list)
		if list.Users.TotalCount != 1 {
			t.Fatalf("the key sees %d users, want the 1 of its customer", list.Users.TotalCount)
		}
		api.Query(`{ auditEntries(first: 1) { totalCount } }`, nil).Fail(t, "FORBIDDEN", "")
		api.Query(`mutation($id: ID!) { lockUser(input: {id: $id, reason: "x"}) { user { id } } }`, map[string]any{"id": inAcme.ID}).Fail(t, "FORBIDDEN", "")
		// Changes made with the key: source API, the key as author.
		api.MustQuery(`mutation($id: ID!) { updateUser(input: {id: $id, profile: {city: "Jena"}}) { user { city } } }`, map[string]any{"id": inAcme.ID}, nil)
		e := env.Client.AuditEntry.Query().Where(auditentry.SubjectID(inAcme.ID), auditentry.Property("city")).WithAuthorAPIKey().OnlyX(env.Ctx)
		if e.Source != auditentry.SourceAPI || e.Edges.AuthorAPIKey == nil || e.Edges.AuthorAPIKey.ID != k.ID {
			t.Fatalf("history of a key's change: %+v", e)
		}
		if env.Client.APIKey.GetX(env.Ctx, k.ID).LastUsedAt == nil {
			t.Fatal("last use not recorded")
		}
		// Revocation is immediate.
		a.MustQuery(`mutation($id: ID!) { revokeAPIKey(input: {id: $id}) { apiKey { revokedAt } } }`, map[string]any{"id": k.ID}, nil)
		if r := api.Query(`{ viewer { kind } }`, nil); r.Status != http.StatusUnauthorized {
			t.Fatalf("revoked key: %s", r)
		}
		// No key stronger than its creator.
		keyMaker := env.NewUser("keys@example.com", apitest.Confirmed, apitest.WithRole(env.NewRole("key-maker", permission.APIKeysManage, permission.UsersRead)))
		maker := env.As(env.SessionFor(keyMaker))
		maker.Query(create, map[string]any{"in": map[string]any{"name": "too strong", "permissions": []string{"USERS_DELETE"}}}).Fail(t, "FORBIDDEN", "")
		maker.MustQuery(create, map[string]any{"in": map[string]any{"name": "ok", "permissions": []string{"USERS_READ"}}}, nil)
		a.Query(create, map[string]any{"in": map[string]any{"name": "", "permissions": []string{"USERS_READ"}}}).Fail(t, "BAD_USER_INPUT", "input.name")
		a.Query(create, map[string]any{"in": map[string]any{"name": "x", "permissions": []string{"USERS_READ"}, "expiresAt": "2001-01-01T00:00:00Z"}}).Fail(t, "BAD_USER_INPUT", "input.expiresAt")
	})
}

// TestHistoryDeniedKeepsTheRest: a caller without audit:read who asks for
// a user's history gets null there with FORBIDDEN — and everything else,
// such as the user a mutation just created.
func TestHistoryDeniedKeepsTheRest(t *testing.T) {
	apitest.Each(t, func(t *testing.T, env *apitest.Env) {
		key := env.APIKey("crm", []permission.Permission{permission.UsersRead, permission.UsersWrite}, nil)
		r := env.As(key).Query(`mutation { createUser(input: {email: "made@example.com"}) { user { email history { totalCount } } } }`, nil)
		var out struct {
			CreateUser struct {
				User struct {
					Email   string
					History *struct{ TotalCount int }
				}
			}
		}
		if err := json.Unmarshal(r.Data, &out); err != nil || out.CreateUser.User.Email != "made@example.com" || out.CreateUser.User.History != nil {
			t.Fatalf("response: %s", r)
		}
		if len(r.Errors) != 1 || r.Errors[0].Code() != "FORBIDDEN" {
			t.Fatalf("errors: %+v", r.Errors)
		}
	})
}
