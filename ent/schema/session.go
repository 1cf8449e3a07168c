package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"
	"github.com/rosterhq/roster/internal/access"
)

// Session is a signed-in browser or app. Only the SHA-256 hash of its token
// is stored; the token itself exists only in the client's cookie or storage.
type Session struct{ ent.Schema }

// Mixin implements ent.Schema.
func (Session) Mixin() []ent.Mixin { return []ent.Mixin{withID("ses"), CreatedMixin{}} }

// Fields implements ent.Schema.
func (Session) Fields() []ent.Field {
	return []ent.Field{
		field.Bytes("token_hash").Sensitive().Immutable().NotEmpty(),
		field.Enum("method").Values("PASSWORD", "OIDC").Immutable(),
		field.Time("expires_at"),
		field.Time("last_seen_at").Default(now),
		field.Time("revoked_at").Optional().Nillable(),
		field.String("ip").Optional().MaxLen(45).Immutable(),
		field.String("user_agent").Optional().MaxLen(500).Immutable(),
	}
}

// Edges implements ent.Schema.
func (Session) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("user", User.Type).Ref("sessions").Unique().Required().Immutable(),
	}
}

// Indexes implements ent.Schema.
func (Session) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("token_hash").Unique(),
		index.Edges("user"),
		index.Fields("expires_at"),
	}
}

// Annotations implements ent.Schema.
func (Session) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.Skip(entgql.SkipWhereInput, entgql.SkipOrderField)}
}

// Policy implements ent.Schema: see internal/access.
func (Session) Policy() ent.Policy { return access.SessionPolicy() }
