package schema

import (
	"entgo.io/ent"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"
	"github.com/rosterhq/roster/internal/access"
)

// OIDCIdentity links an OpenID Connect account, named by issuer and
// subject, to a user.
type OIDCIdentity struct{ ent.Schema }

// Mixin implements ent.Schema.
func (OIDCIdentity) Mixin() []ent.Mixin { return []ent.Mixin{withID("oid"), CreatedMixin{}} }

// Fields implements ent.Schema.
func (OIDCIdentity) Fields() []ent.Field {
	return []ent.Field{
		field.String("issuer").NotEmpty().MaxLen(500).Immutable(),
		field.String("subject").NotEmpty().MaxLen(255).Immutable(),
		field.String("email").Optional().Nillable().MaxLen(254),
		field.Time("last_used_at").Optional().Nillable(),
	}
}

// Edges implements ent.Schema.
func (OIDCIdentity) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("user", User.Type).Ref("oidc_identities").Unique().Required().Immutable(),
	}
}

// Indexes implements ent.Schema.
func (OIDCIdentity) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("issuer", "subject").Unique(),
		index.Edges("user"),
	}
}

// Policy implements ent.Schema: see internal/access.
func (OIDCIdentity) Policy() ent.Policy { return access.OIDCIdentityPolicy() }
