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

// WebhookEndpoint receives signed notifications about user changes.
type WebhookEndpoint struct{ ent.Schema }

// Mixin implements ent.Schema.
func (WebhookEndpoint) Mixin() []ent.Mixin { return []ent.Mixin{withID("whe"), TimeMixin{}} }

// Fields implements ent.Schema.
func (WebhookEndpoint) Fields() []ent.Field {
	return []ent.Field{
		field.String("url").NotEmpty().MaxLen(2000),
		field.String("description").Optional().MaxLen(500),
		field.Strings("events").Default([]string{}).
			Comment("Subscribed event types, for example user.created; empty means all."),
		field.Bool("enabled").Default(true),
		field.String("secret").Sensitive().NotEmpty().
			Comment("Signing key (whsec_...). It must be readable to sign, so it is not hashed; it is never returned after creation.").
			Annotations(entgql.Skip(entgql.SkipAll)),
		field.String("previous_secret").Optional().Nillable().Sensitive().
			Comment("The key before the last rotation, still used to sign until previous_secret_expires_at.").
			Annotations(entgql.Skip(entgql.SkipAll)),
		field.Time("previous_secret_expires_at").Optional().Nillable(),
		field.Strings("skip_api_key_ids").Optional().
			Comment("Changes made with these API keys are not sent to this endpoint, so an integrator does not hear its own echoes."),
	}
}

// Edges implements ent.Schema.
func (WebhookEndpoint) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("deliveries", WebhookDelivery.Type).
			Annotations(entsql.OnDelete(entsql.Cascade), entgql.Skip(entgql.SkipAll)),
	}
}

// Annotations implements ent.Schema.
func (WebhookEndpoint) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.Skip(entgql.SkipWhereInput)}
}

// WebhookDelivery is one event to deliver to one endpoint: an outbox row
// written in the transaction of the change, claimed and sent by a worker.
type WebhookDelivery struct{ ent.Schema }

// Mixin implements ent.Schema.
func (WebhookDelivery) Mixin() []ent.Mixin { return []ent.Mixin{withID("whd"), TimeMixin{}} }

// Fields implements ent.Schema.
func (WebhookDelivery) Fields() []ent.Field {
	return []ent.Field{
		field.String("event_id").NotEmpty().MaxLen(64).Immutable().
			Comment("The webhook-id header: the same for every retry of this delivery."),
		field.String("event_type").NotEmpty().MaxLen(64).Immutable(),
		field.Text("payload").Immutable(),
		field.Enum("status").Values("PENDING", "SUCCEEDED", "DEAD").Default("PENDING"),
		field.Int("attempt_count").NonNegative().Default(0),
		field.Time("next_attempt_at").Default(now),
		field.Time("claimed_until").Optional().Nillable().
			Annotations(entgql.Skip(entgql.SkipAll)),
		field.String("last_error").Optional().Nillable().MaxLen(1000),
		field.Time("delivered_at").Optional().Nillable(),
	}
}

// Edges implements ent.Schema.
func (WebhookDelivery) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("endpoint", WebhookEndpoint.Type).Ref("deliveries").Unique().Required().Immutable(),
		edge.To("attempts", WebhookAttempt.Type).
			Annotations(entsql.OnDelete(entsql.Cascade)),
	}
}

// Indexes implements ent.Schema.
func (WebhookDelivery) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("status", "next_attempt_at"),
		// An endpoint's deliveries page by page, (endpoint, created_at,
		// id) and (endpoint, updated_at, id), are hand-written in
		// internal/database/migrations/raw: ent would put the edge's
		// column last.
	}
}

// Annotations implements ent.Schema.
func (WebhookDelivery) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.RelayConnection(), entgql.Skip(entgql.SkipWhereInput)}
}

// WebhookAttempt is one HTTP request made for a delivery, with its outcome.
type WebhookAttempt struct{ ent.Schema }

// Mixin implements ent.Schema.
func (WebhookAttempt) Mixin() []ent.Mixin { return []ent.Mixin{withID("wha"), CreatedMixin{}} }

// Fields implements ent.Schema.
func (WebhookAttempt) Fields() []ent.Field {
	return []ent.Field{
		field.Int("status_code").Optional().Nillable().Immutable(),
		field.String("error").Optional().Nillable().MaxLen(1000).Immutable(),
		field.Int("duration_ms").NonNegative().Immutable(),
	}
}

// Edges implements ent.Schema.
func (WebhookAttempt) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("delivery", WebhookDelivery.Type).Ref("attempts").Unique().Required().Immutable(),
	}
}

// Annotations implements ent.Schema.
func (WebhookAttempt) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.Skip(entgql.SkipWhereInput)}
}

// Policy implements ent.Schema: see internal/access.
func (WebhookEndpoint) Policy() ent.Policy { return access.WebhookPolicy() }

// Policy implements ent.Schema: see internal/access.
func (WebhookDelivery) Policy() ent.Policy { return access.WebhookPolicy() }

// Policy implements ent.Schema: see internal/access.
func (WebhookAttempt) Policy() ent.Policy { return access.WebhookPolicy() }
