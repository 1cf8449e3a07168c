package auth

import (
	"context"
	"fmt"
	"strings"
	"time"

	"entgo.io/ent/dialect"

	"github.com/rosterhq/roster/internal/pulid"
	"github.com/rosterhq/roster/internal/users"
)

// Limits of the login endpoint: failed attempts per account (or, for an
// address without an account, per address) and per client IP. Successful
// sign-ins do not count, so an office behind one NAT address is not
// locked out by its own logins. A window is fixed: the counter starts
// with the first failure of a window.
const (
	loginWindow          = users.AttemptWindow
	maxFailuresPerEmail  = users.MaxAccountFailures
	maxFailuresPerClient = 60
)

var hitSQL = map[string]string{
	dialect.SQLite: `INSERT INTO rate_limits (id, bucket, window_start, count) VALUES (?, ?, ?, 1)
		ON CONFLICT (bucket) DO UPDATE SET
			count = CASE WHEN rate_limits.window_start <= ? THEN 1 ELSE rate_limits.count + 1 END,
			window_start = CASE WHEN rate_limits.window_start <= ? THEN excluded.window_start ELSE rate_limits.window_start END
		RETURNING count`,
	dialect.Postgres: `INSERT INTO rate_limits (id, bucket, window_start, count) VALUES ($1, $2, $3, 1)
		ON CONFLICT (bucket) DO UPDATE SET
			count = CASE WHEN rate_limits.window_start <= $4 THEN 1 ELSE rate_limits.count + 1 END,
			window_start = CASE WHEN rate_limits.window_start <= $5 THEN excluded.window_start ELSE rate_limits.window_start END
		RETURNING count`,
}

// Forgive takes back one event counted in bucket; users.Service uses it
// when a password it counted as an attempt was right.
func (s *Service) Forgive(ctx context.Context, bucket string) error { return s.unhit(ctx, bucket) }

// unhit takes back one event counted in bucket.
func (s *Service) unhit(ctx context.Context, bucket string) error {
	q := "UPDATE rate_limits SET count = count - 1 WHERE bucket = ? AND count > 0"
	if s.Dialect == dialect.Postgres {
		q = "UPDATE rate_limits SET count = count - 1 WHERE bucket = $1 AND count > 0"
	}
	if _, err := s.Client.ExecContext(ctx, q, bucket); err != nil {
		return fmt.Errorf("auth: rate limit: %w", err)
	}
	return nil
}

// hit counts one event in bucket and returns the count of the current
// window, in one statement, atomic across processes.
func (s *Service) hit(ctx context.Context, bucket string, window time.Duration) (int, error) {
	now := s.now()
	expired := now.Add(-window)
	rows, err := s.Client.QueryContext(ctx, hitSQL[s.Dialect], string(pulid.New("lim")), bucket, now, expired, expired)
	if err != nil {
		return 0, fmt.Errorf("auth: rate limit: %w", err)
	}
	defer rows.Close()
	var n int
	if rows.Next() {
		if err := rows.Scan(&n); err != nil {
			return 0, fmt.Errorf("auth: rate limit: %w", err)
		}
	}
	return n, rows.Err()
}

// Allow counts one event in bucket and reports whether the bucket stays
// within max events in the current fixed window. The count lives in the
// database, so every instance shares it. Windows end for the pruning at
// loginWindow at the latest: a longer window would be cut short, so
// Allow refuses one. users.Service uses it to limit the mails a caller
// writes to users.
func (s *Service) Allow(ctx context.Context, bucket string, window time.Duration, max int) (bool, error) {
	if window <= 0 || window > loginWindow {
		return false, fmt.Errorf("auth: rate limit window %s outside (0, %s]", window, loginWindow)
	}
	n, err := s.hit(ctx, bucket, window)
	if err != nil {
		return false, err
	}
	if n > max {
		// The bucket's kind ("message"), never the caller in it.
		kind, _, _ := strings.Cut(bucket, ":")
		s.Metrics.RateLimited(kind)
	}
	return n <= max, nil
}
