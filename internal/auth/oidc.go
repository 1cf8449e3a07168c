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
	// Users mails the account owner when an identity is linked.
	Users *users.Service
	// Manager verifies bearer tokens; set after oidc.New.
	Manager *oidc.Manager
	// PublicHost is Roster's own host, always allowed as a return URL.
	PublicHost string
}

var _ oidc.Accounts = (*OIDCAccounts)(nil)

// SignIn links the identity to a user and returns the user's ID:
//
//  1. a user already linked by issuer and subject;
//  2. else, when the provider allows linking by email
//     (ProviderConfig.LinkByEmail) and verified the email, the
//     unprivileged user (see Linkable) whose primary email or confirmed
//     alias it is — now linked, and confirmed if they were not: the
//     provider's verification replaces the email round trip;
//  3. else, when self sign-up is enabled and the address belongs to no
//     account, a new user (source WEB), confirmed, since the email is
//     verified.
//
// Every new link mails the account's notification addresses
// (mail.OIDCLinked) in the same transaction. Locked and unconfirmed
// users are refused.
func (a *OIDCAccounts) SignIn(ctx context.Context, id oidc.Identity) (string, error) {
	sys := audit.WithSource(viewer.SystemContext(ctx), auditentry.SourcePROFILE)
	s := a.Service
	var userID pulid.ID
	err := database.WithTx(sys, s.Client, func(tx *ent.Tx) error {
		c := tx.Client()
		u, why, err := a.link(sys, c, id)
		if err != nil {
			return err
		}
		now := s.now()
		if u == nil {
			set, err := s.withClient(c).settings(sys)
			if err != nil {
				return err
			}
			switch {
			case why != "":
				return &problem.Error{Code: problem.Forbidden, Reason: "NO_ACCOUNT", Message: "no account is linked to this sign-in: " + why}
			case !set.SelfSignupEnabled:
				return &problem.Error{Code: problem.Forbidden, Reason: "NO_ACCOUNT", Message: "no account is linked to this sign-in, and self sign-up is disabled"}
			case id.Email == "" || !id.EmailVerified:
				// An unverified address creates nothing: it might be someone
				// else's, and an unconfirmed account could not sign in anyway.
				return &problem.Error{Code: problem.Forbidden, Reason: "NO_ACCOUNT", Message: "no account is linked to this sign-in, and the provider verified no address for a new one"}
			}
			email := users.NormalizeEmail(id.Email)
			if err := users.ValidateEmail(email); err != nil {
				return err
			}
			r, err := c.Role.Query().Where(role.Name(database.RoleUser)).OnlyID(sys)
			if err != nil {
				return err
			}
			create := c.User.Create().SetEmail(email).SetSource(user.SourceWEB).SetRoleID(r).SetConfirmedAt(now)
			if id.GivenName != "" {
				create.SetFirstName(truncate(id.GivenName, 100))
			}
			if id.FamilyName != "" {
				create.SetLastName(truncate(id.FamilyName, 100))
			}
			if u, err = create.Save(sys); ent.IsConstraintError(err) {
				return &problem.Error{Code: problem.Forbidden, Reason: "NO_ACCOUNT", Message: "this address belongs to another account"}
			} else if err != nil {
				return err
			}
			if err := a.newLink(sys, c, u, id); err != nil {
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

// Linkable reports whether an identity may be linked to u by its
// verified email: only when u's role grants no permission at all (the
// built-in "user" role, or a custom role without permissions). An
// account holding any permission — an admin, a user manager, an auditor
// — is linked only by an identity it holds already, so that a provider
// vouching for its address cannot hand out its privileges.
func Linkable(ctx context.Context, u *ent.User) (bool, error) {
	r := u.Edges.Role
	if r == nil {
		var err error
		if r, err = u.QueryRole().Only(viewer.SystemContext(ctx)); err != nil {
			return false, fmt.Errorf("auth: role of %s: %w", u.ID, err)
		}
	}
	return len(r.Permissions) == 0, nil
}

// link finds the user of an identity: the one linked by issuer and
// subject, else — when the provider allows it and verified the address
// — the linkable owner of the address, now linked. It returns nil and,
// when the address belongs to an account that may not be linked, why
// (for the log), so that no new account takes the address.
func (a *OIDCAccounts) link(ctx context.Context, c *ent.Client, id oidc.Identity) (*ent.User, string, error) {
	now := a.Service.now()
	ident, err := c.OIDCIdentity.Query().Where(oidcidentity.Issuer(id.Issuer), oidcidentity.Subject(id.Subject)).WithUser().Only(ctx)
	switch {
	case err == nil:
		upd := c.OIDCIdentity.UpdateOne(ident).SetLastUsedAt(now)
		if email := storableEmail(id.Email); email != "" {
			upd.SetEmail(email)
		}
		if err := upd.Exec(ctx); err != nil {
			return nil, "", err
		}
		return ident.Edges.User, "", nil
	case !ent.IsNotFound(err):
		return nil, "", err
	}
	if id.Email == "" {
		return nil, "", nil
	}
	email := users.NormalizeEmail(id.Email)
	u, err := c.User.Query().Where(users.HasAddress(email)).WithRole().First(ctx)
	if ent.IsNotFound(err) {
		return nil, "", nil
	}
	if err != nil {
		return nil, "", err
	}
	switch ok, err := Linkable(ctx, u); {
	case err != nil:
		return nil, "", err
	case !id.EmailVerified:
		return nil, "the address belongs to an account, and the provider did not verify it", nil
	case !id.LinkByEmail:
		return nil, "the address belongs to an account, and the provider is not allowed to link accounts by email (link_by_email)", nil
	case !ok:
		return nil, "the address belongs to an account whose role grants permissions; such accounts are never linked by email", nil
	}
	if err := a.newLink(ctx, c, u, id); err != nil {
		return nil, "", err
	}
	return u, "", nil
}

// newLink links the identity to u and mails u's notification addresses
// about it, through c's transaction.
func (a *OIDCAccounts) newLink(ctx context.Context, c *ent.Client, u *ent.User, id oidc.Identity) error {
	email := storableEmail(id.Email)
	if err := c.OIDCIdentity.Create().SetUser(u).SetIssuer(id.Issuer).SetSubject(id.Subject).
		SetNillableEmail(nonEmpty(email)).SetLastUsedAt(a.Service.now()).Exec(ctx); err != nil {
		return fmt.Errorf("auth: link identity: %w", err)
	}
	if a.Users == nil {
		return errors.New("auth: link identity: no users service to notify the owner")
	}
	return a.Users.NotifyOIDCLinked(ctx, c, u, id.Provider, email)
}

// storableEmail is the identity's email as stored with the link: the
// normalised address, or "" when there is none or it is too long to be
// an address.
func storableEmail(email string) string {
	email = users.NormalizeEmail(email)
	if len(email) > 254 {
		return ""
	}
	return email
}

func nonEmpty(s string) *string {
	if s == "" {
		return nil
	}
	return &s
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
// one linked by issuer and subject, or — on first use, under the rules
// of SignIn — the linkable one whose primary email or confirmed alias the
// provider verified (then linked, and mailed about it). Bearer tokens
// never create users. A token that cannot be checked now (its provider
// is unavailable) gives an error wrapping ErrCredentialUnavailable.
func (a *OIDCAccounts) UserForBearer(ctx context.Context, token string) (pulid.ID, error) {
	if a.Manager == nil {
		return "", fmt.Errorf("%w: OpenID Connect is not configured", ErrInvalidCredential)
	}
	id, err := a.Manager.VerifyBearer(ctx, token)
	switch {
	case errors.Is(err, oidc.ErrInvalidToken):
		return "", fmt.Errorf("%w: %w", ErrInvalidCredential, err)
	case errors.Is(err, oidc.ErrProviderUnavailable):
		return "", fmt.Errorf("%w: %w", ErrCredentialUnavailable, err)
	case err != nil:
		return "", fmt.Errorf("auth: oidc bearer: %w", err)
	}
	sys := audit.WithSource(viewer.SystemContext(ctx), auditentry.SourcePROFILE)
	var uid pulid.ID
	err = database.WithTx(sys, a.Service.Client, func(tx *ent.Tx) error {
		u, why, err := a.link(sys, tx.Client(), id)
		if err != nil {
			return err
		}
		// Nobody, or somebody who may not sign in: refuse, and keep no link.
		switch {
		case u == nil && why != "":
			return fmt.Errorf("%w: provider %q: no account is linked to this identity: %s", ErrInvalidCredential, id.Provider, why)
		case u == nil:
			return fmt.Errorf("%w: provider %q: no account is linked to this identity", ErrInvalidCredential, id.Provider)
		case u.ConfirmedAt == nil:
			return fmt.Errorf("%w: the linked account is not confirmed", ErrInvalidCredential)
		case users.IsLocked(u, a.Service.now()):
			return fmt.Errorf("%w: the linked account is locked", ErrInvalidCredential)
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
