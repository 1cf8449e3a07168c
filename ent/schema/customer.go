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

// Customer is an organisation the service provider works for. Users and API
// keys assigned to customers are restricted to the users of those customers.
type Customer struct{ ent.Schema }

// Mixin implements ent.Schema.
func (Customer) Mixin() []ent.Mixin { return []ent.Mixin{withID("cus"), TimeMixin{}} }

// Fields implements ent.Schema.
func (Customer) Fields() []ent.Field {
	return []ent.Field{
		field.String("name").NotEmpty().MaxLen(200).
			Annotations(entgql.OrderField("NAME")),
		field.String("external_id").Optional().Nillable().MaxLen(200).
			Comment("The customer's key in another system, for integrations."),
	}
}

// Edges implements ent.Schema.
func (Customer) Edges() []ent.Edge {
	return []ent.Edge{
		// Listed through users(where: {hasCustomersWith: ...}).
		edge.From("users", User.Type).Ref("customers").
			Annotations(entgql.Skip(entgql.SkipAll)),
		edge.From("api_keys", APIKey.Type).Ref("customers").
			Annotations(entgql.Skip(entgql.SkipAll)),
	}
}

// Indexes implements ent.Schema.
func (Customer) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("name").Unique(),
		index.Fields("external_id").Unique(),
		// Keyset pages of every ordering: (column, id) matches the
		// ORDER BY and the cursor's row comparison.
		index.Fields("created_at", "id"),
		index.Fields("updated_at", "id"),
	}
}

// Annotations implements ent.Schema.
func (Customer) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.QueryField("customers").Directives(entgql.NewDirective("auth")), entgql.RelayConnection()}
}

// Policy implements ent.Schema: see internal/access.
func (Customer) Policy() ent.Policy { return access.CustomerPolicy() }
