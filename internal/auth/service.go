package auth

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"log/slog"
	"net/netip"
	"sync"
	"time"

	"github.com/rosterhq/roster/ent"
	"github.com/rosterhq/roster/ent/session"
	"github.com/rosterhq/roster/ent/user"
	"github.com/rosterhq/roster/internal/database"
	"github.com/rosterhq/roster/internal/metrics"
	"github.com/rosterhq/roster/internal/password"
	"github.com/rosterhq/roster/internal/pulid"
	"github.com/rosterhq/roster/internal/viewer"
)

// ErrInvalidCredential is returned for any credential that does not
// authenticate: unknown, expired, revoked, or belonging to a locked user.
// Errors wrapping it say why after it ("auth: invalid credential: the
// session was revoked"), never quoting the credential: the middleware
// logs them at debug level.
var ErrInvalidCredential = errors.New("auth: invalid credential")

// ErrCredentialUnavailable is wrapped by errors for a credential that
// cannot be checked right now because a service it depends on (an
// OpenID Connect provider) does not answer: the request gets HTTP 503
// UNAVAILABLE with Retry-After, and the client should keep the
// credential and try again.
var ErrCredentialUnavailable = errors.New("auth: credential cannot be checked right now")

// refused returns an ErrInvalidCredential error saying why.
func refused(why string) error { return fmt.Errorf("%w: %s", ErrInvalidCredential, why) }

// BearerVerifier verifies OpenID Connect bearer tokens and links them to
// users; OIDCAccounts implements it on top of internal/oidc.
type BearerVerifier interface {
	// UserForBearer returns the user the token belongs to, or an error
	// wrapping ErrInvalidCredential (the token is refused) or
	// ErrCredentialUnavailable (it cannot be checked now).
	UserForBearer(ctx context.Context, token string) (pulid.ID, error)
}

// Service holds what authentication needs.
type Service struct {
	// Client is the ent client; the service acts through it as the
	// system viewer.
	Client *ent.Client
	// Dialect is the database's dialect, for the rate-limit statements.
	Dialect string
	// Password are the argon2id parameters of new hashes.
	Password password.Params
	// Log receives security events (never secrets).
	Log *slog.Logger
	// Now returns the current time; tests may fix it.
	Now func() time.Time
	// Bearer verifies OIDC bearer tokens; nil when no provider is
	// configured.
	Bearer BearerVerifier
	// BrowserProviders names the OpenID Connect providers offered for
	// browser sign-in, in configuration order (signInOptions lists them).
	BrowserProviders []string
	// SecureCookies marks cookies Secure (set when served over TLS or
	// behind an https public URL).
	SecureCookies bool
	// TrustedOrigins are the browser origins, besides the server's own,
	// allowed to send cookie-authenticated mutations.
	TrustedOrigins []string
	// TrustedProxies are the networks of reverse proxies whose
	// X-Forwarded-For header names the client (see RemoteIP). Empty: the
	// connection's peer is the client.
	TrustedProxies []netip.Prefix
	// Metrics counts sign-ins and rate-limit refusals; nil counts
	// nothing.
	Metrics *metrics.Metrics

	dummyOnce sync.Once
	dummyHash string
}

// NewService returns a Service with defaults filled in.
func NewService(client *ent.Client, dialect string) *Service {
	s := &Service{Client: client, Dialect: dialect, Password: password.Default, Log: slog.Default(), Now: time.Now}
	return s
}

func (s *Service) now() time.Time { return s.Now().UTC().Truncate(time.Microsecond) }

func (s *Service) settings(ctx context.Context) (*ent.Settings, error) {
	return s.Client.Settings.Get(viewer.SystemContext(ctx), database.SettingsID)
}

// ViewerForUser builds the viewer of a signed-in user: their role's
// permissions and their customers, read with one statement. A locked or
// unconfirmed user gets ErrInvalidCredential.
func (s *Service) ViewerForUser(ctx context.Context, userID, sessionID pulid.ID) (*viewer.Viewer, error) {
	c, ok, err := s.userCaller(ctx, userID)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, refused("the user no longer exists")
	}
	c.sessionID = sessionID
	return s.userViewer(ctx, c)
}

// userViewer checks a loaded caller's account and builds its viewer.
func (s *Service) userViewer(ctx context.Context, c callerRow) (*viewer.Viewer, error) {
	now := s.now()
	if c.lockedAt.Valid && (!c.lockUntil.Valid || c.lockUntil.Time.After(now)) {
		return nil, refused("the user is locked")
	}
	if !c.confirmedAt.Valid {
		return nil, refused("the user is not confirmed")
	}
	v := &viewer.Viewer{Kind: viewer.User, UserID: c.userID, SessionID: c.sessionID, Role: c.roleName,
		Permissions: c.permissions, Customers: c.customers}
	s.touchActivity(viewer.SystemContext(ctx), c.userID, c.lastActiveAt)
	return v, nil
}

// touchActivity records the user's last activity, at most once a minute.
func (s *Service) touchActivity(ctx context.Context, id pulid.ID, last sql.NullTime) {
	now := s.now()
	if last.Valid && now.Sub(last.Time) < time.Minute {
		return
	}
	if err := s.exec(ctx, "UPDATE users SET last_active_at = ? WHERE id = ?", now, string(id)); err != nil {
		s.Log.WarnContext(ctx, "auth: record activity", "user", id, "error", err)
	}
}

// CreateSession starts a session for the user and returns its token,
// which exists nowhere else.
func (s *Service) CreateSession(ctx context.Context, userID pulid.ID, method session.Method, ip, userAgent string) (string, *ent.Session, error) {
	sys := viewer.SystemContext(ctx)
	set, err := s.settings(ctx)
	if err != nil {
		return "", nil, fmt.Errorf("auth: settings: %w", err)
	}
	token, hash := newSecret(SessionTokenPrefix)
	if len(userAgent) > 500 {
		userAgent = userAgent[:500]
	}
	now := s.now()
	sess, err := s.Client.Session.Create().SetUserID(userID).SetTokenHash(hash).SetMethod(method).
		SetExpiresAt(now.Add(time.Duration(set.SessionLifetimeSeconds) * time.Second)).
		SetLastSeenAt(now).SetIP(ip).SetUserAgent(userAgent).Save(sys)
	if err != nil {
		return "", nil, fmt.Errorf("auth: create session: %w", err)
	}
	return token, sess, nil
}

// sessionViewer authenticates a session token: one statement reads the
// session, its user, role and customers and the idle timeout.
func (s *Service) sessionViewer(ctx context.Context, token string) (*viewer.Viewer, error) {
	c, ok, err := s.sessionCaller(ctx, HashSecret(token))
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, refused("unknown session token")
	}
	now := s.now()
	idle := time.Duration(c.idleTimeoutSeconds) * time.Second
	switch {
	case c.sessionRevoked.Valid:
		return nil, refused("the session was ended")
	case !c.sessionExpires.After(now):
		return nil, refused("the session expired")
	case now.Sub(c.sessionLastSeen) > idle:
		return nil, refused("the session was idle too long")
	}
	v, err := s.userViewer(ctx, c)
	if err != nil {
		return nil, err
	}
	if now.Sub(c.sessionLastSeen) > time.Minute {
		if err := s.Client.Session.UpdateOneID(c.sessionID).SetLastSeenAt(now).Exec(viewer.SystemContext(ctx)); err != nil {
			s.Log.WarnContext(ctx, "auth: touch session", "session", c.sessionID, "error", err)
		}
	}
	return v, nil
}

// apiKeyViewer authenticates an API key: one statement reads the key and
// its customers.
func (s *Service) apiKeyViewer(ctx context.Context, key string) (*viewer.Viewer, error) {
	k, ok, err := s.apiKeyCaller(ctx, HashSecret(key))
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, refused("unknown API key")
	}
	now := s.now()
	if k.revokedAt.Valid {
		return nil, refused("API key " + k.prefix + " was revoked")
	}
	if k.expires.Valid && !k.expires.Time.After(now) {
		return nil, refused("API key " + k.prefix + " expired")
	}
	v := &viewer.Viewer{Kind: viewer.APIKey, APIKeyID: k.id, Permissions: k.permissions, Customers: k.customers}
	if !k.lastUsedAt.Valid || now.Sub(k.lastUsedAt.Time) > time.Minute {
		if err := s.Client.APIKey.UpdateOneID(k.id).SetLastUsedAt(now).Exec(viewer.SystemContext(ctx)); err != nil {
			s.Log.WarnContext(ctx, "auth: touch api key", "key", k.prefix, "error", err)
		}
	}
	return v, nil
}

// RevokeSessions ends every active session of the user except keep (which
// may be empty), so that the user's next request with them fails.
func (s *Service) RevokeSessions(ctx context.Context, client *ent.Client, userID, keep pulid.ID) (int, error) {
	q := client.Session.Update().Where(session.HasUserWith(user.ID(userID)), session.RevokedAtIsNil())
	if keep != "" {
		q = q.Where(session.IDNEQ(keep))
	}
	n, err := q.SetRevokedAt(s.now()).Save(viewer.SystemContext(ctx))
	if err != nil {
		return 0, fmt.Errorf("auth: revoke sessions of %s: %w", userID, err)
	}
	return n, nil
}

// exec runs a statement written with ? placeholders, rewritten to $n for
// PostgreSQL. It is used for bookkeeping columns (activity, sign-in
// facts, hash upgrades) that are not profile changes: they must neither
// bump updated_at nor appear in the change history.
func (s *Service) exec(ctx context.Context, query string, args ...any) error {
	_, err := s.Client.ExecContext(ctx, placeholders(s.Dialect, query), args...)
	return err
}

// withClient returns a copy of s acting through client (a transaction's).
func (s *Service) withClient(client *ent.Client) *Service {
	return &Service{Client: client, Dialect: s.Dialect, Password: s.Password, Log: s.Log, Now: s.Now,
		Bearer: s.Bearer, SecureCookies: s.SecureCookies, TrustedOrigins: s.TrustedOrigins, Metrics: s.Metrics}
}

// ActiveSessions lists the user's sessions that are neither revoked nor
// expired, newest first, as the caller sees them.
func (s *Service) ActiveSessions(ctx context.Context, userID pulid.ID) ([]*ent.Session, error) {
	return s.Client.Session.Query().
		Where(session.HasUserWith(user.ID(userID)), session.RevokedAtIsNil(), session.ExpiresAtGT(s.now())).
		Order(ent.Desc(session.FieldCreatedAt)).All(ctx)
}

// Logout revokes the session the request was made with and returns its
// ID; a caller without a session (API key, OIDC bearer) has none to end.
func (s *Service) Logout(ctx context.Context) (*pulid.ID, error) {
	v := viewer.FromContext(ctx)
	if v.SessionID == "" {
		return nil, nil
	}
	if err := s.Client.Session.UpdateOneID(v.SessionID).SetRevokedAt(s.now()).Exec(ctx); err != nil {
		return nil, fmt.Errorf("auth: logout: %w", err)
	}
	id := v.SessionID
	return &id, nil
}
