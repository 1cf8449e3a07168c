package auth

import (
	"context"
	"fmt"
	"time"

	"github.com/rosterhq/roster/ent/ratelimit"
	"github.com/rosterhq/roster/ent/session"
	"github.com/rosterhq/roster/internal/viewer"
)

// Prune deletes sessions that ended (expired or were revoked) before
// ended — none when ended is the zero time — and rate-limit counters
// whose window has passed at now. An ended session no longer
// authenticates anything; it is kept for the sessions list and the
// sign-in record. It returns how many rows went.
func (s *Service) Prune(ctx context.Context, now, ended time.Time) (int, error) {
	sys := viewer.SystemContext(ctx)
	var sessions int
	if !ended.IsZero() {
		n, err := s.Client.Session.Delete().
			Where(session.Or(session.ExpiresAtLT(ended), session.RevokedAtLT(ended))).Exec(sys)
		if err != nil {
			return 0, fmt.Errorf("auth: prune sessions: %w", err)
		}
		sessions = n
	}
	limits, err := s.Client.RateLimit.Delete().Where(ratelimit.WindowStartLT(now.Add(-loginWindow))).Exec(sys)
	if err != nil {
		return sessions, fmt.Errorf("auth: prune rate limits: %w", err)
	}
	return sessions + limits, nil
}
