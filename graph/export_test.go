package graph_test

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/rosterhq/roster/ent"
	"github.com/rosterhq/roster/ent/auditentry"
	"github.com/rosterhq/roster/ent/emailalias"
	"github.com/rosterhq/roster/ent/newslettersubscription"
	"github.com/rosterhq/roster/ent/oidcidentity"
	"github.com/rosterhq/roster/ent/onetimetoken"
	"github.com/rosterhq/roster/ent/outgoingmail"
	"github.com/rosterhq/roster/ent/session"
	"github.com/rosterhq/roster/ent/user"
	"github.com/rosterhq/roster/ent/webhookdelivery"
	"github.com/rosterhq/roster/internal/access"
	"github.com/rosterhq/roster/internal/apitest"
	"github.com/rosterhq/roster/internal/audit"
	"github.com/rosterhq/roster/internal/permission"
	"github.com/rosterhq/roster/internal/users"
	"github.com/rosterhq/roster/internal/webhook"
)

const (
	exportUser = `mutation($id: ID!) { exportUser(input: {id: $id}) { document } }`
	exportMe   = `mutation { exportMe { document } }`
)

// exportDocument is the document of an export, decoded, and its raw
// text as the API sent it.
type exportDocument struct {
	raw string
	doc map[string]any
}

func runExport(t *testing.T, as *apitest.Env, query string, vars map[string]any) exportDocument {
	t.Helper()
	r := as.Query(query, vars)
	if len(r.Errors) > 0 {
		t.Fatalf("export: %s", r)
	}
	var out map[string]struct {
		Document map[string]any
	}
	if err := json.Unmarshal(r.Data, &out); err != nil {
		t.Fatal(err)
	}
	for _, v := range out {
		return exportDocument{raw: string(r.Data), doc: v.Document}
	}
	t.Fatalf("no export in %s", r.Data)
	return exportDocument{}
}

// list returns the records of one part of the document.
func (d exportDocument) list(t *testing.T, part string) []map[string]any {
	t.Helper()
	raw, ok := d.doc[part].([]any)
	if !ok {
		t.Fatalf("part %s is %T, want a list", part, d.doc[part])
	}
	out := make([]map[string]any, len(raw))
	for i, r := range raw {
		out[i] = r.(map[string]any)
	}
	return out
}

// exportEntries returns the history entries that record exports of u.
func exportEntries(env *apitest.Env, u *ent.User) []*ent.AuditEntry {
	return env.Client.AuditEntry.Query().Where(auditentry.SubjectID(u.ID), auditentry.Property(audit.PropertyDataExported)).
		Order(ent.Asc(auditentry.FieldCreatedAt)).AllX(env.Ctx)
}

// secretColumns are the columns no export may contain: ent marks them
// Sensitive.
var secretColumns = []string{"password_hash", "token_hash", "secret_hash", "secret", "previous_secret", "text_body", "html_body"}

// TestExportUser: an admin's export holds every column of every part —
// account, aliases, identities, sessions, tokens, newsletter, history,
// mails, webhook deliveries — with the person's values, and none of the
// secrets (hashes, the session token, the link token in the pending
// mail, the webhook secret); the export is recorded in the history with
// source and author, and the next export shows that record.
func TestExportUser(t *testing.T) {
	apitest.Each(t, func(t *testing.T, env *apitest.Env) {
		ctx := env.Ctx
		cust := env.NewCustomer("Export Corp")
		secret := webhook.NewSecret()
		ep := env.Client.WebhookEndpoint.Create().SetURL("https://hooks.example.com/export").SetSecret(secret).SaveX(ctx)
		birthday := time.Date(1990, 4, 23, 0, 0, 0, 0, time.UTC)
		u := env.NewUser("subject@example.com", apitest.WithCustomers(cust), func(c *ent.UserCreate) {
			c.SetFirstName("Sofia").SetLastName("Subject").SetPhone("+4930123456").SetBirthday(birthday).SetCity("Jena").
				SetStreet("Hauptstr. 1").SetZip("07743").SetCountry("DE").SetCompany("Export Corp").SetSalutation(user.SalutationMRS).
				SetCustomAttributes(map[string]any{"employee_no": "E-1234"}).SetPasswordHash("$argon2id$v=19$m=65536,t=1,p=1$c2FsdHNhbHQ$aGFzaGhhc2g").
				SetCurrentSignInIP("198.51.100.7").SetAcceptInvitationReturnURL("https://app.example.com/welcome")
		})
		env.Client.EmailAlias.Create().SetUser(u).SetEmail("sofia.work@example.com").SetConfirmedAt(time.Now().UTC()).ExecX(ctx)
		env.Client.OIDCIdentity.Create().SetUser(u).SetIssuer("https://idp.example.com").SetSubject("oidc-subject-42").
			SetEmail("sofia@idp.example.com").ExecX(ctx)
		env.Client.NewsletterSubscription.Create().SetEmail("sofia.work@example.com").ExecX(ctx) // no user: found by address
		sessionToken := env.SessionFor(u)
		other := env.NewUser("bystander@example.com")
		env.Client.NewsletterSubscription.Create().SetEmail(other.Email).SetUser(other).ExecX(ctx)

		admin := env.NewUser("exporter@example.com", apitest.Confirmed, apitest.WithRole(env.Role("admin")))
		as := env.As(env.SessionFor(admin))
		as.MustQuery(`mutation($id: ID!) { resendInvitation(input: {id: $id}) { user { id } } }`, map[string]any{"id": u.ID}, nil)
		linkToken := env.LastToken(u.Email, "invitation")
		as.MustQuery(`mutation($id: ID!) { updateUser(input: {id: $id, profile: {city: "Weimar"}}) { user { city } } }`, map[string]any{"id": u.ID}, nil)
		env.Client.NewsletterSubscription.Create().SetEmail(u.Email).SetUser(u).ExecX(ctx)
		env.Client.OutgoingMail.Create().SetTemplate("invitation").SetTo("bystander@example.com").SetSubject("not theirs").
			SetTextBody("t").SetHTMLBody("h").ExecX(ctx)

		d := runExport(t, as, exportUser, map[string]any{"id": u.ID})

		if d.doc["format"] != users.ExportFormat || d.doc["exported_at"] == nil {
			t.Errorf("format %v, exported_at %v", d.doc["format"], d.doc["exported_at"])
		}
		account, _ := d.doc["user"].(map[string]any)
		for k, want := range map[string]any{"id": string(u.ID), "email": "subject@example.com", "first_name": "Sofia", "phone": "+4930123456",
			"birthday": "1990-04-23", "city": "Weimar", "salutation": "MRS", "source": "ADMIN", "role": "user", "has_password": true,
			"current_sign_in_ip": "198.51.100.7", "accept_invitation_return_url": "https://app.example.com/welcome"} {
			if account[k] != want {
				t.Errorf("user.%s = %v, want %v", k, account[k], want)
			}
		}
		if attrs, _ := account["custom_attributes"].(map[string]any); attrs["employee_no"] != "E-1234" {
			t.Errorf("custom attributes = %v", account["custom_attributes"])
		}
		if cs, _ := account["customers"].([]any); len(cs) != 1 || cs[0].(map[string]any)["name"] != "Export Corp" {
			t.Errorf("customers = %v", account["customers"])
		}

		// Every column is there but the secrets, in every part.
		parts := map[string][]string{
			"email_aliases": emailalias.Columns, "oidc_identities": oidcidentity.Columns, "sessions": session.Columns,
			"one_time_tokens": onetimetoken.Columns, "newsletter_subscriptions": newslettersubscription.Columns,
			"history": auditentry.Columns, "outgoing_mails": outgoingmail.Columns, "webhook_deliveries": webhookdelivery.Columns,
		}
		complete := func(where string, rec map[string]any, columns []string) {
			for _, c := range columns {
				_, ok := rec[c]
				if secret := slices.Contains(secretColumns, c); ok == secret {
					t.Errorf("%s: column %s present = %v", where, c, ok)
				}
			}
		}
		complete("user", account, user.Columns)
		for part, columns := range parts {
			recs := d.list(t, part)
			if len(recs) == 0 {
				t.Errorf("part %s is empty", part)
			}
			for i, rec := range recs {
				complete(fmt.Sprintf("%s[%d]", part, i), rec, columns)
			}
		}
		values := func(part, column string) []string {
			var out []string
			for _, rec := range d.list(t, part) {
				out = append(out, fmt.Sprint(rec[column]))
			}
			return out
		}
		for _, c := range []struct{ part, column, want string }{
			{"email_aliases", "email", "sofia.work@example.com"},
			{"oidc_identities", "subject", "oidc-subject-42"},
			{"sessions", "user_agent", "apitest"},
			{"one_time_tokens", "kind", "INVITATION"},
			{"newsletter_subscriptions", "email", "sofia.work@example.com"},
			{"newsletter_subscriptions", "email", "subject@example.com"},
			{"history", "property", "city"},
			{"history", "property", "created"},
			{"outgoing_mails", "template", "invitation"},
			{"webhook_deliveries", "endpoint_url", ep.URL},
		} {
			if got := values(c.part, c.column); !slices.Contains(got, c.want) {
				t.Errorf("%s.%s = %v, want %s among them", c.part, c.column, got, c.want)
			}
		}
		for _, rec := range d.list(t, "webhook_deliveries") {
			payload, _ := rec["payload"].(map[string]any)
			if data, _ := payload["data"].(map[string]any); data["user_id"] != string(u.ID) {
				t.Errorf("a delivery about someone else, or an unreadable payload: %v", rec["payload"])
			}
		}
		for _, e := range d.list(t, "history") {
			if e["new_value"] == "Weimar" && e["author_label"] != string(admin.ID) {
				t.Errorf("admin export: the author of the admin's change = %v", e["author_label"])
			}
		}
		if got := values("outgoing_mails", "to"); slices.Contains(got, "bystander@example.com") {
			t.Errorf("another person's mail in the export: %v", got)
		}
		if got := values("newsletter_subscriptions", "email"); slices.Contains(got, "bystander@example.com") {
			t.Errorf("another person's subscription in the export: %v", got)
		}

		// No secret, by name or by value.
		hash := env.Client.User.Query().Where(user.ID(u.ID)).OnlyX(ctx).PasswordHash
		for _, s := range append(slices.Clone(secretColumns), *hash, sessionToken, linkToken, secret, "token=") {
			if strings.Contains(d.raw, s) {
				t.Errorf("the export contains %q", s)
			}
		}

		entries := exportEntries(env, u)
		if len(entries) != 1 || entries[0].Source != auditentry.SourceADMIN || entries[0].AuthorLabel == nil ||
			*entries[0].AuthorLabel != string(admin.ID) || entries[0].NewValue != nil || entries[0].OldValue != nil {
			t.Fatalf("export history entries = %+v", entries)
		}
		again := runExport(t, as, exportUser, map[string]any{"id": u.ID})
		if got := fmt.Sprint(again.list(t, "history")[len(again.list(t, "history"))-1]["property"]); got != audit.PropertyDataExported {
			t.Errorf("the second export's newest history entry is %s, want the first export", got)
		}
		// An API key with users:export exports too; the entry says API.
		key := env.As(env.APIKey("dsr", []permission.Permission{permission.UsersRead, permission.UsersExport}, nil))
		runExport(t, key, exportUser, map[string]any{"id": u.ID})
		if e := exportEntries(env, u); len(e) != 3 || e[2].Source != auditentry.SourceAPI {
			t.Fatalf("API key export entries = %+v", e)
		}
	})
}

// TestExportMe: a signed-in user exports their own data; the history
// keeps the author only of their own changes; the export is recorded
// with source PROFILE. Anonymous callers and API keys are refused.
func TestExportMe(t *testing.T) {
	apitest.Each(t, func(t *testing.T, env *apitest.Env) {
		u := env.NewUser("me@example.com", apitest.Confirmed)
		admin := env.NewUser("boss@example.com", apitest.Confirmed, apitest.WithRole(env.Role("admin")))
		env.As(env.SessionFor(admin)).MustQuery(`mutation($id: ID!) { updateUser(input: {id: $id, profile: {lastName: "Byadmin"}}) { user { id } } }`,
			map[string]any{"id": u.ID}, nil)
		me := env.As(env.SessionFor(u))
		me.MustQuery(`mutation { updateMe(input: {city: "Erfurt"}) { user { city } } }`, nil, nil)

		d := runExport(t, me, exportMe, nil)
		if account, _ := d.doc["user"].(map[string]any); account["id"] != string(u.ID) || account["city"] != "Erfurt" {
			t.Fatalf("exportMe exported %v", d.doc["user"])
		}
		authors := map[string]any{}
		for _, e := range d.list(t, "history") {
			authors[fmt.Sprint(e["property"])] = e["author_label"]
		}
		if authors["city"] != string(u.ID) || authors["last_name"] != nil {
			t.Errorf("authors in the own export: city %v (want the person), last_name %v (want none)", authors["city"], authors["last_name"])
		}
		if strings.Contains(d.raw, string(admin.ID)) {
			t.Errorf("the own export names the admin who changed the account")
		}
		if e := exportEntries(env, u); len(e) != 1 || e[0].Source != auditentry.SourcePROFILE {
			t.Fatalf("exportMe history entries = %+v", e)
		}

		env.As("").Query(exportMe, nil).Fail(t, "UNAUTHENTICATED", "")
		r := env.As(env.APIKey("all", permission.All(), nil)).Query(exportMe, nil)
		r.Fail(t, "FORBIDDEN", "")
		if len(exportEntries(env, u)) != 1 {
			t.Fatal("a refused export was recorded")
		}
	})
}

// TestExportUserRefusals: anonymous callers, users without users:export
// (a plain user, a manager with every other user permission, an API key
// without it), a restricted exporter on a user of another customer (not
// visible), on a user it sees but may not manage (a customer outside its
// restriction as well, a stronger role, the built-in admin) are refused;
// none of them gets data or writes history. The restricted exporter
// exports users wholly within its customers, without the history of
// other customers; beyond 20 exports in 15 minutes it is RATE_LIMITED.
func TestExportUserRefusals(t *testing.T) {
	apitest.Each(t, func(t *testing.T, env *apitest.Env) {
		custA, custB := env.NewCustomer("Export A"), env.NewCustomer("Export B")
		exporter := env.NewRole("exporter", permission.UsersRead, permission.UsersWrite, permission.UsersExport)
		manager := env.NewRole("manager-no-export", permission.UsersRead, permission.UsersWrite, permission.UsersInvite,
			permission.UsersLock, permission.UsersDelete, permission.UsersEmail, permission.AuditRead)
		inA := env.NewUser("in-a@example.com", apitest.WithCustomers(custA))
		inB := env.NewUser("in-b@example.com", apitest.WithCustomers(custB))
		inAB := env.NewUser("in-ab@example.com", apitest.WithCustomers(custA, custB))
		stronger := env.NewUser("stronger@example.com", apitest.WithCustomers(custA),
			apitest.WithRole(env.NewRole("stronger", permission.UsersRead, permission.UsersExport, permission.UsersDelete)))
		admin := env.NewUser("admin-target@example.com", apitest.Confirmed, apitest.WithRole(env.Role("admin")), apitest.WithCustomers(custA))

		restricted := env.As(env.SessionFor(env.NewUser("exporter-a@example.com", apitest.Confirmed, apitest.WithRole(exporter), apitest.WithCustomers(custA))))
		plain := env.As(env.SessionFor(env.NewUser("plain@example.com", apitest.Confirmed, apitest.WithCustomers(custA))))
		noExport := env.As(env.SessionFor(env.NewUser("manager@example.com", apitest.Confirmed, apitest.WithRole(manager))))
		keyWithout := env.As(env.APIKey("no-export", []permission.Permission{permission.UsersRead, permission.UsersWrite, permission.AuditRead}, nil))
		restrictedKey := env.As(env.APIKey("export-a", []permission.Permission{permission.UsersRead, permission.UsersExport}, []*ent.Customer{custA}))

		cases := []struct {
			name, code, reason string
			as                 *apitest.Env
			target             *ent.User
		}{
			{"anonymous", "UNAUTHENTICATED", "", env.As(""), inA},
			{"plain user", "FORBIDDEN", "", plain, inA},
			{"manager without users:export", "FORBIDDEN", "", noExport, inA},
			{"API key without users:export", "FORBIDDEN", "", keyWithout, inA},
			{"restricted exporter, other customer's user", "NOT_FOUND", "", restricted, inB},
			{"restricted API key, other customer's user", "NOT_FOUND", "", restrictedKey, inB},
			{"restricted exporter, user also in another customer", "FORBIDDEN", access.ReasonOutranks, restricted, inAB},
			{"restricted API key, user also in another customer", "FORBIDDEN", access.ReasonOutranks, restrictedKey, inAB},
			{"restricted exporter, stronger role", "FORBIDDEN", access.ReasonOutranks, restricted, stronger},
			{"restricted exporter, the built-in admin", "FORBIDDEN", access.ReasonOutranks, restricted, admin},
		}
		for _, c := range cases {
			t.Run(c.name, func(t *testing.T) {
				r := c.as.Query(exportUser, map[string]any{"id": c.target.ID})
				r.Fail(t, c.code, "")
				if c.reason != "" {
					if reason, _ := r.Errors[0].Extensions["reason"].(string); reason != c.reason {
						t.Errorf("reason = %q, want %s", reason, c.reason)
					}
				}
				if strings.Contains(string(r.Data), c.target.Email) {
					t.Errorf("refused, yet the answer holds the address: %s", r.Data)
				}
				if n := len(exportEntries(env, c.target)); n != 0 {
					t.Errorf("%d export entries for a refused export", n)
				}
			})
		}

		// Allowed within its customers; the history of a customer outside
		// them stays out, as User.history hides it.
		env.As(env.SessionFor(env.NewUser("root@example.com", apitest.Confirmed, apitest.WithRole(env.Role("admin"))))).MustQuery(
			`mutation($id: ID!, $b: ID!) { setUserRestrictions(input: {id: $id, addCustomerIDs: [$b]}) { user { id } } }`,
			map[string]any{"id": inA.ID, "b": custB.ID}, nil)
		env.Client.User.UpdateOne(inA).RemoveCustomers(custB).ExecX(env.Ctx)
		customerEntries := func(d exportDocument) []string {
			var out []string
			for _, e := range d.list(t, "history") {
				if e["property"] == "customers" {
					out = append(out, fmt.Sprint(e["old_value"], "→", e["new_value"]))
				}
			}
			slices.Sort(out)
			return out
		}
		full := runExport(t, env, exportUser, map[string]any{"id": inA.ID})
		if got := customerEntries(full); len(got) != 3 {
			t.Fatalf("unrestricted export: customer entries %v, want Export A added, Export B added and removed", got)
		}
		scoped := runExport(t, restricted, exportUser, map[string]any{"id": inA.ID})
		if got := customerEntries(scoped); len(got) != 1 || got[0] != "<nil>→Export A" {
			t.Fatalf("restricted export: customer entries %v, want Export A only", got)
		}
		if strings.Contains(scoped.raw, "Export B") {
			t.Fatal("the restricted export names the other customer")
		}
		e := exportEntries(env, inA)
		if len(e) != 2 || e[1].Source != auditentry.SourceADMIN {
			t.Fatalf("export entries = %+v", e)
		}

		// 20 exports in 15 minutes per caller, refused ones included: the
		// restricted exporter ran four refused and one export above.
		const usedSoFar = 5
		before := len(exportEntries(env, inA))
		for i := usedSoFar; i < users.MaxExportsInWindow; i++ {
			runExport(t, restricted, exportUser, map[string]any{"id": inA.ID})
		}
		r := restricted.Query(exportUser, map[string]any{"id": inA.ID})
		r.Fail(t, "RATE_LIMITED", "")
		if reason, _ := r.Errors[0].Extensions["reason"].(string); reason != users.ReasonTooManyExports {
			t.Fatalf("reason = %q", reason)
		}
		if n := len(exportEntries(env, inA)) - before; n != users.MaxExportsInWindow-usedSoFar {
			t.Fatalf("%d export entries, want %d: the refused one is not recorded", n, users.MaxExportsInWindow-usedSoFar)
		}
		// Other callers are not held back by it.
		runExport(t, env, exportUser, map[string]any{"id": inA.ID})
	})
}
