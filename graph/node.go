package graph

import (
	"context"

	"github.com/rosterhq/roster/ent/apikey"
	"github.com/rosterhq/roster/ent/attributedefinition"
	"github.com/rosterhq/roster/ent/auditentry"
	"github.com/rosterhq/roster/ent/customer"
	"github.com/rosterhq/roster/ent/emailalias"
	"github.com/rosterhq/roster/ent/newslettersubscription"
	"github.com/rosterhq/roster/ent/oidcidentity"
	"github.com/rosterhq/roster/ent/outgoingmail"
	"github.com/rosterhq/roster/ent/role"
	"github.com/rosterhq/roster/ent/session"
	"github.com/rosterhq/roster/ent/settings"
	"github.com/rosterhq/roster/ent/user"
	"github.com/rosterhq/roster/ent/webhookattempt"
	"github.com/rosterhq/roster/ent/webhookdelivery"
	"github.com/rosterhq/roster/ent/webhookendpoint"

	"github.com/rosterhq/roster/internal/problem"
	"github.com/rosterhq/roster/internal/pulid"
)

// nodeType tells ent's Noder which table an ID belongs to, from the ID's
// prefix. A malformed ID or an unknown prefix is NOT_FOUND, like an ID that
// names no row: a caller learns nothing from guessing.
func nodeType(_ context.Context, id pulid.ID) (string, error) {
	t, err := id.Type()
	if err != nil {
		return "", problem.NotFoundf("no node with ID %q", string(id))
	}
	table, ok := nodeTables[t]
	if !ok {
		return "", problem.NotFoundf("no node with ID %q", string(id))
	}
	return table, nil
}

// nodeTables maps the ent type named by an ID prefix to its table. Types
// that are not GraphQL nodes (one-time tokens, rate limits) are absent, so
// their IDs are NOT_FOUND through node(id:).
var nodeTables = map[string]string{
	"User":                   user.Table,
	"Role":                   role.Table,
	"Customer":               customer.Table,
	"EmailAlias":             emailalias.Table,
	"AuditEntry":             auditentry.Table,
	"Session":                session.Table,
	"OIDCIdentity":           oidcidentity.Table,
	"APIKey":                 apikey.Table,
	"NewsletterSubscription": newslettersubscription.Table,
	"WebhookEndpoint":        webhookendpoint.Table,
	"WebhookDelivery":        webhookdelivery.Table,
	"WebhookAttempt":         webhookattempt.Table,
	"OutgoingMail":           outgoingmail.Table,
	"Settings":               settings.Table,
	"AttributeDefinition":    attributedefinition.Table,
}
