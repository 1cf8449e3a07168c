package auth

import (
	"context"
	"fmt"
	"time"

	"github.com/rosterhq/roster/ent/ratelimit"
	"github.com/rosterhq/roster/ent/session"
	"github.com/rosterhq/roster/internal/viewer"
)

// sessionRetention is how long an ended session (expired or revoked) is
// kept; it no longer authenticates anything during that time.
const sessionRetention = 7 * 24 * time.Hour

// Prune deletes sessions that ended more than a week before now and
// rate-limit counters whose window has passed. It returns how many rows
// went.
func (s *Service) Prune(ctx context.Context, now time.Time) (int, error) {
	sys := viewer.SystemContext(ctx)
	cutoff := now.Add(-sessionRetention)
	sessions, err := s.Client.Session.Delete().
		Where(session.Or(session.ExpiresAtLT(cutoff), session.RevokedAtLT(cutoff))).Exec(sys)
	if err != nil {
		return 0, fmt.Errorf("auth: prune sessions: %w", err)
	}
	limits, err := s.Client.RateLimit.Delete().Where(ratelimit.WindowStartLT(now.Add(-loginWindow))).Exec(sys)
	if err != nil {
		return sessions, fmt.Errorf("auth: prune rate limits: %w", err)
	}
	return sessions + limits, nil
}
