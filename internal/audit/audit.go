// Package audit writes the change history of users: one AuditEntry per
// changed property, with the old and the new value, the source (PROFILE,
// ADMIN, API, SYSTEM) and the author. It is an ent hook on the User
// schema, so every path that changes a user — GraphQL, the OIDC
// callback, the CLI, workers — is recorded, in the same transaction as
// the change: a change that fails leaves no history, and history that
// fails undoes the change. AliasHook, on the EmailAlias schema, records
// the user's additional addresses the same way (see aliases.go).
//
// Secrets never enter the history: a password change is recorded as the
// property "password" without values. Bookkeeping columns (updated_at,
// sign-in facts, activity) are not recorded.
package audit

import (
	"context"
	"encoding/json"
	"fmt"
	"reflect"
	"slices"
	"sort"
	"strings"
	"time"

	"entgo.io/ent/dialect/sql"

	"github.com/rosterhq/roster/ent"
	"github.com/rosterhq/roster/ent/auditentry"
	"github.com/rosterhq/roster/ent/customer"
	"github.com/rosterhq/roster/ent/hook"
	"github.com/rosterhq/roster/ent/predicate"
	"github.com/rosterhq/roster/ent/privacy"
	"github.com/rosterhq/roster/ent/user"
	"github.com/rosterhq/roster/internal/access"
	"github.com/rosterhq/roster/internal/pulid"
	"github.com/rosterhq/roster/internal/viewer"
	"github.com/rosterhq/roster/internal/webhook"
)

// Property names that are not plain columns.
const (
	PropertyPassword  = "password"
	PropertyRole      = "role"
	PropertyCustomers = access.PropertyCustomers
	PropertyCreated   = "created"
	PropertyDeleted   = "deleted"
	// PropertyEmailSent records a message an administrator wrote to the
	// user: its subject and recipients, never its text.
	PropertyEmailSent = "email_sent"
	// PropertyDataExported records an export of the user's personal
	// data (users.Service.Export): who ran it and through which source,
	// never the content.
	PropertyDataExported = "data_exported"
)

// ignored fields are bookkeeping, not profile changes.
var ignored = []string{
	user.FieldUpdatedAt, user.FieldCreatedAt, user.FieldLastActiveAt, user.FieldSignInCount,
	user.FieldCurrentSignInAt, user.FieldLastSignInAt, user.FieldCurrentSignInIP, user.FieldLastSignInIP,
	user.FieldPasswordChangedAt,
}

type sourceKey struct{}

type skipKey struct{}

type authorKey struct{}

// WithoutHistory returns ctx whose user changes are not recorded. Only the
// demo-data generator (internal/seed) uses it: it writes its own
// realistic history in bulk, and generated people are not changes anyone
// made.
func WithoutHistory(ctx context.Context) context.Context {
	return context.WithValue(ctx, skipKey{}, true)
}

// WithSource marks the changes made with ctx as coming from source,
// overriding the default derived from the viewer.
func WithSource(ctx context.Context, source auditentry.Source) context.Context {
	return context.WithValue(ctx, sourceKey{}, source)
}

// AsSystem returns ctx acting as Roster itself, like
// viewer.SystemContext, for the steps of a caller's own operation that the
// caller's permissions do not cover — a user removing one of their
// aliases, or making one their primary address. The changes made with it
// are still recorded as the caller's: the history's source and author
// and the webhook's actor are those of ctx's viewer.
func AsSystem(ctx context.Context) context.Context {
	if _, ok := ctx.Value(authorKey{}).(*viewer.Viewer); !ok {
		ctx = context.WithValue(ctx, authorKey{}, viewer.FromContext(ctx))
	}
	return viewer.SystemContext(ctx)
}

// author returns who the changes made with ctx are recorded as made by:
// the caller kept by AsSystem, else the viewer.
func author(ctx context.Context) *viewer.Viewer {
	if v, ok := ctx.Value(authorKey{}).(*viewer.Viewer); ok {
		return v
	}
	return viewer.FromContext(ctx)
}

// SourceOf returns the source of changes made with ctx: the one set by
// WithSource, else API for API keys, PROFILE for a user changing
// themself, ADMIN for a user changing someone else, SYSTEM for Roster.
// The caller kept by AsSystem counts, not the system it acts as.
func SourceOf(ctx context.Context, subject pulid.ID) auditentry.Source {
	if s, ok := ctx.Value(sourceKey{}).(auditentry.Source); ok {
		return s
	}
	v := author(ctx)
	switch {
	case v.Kind == viewer.APIKey:
		return auditentry.SourceAPI
	case v.Kind == viewer.User && v.UserID == subject:
		return auditentry.SourcePROFILE
	case v.Kind == viewer.User:
		return auditentry.SourceADMIN
	default:
		return auditentry.SourceSYSTEM
	}
}

// Hook is the ent hook that records user changes.
func Hook() ent.Hook {
	return hook.On(func(next ent.Mutator) ent.Mutator {
		return hook.UserFunc(func(ctx context.Context, m *ent.UserMutation) (ent.Value, error) {
			if skip, _ := ctx.Value(skipKey{}).(bool); skip {
				return next.Mutate(ctx, m)
			}
			switch {
			case m.Op().Is(ent.OpCreate):
				return recordCreate(ctx, m, next)
			case m.Op().Is(ent.OpUpdateOne):
				return recordUpdate(ctx, m, next)
			case m.Op().Is(ent.OpDeleteOne):
				return recordDelete(ctx, m, next)
			default:
				// Bulk updates are Roster's own bookkeeping (none change
				// profile fields); bulk deletes do not exist.
				return next.Mutate(ctx, m)
			}
		})
	}, ent.OpCreate|ent.OpUpdateOne|ent.OpDeleteOne|ent.OpUpdate|ent.OpDelete)
}

type change struct {
	property string
	old, new *string
	// customer is the one customer a customers history entry is about.
	customer *pulid.ID
	// only says where the change goes: "" both, "history" or "webhook".
	only string
}

func recordCreate(ctx context.Context, m *ent.UserMutation, next ent.Mutator) (ent.Value, error) {
	v, err := next.Mutate(ctx, m)
	if err != nil {
		return v, err
	}
	u := v.(*ent.User)
	changes := []change{{property: PropertyCreated, new: ptr(string(u.Source))}}
	for _, f := range m.Fields() {
		if slices.Contains(ignored, f) || f == user.FieldSource {
			continue
		}
		val, _ := m.Field(f)
		changes = append(changes, fieldChange(f, nil, val))
	}
	if id, ok := m.RoleID(); ok {
		changes = append(changes, change{property: PropertyRole, new: roleName(ctx, m.Client(), id)})
	}
	if ids := m.CustomersIDs(); len(ids) > 0 {
		changes = append(changes, customerChanges(ctx, m.Client(), nil, ids)...)
	}
	return v, write(ctx, m.Client(), u.ID, u.ID, changes, webhook.UserCreated)
}

func recordUpdate(ctx context.Context, m *ent.UserMutation, next ent.Mutator) (ent.Value, error) {
	id, _ := m.ID()
	sys := viewer.SystemContext(ctx)
	var changes []change
	fields, err := fieldChanges(ctx, m)
	if err != nil {
		return nil, err
	}
	for _, d := range fields {
		if !slices.Contains(ignored, d.field) {
			changes = append(changes, d.change)
		}
	}
	if newRole, ok := m.RoleID(); ok {
		oldRole, err := m.Client().User.Query().Where(user.ID(id)).QueryRole().OnlyID(sys)
		if err == nil && oldRole != newRole {
			changes = append(changes, change{property: PropertyRole, old: roleName(ctx, m.Client(), oldRole), new: roleName(ctx, m.Client(), newRole)})
		}
	}
	var oldCustomers []pulid.ID
	customersChanged := len(m.CustomersIDs())+len(m.RemovedCustomersIDs()) > 0 || m.CustomersCleared()
	if customersChanged {
		if oldCustomers, err = m.Client().User.Query().Where(user.ID(id)).QueryCustomers().IDs(sys); err != nil {
			return nil, fmt.Errorf("audit: old customers: %w", err)
		}
	}
	v, err := next.Mutate(ctx, m)
	if err != nil {
		return v, err
	}
	if customersChanged {
		ids, err := m.Client().User.Query().Where(user.ID(id)).QueryCustomers().IDs(sys)
		if err != nil {
			return nil, fmt.Errorf("audit: new customers: %w", err)
		}
		changes = append(changes, customerChanges(ctx, m.Client(), oldCustomers, ids)...)
	}
	events := []string{webhook.UserUpdated}
	for _, c := range changes {
		switch {
		case c.property == user.FieldEmail:
			events = append(events, webhook.UserEmailChanged)
		case c.property == user.FieldLockedAt && c.old == nil && c.new != nil:
			events = append(events, webhook.UserLocked)
		case c.property == user.FieldLockedAt && c.old != nil && c.new == nil:
			events = append(events, webhook.UserUnlocked)
		}
	}
	return v, write(ctx, m.Client(), id, id, changes, events...)
}

func recordDelete(ctx context.Context, m *ent.UserMutation, next ent.Mutator) (ent.Value, error) {
	id, _ := m.ID()
	v, err := next.Mutate(ctx, m)
	if err != nil {
		return v, err
	}
	// The user's own entries went with them (ON DELETE CASCADE); this one
	// is not linked to the user and holds no personal data.
	return v, write(ctx, m.Client(), id, "", []change{{property: PropertyDeleted}}, webhook.UserDeleted)
}

// write stores the entries in the mutation's transaction, acting as the
// system (callers cannot write history directly), and queues the webhook
// events that announce the change, in the same transaction.
func write(ctx context.Context, client *ent.Client, subject, userID pulid.ID, changes []change, events ...string) error {
	if len(changes) == 0 {
		return nil
	}
	v := author(ctx)
	data := webhook.Data{UserID: string(subject), Source: string(SourceOf(ctx, subject)), Actor: webhook.ActorOf(viewer.NewContext(ctx, v))}
	for _, c := range changes {
		if c.property == PropertyDeleted || c.only == "history" {
			continue
		}
		data.Changes = append(data.Changes, webhook.Change{Property: c.property, Old: c.old, New: c.new})
	}
	for _, e := range events {
		if err := webhook.Emit(ctx, client, e, data); err != nil {
			return err
		}
	}
	source := SourceOf(ctx, subject)
	now := time.Now().UTC().Truncate(time.Microsecond)
	sys := privacy.DecisionContext(viewer.SystemContext(ctx), privacy.Allow)
	builders := make([]*ent.AuditEntryCreate, 0, len(changes))
	for _, c := range changes {
		if c.only == "webhook" {
			continue
		}
		b := client.AuditEntry.Create().SetSubjectID(subject).SetProperty(c.property).
			SetNillableOldValue(c.old).SetNillableNewValue(c.new).SetSource(source).SetCreatedAt(now).
			SetNillableCustomerID(c.customer)
		if userID != "" {
			b.SetUserID(userID)
		}
		switch v.Kind {
		case viewer.User:
			b.SetAuthorUserID(v.UserID).SetAuthorLabel(string(v.UserID))
		case viewer.APIKey:
			b.SetAuthorAPIKeyID(v.APIKeyID).SetAuthorLabel(string(v.APIKeyID))
		}
		builders = append(builders, b)
	}
	if err := client.AuditEntry.CreateBulk(builders...).Exec(sys); err != nil {
		return fmt.Errorf("audit: write history of %s: %w", subject, err)
	}
	return nil
}

// Record writes one history entry about user subject that is an event
// rather than a changed column (such as PropertyEmailSent), through
// client — pass the transaction of the operation, so that the entry and
// the operation commit together. Source and author are those of ctx, as
// for every change; no webhook is sent.
func Record(ctx context.Context, client *ent.Client, subject pulid.ID, property string, value *string) error {
	return write(ctx, client, subject, subject, []change{{property: property, new: value}})
}

// ChangedFields returns the fields an update of one user really changes:
// those whose value, rendered the way the history shows it, differs from
// the stored one. Setting a field to its current value is no change.
func ChangedFields(ctx context.Context, m *ent.UserMutation) ([]string, error) {
	fields, err := fieldChanges(ctx, m)
	if err != nil {
		return nil, err
	}
	out := make([]string, len(fields))
	for i, d := range fields {
		out[i] = d.field
	}
	return out, nil
}

// fieldDiff is a changed field and its change as the history shows it.
type fieldDiff struct {
	field string
	change
}

// fieldChanges compares every field the update sets or clears with its
// stored value and returns those that differ, in the order the mutation
// names them. A password hash always counts as changed.
func fieldChanges(ctx context.Context, m *ent.UserMutation) ([]fieldDiff, error) {
	var out []fieldDiff
	for _, f := range append(m.Fields(), m.ClearedFields()...) {
		old, err := m.OldField(ctx, f)
		if err != nil {
			return nil, fmt.Errorf("audit: old %s: %w", f, err)
		}
		val, set := m.Field(f)
		if !set || slices.Contains(m.ClearedFields(), f) {
			val = nil // cleared: Field reports the zero value
		}
		if c := fieldChange(f, old, val); !equal(c.old, c.new) || f == user.FieldPasswordHash {
			out = append(out, fieldDiff{field: f, change: c})
		}
	}
	return out, nil
}

// fieldChange renders a field's old and new value as text.
func fieldChange(field string, old, new any) change {
	if field == user.FieldPasswordHash {
		return change{property: PropertyPassword}
	}
	if field == user.FieldBirthday {
		return change{property: field, old: renderDate(old), new: renderDate(new)}
	}
	return change{property: field, old: render(old), new: render(new)}
}

// render writes a value the way the history shows it: text as is, times
// in RFC 3339 (dates as YYYY-MM-DD), everything else as JSON; nil and
// empty values as no value.
func render(v any) *string {
	if rv := reflect.ValueOf(v); rv.Kind() == reflect.Pointer {
		if rv.IsNil() {
			return nil
		}
		return render(rv.Elem().Interface())
	}
	switch x := v.(type) {
	case nil:
		return nil
	case string:
		return nonEmpty(x)
	case *string:
		if x == nil {
			return nil
		}
		return nonEmpty(*x)
	case time.Time:
		return ptr(formatTime(x))
	case *time.Time:
		if x == nil {
			return nil
		}
		return ptr(formatTime(*x))
	case fmt.Stringer:
		return nonEmpty(x.String())
	}
	b, err := json.Marshal(v)
	if err != nil || string(b) == "null" || string(b) == "{}" || string(b) == "[]" {
		return nil
	}
	return ptr(string(b))
}

func formatTime(t time.Time) string { return t.UTC().Format(time.RFC3339) }

// renderDate writes a calendar date (the birthday) as YYYY-MM-DD.
func renderDate(v any) *string {
	switch x := v.(type) {
	case time.Time:
		return ptr(x.UTC().Format("2006-01-02"))
	case *time.Time:
		if x != nil {
			return ptr(x.UTC().Format("2006-01-02"))
		}
	}
	return nil
}

func roleName(ctx context.Context, client *ent.Client, id pulid.ID) *string {
	r, err := client.Role.Get(viewer.SystemContext(ctx), id)
	if err != nil {
		return ptr(string(id))
	}
	return ptr(r.Name)
}

// customerChanges describes a change of a user's customers from before to
// after: for the history, one entry per customer added (new value: its
// name) or removed (old value), each naming its customer, so that a
// caller restricted to customers sees the changes of its own customers
// and nothing of the others; for webhooks, one change listing all names
// before and after.
func customerChanges(ctx context.Context, client *ent.Client, before, after []pulid.ID) []change {
	names := customerNameMap(ctx, client, append(slices.Clone(before), after...))
	var out []change
	for _, id := range after {
		if !slices.Contains(before, id) {
			out = append(out, change{property: PropertyCustomers, new: ptr(names[id]), customer: ptr(id), only: "history"})
		}
	}
	for _, id := range before {
		if !slices.Contains(after, id) {
			out = append(out, change{property: PropertyCustomers, old: ptr(names[id]), customer: ptr(id), only: "history"})
		}
	}
	if len(out) == 0 {
		return nil
	}
	return append(out, change{property: PropertyCustomers, old: joinNames(names, before), new: joinNames(names, after), only: "webhook"})
}

// customerNameMap returns the names of the customers, by ID; a customer
// that cannot be read is named by its ID.
func customerNameMap(ctx context.Context, client *ent.Client, ids []pulid.ID) map[pulid.ID]string {
	out := make(map[pulid.ID]string, len(ids))
	for _, id := range ids {
		out[id] = string(id)
	}
	if len(ids) == 0 {
		return out
	}
	cs, err := client.Customer.Query().Where(customer.IDIn(ids...)).All(viewer.SystemContext(ctx))
	if err != nil {
		return out
	}
	for _, c := range cs {
		out[c.ID] = c.Name
	}
	return out
}

func joinNames(names map[pulid.ID]string, ids []pulid.ID) *string {
	if len(ids) == 0 {
		return nil
	}
	list := make([]string, len(ids))
	for i, id := range ids {
		list[i] = names[id]
	}
	sort.Strings(list)
	return ptr(strings.Join(list, ", "))
}

func equal(a, b *string) bool { return (a == nil && b == nil) || (a != nil && b != nil && *a == *b) }

func nonEmpty(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

func ptr[T any](v T) *T { return &v }

// Search returns the history filter of User.history: entries whose
// property or values contain text (case-insensitively), and, with
// hideUnchanged, only entries whose old and new values differ.
func Search(text *string, hideUnchanged bool) predicate.AuditEntry {
	var ps []predicate.AuditEntry
	if text != nil && strings.TrimSpace(*text) != "" {
		t := strings.TrimSpace(*text)
		ps = append(ps, auditentry.Or(auditentry.PropertyContainsFold(t),
			auditentry.OldValueContainsFold(t), auditentry.NewValueContainsFold(t)))
	}
	if hideUnchanged {
		ps = append(ps, func(s *sql.Selector) {
			// Unchanged means both values set and equal. Entries without
			// values (a password change, a deletion) are events and stay.
			s.Where(sql.Or(
				sql.IsNull(s.C(auditentry.FieldOldValue)), sql.IsNull(s.C(auditentry.FieldNewValue)),
				sql.ColumnsNEQ(s.C(auditentry.FieldOldValue), s.C(auditentry.FieldNewValue)),
			))
		})
	}
	if len(ps) == 0 {
		return func(*sql.Selector) {}
	}
	return auditentry.And(ps...)
}
