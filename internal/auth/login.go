package auth

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"

	"github.com/rosterhq/roster/ent"
	"github.com/rosterhq/roster/ent/session"
	"github.com/rosterhq/roster/internal/budget"
	"github.com/rosterhq/roster/internal/database"
	"github.com/rosterhq/roster/internal/metrics"
	"github.com/rosterhq/roster/internal/password"
	"github.com/rosterhq/roster/internal/problem"
	"github.com/rosterhq/roster/internal/users"
	"github.com/rosterhq/roster/internal/viewer"
)

// Reasons of login refusals, in extensions.reason.
const (
	ReasonInvalidCredentials = "INVALID_CREDENTIALS"
	ReasonAccountLocked      = "ACCOUNT_LOCKED"
	ReasonNotConfirmed       = "EMAIL_NOT_CONFIRMED"
	ReasonTooManyAttempts    = "TOO_MANY_ATTEMPTS"
)

// LoginResult is a successful sign-in.
type LoginResult struct {
	// Token is the session token; it exists nowhere else.
	Token   string
	Session *ent.Session
	User    *ent.User
}

// FindByLogin returns the user whose primary email or confirmed alias is
// email, acting as the system.
func (s *Service) FindByLogin(ctx context.Context, email string) (*ent.User, error) {
	email = users.NormalizeEmail(email)
	return s.Client.User.Query().Where(users.HasAddress(email)).Only(viewer.SystemContext(ctx))
}

// Login checks an email (or confirmed alias) and password and starts a
// session. Unknown addresses and wrong passwords get the same error after
// the same work (a full argon2id verification); whether the account is
// locked or unconfirmed is told only to whoever knows the password.
// Failures count against the account (whichever of its addresses was
// typed) and the client's IP; past the limits every attempt is refused
// with RATE_LIMITED until the window ends.
func (s *Service) Login(ctx context.Context, email, pw, ip, userAgent string) (*LoginResult, error) {
	ipBucket := "login:ip:" + ip
	u, err := s.FindByLogin(ctx, email)
	if err != nil && !ent.IsNotFound(err) {
		return nil, fmt.Errorf("auth: login: %w", err)
	}
	// Failures count against the account, whichever of its addresses was
	// typed; an address without an account has a bucket of its own.
	accountBucket := "login:email:" + digest(users.NormalizeEmail(email))
	if u != nil {
		accountBucket = users.AccountAttemptsBucket(u.ID)
	}
	// Every attempt is counted before the password is checked, in one
	// atomic statement per counter, so attempts sent in parallel cannot
	// slip past the limits; a successful sign-in takes its count back.
	if n, err := s.hit(ctx, ipBucket, loginWindow); err != nil {
		return nil, err
	} else if n > maxFailuresPerClient {
		s.Log.WarnContext(ctx, "auth: login rate limited", "scope", "ip", "ip", ip)
		s.Metrics.RateLimited("login_ip")
		s.Metrics.SignIn(metrics.MethodPassword, false)
		return nil, tooMany()
	}
	if n, err := s.hit(ctx, accountBucket, loginWindow); err != nil {
		return nil, err
	} else if n > maxFailuresPerEmail {
		s.Log.WarnContext(ctx, "auth: login rate limited", "scope", "account", "ip", ip)
		s.Metrics.RateLimited("login_account")
		s.Metrics.SignIn(metrics.MethodPassword, false)
		return nil, tooMany()
	}
	hash := s.dummy()
	if u != nil && u.PasswordHash != nil {
		hash = *u.PasswordHash
	}
	if err := budget.Spend(ctx, budget.PasswordHash); err != nil {
		return nil, fmt.Errorf("auth: login: %w", err)
	}
	ok, rehash, err := password.Verify(pw, hash, s.Password)
	if err != nil {
		return nil, fmt.Errorf("auth: login: %w", err)
	}
	if u == nil || u.PasswordHash == nil || !ok {
		s.Log.InfoContext(ctx, "auth: login failed", "ip", ip)
		s.Metrics.SignIn(metrics.MethodPassword, false)
		return nil, &problem.Error{Code: problem.Unauthenticated, Reason: ReasonInvalidCredentials,
			Message: "the email address or the password is wrong"}
	}
	// The password was right: this attempt was no failure.
	for _, b := range []string{accountBucket, ipBucket} {
		if err := s.unhit(ctx, b); err != nil {
			return nil, err
		}
	}
	if users.IsLocked(u, s.now()) {
		s.Metrics.SignIn(metrics.MethodPassword, false)
		return nil, &problem.Error{Code: problem.Forbidden, Reason: ReasonAccountLocked, Message: "this account is locked"}
	}
	if u.ConfirmedAt == nil {
		s.Metrics.SignIn(metrics.MethodPassword, false)
		return nil, &problem.Error{Code: problem.Forbidden, Reason: ReasonNotConfirmed,
			Message: "confirm your email address before signing in"}
	}
	if rehash {
		if h, err := password.Hash(pw, s.Password); err == nil {
			if err := s.exec(ctx, "UPDATE users SET password_hash = ? WHERE id = ?", h, string(u.ID)); err != nil {
				s.Log.WarnContext(ctx, "auth: upgrade password hash", "user", u.ID, "error", err)
			}
		}
	}
	token, sess, err := s.SignIn(ctx, u, session.MethodPASSWORD, ip, userAgent)
	if err != nil {
		return nil, err
	}
	s.Log.InfoContext(ctx, "auth: signed in", "user", u.ID, "method", "password", "ip", ip)
	s.Metrics.SignIn(metrics.MethodPassword, true)
	return &LoginResult{Token: token, Session: sess, User: u}, nil
}

// SignIn records a successful sign-in of u and starts its session, in one
// transaction.
func (s *Service) SignIn(ctx context.Context, u *ent.User, method session.Method, ip, userAgent string) (token string, sess *ent.Session, err error) {
	err = database.WithTx(ctx, s.Client, func(tx *ent.Tx) error {
		in := s.withClient(tx.Client())
		if err := in.RecordSignIn(ctx, u, ip); err != nil {
			return err
		}
		token, sess, err = in.CreateSession(ctx, u.ID, method, ip, userAgent)
		return err
	})
	if err != nil {
		return "", nil, err
	}
	// The session was created in the transaction, which is over now; its
	// edges (session { user }) must load through the client.
	return token, sess.Unwrap(), nil
}

// RecordSignIn moves the current sign-in facts to "last" and records this
// one: count, time and IP address.
func (s *Service) RecordSignIn(ctx context.Context, u *ent.User, ip string) error {
	now := s.now()
	err := s.exec(ctx, `UPDATE users SET sign_in_count = sign_in_count + 1,
		last_sign_in_at = current_sign_in_at, last_sign_in_ip = current_sign_in_ip,
		current_sign_in_at = ?, current_sign_in_ip = ?, last_active_at = ? WHERE id = ?`,
		now, ip, now, string(u.ID))
	if err != nil {
		return fmt.Errorf("auth: record sign-in: %w", err)
	}
	return nil
}

func tooMany() error {
	return &problem.Error{Code: problem.RateLimited, Reason: ReasonTooManyAttempts,
		Message: "too many sign-in attempts; try again in 15 minutes"}
}

// digest names an address in a rate-limit bucket without storing it.
func digest(s string) string {
	sum := sha256.Sum256([]byte(s))
	return hex.EncodeToString(sum[:12])
}

// dummy returns a hash to verify against when there is no account, so
// that the answer takes as long as for a wrong password.
func (s *Service) dummy() string {
	s.dummyOnce.Do(func() {
		h, err := password.Hash("roster-timing-equaliser", s.Password)
		if err != nil {
			panic(err)
		}
		s.dummyHash = h
	})
	return s.dummyHash
}
