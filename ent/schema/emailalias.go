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
)

// EmailAlias is an additional address of a user. Once confirmed it receives
// notifications and works for login and password reset.
type EmailAlias struct{ ent.Schema }

// Mixin implements ent.Schema.
func (EmailAlias) Mixin() []ent.Mixin { return []ent.Mixin{withID("eml"), CreatedMixin{}} }

// Fields implements ent.Schema.
func (EmailAlias) Fields() []ent.Field {
	return []ent.Field{
		field.String("email").NotEmpty().MaxLen(254).
			Comment("Trimmed and lower-cased; once confirmed, unique among aliases and against users' primary emails."),
		field.Time("confirmed_at").Optional().Nillable(),
	}
}

// Edges implements ent.Schema.
func (EmailAlias) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("user", User.Type).Ref("email_aliases").Unique().Required(),
		edge.To("tokens", OneTimeToken.Type).
			Annotations(entsql.OnDelete(entsql.Cascade), entgql.Skip(entgql.SkipAll)),
	}
}

// Indexes implements ent.Schema.
func (EmailAlias) Indexes() []ent.Index {
	return []ent.Index{
		// A confirmed address belongs to one account; pending ones may be
		// claimed by several accounts (so adding an address tells nobody
		// whether another account claims it), each account once.
		index.Fields("email").Unique().Annotations(entsql.IndexWhere("confirmed_at IS NOT NULL")).
			StorageKey("emailalias_email_confirmed"),
		index.Fields("email").Edges("user").Unique(),
		index.Edges("user"),
	}
}

// Annotations implements ent.Schema.
func (EmailAlias) Annotations() []schema.Annotation {
	return []schema.Annotation{entsql.Table("email_aliases")}
}

// Policy implements ent.Schema: see internal/access.
func (EmailAlias) Policy() ent.Policy { return access.EmailAliasPolicy() }
