package database

import (
	"context"

	"ariga.io/atlas/sql/migrate"
)

// ScanStatements exports scanStatements to the tests.
var ScanStatements = scanStatements

// UpWith applies the pending migrations of dir instead of the binary's
// own, as Up does.
func UpWith(ctx context.Context, t Target, dir migrate.Dir) ([]string, error) {
	return up(ctx, t, dir)
}
