package graph_test

import (
	"crypto/sha256"
	"fmt"
	"slices"
	"sort"
	"testing"
	"time"

	"github.com/rosterhq/roster/ent"
	"github.com/rosterhq/roster/ent/emailalias"
	"github.com/rosterhq/roster/ent/onetimetoken"
	"github.com/rosterhq/roster/ent/user"
	"github.com/rosterhq/roster/graph"
	"github.com/rosterhq/roster/internal/apitest"
	"github.com/rosterhq/roster/internal/auth"
	"github.com/rosterhq/roster/internal/password"
	"github.com/rosterhq/roster/internal/permission"
	"github.com/rosterhq/roster/internal/pulid"
	"github.com/rosterhq/roster/internal/viewer"
	"github.com/rosterhq/roster/internal/webhook"
)

// callers are the kinds of caller every operation is tried as.
var callers = []string{"anonymous", "user", "manager", "admin", "apiKey"}

// world is the fixture the authorization matrix runs in: two customers,
// a manager restricted to customer A, and users in each customer.
type world struct {
	n                  int
	env                *apitest.Env
	custA, custB       *ent.Customer
	plain, inA, inB    *ent.User
	tokens             map[string]string
	managerRole        *ent.Role
	plainPassword      string
	sessionOfInA       string
	sessionOfInAID     string
	extraRoles, extraC int
}

func newWorld(t *testing.T, env *apitest.Env) *world {
	w := &world{env: env, tokens: map[string]string{}, plainPassword: "a long enough password"}
	w.custA, w.custB = env.NewCustomer("Customer A"), env.NewCustomer("Customer B")
	hash, err := password.Hash(w.plainPassword, apitest.CheapPassword)
	if err != nil {
		t.Fatal(err)
	}
	w.plain = env.NewUser("plain@example.com", apitest.Confirmed, apitest.WithCustomers(w.custA), func(c *ent.UserCreate) { c.SetPasswordHash(hash) })
	w.inA = env.NewUser("in-a@example.com", apitest.Confirmed, apitest.WithCustomers(w.custA))
	w.inB = env.NewUser("in-b@example.com", apitest.Confirmed, apitest.WithCustomers(w.custB))
	w.managerRole = env.NewRole("manager", permission.UsersRead, permission.UsersWrite, permission.UsersInvite,
		permission.UsersLock, permission.AuditRead)
	manager := env.NewUser("manager@example.com", apitest.Confirmed, apitest.WithRole(w.managerRole), apitest.WithCustomers(w.custA))
	admin := env.NewUser("admin@example.com", apitest.Confirmed, apitest.WithRole(env.Role("admin")))
	w.tokens["user"] = env.SessionFor(w.plain)
	w.tokens["manager"] = env.SessionFor(manager)
	w.tokens["admin"] = env.SessionFor(admin)
	w.tokens["apiKey"] = env.APIKey("integration", []permission.Permission{permission.UsersRead, permission.UsersWrite}, nil)
	env.Client.Settings.Update().SetSelfSignupEnabled(true).ExecX(env.Ctx)
	for _, u := range []*ent.User{manager, admin} {
		env.Client.User.UpdateOne(u).SetPasswordHash(hash).ExecX(env.Ctx)
	}
	return w
}

// operation is one row of the matrix: how to call a root field, and the
// outcome expected per caller ("ok" or an error code).
type operation struct {
	query  string
	vars   func(w *world, caller string) map[string]any
	expect map[string]string
}

func all(outcome string) map[string]string {
	m := map[string]string{}
	for _, c := range callers {
		m[c] = outcome
	}
	return m
}

func except(base string, exceptions map[string]string) map[string]string {
	m := all(base)
	for k, v := range exceptions {
		m[k] = v
	}
	return m
}

func (w *world) newRole() *ent.Role {
	w.extraRoles++
	return w.env.NewRole(fmt.Sprintf("temporary-%d", w.extraRoles), permission.UsersRead)
}

func (w *world) newCustomer() *ent.Customer {
	w.extraC++
	return w.env.NewCustomer(fmt.Sprintf("Temporary %d", w.extraC))
}

var adminOnly = except("FORBIDDEN", map[string]string{"anonymous": "UNAUTHENTICATED", "admin": "ok"})

// matrix lists every root field of the schema. TestAuthorizationMatrix
// fails when the schema has a field without a row here.
var matrix = map[string]operation{
	"node": {
		query:  `query($id: ID!) { node(id: $id) { id } }`,
		vars:   func(w *world, _ string) map[string]any { return map[string]any{"id": string(w.inA.ID)} },
		expect: except("ok", map[string]string{"anonymous": "UNAUTHENTICATED", "user": "NOT_FOUND"}),
	},
	"nodes": {
		query:  `query($ids: [ID!]!) { nodes(ids: $ids) { id } }`,
		vars:   func(w *world, _ string) map[string]any { return map[string]any{"ids": []string{string(w.inB.ID)}} },
		expect: except("ok", map[string]string{"anonymous": "UNAUTHENTICATED", "user": "NOT_FOUND", "manager": "NOT_FOUND"}),
	},
	"users": {
		query:  `{ users(first: 5) { totalCount } }`,
		expect: except("ok", map[string]string{"anonymous": "UNAUTHENTICATED", "user": "FORBIDDEN"}),
	},
	"viewer": {
		query:  `{ viewer { kind permissions restricted user { email } } }`,
		expect: all("ok"),
	},
	"roles": {
		query:  `{ roles(first: 10) { totalCount } }`,
		expect: except("ok", map[string]string{"anonymous": "UNAUTHENTICATED"}),
	},
	"customers": {
		query:  `{ customers(first: 10) { totalCount } }`,
		expect: except("ok", map[string]string{"anonymous": "UNAUTHENTICATED"}),
	},
	"auditEntries": {
		query:  `{ auditEntries(first: 10) { totalCount } }`,
		expect: except("ok", map[string]string{"anonymous": "UNAUTHENTICATED", "user": "FORBIDDEN", "apiKey": "FORBIDDEN"}),
	},
	"attributeDefinitions": {
		query:  `{ attributeDefinitions { key } }`,
		expect: except("ok", map[string]string{"anonymous": "UNAUTHENTICATED"}),
	},
	"login": {
		query: `mutation($email: String!, $password: String!) { login(input: {email: $email, password: $password}) { user { email } } }`,
		vars: func(w *world, _ string) map[string]any {
			return map[string]any{"email": "plain@example.com", "password": w.plainPassword}
		},
		expect: all("ok"),
	},
	"logout": {
		query:  `mutation { logout { sessionID } }`,
		expect: except("ok", map[string]string{"anonymous": "UNAUTHENTICATED"}),
	},
	"revokeSession": {
		query: `mutation($id: ID!) { revokeSession(input: {id: $id}) { session { revokedAt } } }`,
		vars: func(w *world, _ string) map[string]any {
			_, s, err := w.env.Auth.CreateSession(w.env.Ctx, w.inA.ID, "PASSWORD", "127.0.0.1", "test")
			if err != nil {
				panic(err)
			}
			return map[string]any{"id": string(s.ID)}
		},
		expect: except("ok", map[string]string{"anonymous": "UNAUTHENTICATED", "user": "FORBIDDEN", "apiKey": "FORBIDDEN"}),
	},
	"createRole": {
		query: `mutation($name: String!) { createRole(input: {name: $name, permissions: [USERS_READ]}) { role { id } } }`,
		vars: func(w *world, _ string) map[string]any {
			w.extraRoles++
			return map[string]any{"name": fmt.Sprintf("new-%d", w.extraRoles)}
		},
		expect: adminOnly,
	},
	"updateRole": {
		query:  `mutation($id: ID!) { updateRole(input: {id: $id, description: "changed"}) { role { description } } }`,
		vars:   func(w *world, _ string) map[string]any { return map[string]any{"id": string(w.newRole().ID)} },
		expect: adminOnly,
	},
	"deleteRole": {
		query:  `mutation($id: ID!) { deleteRole(input: {id: $id}) { deletedID } }`,
		vars:   func(w *world, _ string) map[string]any { return map[string]any{"id": string(w.newRole().ID)} },
		expect: adminOnly,
	},
	"createCustomer": {
		query: `mutation($name: String!) { createCustomer(input: {name: $name}) { customer { id } } }`,
		vars: func(w *world, _ string) map[string]any {
			w.extraC++
			return map[string]any{"name": fmt.Sprintf("New %d", w.extraC)}
		},
		expect: adminOnly,
	},
	"updateCustomer": {
		query:  `mutation($id: ID!) { updateCustomer(input: {id: $id, externalID: "X-1"}) { customer { externalID } } }`,
		vars:   func(w *world, _ string) map[string]any { return map[string]any{"id": string(w.newCustomer().ID)} },
		expect: adminOnly,
	},
	"deleteCustomer": {
		query:  `mutation($id: ID!) { deleteCustomer(input: {id: $id}) { deletedID } }`,
		vars:   func(w *world, _ string) map[string]any { return map[string]any{"id": string(w.newCustomer().ID)} },
		expect: adminOnly,
	},
	"setUserRestrictions": {
		query: `mutation($user: ID!, $role: ID!) { setUserRestrictions(input: {id: $user, roleID: $role}) { user { role { name } } } }`,
		vars: func(w *world, _ string) map[string]any {
			return map[string]any{"user": string(w.inA.ID), "role": string(w.env.Role("user").ID)}
		},
		expect: except("ok", map[string]string{"anonymous": "UNAUTHENTICATED", "user": "FORBIDDEN"}),
	},
	"settings": {
		query:  `{ settings { selfSignupEnabled passwordMinLength } }`,
		expect: except("ok", map[string]string{"anonymous": "UNAUTHENTICATED"}),
	},
	"updateSettings": {
		query:  `mutation { updateSettings(input: {allowedRedirectHosts: ["app.example.com"], selfSignupEnabled: true}) { settings { allowedRedirectHosts } } }`,
		expect: adminOnly,
	},
	"createAttributeDefinition": {
		query: `mutation($key: String!) { createAttributeDefinition(input: {key: $key, label: "Tier", type: ENUM, allowedValues: ["gold", "silver"]}) { attributeDefinition { id } } }`,
		vars: func(w *world, _ string) map[string]any {
			w.n++
			return map[string]any{"key": fmt.Sprintf("tier_%d", w.n)}
		},
		expect: adminOnly,
	},
	"updateAttributeDefinition": {
		query: `mutation($id: ID!) { updateAttributeDefinition(input: {id: $id, label: "Changed"}) { attributeDefinition { label } } }`,
		vars: func(w *world, _ string) map[string]any {
			w.n++
			d := w.env.Client.AttributeDefinition.Create().SetKey(fmt.Sprintf("attr_%d", w.n)).SetLabel("A").SetType("STRING").SaveX(w.env.Ctx)
			return map[string]any{"id": string(d.ID)}
		},
		expect: adminOnly,
	},
	"deleteAttributeDefinition": {
		query: `mutation($id: ID!) { deleteAttributeDefinition(input: {id: $id}) { deletedID } }`,
		vars: func(w *world, _ string) map[string]any {
			w.n++
			d := w.env.Client.AttributeDefinition.Create().SetKey(fmt.Sprintf("attr_%d", w.n)).SetLabel("A").SetType("STRING").SaveX(w.env.Ctx)
			return map[string]any{"id": string(d.ID)}
		},
		expect: adminOnly,
	},
	"webhookEndpoints": {query: `{ webhookEndpoints { id url } }`, expect: adminOnly},
	"apiKeys":          {query: `{ apiKeys { id prefix } }`, expect: adminOnly},
	"createWebhookEndpoint": {
		query:  `mutation { createWebhookEndpoint(input: {url: "https://hooks.example.com/in", events: [USER_CREATED]}) { secret } }`,
		expect: adminOnly,
	},
	"updateWebhookEndpoint": {
		query:  `mutation($id: ID!) { updateWebhookEndpoint(input: {id: $id, enabled: false}) { endpoint { enabled } } }`,
		vars:   func(w *world, _ string) map[string]any { return map[string]any{"id": string(w.endpoint().ID)} },
		expect: adminOnly,
	},
	"deleteWebhookEndpoint": {
		query:  `mutation($id: ID!) { deleteWebhookEndpoint(input: {id: $id}) { deletedID } }`,
		vars:   func(w *world, _ string) map[string]any { return map[string]any{"id": string(w.endpoint().ID)} },
		expect: adminOnly,
	},
	"rotateWebhookSecret": {
		query:  `mutation($id: ID!) { rotateWebhookSecret(input: {id: $id}) { secret } }`,
		vars:   func(w *world, _ string) map[string]any { return map[string]any{"id": string(w.endpoint().ID)} },
		expect: adminOnly,
	},
	"sendTestEvent": {
		query:  `mutation($id: ID!) { sendTestEvent(input: {endpointID: $id}) { delivery { eventType } } }`,
		vars:   func(w *world, _ string) map[string]any { return map[string]any{"id": string(w.endpoint().ID)} },
		expect: adminOnly,
	},
	"redeliverWebhook": {
		query: `mutation($id: ID!) { redeliverWebhook(input: {deliveryID: $id}) { delivery { status } } }`,
		vars: func(w *world, _ string) map[string]any {
			d := w.env.Client.WebhookDelivery.Create().SetEndpoint(w.endpoint()).SetEventID("msg_x").SetEventType("user.created").
				SetPayload("{}").SetStatus("DEAD").SaveX(w.env.Ctx)
			return map[string]any{"id": string(d.ID)}
		},
		expect: adminOnly,
	},
	"outgoingMails": {query: `{ outgoingMails(first: 5, where: {status: DEAD}) { totalCount edges { node { to status lastError } } } }`, expect: adminOnly},
	"redeliverMail": {
		query: `mutation($id: ID!) { redeliverMail(input: {id: $id}) { mail { status } } }`,
		vars: func(w *world, _ string) map[string]any {
			m := w.env.Client.OutgoingMail.Create().SetTemplate("invitation").SetTo("dead@example.com").SetSubject("Invitation").
				SetTextBody("text").SetHTMLBody("<p>html</p>").SetStatus("DEAD").SetLastError("550 no such user").SaveX(viewer.SystemContext(w.env.Ctx))
			return map[string]any{"id": string(m.ID)}
		},
		expect: adminOnly,
	},
	"sendUserEmail": {
		query: `mutation($id: ID!) { sendUserEmail(input: {id: $id, subject: "Hello", body: "Text"}) { recipients } }`,
		vars: func(w *world, _ string) map[string]any {
			return map[string]any{"id": string(w.env.NewUser(fmt.Sprintf("mail-target-%d@example.com", time.Now().UnixNano())).ID)}
		},
		expect: adminOnly,
	},
	"exportUser": {
		query:  `mutation($id: ID!) { exportUser(input: {id: $id}) { document } }`,
		vars:   func(w *world, _ string) map[string]any { return w.id(w.inA) },
		expect: adminOnly,
	},
	"exportMe": {
		query:  `mutation { exportMe { document } }`,
		expect: selfOnly,
	},
	"signInOptions": {
		query:  `{ signInOptions { selfSignupEnabled passwordPolicy { minLength } oidcProviders { name } } }`,
		expect: all("ok"),
	},
	"createAPIKey": {
		query:  `mutation { createAPIKey(input: {name: "crm", permissions: [USERS_READ]}) { key apiKey { prefix } } }`,
		expect: adminOnly,
	},
	"revokeAPIKey": {
		query: `mutation($id: ID!) { revokeAPIKey(input: {id: $id}) { apiKey { revokedAt } } }`,
		vars: func(w *world, _ string) map[string]any {
			w.n++
			_, prefix, hash := auth.NewAPIKey()
			k := w.env.Client.APIKey.Create().SetName(fmt.Sprintf("k%d", w.n)).SetPrefix(prefix).SetSecretHash(hash).SaveX(w.env.Ctx)
			return map[string]any{"id": string(k.ID)}
		},
		expect: adminOnly,
	},
	"createUser": {
		query: `mutation($in: CreateUserInput!) { createUser(input: $in) { user { id } alreadyExisted } }`,
		vars: func(w *world, _ string) map[string]any {
			w.n++
			return map[string]any{"in": map[string]any{"email": fmt.Sprintf("created%d@example.com", w.n), "customerIDs": []any{w.custA.ID}, "sendInvitation": true}}
		},
		expect: writer,
	},
	"updateUser": {
		query:  `mutation($id: ID!) { updateUser(input: {id: $id, profile: {firstName: "Changed"}}) { user { firstName } } }`,
		vars:   func(w *world, _ string) map[string]any { return w.id(w.fresh()) },
		expect: writer,
	},
	"resendInvitation": {
		query:  `mutation($id: ID!) { resendInvitation(input: {id: $id}) { user { invitationSentAt } } }`,
		vars:   func(w *world, _ string) map[string]any { return w.id(w.fresh()) },
		expect: locker, // users:invite: the manager and admins; the API key lacks it
	},
	"confirmUser": {
		query:  `mutation($id: ID!) { confirmUser(input: {id: $id}) { user { status } } }`,
		vars:   func(w *world, _ string) map[string]any { return w.id(w.fresh()) },
		expect: writer,
	},
	"changeUserEmail": {
		query: `mutation($id: ID!, $email: String!) { changeUserEmail(input: {id: $id, email: $email, requireConfirmation: false}) { user { email } } }`,
		vars: func(w *world, _ string) map[string]any {
			u := w.fresh()
			return map[string]any{"id": string(u.ID), "email": "new-" + u.Email}
		},
		expect: writer,
	},
	"lockUser": {
		query:  `mutation($id: ID!) { lockUser(input: {id: $id, reason: "matrix"}) { user { locked } } }`,
		vars:   func(w *world, _ string) map[string]any { return w.id(w.fresh(apitest.Confirmed)) },
		expect: locker,
	},
	"unlockUser": {
		query: `mutation($id: ID!) { unlockUser(input: {id: $id}) { user { locked } } }`,
		vars: func(w *world, _ string) map[string]any {
			return w.id(w.fresh(func(c *ent.UserCreate) { c.SetLockedAt(time.Now()).SetLockReason("matrix") }))
		},
		expect: locker,
	},
	"deleteUser": {
		query:  `mutation($id: ID!) { deleteUser(input: {id: $id}) { deletedID } }`,
		vars:   func(w *world, _ string) map[string]any { return w.id(w.fresh()) },
		expect: adminOnly,
	},
	"setBlockedFields": {
		query:  `mutation($id: ID!) { setBlockedFields(input: {id: $id, fields: ["lastName"]}) { user { blockedProfileFields } } }`,
		vars:   func(w *world, _ string) map[string]any { return w.id(w.fresh()) },
		expect: writer,
	},
	"signUp": {
		query: `mutation($email: String!) { signUp(input: {email: $email, password: "a long and unusual passphrase"}) { accepted } }`,
		vars: func(w *world, _ string) map[string]any {
			w.n++
			return map[string]any{"email": fmt.Sprintf("signup%d@example.com", w.n)}
		},
		expect: all("ok"),
	},
	"confirmEmail": {
		query: `mutation($t: String!) { confirmEmail(input: {token: $t}) { email } }`,
		vars: func(w *world, _ string) map[string]any {
			return map[string]any{"t": w.token(w.fresh(), onetimetoken.KindEMAIL_CONFIRMATION, nil)}
		},
		expect: all("ok"),
	},
	"acceptInvitation": {
		query: `mutation($t: String!) { acceptInvitation(input: {token: $t, password: "a long and unusual passphrase"}) { token } }`,
		vars: func(w *world, _ string) map[string]any {
			return map[string]any{"t": w.token(w.fresh(), onetimetoken.KindINVITATION, nil)}
		},
		expect: all("ok"),
	},
	"requestPasswordReset": {
		query:  `mutation { requestPasswordReset(input: {email: "in-a@example.com"}) { accepted } }`,
		expect: all("ok"),
	},
	"resetPassword": {
		query: `mutation($t: String!) { resetPassword(input: {token: $t, password: "a long and unusual passphrase"}) { email } }`,
		vars: func(w *world, _ string) map[string]any {
			return map[string]any{"t": w.token(w.fresh(), onetimetoken.KindPASSWORD_RESET, nil)}
		},
		expect: all("ok"),
	},
	"updateMe": {
		query:  `mutation { updateMe(input: {city: "Berlin"}) { user { city } } }`,
		expect: selfOnly,
	},
	"changePassword": {
		query:  `mutation($pw: String!) { changePassword(input: {currentPassword: $pw, newPassword: $pw}) { user { id } } }`,
		vars:   func(w *world, _ string) map[string]any { return map[string]any{"pw": w.plainPassword} },
		expect: selfOnly,
	},
	"addEmailAlias": {
		query: `mutation($email: String!) { addEmailAlias(input: {email: $email}) { emailAlias { email } } }`,
		vars: func(w *world, _ string) map[string]any {
			w.n++
			return map[string]any{"email": fmt.Sprintf("alias%d@example.com", w.n)}
		},
		expect: selfOnly,
	},
	"confirmEmailAlias": {
		query: `mutation($t: String!) { confirmEmailAlias(input: {token: $t}) { emailAlias { confirmedAt } } }`,
		vars: func(w *world, _ string) map[string]any {
			u := w.fresh()
			a := w.env.Client.EmailAlias.Create().SetUser(u).SetEmail("alias-of-" + u.Email).SaveX(w.env.Ctx)
			return map[string]any{"t": w.token(u, onetimetoken.KindALIAS_CONFIRMATION, func(c *ent.OneTimeTokenCreate) { c.SetEmailAlias(a) })}
		},
		expect: all("ok"),
	},
	"removeEmailAlias": {
		query: `mutation($id: ID!) { removeEmailAlias(input: {aliasID: $id}) { removedID } }`,
		vars: func(w *world, caller string) map[string]any {
			return map[string]any{"id": string(w.aliasOf(caller, false))}
		},
		expect: selfOnly,
	},
	"unlinkOIDCIdentity": {
		query: `mutation($id: ID!) { unlinkOIDCIdentity(input: {id: $id}) { deletedID } }`,
		vars: func(w *world, caller string) map[string]any {
			w.n++
			o := w.env.Client.OIDCIdentity.Create().SetUser(w.inA).SetIssuer("https://idp.example.com").
				SetSubject(fmt.Sprintf("matrix-%s-%d", caller, w.n)).SaveX(w.env.Ctx)
			return map[string]any{"id": string(o.ID)}
		},
		expect: except("ok", map[string]string{"anonymous": "UNAUTHENTICATED", "user": "NOT_FOUND"}),
	},
	"setPrimaryEmail": {
		query: `mutation($id: ID!) { setPrimaryEmail(input: {aliasID: $id}) { user { email } } }`,
		vars: func(w *world, caller string) map[string]any {
			return map[string]any{"id": string(w.aliasOf(caller, true))}
		},
		expect: selfOnly,
	},
	"subscribeNewsletter": {
		query:  `mutation { subscribeNewsletter { subscription { subscribedAt } } }`,
		expect: selfOnly,
	},
	"unsubscribeNewsletter": {
		query:  `mutation { unsubscribeNewsletter { subscription { unsubscribedAt } } }`,
		expect: selfOnly,
	},
}

// fresh creates a user in customer A (visible to the manager).
func (w *world) fresh(opts ...func(*ent.UserCreate)) *ent.User {
	w.n++
	return w.env.NewUser(fmt.Sprintf("fresh%d@example.com", w.n), append([]func(*ent.UserCreate){apitest.WithCustomers(w.custA)}, opts...)...)
}

// token stores a one-time token for u and returns its secret.
func (w *world) token(u *ent.User, kind onetimetoken.Kind, with func(*ent.OneTimeTokenCreate)) string {
	w.n++
	secret := fmt.Sprintf("matrix-token-%d-%s", w.n, u.ID)
	sum := sha256.Sum256([]byte(secret))
	c := w.env.Client.OneTimeToken.Create().SetUser(u).SetKind(kind).SetTokenHash(sum[:]).SetExpiresAt(time.Now().Add(time.Hour))
	if with != nil {
		with(c)
	}
	c.ExecX(w.env.Ctx)
	return secret
}

// callerUser returns the user behind a caller, nil for anonymous and API keys.
func (w *world) callerUser(caller string) *ent.User {
	email := map[string]string{"user": "plain@example.com", "manager": "manager@example.com", "admin": "admin@example.com"}[caller]
	if email == "" {
		return nil
	}
	return w.env.Client.User.Query().Where(user.Or(user.Email(email), user.HasEmailAliasesWith(emailalias.Email(email)))).
		FirstX(w.env.Ctx)
}

// aliasOf gives the caller's user an alias and returns its ID; for callers
// without a user it returns an ID that names nothing.
func (w *world) aliasOf(caller string, confirmed bool) pulid.ID {
	u := w.callerUser(caller)
	if u == nil {
		return "eml_01KAQ0000000000000000000AA"
	}
	w.n++
	c := w.env.Client.EmailAlias.Create().SetUser(u).SetEmail(fmt.Sprintf("own-alias%d@example.com", w.n))
	if confirmed {
		c.SetConfirmedAt(time.Now())
	}
	return c.SaveX(w.env.Ctx).ID
}

// endpoint creates a webhook endpoint.
func (w *world) endpoint() *ent.WebhookEndpoint {
	return w.env.Client.WebhookEndpoint.Create().SetURL("https://hooks.example.com/x").SetSecret(webhook.NewSecret()).SaveX(w.env.Ctx)
}

func (w *world) id(u *ent.User) map[string]any { return map[string]any{"id": string(u.ID)} }

var (
	writer   = except("ok", map[string]string{"anonymous": "UNAUTHENTICATED", "user": "FORBIDDEN"})
	locker   = except("ok", map[string]string{"anonymous": "UNAUTHENTICATED", "user": "FORBIDDEN", "apiKey": "FORBIDDEN"})
	selfOnly = except("ok", map[string]string{"anonymous": "UNAUTHENTICATED", "apiKey": "FORBIDDEN"})
)

// TestAuthorizationMatrix calls every root field as every kind of caller.
func TestAuthorizationMatrix(t *testing.T) {
	schema := graph.NewExecutableSchema(graph.Config{}).Schema()
	var fields []string
	for _, typ := range []string{"Query", "Mutation"} {
		for _, f := range schema.Types[typ].Fields {
			if f.Name[0] != '_' {
				fields = append(fields, f.Name)
			}
		}
	}
	sort.Strings(fields)
	for _, f := range fields {
		if _, ok := matrix[f]; !ok {
			t.Errorf("root field %s has no row in the authorization matrix", f)
		}
	}
	for f := range matrix {
		if !slices.Contains(fields, f) {
			t.Errorf("matrix row %s names no root field", f)
		}
	}
	apitest.Each(t, func(t *testing.T, env *apitest.Env) {
		w := newWorld(t, env)
		for _, f := range fields {
			op := matrix[f]
			for _, caller := range callers {
				t.Run(f+"/"+caller, func(t *testing.T) {
					var vars map[string]any
					if op.vars != nil {
						vars = op.vars(w, caller)
					}
					token := w.tokens[caller]
					if f == "logout" && token != "" && caller != "apiKey" {
						// Log out a fresh session, not the one the other rows use.
						token = env.SessionFor(userOf(t, env, caller, w))
					}
					r := env.As(token).Query(op.query, vars)
					want := op.expect[caller]
					switch {
					case want == "ok" && len(r.Errors) > 0:
						t.Fatalf("%s as %s: want success, got %s", f, caller, r)
					case want != "ok":
						r.Fail(t, want, "")
					}
				})
			}
		}
	})
}

func userOf(t *testing.T, env *apitest.Env, caller string, w *world) *ent.User {
	t.Helper()
	email := map[string]string{"user": "plain@example.com", "manager": "manager@example.com", "admin": "admin@example.com"}[caller]
	return env.Client.User.Query().Where(user.Email(email)).OnlyX(env.Ctx)
}

// TestNoPrivilegeEscalation: a restricted manager can never grant more
// than it holds.
func TestNoPrivilegeEscalation(t *testing.T) {
	apitest.Each(t, func(t *testing.T, env *apitest.Env) {
		w := newWorld(t, env)
		manager := env.As(w.tokens["manager"])
		const q = `mutation($in: SetUserRestrictionsInput!) { setUserRestrictions(input: $in) { user { role { name } customers { name } } } }`
		cases := []struct {
			name string
			in   map[string]any
			code string
		}{
			{"assign the admin role", map[string]any{"id": w.inA.ID, "roleID": env.Role("admin").ID}, "FORBIDDEN"},
			{"assign a role with roles:manage", map[string]any{"id": w.inA.ID, "roleID": env.NewRole("rolemaker", permission.RolesManage).ID}, "FORBIDDEN"},
			{"add a foreign customer", map[string]any{"id": w.inA.ID, "addCustomerIDs": []any{w.custB.ID}}, "BAD_USER_INPUT"}, // invisible: unknown to the manager
			{"remove the last own customer", map[string]any{"id": w.inA.ID, "removeCustomerIDs": []any{w.custA.ID}}, "FORBIDDEN"},
			{"change a user of another customer", map[string]any{"id": w.inB.ID, "roleID": env.Role("user").ID}, "FORBIDDEN"},
			{"unknown customer", map[string]any{"id": w.inA.ID, "addCustomerIDs": []any{"cus_01KAQ0000000000000000000AA"}}, "BAD_USER_INPUT"},
		}
		for _, tc := range cases {
			t.Run(tc.name, func(t *testing.T) {
				manager.Query(q, map[string]any{"in": tc.in}).Fail(t, tc.code, "")
			})
		}
		// What the manager holds it may grant: its own role and customer.
		var out struct {
			SetUserRestrictions struct {
				User struct {
					Role struct{ Name string }
				}
			}
		}
		manager.MustQuery(q, map[string]any{"in": map[string]any{"id": w.inA.ID, "roleID": w.managerRole.ID}}, &out)
		if out.SetUserRestrictions.User.Role.Name != "manager" {
			t.Fatalf("role = %q", out.SetUserRestrictions.User.Role.Name)
		}
		// Nothing changed by the refused attempts.
		u := env.Client.User.Query().Where(user.ID(w.inA.ID)).WithCustomers().OnlyX(env.Ctx)
		if len(u.Edges.Customers) != 1 || u.Edges.Customers[0].ID != w.custA.ID {
			t.Fatalf("customers of in-a changed: %v", u.Edges.Customers)
		}
		// An admin creating a role cannot be out-granted either, but a
		// role manager without users:write cannot make a role stronger than itself.
		rm := env.NewUser("rm@example.com", apitest.Confirmed, apitest.WithRole(env.NewRole("roles-only", permission.RolesManage)))
		env.As(env.SessionFor(rm)).Query(`mutation { createRole(input: {name: "x", permissions: [USERS_DELETE]}) { role { id } } }`, nil).Fail(t, "FORBIDDEN", "")
		env.As(w.tokens["admin"]).Query(`mutation($id: ID!) { updateRole(input: {id: $id, description: "x"}) { role { id } } }`,
			map[string]any{"id": env.Role("admin").ID}).Fail(t, "FORBIDDEN", "")
	})
}

// TestRestrictedVisibility: lists, counts, nested edges and node all
// respect a manager's customer restriction.
func TestRestrictedVisibility(t *testing.T) {
	apitest.Each(t, func(t *testing.T, env *apitest.Env) {
		w := newWorld(t, env)
		manager := env.As(w.tokens["manager"])
		var out struct {
			Users struct {
				TotalCount int
				Edges      []struct{ Node struct{ Email string } }
			}
			Customers struct{ TotalCount int }
		}
		manager.MustQuery(`{ users(first: 50) { totalCount edges { node { email } } } customers(first: 10) { totalCount } }`, nil, &out)
		var emails []string
		for _, e := range out.Users.Edges {
			emails = append(emails, e.Node.Email)
		}
		sort.Strings(emails)
		want := []string{"in-a@example.com", "manager@example.com", "plain@example.com"}
		if !slices.Equal(emails, want) || out.Users.TotalCount != 3 {
			t.Fatalf("manager sees %v (total %d), want %v", emails, out.Users.TotalCount, want)
		}
		if out.Customers.TotalCount != 1 {
			t.Fatalf("manager sees %d customers, want 1", out.Customers.TotalCount)
		}
		// Through a relation: a customer's users, as a plain user sees them.
		var nested struct {
			Node struct {
				Customers []struct{ Name string }
			}
		}
		env.As(w.tokens["user"]).MustQuery(`query($id: ID!) { node(id: $id) { ... on User { customers { name } } } }`,
			map[string]any{"id": w.plain.ID}, &nested)
		if len(nested.Node.Customers) != 1 {
			t.Fatalf("a plain user sees %d customers of its own, want 1", len(nested.Node.Customers))
		}
		env.As(w.tokens["user"]).Query(`{ users(where: {hasCustomersWith: {name: "Customer A"}}) { totalCount } }`, nil).Fail(t, "FORBIDDEN", "")
		manager.Query(`query($id: ID!) { node(id: $id) { id } }`, map[string]any{"id": w.inB.ID}).Fail(t, "NOT_FOUND", "")
		// A plain user reading its own profile works.
		var me struct {
			Viewer struct {
				User struct{ Email string }
			}
		}
		env.As(w.tokens["user"]).MustQuery(`{ viewer { user { email } } }`, nil, &me)
		if me.Viewer.User.Email != "plain@example.com" {
			t.Fatalf("viewer = %+v", me)
		}
		_ = time.Now
	})
}

func allPermissions() []permission.Permission { return permission.All() }
