package database

import (
	"context"
	"fmt"

	"github.com/rosterhq/roster/ent"
)

// WithTx runs fn in a transaction: committed when fn returns nil, rolled
// back when it returns an error or panics. Everything an operation
// writes — the change, its history, its outgoing mail and webhooks —
// goes through the one *ent.Tx, so a failed operation changes nothing.
func WithTx(ctx context.Context, client *ent.Client, fn func(tx *ent.Tx) error) (err error) {
	tx, err := client.Tx(ctx)
	if err != nil {
		return fmt.Errorf("database: begin: %w", err)
	}
	defer func() {
		if v := recover(); v != nil {
			_ = tx.Rollback()
			panic(v)
		}
	}()
	if err := fn(tx); err != nil {
		if rerr := tx.Rollback(); rerr != nil {
			return fmt.Errorf("%w (rollback: %v)", err, rerr)
		}
		return err
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("database: commit: %w", err)
	}
	return nil
}
