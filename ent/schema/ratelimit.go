package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"
	"github.com/rosterhq/roster/internal/access"
)

// RateLimit is a fixed-window counter kept in the database so that every
// server process shares it, for example failed logins per account and per
// IP address.
type RateLimit struct{ ent.Schema }

// Mixin implements ent.Schema.
func (RateLimit) Mixin() []ent.Mixin { return []ent.Mixin{withID("lim")} }

// Fields implements ent.Schema.
func (RateLimit) Fields() []ent.Field {
	return []ent.Field{
		field.String("bucket").NotEmpty().MaxLen(300).
			Comment("What is counted, for example login:ip:203.0.113.9 (emails are hashed)."),
		field.Time("window_start"),
		field.Int("count").NonNegative().Default(0),
	}
}

// Indexes implements ent.Schema.
func (RateLimit) Indexes() []ent.Index {
	return []ent.Index{index.Fields("bucket").Unique(), index.Fields("window_start")}
}

// Annotations implements ent.Schema.
func (RateLimit) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.Skip(entgql.SkipAll)}
}

// Policy implements ent.Schema: see internal/access.
func (RateLimit) Policy() ent.Policy { return access.RateLimitPolicy() }
