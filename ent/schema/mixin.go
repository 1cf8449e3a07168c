package schema

import (
	"github.com/vektah/gqlparser/v2/ast"
	"time"

	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/mixin"

	"github.com/rosterhq/roster/internal/pulid"
)

// IDMixin gives an entity a prefixed ULID primary key (see internal/pulid).
type IDMixin struct {
	mixin.Schema
	prefix string
}

// withID returns the ID mixin for the given prefix; the prefix must be
// registered in pulid.Prefixes.
func withID(prefix string) IDMixin {
	if _, ok := pulid.Prefixes[prefix]; !ok {
		panic("schema: unregistered id prefix " + prefix)
	}
	return IDMixin{prefix: prefix}
}

// Fields implements ent.Mixin.
func (m IDMixin) Fields() []ent.Field {
	p := m.prefix
	return []ent.Field{
		field.String("id").
			GoType(pulid.ID("")).
			MaxLen(40).
			NotEmpty().
			Immutable().
			DefaultFunc(func() pulid.ID { return pulid.New(p) }),
	}
}

// TimeMixin records when a row was created and last updated.
type TimeMixin struct{ mixin.Schema }

// Fields implements ent.Mixin.
func (TimeMixin) Fields() []ent.Field {
	return []ent.Field{
		field.Time("created_at").
			Immutable().
			Default(now).
			Annotations(entgql.OrderField("CREATED_AT")),
		field.Time("updated_at").
			Default(now).
			UpdateDefault(now).
			Annotations(entgql.OrderField("UPDATED_AT")),
	}
}

// CreatedMixin records when an append-only row was created.
type CreatedMixin struct{ mixin.Schema }

// Fields implements ent.Mixin.
func (CreatedMixin) Fields() []ent.Field {
	return []ent.Field{
		field.Time("created_at").Immutable().Default(now),
	}
}

// now returns the current time in UTC, truncated to microseconds so that a
// value survives a round trip through PostgreSQL unchanged.
func now() time.Time { return time.Now().UTC().Truncate(time.Microsecond) }

// hasPermission is the @hasPermission(permission: P) directive, for
// query fields entgql generates.
func hasPermission(p string) entgql.Directive {
	return entgql.NewDirective("hasPermission", &ast.Argument{
		Name:  "permission",
		Value: &ast.Value{Raw: p, Kind: ast.EnumValue},
	})
}
