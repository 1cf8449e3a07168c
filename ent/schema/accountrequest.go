package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"
	"github.com/rosterhq/roster/internal/access"
)

// AccountRequest is an anonymous request about an address — a sign-up or
// a password reset — accepted by the API and carried out by a background
// worker. The API call only validates the input, hashes the password of a
// sign-up and stores the request: the same work whether or not the
// address has an account, so neither the answer nor its timing tells who
// is registered. The worker then creates the account, or sends the
// address's owner a notice, or a reset link (internal/users/requests.go).
type AccountRequest struct{ ent.Schema }

// Mixin implements ent.Schema.
func (AccountRequest) Mixin() []ent.Mixin { return []ent.Mixin{withID("acr"), CreatedMixin{}} }

// Fields implements ent.Schema.
func (AccountRequest) Fields() []ent.Field {
	return []ent.Field{
		field.Enum("kind").Values("SIGN_UP", "PASSWORD_RESET").Immutable(),
		field.String("email").NotEmpty().MaxLen(254).Immutable().
			Comment("Trimmed and lower-cased."),
		field.String("password_hash").Optional().Nillable().Sensitive().Immutable().
			Comment("SIGN_UP: the argon2id hash of the chosen password; the password itself is never stored."),
		field.JSON("profile", map[string]any{}).Optional().Immutable().
			Comment("SIGN_UP: the profile input, validated again when the account is created."),
	}
}

// Indexes implements ent.Schema.
func (AccountRequest) Indexes() []ent.Index {
	return []ent.Index{index.Fields("created_at")}
}

// Annotations implements ent.Schema.
func (AccountRequest) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.Skip(entgql.SkipAll)}
}

// Policy implements ent.Schema: see internal/access.
func (AccountRequest) Policy() ent.Policy { return access.AccountRequestPolicy() }
