package auth

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strings"

	"github.com/rosterhq/roster/ent"
	"github.com/rosterhq/roster/ent/auditentry"
	"github.com/rosterhq/roster/ent/emailalias"
	"github.com/rosterhq/roster/ent/oidcidentity"
	"github.com/rosterhq/roster/ent/role"
	"github.com/rosterhq/roster/ent/session"
	"github.com/rosterhq/roster/ent/user"
	"github.com/rosterhq/roster/internal/audit"
	"github.com/rosterhq/roster/internal/database"
	"github.com/rosterhq/roster/internal/oidc"
	"github.com/rosterhq/roster/internal/problem"
	"github.com/rosterhq/roster/internal/pulid"
	"github.com/rosterhq/roster/internal/users"
	"github.com/rosterhq/roster/internal/viewer"
)

// OIDCAccounts links OpenID Connect identities to Roster users, for the
// browser flow (oidc.Accounts) and for bearer tokens (BearerVerifier).
type OIDCAccounts struct {
	Service *Service
	// Manager verifies bearer tokens; set after oidc.New.
	Manager *oidc.Manager
	// PublicHost is Roster's own host, always allowed as a return URL.
	PublicHost string
}

var _ oidc.Accounts = (*OIDCAccounts)(nil)

// SignIn links the identity to a user and returns the user's ID:
//
//  1. a user already linked by issuer and subject;
//  2. else, when the provider verified the email, the user whose primary
//     email or confirmed alias it is — now linked, and confirmed if they
//     were not: the provider's verification replaces the email round trip;
//  3. else, when self sign-up is enabled, a new user (source WEB),
//     confirmed when the email is verified.
//
// Locked and unconfirmed users are refused.
func (a *OIDCAccounts) SignIn(ctx context.Context, id oidc.Identity) (string, error) {
	sys := audit.WithSource(viewer.SystemContext(ctx), auditentry.SourcePROFILE)
	s := a.Service
	var userID pulid.ID
	err := database.WithTx(sys, s.Client, func(tx *ent.Tx) error {
		c := tx.Client()
		u, err := a.link(sys, c, id)
		if err != nil {
			return err
		}
		now := s.now()
		if u == nil {
			set, err := s.settings(sys)
			if err != nil {
				return err
			}
			if !set.SelfSignupEnabled || id.Email == "" || !id.EmailVerified {
				// An unverified address creates nothing: it might be someone
				// else's, and an unconfirmed account could not sign in anyway.
				return &problem.Error{Code: problem.Forbidden, Reason: "NO_ACCOUNT", Message: "no account is linked to this sign-in"}
			}
			email := users.NormalizeEmail(id.Email)
			if err := users.ValidateEmail(email); err != nil {
				return err
			}
			r, err := c.Role.Query().Where(role.Name(database.RoleUser)).OnlyID(sys)
			if err != nil {
				return err
			}
			create := c.User.Create().SetEmail(email).SetSource(user.SourceWEB).SetRoleID(r)
			if id.GivenName != "" {
				create.SetFirstName(truncate(id.GivenName, 100))
			}
			if id.FamilyName != "" {
				create.SetLastName(truncate(id.FamilyName, 100))
			}
			if id.EmailVerified {
				create.SetConfirmedAt(now)
			}
			if u, err = create.Save(sys); ent.IsConstraintError(err) {
				return &problem.Error{Code: problem.Forbidden, Reason: "NO_ACCOUNT", Message: "this address belongs to another account"}
			} else if err != nil {
				return err
			}
			if err := c.OIDCIdentity.Create().SetUser(u).SetIssuer(id.Issuer).SetSubject(id.Subject).
				SetEmail(email).SetLastUsedAt(now).Exec(sys); err != nil {
				return err
			}
		}
		if users.IsLocked(u, now) {
			return &problem.Error{Code: problem.Forbidden, Reason: ReasonAccountLocked, Message: "this account is locked"}
		}
		if u.ConfirmedAt == nil {
			if !id.EmailVerified {
				return &problem.Error{Code: problem.Forbidden, Reason: ReasonNotConfirmed, Message: "confirm your email address first"}
			}
			if err := c.User.UpdateOneID(u.ID).SetConfirmedAt(now).Exec(sys); err != nil {
				return err
			}
		}
		userID = u.ID
		return nil
	})
	return string(userID), err
}

// link finds the user of an identity, linking it by verified email on
// first use; nil when there is none.
func (a *OIDCAccounts) link(ctx context.Context, c *ent.Client, id oidc.Identity) (*ent.User, error) {
	now := a.Service.now()
	ident, err := c.OIDCIdentity.Query().Where(oidcidentity.Issuer(id.Issuer), oidcidentity.Subject(id.Subject)).WithUser().Only(ctx)
	switch {
	case err == nil:
		upd := c.OIDCIdentity.UpdateOne(ident).SetLastUsedAt(now)
		if id.Email != "" {
			upd.SetEmail(users.NormalizeEmail(id.Email))
		}
		if err := upd.Exec(ctx); err != nil {
			return nil, err
		}
		return ident.Edges.User, nil
	case !ent.IsNotFound(err):
		return nil, err
	}
	if id.Email == "" || !id.EmailVerified {
		return nil, nil
	}
	email := users.NormalizeEmail(id.Email)
	u, err := c.User.Query().Where(user.Or(user.Email(email),
		user.HasEmailAliasesWith(emailalias.Email(email), emailalias.ConfirmedAtNotNil()))).First(ctx)
	if ent.IsNotFound(err) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	if err := c.OIDCIdentity.Create().SetUser(u).SetIssuer(id.Issuer).SetSubject(id.Subject).
		SetEmail(email).SetLastUsedAt(now).Exec(ctx); err != nil {
		return nil, err
	}
	return u, nil
}

// StartSession signs the user in with an OIDC session and sets the cookie.
func (a *OIDCAccounts) StartSession(ctx context.Context, w http.ResponseWriter, r *http.Request, userID string) error {
	s := a.Service
	u, err := s.Client.User.Get(viewer.SystemContext(ctx), pulid.ID(userID))
	if err != nil {
		return err
	}
	host := s.RemoteIP(r)
	token, sess, err := s.SignIn(ctx, u, session.MethodOIDC, host, r.UserAgent())
	if err != nil {
		return err
	}
	s.SetCookie(w, token, sess.ExpiresAt)
	s.Log.InfoContext(ctx, "auth: signed in", "user", u.ID, "method", "oidc", "ip", host)
	return nil
}

// RedirectAllowed accepts absolute http(s) URLs whose host is Roster's or
// an allowed redirect host (internal/oidc accepts absolute URLs only).
func (a *OIDCAccounts) RedirectAllowed(ctx context.Context, returnTo string) bool {
	set, err := a.Service.settings(ctx)
	if err != nil {
		return false
	}
	hosts := append([]string{a.PublicHost}, set.AllowedRedirectHosts...)
	return users.RedirectAllowed(returnTo, hosts)
}

// UserForBearer verifies an OIDC bearer token and returns its user: the
// one linked by issuer and subject, or — on first use — the one whose
// primary email or confirmed alias the provider verified (then linked).
// Bearer tokens never create users.
func (a *OIDCAccounts) UserForBearer(ctx context.Context, token string) (pulid.ID, error) {
	if a.Manager == nil {
		return "", ErrInvalidCredential
	}
	id, err := a.Manager.VerifyBearer(ctx, token)
	if errors.Is(err, oidc.ErrInvalidToken) {
		return "", fmt.Errorf("%w: %v", ErrInvalidCredential, err)
	}
	if err != nil {
		return "", fmt.Errorf("auth: oidc bearer: %w", err)
	}
	sys := viewer.SystemContext(ctx)
	var uid pulid.ID
	err = database.WithTx(sys, a.Service.Client, func(tx *ent.Tx) error {
		u, err := a.link(sys, tx.Client(), id)
		if err != nil {
			return err
		}
		// Nobody, or somebody who may not sign in: refuse, and keep no link.
		if u == nil || u.ConfirmedAt == nil || users.IsLocked(u, a.Service.now()) {
			return ErrInvalidCredential
		}
		uid = u.ID
		return nil
	})
	return uid, err
}

func truncate(s string, n int) string {
	r := []rune(strings.TrimSpace(s))
	if len(r) > n {
		r = r[:n]
	}
	return string(r)
}

// PublicHost returns the host name of a public URL.
func PublicHost(publicURL string) string {
	u, err := url.Parse(publicURL)
	if err != nil {
		return ""
	}
	return u.Hostname()
}
