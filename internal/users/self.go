package users

import (
	"context"
	"fmt"
	"maps"
	"slices"

	"github.com/99designs/gqlgen/graphql"

	"github.com/rosterhq/roster/ent"
	"github.com/rosterhq/roster/ent/accountrequest"
	"github.com/rosterhq/roster/ent/auditentry"
	"github.com/rosterhq/roster/ent/emailalias"
	"github.com/rosterhq/roster/ent/newslettersubscription"
	"github.com/rosterhq/roster/ent/onetimetoken"
	"github.com/rosterhq/roster/ent/user"
	"github.com/rosterhq/roster/internal/audit"
	"github.com/rosterhq/roster/internal/budget"
	"github.com/rosterhq/roster/internal/database"
	"github.com/rosterhq/roster/internal/mail"
	"github.com/rosterhq/roster/internal/password"
	"github.com/rosterhq/roster/internal/problem"
	"github.com/rosterhq/roster/internal/pulid"
	"github.com/rosterhq/roster/internal/viewer"
)

// me returns the signed-in user's ID or UNAUTHENTICATED.
func me(ctx context.Context) (pulid.ID, error) {
	v := viewer.FromContext(ctx)
	switch v.Kind {
	case viewer.User:
		return v.UserID, nil
	case viewer.APIKey:
		return "", &problem.Error{Code: problem.Forbidden, Reason: "NOT_A_USER", Message: "this is for signed-in users, not API keys"}
	default:
		return "", &problem.Error{Code: problem.Unauthenticated, Message: "sign in first"}
	}
}

// UpdateMe changes the signed-in user's own profile. Fields an admin has
// blocked are refused with FORBIDDEN naming the field, and nothing
// changes.
func (s *Service) UpdateMe(ctx context.Context, p *ProfileInput) (*ent.User, error) {
	id, err := me(ctx)
	if err != nil {
		return nil, err
	}
	err = database.WithTx(ctx, s.Client, func(tx *ent.Tx) error {
		c := tx.Client()
		u, err := c.User.Get(ctx, id)
		if err != nil {
			return err
		}
		if p.CustomAttributes.IsSet() {
			merged, err := s.mergeOwnAttributes(ctx, c, u, p.CustomAttributes.Value())
			if err != nil {
				return err
			}
			p.CustomAttributes = graphql.OmittableOf(merged)
		}
		// A blocked field may be sent, as long as its value stays: a form
		// can submit the whole profile.
		return s.updateProfile(ctx, c, u, nil, p, "input.", u.BlockedFields)
	})
	if err != nil {
		return nil, err
	}
	return s.reload(ctx, id)
}

// mergeOwnAttributes checks the custom attributes a user sends for their
// own profile and returns the map to store. The map replaces the stored
// one, except for the attributes only administrators edit: those keep
// their current value when left out, and changing one is FORBIDDEN.
func (s *Service) mergeOwnAttributes(ctx context.Context, c *ent.Client, u *ent.User, attrs map[string]any) (map[string]any, error) {
	defs, err := s.definitions(ctx, c)
	if err != nil {
		return nil, err
	}
	merged := maps.Clone(attrs)
	if merged == nil {
		merged = map[string]any{}
	}
	for _, d := range defs {
		if d.UserEditable {
			continue
		}
		old, had := u.CustomAttributes[d.Key]
		v, sent := attrs[d.Key]
		switch {
		case sent && (!had || fmt.Sprint(old) != fmt.Sprint(v)):
			return nil, &problem.Error{Code: problem.Forbidden, Field: "input.customAttributes." + d.Key, Reason: "FIELD_BLOCKED",
				Message: "this attribute is not editable by users"}
		case had:
			merged[d.Key] = old
		}
	}
	return merged, nil
}

// SignUpOptions returns what the public pages show before anyone signs
// in: whether self sign-up is enabled, and the password policy.
func (s *Service) SignUpOptions(ctx context.Context) (selfSignup bool, policy password.Policy, err error) {
	set, err := s.settings(ctx, s.Client)
	if err != nil {
		return false, password.Policy{}, fmt.Errorf("users: read the settings: %w", err)
	}
	policy, err = s.policy(ctx, s.Client)
	return set.SelfSignupEnabled, policy, err
}

// policy returns the password policy of the settings.
func (s *Service) policy(ctx context.Context, c *ent.Client) (password.Policy, error) {
	set, err := s.settings(ctx, c)
	if err != nil {
		return password.Policy{}, err
	}
	return password.Policy{MinLength: set.PasswordMinLength, ForbidNames: set.PasswordForbidNames, ForbidCommon: set.PasswordForbidCommon}, nil
}

// checkPassword applies the policy; the first violated rule becomes the
// error, and every violated rule is listed in its message.
func (s *Service) checkPassword(ctx context.Context, c *ent.Client, field, pw string, u *ent.User) error {
	pol, err := s.policy(ctx, c)
	if err != nil {
		return err
	}
	var names []string
	if u != nil {
		for _, n := range []*string{u.FirstName, u.LastName} {
			if n != nil {
				names = append(names, *n)
			}
		}
	}
	if v := pol.Check(pw, names...); len(v) > 0 {
		msg := v[0].Message
		for _, more := range v[1:] {
			msg += "; " + more.Message
		}
		return problem.Invalid(field, v[0].Reason, msg)
	}
	return nil
}

// ChangePassword replaces the signed-in user's password after checking the
// current one, and ends their other sessions. The check counts against the
// account's attempt limit, which login shares (MaxAccountFailures per
// AttemptWindow): a stolen session cannot be used to guess the password.
func (s *Service) ChangePassword(ctx context.Context, current, next string) (err error) {
	id, err := me(ctx)
	if err != nil {
		return err
	}
	// Counted before the transaction (on SQLite the transaction would hold
	// the write lock the counter needs) and before the check, so that
	// parallel guesses cannot slip past the limit.
	bucket := AccountAttemptsBucket(id)
	if err := s.allow(ctx, bucket, MaxAccountFailures); err != nil {
		return err
	}
	verified := false
	defer func() {
		if verified {
			// The password was right: this attempt was no failure.
			if ferr := s.forgive(ctx, bucket); ferr != nil && err == nil {
				err = ferr
			}
		}
	}()
	return database.WithTx(ctx, s.Client, func(tx *ent.Tx) error {
		c := tx.Client()
		u, err := c.User.Get(ctx, id)
		if err != nil {
			return err
		}
		if u.PasswordHash == nil {
			return problem.Invalid("input.currentPassword", "NO_PASSWORD", "this account has no password yet; use password reset")
		}
		if err := budget.Spend(ctx, budget.PasswordHash); err != nil {
			return err
		}
		ok, _, err := password.Verify(current, *u.PasswordHash, s.Password)
		if err != nil {
			return err
		}
		if !ok {
			return problem.Invalid("input.currentPassword", "WRONG_PASSWORD", "the current password is wrong")
		}
		verified = true
		if err := s.checkPassword(ctx, c, "input.newPassword", next, u); err != nil {
			return err
		}
		if err := s.setPassword(ctx, c, id, next); err != nil {
			return err
		}
		if err := s.notify(ctx, c, mail.PasswordChanged, u); err != nil {
			return err
		}
		return revokeSessions(ctx, c, id, viewer.FromContext(ctx).SessionID, s.now())
	})
}

func (s *Service) setPassword(ctx context.Context, c *ent.Client, id pulid.ID, pw string) error {
	if err := budget.Spend(ctx, budget.PasswordHash); err != nil {
		return err
	}
	hash, err := password.Hash(pw, s.Password)
	if err != nil {
		return err
	}
	return c.User.UpdateOneID(id).SetPasswordHash(hash).SetPasswordChangedAt(s.now()).Exec(ctx)
}

// SignUp accepts a registration (source WEB) when self sign-up is
// enabled. It validates the input, hashes the password and stores the
// request; the worker (ProcessAccountRequests) creates the account and
// sends the confirmation link — or, when the address has an account
// already, tells its owner that someone tried to sign up with it. The
// answer and the work before it are the same either way, so sign-up
// cannot be used to find out who is registered.
func (s *Service) SignUp(ctx context.Context, email, pw string, p *ProfileInput) error {
	email = NormalizeEmail(email)
	if err := ValidateEmail(email); err != nil {
		return prefixField(err, "input.")
	}
	sys := viewer.SystemContext(ctx)
	set, err := s.settings(sys, s.Client)
	if err != nil {
		return err
	}
	if !set.SelfSignupEnabled {
		return &problem.Error{Code: problem.Forbidden, Reason: "SIGNUP_DISABLED", Message: "self sign-up is disabled"}
	}
	defs, err := s.definitions(sys, s.Client)
	if err != nil {
		return err
	}
	prof, err := validateProfile(p, "input.profile.", "", defs, s.now())
	if err != nil {
		return err
	}
	probe := &ent.User{}
	if v, ok := prof.set[user.FieldFirstName].(string); ok {
		probe.FirstName = &v
	}
	if v, ok := prof.set[user.FieldLastName].(string); ok {
		probe.LastName = &v
	}
	if err := s.checkPassword(sys, s.Client, "input.password", pw, probe); err != nil {
		return err
	}
	doc, err := profileDocument(p)
	if err != nil {
		return err
	}
	if err := budget.Spend(ctx, budget.PasswordHash); err != nil {
		return err
	}
	hash, err := password.Hash(pw, s.Password)
	if err != nil {
		return err
	}
	return s.enqueue(ctx, accountrequest.KindSIGN_UP, email, &hash, doc)
}

// ConfirmEmail uses a confirmation link: it confirms a signed-up account,
// or makes a pending email change take effect.
func (s *Service) ConfirmEmail(ctx context.Context, token string) (*ent.User, error) {
	sys := audit.WithSource(viewer.SystemContext(ctx), auditentry.SourcePROFILE)
	var id pulid.ID
	err := database.WithTx(sys, s.Client, func(tx *ent.Tx) error {
		c := tx.Client()
		t, err := consumeToken(sys, c, token, s.now(), onetimetoken.KindEMAIL_CONFIRMATION, onetimetoken.KindEMAIL_CHANGE)
		if err != nil {
			return err
		}
		u := t.Edges.User
		id = u.ID
		if t.Kind == onetimetoken.KindEMAIL_CONFIRMATION {
			if u.ConfirmedAt != nil {
				return nil
			}
			return c.User.UpdateOneID(u.ID).SetConfirmedAt(s.now()).Exec(sys)
		}
		if t.NewEmail == nil || u.UnconfirmedEmail == nil || *u.UnconfirmedEmail != *t.NewEmail {
			return errBadToken
		}
		if owner, err := ownerOf(sys, c, *t.NewEmail); err != nil {
			return err
		} else if owner != nil {
			return &problem.Error{Code: problem.Conflict, Field: "token", Reason: "EMAIL_TAKEN", Message: "another account uses this address by now"}
		}
		upd := c.User.UpdateOneID(u.ID).SetEmail(*t.NewEmail).ClearUnconfirmedEmail()
		if u.ConfirmedAt == nil {
			upd.SetConfirmedAt(s.now())
		}
		return upd.Exec(sys)
	})
	if err != nil {
		return nil, err
	}
	return s.Client.User.Get(viewer.SystemContext(ctx), id)
}

// AcceptInvitation sets the invited user's password and confirms the
// account. It returns the user and the return URL to send them to — only
// when its host is still allowed.
func (s *Service) AcceptInvitation(ctx context.Context, token, pw string) (*ent.User, *string, error) {
	sys := audit.WithSource(viewer.SystemContext(ctx), auditentry.SourcePROFILE)
	var id pulid.ID
	var returnURL *string
	err := database.WithTx(sys, s.Client, func(tx *ent.Tx) error {
		c := tx.Client()
		t, err := consumeToken(sys, c, token, s.now(), onetimetoken.KindINVITATION)
		if err != nil {
			return err
		}
		u := t.Edges.User
		id = u.ID
		if err := s.checkPassword(sys, c, "input.password", pw, u); err != nil {
			return err
		}
		if err := s.setPassword(sys, c, u.ID, pw); err != nil {
			return err
		}
		if u.ConfirmedAt == nil {
			if err := c.User.UpdateOneID(u.ID).SetConfirmedAt(s.now()).Exec(sys); err != nil {
				return err
			}
		}
		if u.AcceptInvitationReturnURL != nil {
			set, err := s.settings(sys, c)
			if err != nil {
				return err
			}
			if RedirectAllowed(*u.AcceptInvitationReturnURL, set.AllowedRedirectHosts) {
				returnURL = u.AcceptInvitationReturnURL
			}
		}
		return nil
	})
	if err != nil {
		return nil, nil, err
	}
	u, err := s.Client.User.Get(viewer.SystemContext(ctx), id)
	return u, returnURL, err
}

// RequestPasswordReset accepts a request for a reset link for the
// account whose primary email or confirmed alias is email. The worker
// (ProcessAccountRequests) sends the link to that address and records
// when; for an address without an account it does nothing. The answer and
// the work before it are the same whether or not such an account exists.
func (s *Service) RequestPasswordReset(ctx context.Context, email string) error {
	email = NormalizeEmail(email)
	if ValidateEmail(email) != nil {
		return nil
	}
	if err := budget.Spend(ctx, budget.Mail); err != nil {
		return err
	}
	return s.enqueue(ctx, accountrequest.KindPASSWORD_RESET, email, nil, nil)
}

// ResetPassword sets a new password with a reset link and ends every
// session of the user. A reset also proves the address, so an
// unconfirmed account becomes confirmed.
func (s *Service) ResetPassword(ctx context.Context, token, pw string) (*ent.User, error) {
	sys := audit.WithSource(viewer.SystemContext(ctx), auditentry.SourcePROFILE)
	var id pulid.ID
	err := database.WithTx(sys, s.Client, func(tx *ent.Tx) error {
		c := tx.Client()
		t, err := consumeToken(sys, c, token, s.now(), onetimetoken.KindPASSWORD_RESET)
		if err != nil {
			return err
		}
		u := t.Edges.User
		id = u.ID
		if err := s.checkPassword(sys, c, "input.password", pw, u); err != nil {
			return err
		}
		if err := s.setPassword(sys, c, u.ID, pw); err != nil {
			return err
		}
		if err := s.notify(sys, c, mail.PasswordChanged, u); err != nil {
			return err
		}
		if u.ConfirmedAt == nil {
			if err := c.User.UpdateOneID(u.ID).SetConfirmedAt(s.now()).Exec(sys); err != nil {
				return err
			}
		}
		return revokeSessions(sys, c, u.ID, "", s.now())
	})
	if err != nil {
		return nil, err
	}
	return s.Client.User.Get(viewer.SystemContext(ctx), id)
}

// AddEmailAlias adds an address to the signed-in user's account, pending
// until confirmed. The answer is the same whether or not another account
// owns the address: a free address gets a confirmation link; an address
// that belongs to another account (its primary email or a confirmed
// alias) gets a notice to its owner instead, and the pending alias can
// never be confirmed. The same statements run either way. Mails to one
// address are bounded (MaxMailsPerAddress per window); beyond, the alias
// is added without a mail and the user can ask again later.
func (s *Service) AddEmailAlias(ctx context.Context, email string) (*ent.EmailAlias, error) {
	id, err := me(ctx)
	if err != nil {
		return nil, err
	}
	email = NormalizeEmail(email)
	if err := ValidateEmail(email); err != nil {
		return nil, prefixField(err, "input.")
	}
	var aliasID pulid.ID
	err = database.WithTx(ctx, s.Client, func(tx *ent.Tx) error {
		c := tx.Client()
		u, err := c.User.Get(ctx, id)
		if err != nil {
			return err
		}
		// What the caller's own account holds may be told.
		own, err := c.EmailAlias.Query().Where(emailalias.HasUserWith(user.ID(id))).Select(emailalias.FieldEmail).Strings(ctx)
		if err != nil {
			return err
		}
		if email == u.Email || slices.Contains(own, email) {
			return &problem.Error{Code: problem.Conflict, Field: "input.email", Reason: "ALREADY_ADDED", Message: "your account has this address already"}
		}
		if len(own) >= 10 {
			return problem.Invalid("input.email", "TOO_MANY_ALIASES", "an account has at most 10 additional addresses")
		}
		owner, err := ownerOf(ctx, c, email)
		if err != nil {
			return err
		}
		allowed, err := s.mailsAllowed(ctx, c, email)
		if err != nil {
			return err
		}
		a, err := c.EmailAlias.Create().SetUserID(id).SetEmail(email).Save(ctx)
		if err != nil {
			return err
		}
		aliasID = a.ID
		// A token is issued either way; for an address owned by another
		// account its secret is dropped, so nobody can confirm it.
		tok, err := issueToken(ctx, c, onetimetoken.KindALIAS_CONFIRMATION, id, confirmationLifetime, s.now(),
			func(t *ent.OneTimeTokenCreate) { t.SetEmailAliasID(a.ID) })
		if err != nil {
			return err
		}
		switch {
		case !allowed:
			return nil
		case owner != nil:
			return s.send(ctx, c, mail.AliasAttempt, email, owner, mail.Data{Address: email})
		default:
			return s.send(ctx, c, mail.AliasConfirmation, email, u, mail.Data{Token: tok.secret, Address: email, Expires: tok.row.ExpiresAt})
		}
	})
	if err != nil {
		return nil, err
	}
	return s.Client.EmailAlias.Get(ctx, aliasID)
}

// ConfirmEmailAlias uses an alias confirmation link.
func (s *Service) ConfirmEmailAlias(ctx context.Context, token string) (*ent.EmailAlias, error) {
	sys := audit.WithSource(viewer.SystemContext(ctx), auditentry.SourcePROFILE)
	var aliasID pulid.ID
	err := database.WithTx(sys, s.Client, func(tx *ent.Tx) error {
		c := tx.Client()
		t, err := consumeToken(sys, c, token, s.now(), onetimetoken.KindALIAS_CONFIRMATION)
		if err != nil {
			return err
		}
		if t.Edges.EmailAlias == nil {
			return errBadToken
		}
		aliasID = t.Edges.EmailAlias.ID
		err = c.EmailAlias.UpdateOneID(aliasID).SetConfirmedAt(s.now()).Exec(sys)
		if ent.IsConstraintError(err) {
			return &problem.Error{Code: problem.Conflict, Field: "token", Reason: "EMAIL_TAKEN", Message: "another account uses this address by now"}
		}
		return err
	})
	if err != nil {
		return nil, err
	}
	return s.Client.EmailAlias.Get(viewer.SystemContext(ctx), aliasID)
}

// RemoveEmailAlias removes one of the signed-in user's aliases.
func (s *Service) RemoveEmailAlias(ctx context.Context, aliasID pulid.ID) error {
	id, err := me(ctx)
	if err != nil {
		return err
	}
	return database.WithTx(ctx, s.Client, func(tx *ent.Tx) error {
		// As the system, for a delete by condition, recorded as the user's
		// own change.
		n, err := tx.Client().EmailAlias.Delete().Where(emailalias.ID(aliasID), emailalias.HasUserWith(user.ID(id))).Exec(audit.AsSystem(ctx))
		if err != nil {
			return err
		}
		if n == 0 {
			return problem.NotFoundf("no alias with ID %s", aliasID)
		}
		return nil
	})
}

// SetPrimaryEmail makes a confirmed alias the primary address; the former
// primary address becomes a confirmed alias.
func (s *Service) SetPrimaryEmail(ctx context.Context, aliasID pulid.ID) (*ent.User, error) {
	id, err := me(ctx)
	if err != nil {
		return nil, err
	}
	err = database.WithTx(ctx, s.Client, func(tx *ent.Tx) error {
		c := tx.Client()
		// The steps run as the system and are recorded as the user's own
		// profile change.
		sys := audit.AsSystem(ctx)
		a, err := c.EmailAlias.Query().Where(emailalias.ID(aliasID), emailalias.HasUserWith(user.ID(id))).Only(sys)
		if ent.IsNotFound(err) {
			return problem.NotFoundf("no alias with ID %s", aliasID)
		}
		if err != nil {
			return err
		}
		if a.ConfirmedAt == nil {
			return problem.Invalid("input.aliasID", "NOT_CONFIRMED", "confirm the address first")
		}
		u, err := c.User.Get(ctx, id)
		if err != nil {
			return err
		}
		// One history entry for the aliases (the new primary address out,
		// the former one in), besides the one for the email.
		return audit.AliasChanges(sys, c, id, func(sys context.Context) error {
			if err := c.EmailAlias.DeleteOneID(a.ID).Exec(sys); err != nil {
				return err
			}
			if err := c.User.UpdateOneID(id).SetEmail(a.Email).ClearUnconfirmedEmail().Exec(sys); err != nil {
				return err
			}
			return c.EmailAlias.Create().SetUserID(id).SetEmail(u.Email).SetConfirmedAt(s.now()).Exec(sys)
		})
	})
	if err != nil {
		return nil, err
	}
	return s.reload(ctx, id)
}

// Subscribe subscribes the signed-in user's address to the newsletter. The
// subscription is keyed by address and outlives the account.
func (s *Service) Subscribe(ctx context.Context) (*ent.NewsletterSubscription, error) {
	return s.setSubscription(ctx, true)
}

// Unsubscribe ends the signed-in user's subscription.
func (s *Service) Unsubscribe(ctx context.Context) (*ent.NewsletterSubscription, error) {
	return s.setSubscription(ctx, false)
}

func (s *Service) setSubscription(ctx context.Context, on bool) (*ent.NewsletterSubscription, error) {
	id, err := me(ctx)
	if err != nil {
		return nil, err
	}
	var subID pulid.ID
	err = database.WithTx(ctx, s.Client, func(tx *ent.Tx) error {
		c := tx.Client()
		sys := viewer.SystemContext(ctx)
		u, err := c.User.Get(ctx, id)
		if err != nil {
			return err
		}
		sub, err := c.NewsletterSubscription.Query().Where(newslettersubscription.Or(
			newslettersubscription.HasUserWith(user.ID(id)), newslettersubscription.Email(u.Email))).First(sys)
		if ent.IsNotFound(err) {
			if !on {
				return problem.NotFoundf("you have no newsletter subscription")
			}
			sub, err = c.NewsletterSubscription.Create().SetEmail(u.Email).SetUserID(id).SetSubscribedAt(s.now()).Save(sys)
			if err != nil {
				return err
			}
			subID = sub.ID
			return nil
		}
		if err != nil {
			return err
		}
		subID = sub.ID
		upd := c.NewsletterSubscription.UpdateOne(sub).SetUserID(id)
		if on {
			upd.SetSubscribedAt(s.now()).ClearUnsubscribedAt()
		} else {
			upd.SetUnsubscribedAt(s.now())
		}
		return upd.Exec(sys)
	})
	if err != nil {
		return nil, err
	}
	return s.Client.NewsletterSubscription.Get(ctx, subID)
}
