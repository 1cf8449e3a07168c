package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"
	"github.com/rosterhq/roster/internal/access"

	"github.com/rosterhq/roster/internal/permission"
)

// Role is a named set of permissions. The built-in roles "admin" (every
// permission) and "user" (only their own account) always exist and cannot
// be changed or deleted.
type Role struct{ ent.Schema }

// Mixin implements ent.Schema.
func (Role) Mixin() []ent.Mixin { return []ent.Mixin{withID("rol"), TimeMixin{}} }

// Fields implements ent.Schema.
func (Role) Fields() []ent.Field {
	return []ent.Field{
		field.String("name").NotEmpty().MaxLen(64).
			Annotations(entgql.OrderField("NAME")),
		field.String("description").Optional().MaxLen(500),
		field.Bool("builtin").Default(false).Immutable().
			Comment("Built-in roles (admin, user) are created by Roster and cannot be edited."),
		field.JSON("permissions", []permission.Permission{}).
			Default([]permission.Permission{}).
			Annotations(entgql.Type("[Permission!]")),
	}
}

// Edges implements ent.Schema.
func (Role) Edges() []ent.Edge {
	return []ent.Edge{
		// Listed through users(where: {hasRoleWith: ...}), which pages and counts.
		edge.To("users", User.Type).
			Annotations(entgql.Skip(entgql.SkipAll)),
	}
}

// Indexes implements ent.Schema.
func (Role) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("name").Unique(),
		// Keyset pages of every ordering (see Customer).
		index.Fields("created_at", "id"),
		index.Fields("updated_at", "id"),
	}
}

// Annotations implements ent.Schema.
func (Role) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.QueryField("roles").Directives(entgql.NewDirective("auth")), entgql.RelayConnection()}
}

// Policy implements ent.Schema: see internal/access.
func (Role) Policy() ent.Policy { return access.RolePolicy() }
