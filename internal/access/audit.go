package access

import (
	"context"

	entgo "entgo.io/ent"

	"github.com/rosterhq/roster/ent"
	"github.com/rosterhq/roster/internal/viewer"
)

// PropertyCustomers is the history property of a user's customers; each
// entry names one customer added or removed (internal/audit writes them).
const PropertyCustomers = "customers"

// RedactAuditAuthors is the query interceptor of history entries: a
// caller restricted to customers does not see the author label (the ID
// of the user or API key who made the change) unless the author is the
// caller or the user the entry is about. It still sees the author through
// authorUser and authorAPIKey, which the privacy policies filter, so an
// author outside its reach stays unknown to it, not even by ID.
func RedactAuditAuthors() entgo.Interceptor {
	return entgo.InterceptFunc(func(next entgo.Querier) entgo.Querier {
		return entgo.QuerierFunc(func(ctx context.Context, q entgo.Query) (entgo.Value, error) {
			val, err := next.Query(ctx, q)
			if err != nil {
				return val, err
			}
			v := viewer.FromContext(ctx)
			if !v.Restricted() {
				return val, nil
			}
			if entries, ok := val.([]*ent.AuditEntry); ok {
				for _, e := range entries {
					if e.AuthorLabel != nil && *e.AuthorLabel != string(v.Actor()) && *e.AuthorLabel != string(e.SubjectID) {
						e.AuthorLabel = nil
					}
				}
			}
			return val, nil
		})
	})
}
