package users

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"strings"
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
	"github.com/rosterhq/roster/internal/audit"
	"github.com/rosterhq/roster/internal/database"
	"github.com/rosterhq/roster/internal/problem"
	"github.com/rosterhq/roster/internal/pulid"
	"github.com/rosterhq/roster/internal/viewer"
)

// ExportFormat names the layout of the personal-data document. It
// changes when a part of the document is renamed, changes its meaning or
// goes; new columns may appear in a record under the same format.
const ExportFormat = "roster.personal-data.v1"

// Limits of Export: exports one caller may run in a window. An export
// reads everything about a person, so a caller runs a few, not
// thousands.
const (
	ExportWindow       = 15 * time.Minute
	MaxExportsInWindow = 20
)

// ReasonTooManyExports is the extensions.reason of a refused Export.
const ReasonTooManyExports = "TOO_MANY_EXPORTS"

// Export returns every personal datum Roster holds about user id as one
// JSON document (see ExportFormat and docs/api.md): the account with its
// profile, custom attributes, sign-up and sign-in facts, role and
// customers; email aliases; OpenID Connect identities; sessions, ended
// ones included; one-time tokens; newsletter subscriptions; the history
// entries about the person; the mails in the outbox to them; and the
// webhook deliveries about them.
//
// Secrets never enter the document: a record holds the columns of its
// row except those the ent schema marks Sensitive (password, session,
// token and API key hashes, webhook secrets, and mail bodies, which hold
// one-time links until sent). Every other column is in it, with null for
// no value, so a column added to the schema is exported unless it is
// marked Sensitive.
//
// The caller must be allowed to manage the user (access.CheckManage: a
// user it cannot see is NOT_FOUND, one that outranks it FORBIDDEN); the
// GraphQL field also requires users:export. A caller restricted to
// customers gets the history as User.history shows it to them (customer
// changes of their own customers only, authors other than themself and
// the person left out). A caller may run MaxExportsInWindow exports per
// ExportWindow (RATE_LIMITED beyond); the system (the CLI) is not
// limited. The export is recorded in the person's history (property
// data_exported, with source and author, without the content), in the
// transaction that read the data.
func (s *Service) Export(ctx context.Context, id pulid.ID) (map[string]any, error) {
	v := viewer.FromContext(ctx)
	if v.Kind != viewer.System {
		if s.Limiter == nil {
			return nil, errors.New("users: export: no rate limiter configured")
		}
		// Counted outside the transaction, as SendEmail does.
		ok, err := s.Limiter.Allow(ctx, "export:"+callerKey(v), ExportWindow, MaxExportsInWindow)
		if err != nil {
			return nil, fmt.Errorf("users: export: %w", err)
		}
		if !ok {
			return nil, &problem.Error{Code: problem.RateLimited, Reason: ReasonTooManyExports,
				Message: fmt.Sprintf("you may run at most %d exports in %s; try again later", MaxExportsInWindow, ExportWindow)}
		}
	}
	var doc map[string]any
	err := database.WithTx(ctx, s.Client, func(tx *ent.Tx) error {
		c := tx.Client()
		if _, err := visible(ctx, c, id); err != nil {
			return err
		}
		if err := access.CheckManage(ctx, c, id); err != nil {
			return err
		}
		var err error
		if doc, err = s.collect(ctx, c, id, v); err != nil {
			return err
		}
		return audit.Record(ctx, c, id, audit.PropertyDataExported, nil)
	})
	if err != nil {
		return nil, err
	}
	return doc, nil
}

// ExportMe is Export of the signed-in user's own account. API keys have
// no account of their own (FORBIDDEN, reason NOT_A_USER). Entries of the
// person's history keep their author only when the person made the
// change: the IDs of the administrators and keys who did are not the
// person's data.
func (s *Service) ExportMe(ctx context.Context) (map[string]any, error) {
	id, err := me(ctx)
	if err != nil {
		return nil, err
	}
	return s.Export(ctx, id)
}

// collect reads the person's data as the system, after the caller's
// access was checked, and builds the document.
func (s *Service) collect(ctx context.Context, c *ent.Client, id pulid.ID, caller *viewer.Viewer) (map[string]any, error) {
	sys := viewer.SystemContext(ctx)
	u, err := c.User.Query().Where(user.ID(id)).WithRole().WithCustomers().Only(sys)
	if err != nil {
		return nil, fmt.Errorf("users: export %s: %w", id, err)
	}
	account := record(u)
	if u.Birthday != nil {
		account[user.FieldBirthday] = u.Birthday.UTC().Format("2006-01-02")
	}
	account["has_password"] = u.PasswordHash != nil
	if r := u.Edges.Role; r != nil {
		account["role"] = r.Name
	}
	customers := []map[string]any{}
	for _, cu := range u.Edges.Customers {
		customers = append(customers, map[string]any{"id": cu.ID, "name": cu.Name})
	}
	account["customers"] = customers

	aliases, err := c.EmailAlias.Query().Where(emailalias.HasUserWith(user.ID(id))).
		Order(ent.Asc(emailalias.FieldCreatedAt), ent.Asc(emailalias.FieldID)).All(sys)
	if err != nil {
		return nil, fmt.Errorf("users: export %s: aliases: %w", id, err)
	}
	addresses := []string{u.Email}
	if u.UnconfirmedEmail != nil {
		addresses = append(addresses, *u.UnconfirmedEmail)
	}
	for _, a := range aliases {
		addresses = append(addresses, a.Email)
	}
	identities, err := c.OIDCIdentity.Query().Where(oidcidentity.HasUserWith(user.ID(id))).
		Order(ent.Asc(oidcidentity.FieldCreatedAt), ent.Asc(oidcidentity.FieldID)).All(sys)
	if err != nil {
		return nil, fmt.Errorf("users: export %s: identities: %w", id, err)
	}
	sessions, err := c.Session.Query().Where(session.HasUserWith(user.ID(id))).
		Order(ent.Asc(session.FieldCreatedAt), ent.Asc(session.FieldID)).All(sys)
	if err != nil {
		return nil, fmt.Errorf("users: export %s: sessions: %w", id, err)
	}
	tokens, err := c.OneTimeToken.Query().Where(onetimetoken.HasUserWith(user.ID(id))).
		Order(ent.Asc(onetimetoken.FieldCreatedAt), ent.Asc(onetimetoken.FieldID)).All(sys)
	if err != nil {
		return nil, fmt.Errorf("users: export %s: tokens: %w", id, err)
	}
	// A subscription stays when its user is deleted; one made before
	// the account existed, or for an alias, is the person's too.
	newsletter, err := c.NewsletterSubscription.Query().Where(newslettersubscription.Or(
		newslettersubscription.HasUserWith(user.ID(id)), newslettersubscription.EmailIn(addresses...))).
		Order(ent.Asc(newslettersubscription.FieldSubscribedAt), ent.Asc(newslettersubscription.FieldID)).All(sys)
	if err != nil {
		return nil, fmt.Errorf("users: export %s: newsletter: %w", id, err)
	}
	entries, err := c.AuditEntry.Query().Where(auditentry.SubjectID(id)).
		Order(ent.Asc(auditentry.FieldCreatedAt), ent.Asc(auditentry.FieldID)).All(sys)
	if err != nil {
		return nil, fmt.Errorf("users: export %s: history: %w", id, err)
	}
	mails, err := c.OutgoingMail.Query().Where(outgoingmail.Or(
		outgoingmail.HasUserWith(user.ID(id)), outgoingmail.ToIn(addresses...))).
		Order(ent.Asc(outgoingmail.FieldCreatedAt), ent.Asc(outgoingmail.FieldID)).All(sys)
	if err != nil {
		return nil, fmt.Errorf("users: export %s: mails: %w", id, err)
	}
	// Payloads are compact JSON written by internal/webhook; the user
	// they are about is data.user_id.
	deliveries, err := c.WebhookDelivery.Query().Where(webhookdelivery.PayloadContains(`"user_id":"`+string(id)+`"`)).
		WithEndpoint().Order(ent.Asc(webhookdelivery.FieldCreatedAt), ent.Asc(webhookdelivery.FieldID)).All(sys)
	if err != nil {
		return nil, fmt.Errorf("users: export %s: webhook deliveries: %w", id, err)
	}

	history := []map[string]any{}
	for _, e := range entries {
		if caller.Restricted() && e.Property == access.PropertyCustomers &&
			(e.CustomerID == nil || !containsID(caller.Customers, *e.CustomerID)) {
			continue
		}
		r := record(e)
		if e.AuthorLabel != nil && !authorShown(caller, id, *e.AuthorLabel) {
			r[auditentry.FieldAuthorLabel] = nil
		}
		history = append(history, r)
	}
	webhooks := []map[string]any{}
	for _, d := range deliveries {
		r := record(d)
		var payload any
		if err := json.Unmarshal([]byte(d.Payload), &payload); err == nil {
			r[webhookdelivery.FieldPayload] = payload
		}
		if ep := d.Edges.Endpoint; ep != nil {
			r["endpoint_url"] = ep.URL
		}
		webhooks = append(webhooks, r)
	}
	return map[string]any{
		"format":                   ExportFormat,
		"exported_at":              s.now(),
		"user":                     account,
		"email_aliases":            records(aliases),
		"oidc_identities":          records(identities),
		"sessions":                 records(sessions),
		"one_time_tokens":          records(tokens),
		"newsletter_subscriptions": records(newsletter),
		"history":                  history,
		"outgoing_mails":           records(mails),
		"webhook_deliveries":       webhooks,
	}, nil
}

// authorShown reports whether a history entry about person shows its
// author to caller: always for the system and unrestricted callers
// exporting someone else; in the person's own export only when the
// person made the change; for a restricted caller when the author is the
// caller or the person (as access.RedactAuditAuthors does for
// User.history).
func authorShown(caller *viewer.Viewer, person pulid.ID, author string) bool {
	switch {
	case author == string(person) || caller.Kind == viewer.System:
		return true
	case caller.IsUser(person):
		return false
	case caller.Restricted():
		return author == string(caller.Actor())
	default:
		return true
	}
}

func containsID(ids []pulid.ID, id pulid.ID) bool {
	for _, x := range ids {
		if x == id {
			return true
		}
	}
	return false
}

// records applies record to every row.
func records[T any](rows []*T) []map[string]any {
	out := make([]map[string]any, 0, len(rows))
	for _, r := range rows {
		out = append(out, record(r))
	}
	return out
}

// record turns an ent entity into a map of its columns, keyed by their
// JSON names (the column names). Fields ent hides from JSON — those the
// schema marks Sensitive — and the edges stay out; a column without a
// value is null, and times are in UTC.
func record(row any) map[string]any {
	rv := reflect.Indirect(reflect.ValueOf(row))
	rt := rv.Type()
	out := map[string]any{}
	for i := range rt.NumField() {
		f := rt.Field(i)
		if !f.IsExported() {
			continue
		}
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if name == "" || name == "-" || name == "edges" {
			continue
		}
		switch val := rv.Field(i).Interface().(type) {
		case time.Time:
			out[name] = val.UTC()
		case *time.Time:
			if val == nil {
				out[name] = nil
			} else {
				out[name] = val.UTC()
			}
		default:
			if fv := rv.Field(i); (fv.Kind() == reflect.Pointer || fv.Kind() == reflect.Map || fv.Kind() == reflect.Slice) && fv.IsNil() {
				out[name] = nil
			} else {
				out[name] = val
			}
		}
	}
	return out
}
