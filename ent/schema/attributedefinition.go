package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"
	"github.com/rosterhq/roster/internal/access"
)

// AttributeDefinition declares a custom attribute ("further information"):
// its key, type and rules. User.custom_attributes values are validated
// against these definitions.
type AttributeDefinition struct{ ent.Schema }

// Mixin implements ent.Schema.
func (AttributeDefinition) Mixin() []ent.Mixin {
	return []ent.Mixin{withID("atd"), TimeMixin{}}
}

// Fields implements ent.Schema.
func (AttributeDefinition) Fields() []ent.Field {
	return []ent.Field{
		field.String("key").NotEmpty().MaxLen(64).Immutable().
			Match(attributeKeyPattern).
			Comment("Lower snake case, for example membership_number.").
			Annotations(entgql.OrderField("KEY")),
		field.String("label").NotEmpty().MaxLen(200),
		field.String("description").Optional().MaxLen(1000),
		field.Enum("type").Values("STRING", "NUMBER", "BOOLEAN", "DATE", "ENUM"),
		field.Bool("required").Default(false),
		field.Strings("allowed_values").Optional().
			Comment("For ENUM: the values a user may pick."),
		field.Bool("user_editable").Default(true).
			Comment("Whether users may change the value in their own profile."),
	}
}

// Indexes implements ent.Schema.
func (AttributeDefinition) Indexes() []ent.Index {
	return []ent.Index{index.Fields("key").Unique()}
}

// Annotations implements ent.Schema.
func (AttributeDefinition) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.QueryField("attributeDefinitions").Directives(entgql.NewDirective("auth")), entgql.Skip(entgql.SkipWhereInput)}
}

// Policy implements ent.Schema: see internal/access.
func (AttributeDefinition) Policy() ent.Policy { return access.AttributeDefinitionPolicy() }
