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
		index.Edges("user").Fields("created_at", "id"),
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

// Policy implements ent.Schema: see internal/access.
func (AuditEntry) Policy() ent.Policy { return access.AuditEntryPolicy() }
