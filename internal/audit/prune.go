package audit

import (
	"context"
	"fmt"
	"time"

	"github.com/rosterhq/roster/ent"
	"github.com/rosterhq/roster/ent/auditentry"
	"github.com/rosterhq/roster/internal/viewer"
)

// pruneBatch is how many history entries one statement of Prune deletes,
// so that a first run on a long history stays within the statement
// timeout.
const pruneBatch = 5000

// Prune deletes the history entries written before before, oldest first
// and in batches; the zero time deletes none (the default: the history is
// kept for ever). Entries whose user still exists go as well as those of
// deleted users. It returns how many went.
func Prune(ctx context.Context, client *ent.Client, before time.Time) (int, error) {
	if before.IsZero() {
		return 0, nil
	}
	sys := viewer.SystemContext(ctx)
	total := 0
	for {
		ids, err := client.AuditEntry.Query().Where(auditentry.CreatedAtLT(before)).
			Order(ent.Asc(auditentry.FieldCreatedAt), ent.Asc(auditentry.FieldID)).Limit(pruneBatch).IDs(sys)
		if err != nil {
			return total, fmt.Errorf("audit: prune: %w", err)
		}
		if len(ids) == 0 {
			return total, nil
		}
		n, err := client.AuditEntry.Delete().Where(auditentry.IDIn(ids...)).Exec(sys)
		total += n
		if err != nil {
			return total, fmt.Errorf("audit: prune: %w", err)
		}
		if len(ids) < pruneBatch || ctx.Err() != nil {
			return total, ctx.Err()
		}
	}
}
