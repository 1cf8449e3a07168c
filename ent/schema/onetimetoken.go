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

// OneTimeToken is a single-use, expiring secret sent by mail: an invitation,
// an email or alias confirmation, an email change or a password reset. Only
// its SHA-256 hash is stored. Issuing a token of a kind invalidates the
// user's older tokens of that kind.
type OneTimeToken struct{ ent.Schema }

// Mixin implements ent.Schema.
func (OneTimeToken) Mixin() []ent.Mixin { return []ent.Mixin{withID("otk"), CreatedMixin{}} }

// Fields implements ent.Schema.
func (OneTimeToken) Fields() []ent.Field {
	return []ent.Field{
		field.Enum("kind").
			Values("INVITATION", "EMAIL_CONFIRMATION", "EMAIL_CHANGE", "ALIAS_CONFIRMATION", "PASSWORD_RESET").
			Immutable(),
		field.Bytes("token_hash").Sensitive().Immutable().NotEmpty(),
		field.String("new_email").Optional().Nillable().MaxLen(254).Immutable().
			Comment("For EMAIL_CHANGE: the address the user confirms."),
		field.Time("expires_at").Immutable(),
		field.Time("used_at").Optional().Nillable(),
		field.Time("invalidated_at").Optional().Nillable(),
	}
}

// Edges implements ent.Schema.
func (OneTimeToken) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("user", User.Type).Ref("tokens").Unique().Required().Immutable(),
		edge.From("email_alias", EmailAlias.Type).Ref("tokens").Unique().Immutable(),
	}
}

// Indexes implements ent.Schema.
func (OneTimeToken) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("token_hash").Unique(),
		index.Edges("user").Fields("kind"),
	}
}

// Annotations implements ent.Schema.
func (OneTimeToken) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.Skip(entgql.SkipAll)}
}

// Policy implements ent.Schema: see internal/access.
func (OneTimeToken) Policy() ent.Policy { return access.OneTimeTokenPolicy() }
