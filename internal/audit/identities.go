package audit

import (
	"context"
	"fmt"

	"github.com/rosterhq/roster/ent"
	"github.com/rosterhq/roster/ent/hook"
	"github.com/rosterhq/roster/ent/oidcidentity"
	"github.com/rosterhq/roster/ent/user"
	"github.com/rosterhq/roster/internal/pulid"
	"github.com/rosterhq/roster/internal/viewer"
	"github.com/rosterhq/roster/internal/webhook"
)

// PropertyOIDCIdentities lists a user's linked OpenID Connect identities,
// each as "ISSUER SUBJECT", sorted and comma-separated (no value when
// there is none), the way aliases are recorded.
const PropertyOIDCIdentities = "oidc_identities"

// OIDCIdentityHook is the ent hook that records linking and unlinking
// OpenID Connect identities as changes of their user's
// oidc_identities, in the mutation's transaction, with the source and
// author of ctx, announced by a user.updated webhook. Updates of an
// identity (its last email, its last use) are bookkeeping and not
// recorded.
func OIDCIdentityHook() ent.Hook {
	return hook.On(func(next ent.Mutator) ent.Mutator {
		return hook.OIDCIdentityFunc(func(ctx context.Context, m *ent.OIDCIdentityMutation) (ent.Value, error) {
			if skip, _ := ctx.Value(skipKey{}).(bool); skip {
				return next.Mutate(ctx, m)
			}
			owners, err := identityOwners(ctx, m)
			if err != nil {
				return nil, err
			}
			before := make([]*string, len(owners))
			for i, id := range owners {
				if before[i], err = identitiesOf(ctx, m.Client(), id); err != nil {
					return nil, err
				}
			}
			v, err := next.Mutate(ctx, m)
			if err != nil {
				return v, err
			}
			for i, id := range owners {
				after, err := identitiesOf(ctx, m.Client(), id)
				if err != nil {
					return nil, err
				}
				if equal(before[i], after) {
					continue
				}
				c := change{property: PropertyOIDCIdentities, old: before[i], new: after}
				if err := write(ctx, m.Client(), id, id, []change{c}, webhook.UserUpdated); err != nil {
					return nil, err
				}
			}
			return v, nil
		})
	}, ent.OpCreate|ent.OpDelete|ent.OpDeleteOne)
}

// identityOwners returns the users whose identities m links or unlinks.
func identityOwners(ctx context.Context, m *ent.OIDCIdentityMutation) ([]pulid.ID, error) {
	if m.Op().Is(ent.OpCreate) {
		id, _ := m.UserID()
		return []pulid.ID{id}, nil
	}
	sys := viewer.SystemContext(ctx)
	ids, err := m.IDs(sys)
	if err != nil {
		return nil, fmt.Errorf("audit: identities unlinked: %w", err)
	}
	if len(ids) == 0 {
		return nil, nil
	}
	owners, err := m.Client().User.Query().Where(user.HasOidcIdentitiesWith(oidcidentity.IDIn(ids...))).IDs(sys)
	if err != nil {
		return nil, fmt.Errorf("audit: owners of identities: %w", err)
	}
	return owners, nil
}

// identitiesOf renders a user's identities as the history shows them.
func identitiesOf(ctx context.Context, client *ent.Client, id pulid.ID) (*string, error) {
	all, err := client.OIDCIdentity.Query().Where(oidcidentity.HasUserWith(user.ID(id))).All(viewer.SystemContext(ctx))
	if err != nil {
		return nil, fmt.Errorf("audit: identities of %s: %w", id, err)
	}
	list := make([]string, len(all))
	for i, o := range all {
		list[i] = o.Issuer + " " + o.Subject
	}
	return addressList(list), nil
}
