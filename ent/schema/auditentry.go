package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"
	"github.com/rosterhq/roster/internal/access"

	"github.com/rosterhq/roster/internal/pulid"
)

// AuditEntry records one changed property of one user: the old and the new
// value, where the change came from and who made it. Entries are never
// updated. Deleting a user deletes their entries; the one entry that records
// the deletion keeps only the user's ID (subject_id), no personal data.
type AuditEntry struct{ ent.Schema }

// Mixin implements ent.Schema.
func (AuditEntry) Mixin() []ent.Mixin { return []ent.Mixin{withID("aud")} }

// Fields implements ent.Schema.
func (AuditEntry) Fields() []ent.Field {
	return []ent.Field{
		field.String("subject_id").GoType(pulid.ID("")).Immutable().
			Comment("ID of the user the entry is about; kept after the user is deleted.").
			Annotations(entgql.Skip(entgql.SkipWhereInput)),
		field.String("property").NotEmpty().MaxLen(100).Immutable().
			Comment("Changed field, for example last_name, or an event such as deleted."),
		field.Text("old_value").Optional().Nillable().Immutable(),
		field.Text("new_value").Optional().Nillable().Immutable(),
		field.Enum("source").Values("PROFILE", "ADMIN", "API", "SYSTEM").Immutable().
			Comment("PROFILE self-service, ADMIN an administrator, API an API key, SYSTEM Roster itself."),
		field.String("author_label").Optional().Nillable().MaxLen(300).Immutable().
			Comment("Who made the change as it read then (an ID), kept when the author is deleted."),
		field.String("customer_id").GoType(pulid.ID("")).Optional().Nillable().Immutable().
			Comment("For a customers entry: the one customer added (new value) or removed (old value). Callers restricted to customers see only the entries of their own customers.").
			Annotations(entgql.Skip(entgql.SkipAll)),
		field.Time("created_at").Immutable().Default(now).
			Annotations(entgql.OrderField("CREATED_AT")),
	}
}

// Edges implements ent.Schema.
func (AuditEntry) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("user", User.Type).Ref("audit_entries").Unique().Immutable(),
		edge.From("author_user", User.Type).Ref("authored_audit_entries").Unique().Immutable(),
		edge.From("author_api_key", APIKey.Type).Ref("audit_entries").Unique().Immutable(),
	}
}

// Indexes implements ent.Schema.
func (AuditEntry) Indexes() []ent.Index {
	return []ent.Index{
		// A user's history, newest first: (user, created_at, id) is
		// hand-written in internal/database/migrations/raw, as ent puts
		// an edge's column after the fields.
		index.Fields("created_at", "id"),
		index.Fields("subject_id"),
		index.Fields("property"),
		index.Edges("author_user"),
		index.Edges("author_api_key"),
	}
}

// Annotations implements ent.Schema.
func (AuditEntry) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.QueryField("auditEntries").Directives(hasPermission("AUDIT_READ")), entgql.RelayConnection()}
}

// Interceptors implements ent.Schema: see internal/access.
func (AuditEntry) Interceptors() []ent.Interceptor {
	return []ent.Interceptor{access.RedactAuditAuthors()}
}

// Policy implements ent.Schema: see internal/access.
func (AuditEntry) Policy() ent.Policy { return access.AuditEntryPolicy() }
