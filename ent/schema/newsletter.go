package schema

import (
	"entgo.io/ent"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"
	"github.com/rosterhq/roster/internal/access"
)

// NewsletterSubscription is keyed by email address. It outlives the user it
// belongs to: deleting the user only clears the link.
type NewsletterSubscription struct{ ent.Schema }

// Mixin implements ent.Schema.
func (NewsletterSubscription) Mixin() []ent.Mixin {
	return []ent.Mixin{withID("nws"), TimeMixin{}}
}

// Fields implements ent.Schema.
func (NewsletterSubscription) Fields() []ent.Field {
	return []ent.Field{
		field.String("email").NotEmpty().MaxLen(254),
		field.Time("subscribed_at").Default(now),
		field.Time("unsubscribed_at").Optional().Nillable(),
	}
}

// Edges implements ent.Schema.
func (NewsletterSubscription) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("user", User.Type).Ref("newsletter_subscription").Unique(),
	}
}

// Indexes implements ent.Schema.
func (NewsletterSubscription) Indexes() []ent.Index {
	return []ent.Index{index.Fields("email").Unique()}
}

// Policy implements ent.Schema: see internal/access.
func (NewsletterSubscription) Policy() ent.Policy { return access.NewsletterSubscriptionPolicy() }
