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

// User is an account: the person behind it (contact data, custom
// attributes), how it came to be (source, invitation, confirmation), how it
// signs in (sign-in facts) and what it may do (role, customers).
type User struct{ ent.Schema }

// Mixin implements ent.Schema.
func (User) Mixin() []ent.Mixin { return []ent.Mixin{withID("usr"), TimeMixin{}} }

// Fields implements ent.Schema.
func (User) Fields() []ent.Field {
	return []ent.Field{
		// Account.
		field.String("email").
			NotEmpty().MaxLen(254).
			Comment("Primary email address, trimmed and lower-cased; unique across users and confirmed aliases.").
			Annotations(entgql.OrderField("EMAIL")),
		field.String("unconfirmed_email").
			Optional().Nillable().MaxLen(254).
			Comment("New address waiting for the user's confirmation; the primary email stays until then."),
		field.String("password_hash").
			Optional().Nillable().Sensitive().
			Annotations(entgql.Skip(entgql.SkipAll)),
		field.Time("password_changed_at").Optional().Nillable().
			Annotations(entgql.Skip(entgql.SkipWhereInput)),
		field.Enum("source").
			Values("WEB", "API", "ADMIN").
			Immutable().
			Comment("How the account was created: WEB self sign-up, API third party, ADMIN by an administrator."),
		field.Time("confirmed_at").Optional().Nillable(),
		field.Time("last_confirmed_by_admin_at").Optional().Nillable(),
		field.Time("locked_at").Optional().Nillable(),
		field.String("lock_reason").Optional().Nillable().MaxLen(500).
			Annotations(entgql.Skip(entgql.SkipWhereInput)),
		field.Time("lock_expires_at").Optional().Nillable().
			Comment("When set, the lock ends by itself at this time."),

		// Contact.
		field.Enum("salutation").Values("MR", "MRS", "DIVERS").Optional().Nillable(),
		field.String("first_name").Optional().Nillable().MaxLen(100),
		field.String("last_name").Optional().Nillable().MaxLen(100).
			Annotations(entgql.OrderField("LAST_NAME")),
		field.String("phone").Optional().Nillable().MaxLen(20).
			Comment("E.164, for example +4930123456."),
		field.Time("birthday").Optional().Nillable().
			Annotations(entgql.Type("Date")),
		field.String("company").Optional().Nillable().MaxLen(200),
		field.String("street").Optional().Nillable().MaxLen(200).
			Comment("Street and house number."),
		field.String("address_addition").Optional().Nillable().MaxLen(200),
		field.String("city").Optional().Nillable().MaxLen(100),
		field.String("zip").Optional().Nillable().MaxLen(20),
		field.String("country").Optional().Nillable().MinLen(2).MaxLen(2).
			Comment("ISO 3166-1 alpha-2, upper case."),

		// Further information.
		field.JSON("custom_attributes", map[string]any{}).
			Optional().
			Comment("Values of the admin-defined attribute definitions, keyed by definition key.").
			Annotations(entgql.Type("Map")),
		field.Strings("blocked_fields").
			Optional().
			Comment("Profile fields the user may no longer edit themselves."),

		// Sign-up information.
		field.String("accept_invitation_return_url").Optional().Nillable().MaxLen(2000).
			Annotations(entgql.Skip(entgql.SkipWhereInput)),
		field.Time("confirmation_sent_at").Optional().Nillable(),
		field.Time("invitation_created_at").Optional().Nillable(),
		field.Time("invitation_sent_at").Optional().Nillable(),
		field.Time("reset_password_sent_at").Optional().Nillable(),
		field.Int("sign_in_count").NonNegative().Default(0),
		field.Time("current_sign_in_at").Optional().Nillable().
			Annotations(entgql.OrderField("CURRENT_SIGN_IN_AT")),
		field.Time("last_sign_in_at").Optional().Nillable().
			Annotations(entgql.OrderField("LAST_SIGN_IN_AT")),
		field.String("current_sign_in_ip").Optional().Nillable().MaxLen(45).
			Annotations(entgql.Skip(entgql.SkipWhereInput)),
		field.String("last_sign_in_ip").Optional().Nillable().MaxLen(45).
			Annotations(entgql.Skip(entgql.SkipWhereInput)),
		field.Time("last_active_at").Optional().Nillable().
			Comment("Last authenticated request; written at most once a minute per user.").
			Annotations(entgql.OrderField("LAST_ACTIVE_AT")),
		field.String("alias_text").Optional().Nillable().
			Comment("The confirmed alias addresses, sorted and joined by spaces (none: NULL), for search: kept by internal/aliastext in the transaction of every alias change, never set otherwise.").
			Annotations(entgql.Skip(entgql.SkipAll)),
	}
}

// Edges implements ent.Schema.
func (User) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("role", Role.Type).Ref("users").Unique().Required(),
		edge.To("customers", Customer.Type),
		edge.To("email_aliases", EmailAlias.Type).
			Annotations(entsql.OnDelete(entsql.Cascade)),
		edge.To("sessions", Session.Type).
			Annotations(entsql.OnDelete(entsql.Cascade), entgql.Skip(entgql.SkipAll)),
		edge.To("tokens", OneTimeToken.Type).
			Annotations(entsql.OnDelete(entsql.Cascade), entgql.Skip(entgql.SkipAll)),
		edge.To("oidc_identities", OIDCIdentity.Type).
			Annotations(entsql.OnDelete(entsql.Cascade)),
		// Read through User.history (paged, searchable) instead.
		edge.To("audit_entries", AuditEntry.Type).
			Annotations(entsql.OnDelete(entsql.Cascade), entgql.Skip(entgql.SkipAll)),
		edge.To("authored_audit_entries", AuditEntry.Type).
			Annotations(entsql.OnDelete(entsql.SetNull), entgql.Skip(entgql.SkipAll)),
		edge.To("locked_users", User.Type).
			From("locked_by").Unique().
			Annotations(entsql.OnDelete(entsql.SetNull), entgql.Skip(entgql.SkipWhereInput)),
		edge.To("newsletter_subscription", NewsletterSubscription.Type).Unique().
			Annotations(entsql.OnDelete(entsql.SetNull)),
		// A deleted user's mails go with them: they hold the address, the
		// name and, until sent, one-time links.
		edge.To("outgoing_mails", OutgoingMail.Type).
			Annotations(entsql.OnDelete(entsql.Cascade), entgql.Skip(entgql.SkipAll)),
		edge.To("created_api_keys", APIKey.Type).
			Annotations(entsql.OnDelete(entsql.SetNull), entgql.Skip(entgql.SkipAll)),
	}
}

// Indexes implements ent.Schema. Every ordering of the users connection has
// a (field, id) index so that keyset pagination never sorts a full table.
func (User) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("email").Unique(),
		index.Fields("unconfirmed_email"),
		index.Edges("role"),
		index.Fields("last_name", "id"),
		index.Fields("created_at", "id"),
		index.Fields("updated_at", "id"),
		index.Fields("last_active_at", "id"),
		index.Fields("current_sign_in_at", "id"),
		index.Fields("last_sign_in_at", "id"),
		index.Fields("confirmed_at"),
		// The status filters other than CONFIRMED (users.HasStatus): the
		// unconfirmed users by invitation and source, a small part of all.
		index.Fields("invitation_sent_at", "source").
			Annotations(entsql.IndexWhere("confirmed_at IS NULL")).
			StorageKey("user_unconfirmed_status"),
		index.Fields("locked_at"),
		index.Fields("source"),
	}
}

// Annotations implements ent.Schema.
func (User) Annotations() []schema.Annotation {
	return []schema.Annotation{
		entgql.RelayConnection(),
	}
}

// Policy implements ent.Schema: see internal/access.
func (User) Policy() ent.Policy { return access.UserPolicy() }
