package schema

import (
	"github.com/rosterhq/roster/internal/access"
	"time"

	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/field"
)

// Settings holds the instance-wide configuration an admin edits at run
// time. There is exactly one row, created at migration.
type Settings struct{ ent.Schema }

// Mixin implements ent.Schema.
func (Settings) Mixin() []ent.Mixin { return []ent.Mixin{withID("set"), TimeMixin{}} }

// Fields implements ent.Schema.
func (Settings) Fields() []ent.Field {
	return []ent.Field{
		field.Strings("allowed_redirect_hosts").Default([]string{}).
			Comment("Hosts that accept-invitation and login return URLs may point to."),
		field.Bool("self_signup_enabled").Default(false),
		field.Int("password_min_length").Default(12).Min(8).Max(128),
		field.Bool("password_forbid_names").Default(true).
			Comment("Refuse passwords that contain the user's first or last name."),
		field.Bool("password_forbid_common").Default(true).
			Comment("Refuse passwords from the built-in list of common passwords."),
		field.Int64("session_lifetime_seconds").Default(int64(30 * 24 * time.Hour / time.Second)).Positive(),
		field.Int64("session_idle_timeout_seconds").Default(int64(7 * 24 * time.Hour / time.Second)).Positive(),
		field.Int64("invitation_lifetime_seconds").Default(int64(7 * 24 * time.Hour / time.Second)).Positive(),
	}
}

// Annotations implements ent.Schema.
func (Settings) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.Skip(entgql.SkipWhereInput)}
}

// Policy implements ent.Schema: see internal/access.
func (Settings) Policy() ent.Policy { return access.SettingsPolicy() }
