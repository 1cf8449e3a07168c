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

// OutgoingMail is a rendered message waiting in the outbox: written in the
// transaction of the change that caused it, sent by a worker after commit.
type OutgoingMail struct{ ent.Schema }

// Mixin implements ent.Schema.
func (OutgoingMail) Mixin() []ent.Mixin { return []ent.Mixin{withID("mal"), TimeMixin{}} }

// Fields implements ent.Schema.
func (OutgoingMail) Fields() []ent.Field {
	return []ent.Field{
		field.String("template").NotEmpty().MaxLen(64).Immutable().
			Comment("invitation, confirmation, email_change, alias_confirmation, password_reset, test"),
		field.String("to").NotEmpty().MaxLen(254).Immutable(),
		field.String("subject").NotEmpty().MaxLen(300).Immutable(),
		// The bodies hold one-time links: never shown through the API, and
		// emptied once the message is sent.
		field.Text("text_body").Sensitive().
			Annotations(entgql.Skip(entgql.SkipAll)),
		field.Text("html_body").Sensitive().
			Annotations(entgql.Skip(entgql.SkipAll)),
		field.Enum("status").Values("PENDING", "SENT", "DEAD").Default("PENDING").
			Comment("PENDING: waiting for (another) attempt; SENT: accepted by the SMTP server; DEAD: every attempt failed, see lastError"),
		field.Int("attempt_count").NonNegative().Default(0),
		field.Time("next_attempt_at").Default(now),
		field.Time("claimed_until").Optional().Nillable().
			Annotations(entgql.Skip(entgql.SkipAll)),
		field.String("last_error").Optional().Nillable().MaxLen(1000).
			Comment("Why the last attempt failed, as the mail server or the connection said."),
		field.Time("sent_at").Optional().Nillable(),
	}
}

// Edges implements ent.Schema.
func (OutgoingMail) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("user", User.Type).Ref("outgoing_mails").Unique(),
	}
}

// Indexes implements ent.Schema.
func (OutgoingMail) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("status", "next_attempt_at"),
		// Mails to an address in the last minutes: the per-address mail
		// limit of anonymous requests (internal/users/limits.go).
		index.Fields("to", "created_at"),
		// Keyset pages of the outbox in either ordering.
		index.Fields("created_at", "id"),
		index.Fields("updated_at", "id"),
	}
}

// Annotations implements ent.Schema.
func (OutgoingMail) Annotations() []schema.Annotation {
	return []schema.Annotation{
		entgql.QueryField("outgoingMails").Directives(hasPermission("SETTINGS_MANAGE")).
			Description("The mail outbox, newest first by default: what was sent, what waits for another attempt, and what failed for good (DEAD, with lastError). Message bodies are never shown."),
		entgql.RelayConnection(),
	}
}

// Policy implements ent.Schema: see internal/access.
func (OutgoingMail) Policy() ent.Policy { return access.OutgoingMailPolicy() }
