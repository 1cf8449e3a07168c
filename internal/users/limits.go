package users

import (
	"context"
	"fmt"
	"time"

	"github.com/rosterhq/roster/ent"
	"github.com/rosterhq/roster/ent/outgoingmail"
	"github.com/rosterhq/roster/internal/problem"
	"github.com/rosterhq/roster/internal/pulid"
	"github.com/rosterhq/roster/internal/viewer"
)

// RateLimiter counts events per bucket in fixed windows shared by every
// instance; auth.Service implements it on the database.
type RateLimiter interface {
	// Allow counts one event and reports whether the bucket stays within
	// max events in the current window.
	Allow(ctx context.Context, bucket string, window time.Duration, max int) (bool, error)
	// Forgive takes back one event counted in bucket (a password that
	// turned out right is no failed attempt).
	Forgive(ctx context.Context, bucket string) error
}

// Attempt limits wherever a secret is checked. Password checks of one
// account share one bucket, whether they come from login or from
// changePassword; one-time tokens (links in mails) are limited per client
// address. Windows are fixed and counted in the database, so every
// instance shares them.
const (
	// AttemptWindow is the window of every attempt limit.
	AttemptWindow = 15 * time.Minute
	// MaxAccountFailures is how many wrong passwords an account takes per
	// window (login and changePassword together).
	MaxAccountFailures = 10
	// MaxTokenAttempts is how many links (invitation, confirmation, reset,
	// alias) one client address may try per window.
	MaxTokenAttempts = 30
	// MaxMailsPerAddress is how many mails anonymous requests (sign-up
	// notices, reset links) and alias requests may send to one address
	// per window; requests beyond it are carried out without mail.
	MaxMailsPerAddress = 5
	// MaxTakenAnswers is how many times per window a caller may be told
	// that an address belongs to an account it cannot see (createUser).
	MaxTakenAnswers = 20
)

// ReasonTooManyAttempts is the extensions.reason of RATE_LIMITED answers
// of attempt limits.
const ReasonTooManyAttempts = "TOO_MANY_ATTEMPTS"

// AccountAttemptsBucket is the bucket of failed password checks of an
// account.
func AccountAttemptsBucket(id pulid.ID) string { return "login:user:" + string(id) }

// TokenAttemptsBucket is the bucket of link attempts of a client address.
func TokenAttemptsBucket(ip string) string { return "token:ip:" + ip }

// tooManyAttempts is the RATE_LIMITED answer of an attempt limit.
func tooManyAttempts() error {
	return &problem.Error{Code: problem.RateLimited, Reason: ReasonTooManyAttempts,
		Message: "too many attempts; wait a few minutes and try again"}
}

// allow counts an event in bucket; without a limiter (some tests and
// tools) everything is allowed.
func (s *Service) allow(ctx context.Context, bucket string, max int) error {
	if s.Limiter == nil {
		return nil
	}
	ok, err := s.Limiter.Allow(ctx, bucket, AttemptWindow, max)
	if err != nil {
		return fmt.Errorf("users: rate limit: %w", err)
	}
	if !ok {
		return tooManyAttempts()
	}
	return nil
}

// forgive takes back an event counted by allow.
func (s *Service) forgive(ctx context.Context, bucket string) error {
	if s.Limiter == nil {
		return nil
	}
	return s.Limiter.Forgive(ctx, bucket)
}

// TokenAttempt counts an attempt to use a link from a mail by the client
// at ip; past MaxTokenAttempts per window it answers RATE_LIMITED, before
// the token is looked at. Every attempt counts — a person follows a few
// links, guessing needs many.
func (s *Service) TokenAttempt(ctx context.Context, ip string) error {
	return s.allow(ctx, TokenAttemptsBucket(ip), MaxTokenAttempts)
}

// mailsAllowed reports whether one more mail to address stays within
// MaxMailsPerAddress per window, counting the outbox (so every instance
// agrees, and the count is part of the transaction c belongs to).
func (s *Service) mailsAllowed(ctx context.Context, c *ent.Client, address string) (bool, error) {
	n, err := c.OutgoingMail.Query().
		Where(outgoingmail.To(address), outgoingmail.CreatedAtGT(s.now().Add(-AttemptWindow))).
		Count(viewer.SystemContext(ctx))
	if err != nil {
		return false, fmt.Errorf("users: count mails to an address: %w", err)
	}
	return n < MaxMailsPerAddress, nil
}
