// Package access is Roster's access model, written once as ent privacy
// policies. Every query of every entity is filtered to what the viewer
// may see, and every mutation is denied unless a rule here allows it, so
// no resolver, service or worker can forget a check: GraphQL lists,
// node(id:), nested edges and totalCount all go through the same filter.
//
// The model, in short (docs/security.md has the full table):
//
//   - The system viewer (workers, CLI, migrations, the inner steps of
//     public flows) may do everything.
//   - Anonymous callers see nothing.
//   - A user sees themself; with users:read they see every user, or, when
//     restricted to customers, the users sharing one of those customers.
//     API keys follow the same rule with their own permissions and
//     customers.
//   - Changing a user needs users:write (users:lock for lock fields),
//     and the target must be visible; a user may edit their own profile
//     fields without it.
//   - Nobody grants more than they hold: a role assigned or created must
//     not carry permissions the caller lacks, and a restricted caller can
//     only add or remove its own customers and never leaves a user with
//     none of its customers.
package access
