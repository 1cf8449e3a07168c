package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/dialect/entsql"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"
	"github.com/rosterhq/roster/internal/access"

	"github.com/rosterhq/roster/internal/permission"
)

// APIKey lets another system call Roster. The secret is shown once; only
// its SHA-256 hash is stored, next to a short public prefix that identifies
// the key in lists and logs.
type APIKey struct{ ent.Schema }

// Mixin implements ent.Schema.
func (APIKey) Mixin() []ent.Mixin { return []ent.Mixin{withID("key"), TimeMixin{}} }

// Fields implements ent.Schema.
func (APIKey) Fields() []ent.Field {
	return []ent.Field{
		field.String("name").NotEmpty().MaxLen(200).
			Annotations(entgql.OrderField("NAME")),
		field.String("prefix").NotEmpty().MaxLen(32).Immutable().
			Comment("Public start of the key, for example rk_3f9a1c, shown in lists."),
		field.Bytes("secret_hash").Sensitive().Immutable().NotEmpty(),
		field.JSON("permissions", []permission.Permission{}).
			Default([]permission.Permission{}).
			Annotations(entgql.Type("[Permission!]")),
		field.Time("expires_at").Optional().Nillable(),
		field.Time("last_used_at").Optional().Nillable(),
		field.Time("revoked_at").Optional().Nillable(),
	}
}

// Edges implements ent.Schema.
func (APIKey) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("customers", Customer.Type),
		edge.From("created_by", User.Type).Ref("created_api_keys").Unique().Immutable(),
		edge.To("audit_entries", AuditEntry.Type).
			Annotations(entsql.OnDelete(entsql.SetNull), entgql.Skip(entgql.SkipAll)),
	}
}

// Indexes implements ent.Schema.
func (APIKey) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("secret_hash").Unique(),
		index.Fields("prefix").Unique(),
	}
}

// Annotations implements ent.Schema.
func (APIKey) Annotations() []schema.Annotation {
	return []schema.Annotation{
		entgql.Skip(entgql.SkipWhereInput),
		entsql.Table("api_keys"),
	}
}

// Policy implements ent.Schema: see internal/access.
func (APIKey) Policy() ent.Policy { return access.APIKeyPolicy() }
