package audit

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/rosterhq/roster/ent"
	"github.com/rosterhq/roster/ent/emailalias"
	"github.com/rosterhq/roster/ent/hook"
	"github.com/rosterhq/roster/ent/user"
	"github.com/rosterhq/roster/internal/pulid"
	"github.com/rosterhq/roster/internal/viewer"
	"github.com/rosterhq/roster/internal/webhook"
)

// The additional addresses of a user are recorded as two properties of
// the user, each the sorted, comma-separated list of addresses (no value
// when there is none), the way customers are:
const (
	// PropertyEmailAliases lists the confirmed aliases: the addresses
	// that work for sign-in and password reset.
	PropertyEmailAliases = "email_aliases"
	// PropertyUnconfirmedEmailAliases lists the aliases waiting for
	// their confirmation link.
	PropertyUnconfirmedEmailAliases = "unconfirmed_email_aliases"
)

type aliasGroupKey struct{}

// AliasHook is the ent hook that records changes of email aliases as
// changes of their user: adding an alias changes
// unconfirmed_email_aliases, confirming it moves the address to
// email_aliases, removing it takes it out of its list. Like user changes,
// the entries are written in the mutation's transaction with the source
// and author of ctx, and announced by a user.updated webhook.
//
// It compares each affected user's aliases before and after the
// mutation, so it records one mutation at a time; CreateBulk of aliases
// (only the demo-data generator uses it, without history) would record
// each builder's view of the whole batch.
func AliasHook() ent.Hook {
	return hook.On(func(next ent.Mutator) ent.Mutator {
		return hook.EmailAliasFunc(func(ctx context.Context, m *ent.EmailAliasMutation) (ent.Value, error) {
			if skip, _ := ctx.Value(skipKey{}).(bool); skip {
				return next.Mutate(ctx, m)
			}
			owners, err := AliasOwners(ctx, m)
			if err != nil {
				return nil, err
			}
			if grouped, ok := ctx.Value(aliasGroupKey{}).(pulid.ID); ok {
				owners = slices.DeleteFunc(owners, func(id pulid.ID) bool { return id == grouped })
			}
			before := make([]aliasLists, len(owners))
			for i, id := range owners {
				if before[i], err = aliasesOf(ctx, m.Client(), id); err != nil {
					return nil, err
				}
			}
			v, err := next.Mutate(ctx, m)
			if err != nil {
				return v, err
			}
			for i, id := range owners {
				if err := recordAliases(ctx, m.Client(), id, before[i]); err != nil {
					return nil, err
				}
			}
			return v, nil
		})
	}, ent.OpCreate|ent.OpUpdate|ent.OpUpdateOne|ent.OpDelete|ent.OpDeleteOne)
}

// AliasChanges runs fn, which changes the aliases of the user id in
// several steps — setPrimaryEmail deletes the alias that becomes primary
// and creates one for the former primary address — and records the
// outcome once, instead of each step. Pass fn's mutations the context it
// gets, and the transaction's client as client.
func AliasChanges(ctx context.Context, client *ent.Client, id pulid.ID, fn func(ctx context.Context) error) error {
	if skip, _ := ctx.Value(skipKey{}).(bool); skip {
		return fn(ctx)
	}
	before, err := aliasesOf(ctx, client, id)
	if err != nil {
		return err
	}
	if err := fn(context.WithValue(ctx, aliasGroupKey{}, id)); err != nil {
		return err
	}
	return recordAliases(ctx, client, id, before)
}

// AliasOwners returns the users whose aliases m changes: before m runs,
// the owners of the aliases it updates or deletes, and the user it gives
// an alias to.
func AliasOwners(ctx context.Context, m *ent.EmailAliasMutation) ([]pulid.ID, error) {
	sys := viewer.SystemContext(ctx)
	var owners []pulid.ID
	if !m.Op().Is(ent.OpCreate) {
		ids, err := m.IDs(sys)
		if err != nil {
			return nil, fmt.Errorf("audit: aliases changed: %w", err)
		}
		if len(ids) > 0 {
			owners, err = m.Client().User.Query().Where(user.HasEmailAliasesWith(emailalias.IDIn(ids...))).IDs(sys)
			if err != nil {
				return nil, fmt.Errorf("audit: owners of aliases: %w", err)
			}
		}
	}
	// A new alias, or one moved to another user.
	if id, ok := m.UserID(); ok && !slices.Contains(owners, id) {
		owners = append(owners, id)
	}
	return owners, nil
}

// aliasLists are a user's alias addresses, rendered as the history shows
// them.
type aliasLists struct{ confirmed, unconfirmed *string }

func aliasesOf(ctx context.Context, client *ent.Client, id pulid.ID) (aliasLists, error) {
	all, err := client.EmailAlias.Query().Where(emailalias.HasUserWith(user.ID(id))).All(viewer.SystemContext(ctx))
	if err != nil {
		return aliasLists{}, fmt.Errorf("audit: aliases of %s: %w", id, err)
	}
	var confirmed, unconfirmed []string
	for _, a := range all {
		if a.ConfirmedAt != nil {
			confirmed = append(confirmed, a.Email)
		} else {
			unconfirmed = append(unconfirmed, a.Email)
		}
	}
	return aliasLists{confirmed: addressList(confirmed), unconfirmed: addressList(unconfirmed)}, nil
}

func addressList(addresses []string) *string {
	slices.Sort(addresses)
	return nonEmpty(strings.Join(addresses, ", "))
}

// recordAliases writes what changed in the user's aliases since before.
func recordAliases(ctx context.Context, client *ent.Client, id pulid.ID, before aliasLists) error {
	after, err := aliasesOf(ctx, client, id)
	if err != nil {
		return err
	}
	var changes []change
	if !equal(before.confirmed, after.confirmed) {
		changes = append(changes, change{property: PropertyEmailAliases, old: before.confirmed, new: after.confirmed})
	}
	if !equal(before.unconfirmed, after.unconfirmed) {
		changes = append(changes, change{property: PropertyUnconfirmedEmailAliases, old: before.unconfirmed, new: after.unconfirmed})
	}
	return write(ctx, client, id, id, changes, webhook.UserUpdated)
}
