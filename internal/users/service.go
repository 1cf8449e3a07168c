package users

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"slices"
	"strings"
	"time"

	"entgo.io/ent/dialect"
	"entgo.io/ent/dialect/sql"

	"github.com/rosterhq/roster/ent"
	"github.com/rosterhq/roster/ent/onetimetoken"
	"github.com/rosterhq/roster/ent/predicate"
	"github.com/rosterhq/roster/ent/role"
	"github.com/rosterhq/roster/ent/session"
	"github.com/rosterhq/roster/ent/settings"
	"github.com/rosterhq/roster/ent/user"
	"github.com/rosterhq/roster/internal/audit"
	"github.com/rosterhq/roster/internal/database"
	"github.com/rosterhq/roster/internal/mail"
	"github.com/rosterhq/roster/internal/password"
	"github.com/rosterhq/roster/internal/problem"
	"github.com/rosterhq/roster/internal/pulid"
	"github.com/rosterhq/roster/internal/viewer"
)

// Service runs the account lifecycle: every admin, public and
// self-service operation on users. Each method is one transaction; the
// change, its history (internal/audit) and its mail (internal/mail) commit
// together or not at all. Access is checked by the ent privacy policies
// (internal/access) under the caller's viewer; public flows act as the
// system once they have checked their token or input.
type Service struct {
	Client   *ent.Client
	Mail     mail.Renderer
	Password password.Params
	Now      func() time.Time
	// Limiter bounds the messages a caller writes to users (SendEmail);
	// SendEmail fails without one.
	Limiter RateLimiter
}

func (s *Service) now() time.Time { return s.Now().UTC().Truncate(time.Microsecond) }

func (s *Service) settings(ctx context.Context, c *ent.Client) (*ent.Settings, error) {
	return c.Settings.Query().Where(settings.ID(database.SettingsID)).Only(viewer.SystemContext(ctx))
}

func (s *Service) definitions(ctx context.Context, c *ent.Client) ([]*ent.AttributeDefinition, error) {
	return c.AttributeDefinition.Query().All(viewer.SystemContext(ctx))
}

// reload returns the user after a committed change, read with the
// caller's viewer outside the finished transaction.
func (s *Service) reload(ctx context.Context, id pulid.ID) (*ent.User, error) {
	return s.Client.User.Get(ctx, id)
}

// visible loads a user the caller can see, or NOT_FOUND.
func visible(ctx context.Context, c *ent.Client, id pulid.ID) (*ent.User, error) {
	u, err := c.User.Get(ctx, id)
	if ent.IsNotFound(err) {
		return nil, problem.NotFoundf("no user with ID %s", id)
	}
	return u, err
}

// CreateInput is the input of CreateUser.
type CreateInput struct {
	Email          string
	SendInvitation bool
	RoleID         *pulid.ID
	CustomerIDs    []pulid.ID
	Profile        *ProfileInput
	ReturnURL      *string
}

// CreateUser creates a user (source ADMIN, or API for API keys) and, when
// asked, invites them. If the address belongs to an account already (as
// primary email or confirmed alias), that account is returned with
// existed=true and nothing changes — the admin is taken to the profile
// rather than shown an error or given a duplicate.
func (s *Service) CreateUser(ctx context.Context, in CreateInput) (u *ent.User, existed bool, err error) {
	email := NormalizeEmail(in.Email)
	if err := ValidateEmail(email); err != nil {
		return nil, false, prefixField(err, "input.")
	}
	var id pulid.ID
	takenUnseen := false
	err = database.WithTx(ctx, s.Client, func(tx *ent.Tx) error {
		c := tx.Client()
		if owner, err := ownerOf(ctx, c, email); err != nil {
			return err
		} else if owner != nil {
			if _, err := visible(ctx, c, owner.ID); err != nil {
				if pe, ok := problem.As(err); !ok || pe.Code != problem.NotFound {
					return err
				}
				// The address is taken by an account the caller cannot see.
				// The caller must learn it (a second account cannot have
				// the address); how often is bounded below.
				takenUnseen = true
				return errTakenUnseen
			}
			id, existed = owner.ID, true
			return nil
		}
		defs, err := s.definitions(ctx, c)
		if err != nil {
			return err
		}
		prof, err := validateProfile(in.Profile, "input.profile.", "", defs, s.now())
		if err != nil {
			return err
		}
		if in.ReturnURL != nil {
			if err := s.checkReturnURL(ctx, c, *in.ReturnURL); err != nil {
				return err
			}
		}
		source := user.SourceADMIN
		if viewer.FromContext(ctx).Kind == viewer.APIKey {
			source = user.SourceAPI
		}
		create := c.User.Create().SetEmail(email).SetSource(source).AddCustomerIDs(in.CustomerIDs...).
			SetNillableAcceptInvitationReturnURL(in.ReturnURL)
		if in.RoleID != nil {
			create.SetRoleID(*in.RoleID)
		} else {
			r, err := c.Role.Query().Where(role.Name(database.RoleUser)).OnlyID(viewer.SystemContext(ctx))
			if err != nil {
				return err
			}
			create.SetRoleID(r)
		}
		if err := prof.apply(create.Mutation()); err != nil {
			return err
		}
		created, err := create.Save(ctx)
		if err != nil {
			return err
		}
		id = created.ID
		if in.SendInvitation {
			return s.invite(ctx, c, created)
		}
		return nil
	})
	if takenUnseen {
		// Counted after the transaction (on SQLite it held the write lock
		// the counter needs): a caller with users:write or users:invite
		// learns of at most MaxTakenAnswers unseen addresses per window.
		if err := s.allow(ctx, "taken:"+callerKey(viewer.FromContext(ctx)), MaxTakenAnswers); err != nil {
			return nil, false, err
		}
		return nil, false, errTakenUnseen
	}
	if err != nil {
		return nil, false, err
	}
	u, err = s.reload(ctx, id)
	return u, existed, err
}

// errTakenUnseen answers createUser for an address of an account the
// caller cannot see.
var errTakenUnseen = &problem.Error{Code: problem.Conflict, Field: "input.email", Reason: "EMAIL_TAKEN", Message: "this address belongs to another account"}

// invite issues an invitation token (invalidating older ones), records
// when, and writes the invitation mail, in tx.
func (s *Service) invite(ctx context.Context, c *ent.Client, u *ent.User) error {
	set, err := s.settings(ctx, c)
	if err != nil {
		return err
	}
	now := s.now()
	tok, err := issueToken(ctx, c, onetimetoken.KindINVITATION, u.ID, time.Duration(set.InvitationLifetimeSeconds)*time.Second, now, nil)
	if err != nil {
		return err
	}
	if err := c.User.UpdateOneID(u.ID).SetInvitationCreatedAt(now).SetInvitationSentAt(now).Exec(ctx); err != nil {
		return err
	}
	return s.send(ctx, c, mail.Invitation, u.Email, u, mail.Data{Token: tok.secret, Expires: tok.row.ExpiresAt})
}

// send renders and enqueues a message in tx.
func (s *Service) send(ctx context.Context, c *ent.Client, template, to string, u *ent.User, d mail.Data) error {
	if u != nil && u.FirstName != nil {
		d.Name = *u.FirstName
	}
	m, err := s.Mail.Render(template, to, d)
	if err != nil {
		return err
	}
	var uid pulid.ID
	if u != nil {
		uid = u.ID
	}
	return mail.Enqueue(ctx, c, m, uid)
}

// ResendInvitation sends a new invitation; the previous link stops
// working. Refused once the user is confirmed.
func (s *Service) ResendInvitation(ctx context.Context, id pulid.ID) (*ent.User, error) {
	err := database.WithTx(ctx, s.Client, func(tx *ent.Tx) error {
		u, err := visible(ctx, tx.Client(), id)
		if err != nil {
			return err
		}
		if u.ConfirmedAt != nil {
			return &problem.Error{Code: problem.Conflict, Reason: "ALREADY_CONFIRMED", Message: "the user has confirmed their account already"}
		}
		return s.invite(ctx, tx.Client(), u)
	})
	if err != nil {
		return nil, err
	}
	return s.reload(ctx, id)
}

// ConfirmUser confirms a user by hand and records when an admin did.
func (s *Service) ConfirmUser(ctx context.Context, id pulid.ID) (*ent.User, error) {
	err := database.WithTx(ctx, s.Client, func(tx *ent.Tx) error {
		u, err := visible(ctx, tx.Client(), id)
		if err != nil {
			return err
		}
		if u.ConfirmedAt != nil {
			return &problem.Error{Code: problem.Conflict, Reason: "ALREADY_CONFIRMED", Message: "the user is confirmed already"}
		}
		now := s.now()
		return tx.Client().User.UpdateOneID(id).SetConfirmedAt(now).SetLastConfirmedByAdminAt(now).Exec(ctx)
	})
	if err != nil {
		return nil, err
	}
	return s.reload(ctx, id)
}

// UpdateUser changes profile fields as an admin. When expectedUpdatedAt is
// given and the user changed since, it fails with CONFLICT and changes
// nothing, so two admins never overwrite each other unknowingly.
func (s *Service) UpdateUser(ctx context.Context, id pulid.ID, expectedUpdatedAt *time.Time, p *ProfileInput) (*ent.User, error) {
	err := database.WithTx(ctx, s.Client, func(tx *ent.Tx) error {
		c := tx.Client()
		u, err := visible(ctx, c, id)
		if err != nil {
			return err
		}
		return s.updateProfile(ctx, c, u, expectedUpdatedAt, p, "input.profile.", nil)
	})
	if err != nil {
		return nil, err
	}
	return s.reload(ctx, id)
}

func (s *Service) updateProfile(ctx context.Context, c *ent.Client, u *ent.User, expectedUpdatedAt *time.Time, p *ProfileInput, prefix string, blocked []string) error {
	defs, err := s.definitions(ctx, c)
	if err != nil {
		return err
	}
	country := ""
	if u.Country != nil {
		country = *u.Country
	}
	prof, err := validateProfile(p, prefix, country, defs, s.now())
	if err != nil {
		return err
	}
	if expectedUpdatedAt != nil && !u.UpdatedAt.Equal(expectedUpdatedAt.UTC().Truncate(time.Microsecond)) {
		return conflictChanged(u)
	}
	upd := c.User.UpdateOneID(u.ID)
	if err := prof.apply(upd.Mutation()); err != nil {
		return err
	}
	changed, err := audit.ChangedFields(ctx, upd.Mutation())
	if err != nil {
		return err
	}
	for _, f := range changed {
		if slices.Contains(blocked, f) {
			return &problem.Error{Code: problem.Forbidden, Field: prefix + apiName[f], Reason: "FIELD_BLOCKED",
				Message: "an administrator has blocked this field from editing"}
		}
	}
	if len(changed) == 0 {
		// Nothing differs from what is stored: no write, no new
		// updatedAt, no history, no webhook.
		return nil
	}
	if expectedUpdatedAt != nil {
		// The condition is part of the UPDATE itself, so a concurrent
		// change between read and write is caught too.
		upd.Where(user.UpdatedAt(expectedUpdatedAt.UTC().Truncate(time.Microsecond)))
	}
	err = upd.Exec(ctx)
	if ent.IsNotFound(err) && expectedUpdatedAt != nil {
		return conflictChanged(u)
	}
	return err
}

func conflictChanged(u *ent.User) error {
	return &problem.Error{Code: problem.Conflict, Field: "input.expectedUpdatedAt", Reason: "STALE",
		Message: "the user was changed by someone else since you loaded it; reload and try again"}
}

// ChangeEmail changes a user's email address as an admin. No account may
// use the new address (as primary email or confirmed alias). With
// requireConfirmation the address is kept in unconfirmedEmail and a
// confirmation link goes to it; the current address stays until the user
// confirms. Without, it changes at once.
func (s *Service) ChangeEmail(ctx context.Context, id pulid.ID, email string, requireConfirmation bool) (*ent.User, error) {
	email = NormalizeEmail(email)
	if err := ValidateEmail(email); err != nil {
		return nil, prefixField(err, "input.")
	}
	err := database.WithTx(ctx, s.Client, func(tx *ent.Tx) error {
		c := tx.Client()
		u, err := visible(ctx, c, id)
		if err != nil {
			return err
		}
		if u.Email == email {
			return problem.Invalid("input.email", "UNCHANGED", "this is the user's address already")
		}
		if owner, err := ownerOf(ctx, c, email); err != nil {
			return err
		} else if owner != nil {
			return &problem.Error{Code: problem.Conflict, Field: "input.email", Reason: "EMAIL_TAKEN", Message: "another account uses this address"}
		}
		if !requireConfirmation {
			return c.User.UpdateOneID(id).SetEmail(email).ClearUnconfirmedEmail().Exec(ctx)
		}
		tok, err := issueToken(ctx, c, onetimetoken.KindEMAIL_CHANGE, id, confirmationLifetime, s.now(),
			func(t *ent.OneTimeTokenCreate) { t.SetNewEmail(email) })
		if err != nil {
			return err
		}
		if err := c.User.UpdateOneID(id).SetUnconfirmedEmail(email).Exec(ctx); err != nil {
			return err
		}
		return s.send(ctx, c, mail.EmailChange, email, u, mail.Data{Token: tok.secret, Address: email, Expires: tok.row.ExpiresAt})
	})
	if err != nil {
		return nil, err
	}
	return s.reload(ctx, id)
}

// Lock locks a user: they cannot sign in, and every session ends at once.
// With expiresAt the lock ends by itself then.
func (s *Service) Lock(ctx context.Context, id pulid.ID, reason string, expiresAt *time.Time) (*ent.User, error) {
	reason = strings.TrimSpace(reason)
	if reason == "" || len(reason) > 500 {
		return nil, problem.Invalid("input.reason", "REQUIRED", "give a reason of at most 500 characters")
	}
	if expiresAt != nil && !expiresAt.After(s.now()) {
		return nil, problem.Invalid("input.expiresAt", "IN_THE_PAST", "the lock must end in the future")
	}
	err := database.WithTx(ctx, s.Client, func(tx *ent.Tx) error {
		c := tx.Client()
		if _, err := visible(ctx, c, id); err != nil {
			return err
		}
		v := viewer.FromContext(ctx)
		if v.IsUser(id) {
			return &problem.Error{Code: problem.Forbidden, Reason: "SELF_LOCK", Message: "you cannot lock yourself"}
		}
		upd := c.User.UpdateOneID(id).SetLockedAt(s.now()).SetLockReason(reason)
		if expiresAt != nil {
			upd.SetLockExpiresAt(*expiresAt)
		} else {
			// Locking again for good ends the expiry of an earlier lock.
			upd.ClearLockExpiresAt()
		}
		if v.Kind == viewer.User {
			upd.SetLockedByID(v.UserID)
		} else {
			upd.ClearLockedBy()
		}
		if err := upd.Exec(ctx); err != nil {
			return err
		}
		return revokeSessions(ctx, c, id, "", s.now())
	})
	if err != nil {
		return nil, err
	}
	return s.reload(ctx, id)
}

// Unlock lifts a lock. Of two concurrent unlocks of the same user, one
// lifts the lock (and is recorded); the other gets NOT_LOCKED.
func (s *Service) Unlock(ctx context.Context, id pulid.ID) (*ent.User, error) {
	err := database.WithTx(ctx, s.Client, func(tx *ent.Tx) error {
		if _, err := visible(ctx, tx.Client(), id); err != nil {
			return err
		}
		unlocked, err := unlock(ctx, tx.Client(), id, user.LockedAtNotNil())
		if err == nil && !unlocked {
			err = &problem.Error{Code: problem.Conflict, Reason: "NOT_LOCKED", Message: "the user is not locked"}
		}
		return err
	})
	if err != nil {
		return nil, err
	}
	return s.reload(ctx, id)
}

// unlock clears the lock of user id, in c's transaction, if the user
// still matches cond when the transaction gets to the row; it reports
// whether it did. The row is read and changed under a row lock (FOR
// UPDATE on PostgreSQL; SQLite runs one write transaction at a time), so
// the history records the lock as it was, and of concurrent unlocks only
// the first finds something to do: the others see the row as that one
// left it and unlock nothing, record nothing, announce nothing.
func unlock(ctx context.Context, c *ent.Client, id pulid.ID, cond ...predicate.User) (bool, error) {
	match := append([]predicate.User{user.ID(id), forUpdate}, cond...)
	if _, err := c.User.Query().Where(match...).OnlyID(viewer.SystemContext(ctx)); ent.IsNotFound(err) {
		return false, nil
	} else if err != nil {
		return false, err
	}
	err := c.User.UpdateOneID(id).Where(cond...).
		ClearLockedAt().ClearLockReason().ClearLockExpiresAt().ClearLockedBy().Exec(ctx)
	if ent.IsNotFound(err) {
		return false, nil
	}
	return err == nil, err
}

// forUpdate locks the rows a query selects until its transaction ends,
// on PostgreSQL. SQLite knows no row locks and needs none: Roster's
// SQLite transactions take the write lock when they begin
// (_txlock=immediate).
func forUpdate(s *sql.Selector) {
	if s.Dialect() == dialect.Postgres {
		s.ForUpdate()
	}
}

// Delete deletes a user and everything of theirs — aliases, sessions,
// tokens, identities, history — except the newsletter subscription,
// which outlives the account. One history entry without personal data
// records that the deletion happened.
func (s *Service) Delete(ctx context.Context, id pulid.ID) error {
	return database.WithTx(ctx, s.Client, func(tx *ent.Tx) error {
		c := tx.Client()
		if _, err := visible(ctx, c, id); err != nil {
			return err
		}
		if viewer.FromContext(ctx).IsUser(id) {
			return &problem.Error{Code: problem.Forbidden, Reason: "SELF_DELETE", Message: "you cannot delete yourself here"}
		}
		return c.User.DeleteOneID(id).Exec(ctx)
	})
}

// SetBlockedFields sets the profile fields the user may no longer edit
// themself (any of ProfileFields, by their API names).
func (s *Service) SetBlockedFields(ctx context.Context, id pulid.ID, fields []string) (*ent.User, error) {
	var stored []string
	for i, f := range fields {
		name := ""
		for schemaName, api := range apiName {
			if api == f {
				name = schemaName
			}
		}
		if name == "" {
			return nil, problem.Invalid(fmt.Sprintf("input.fields.%d", i), "UNKNOWN_FIELD", fmt.Sprintf("%q is not a profile field", f))
		}
		if !slices.Contains(stored, name) {
			stored = append(stored, name)
		}
	}
	slices.Sort(stored)
	err := database.WithTx(ctx, s.Client, func(tx *ent.Tx) error {
		if _, err := visible(ctx, tx.Client(), id); err != nil {
			return err
		}
		return tx.Client().User.UpdateOneID(id).SetBlockedFields(stored).Exec(ctx)
	})
	if err != nil {
		return nil, err
	}
	return s.reload(ctx, id)
}

// BlockedAPIFields renders stored blocked fields with their API names.
func BlockedAPIFields(u *ent.User) []string {
	out := make([]string, 0, len(u.BlockedFields))
	for _, f := range u.BlockedFields {
		out = append(out, apiName[f])
	}
	return out
}

// ownerOf returns the user whose primary email or confirmed alias is
// email, whoever the caller is.
func ownerOf(ctx context.Context, c *ent.Client, email string) (*ent.User, error) {
	u, err := c.User.Query().Where(HasAddress(email)).First(viewer.SystemContext(ctx))
	if ent.IsNotFound(err) {
		return nil, nil
	}
	return u, err
}

// revokeSessions ends the user's active sessions except keep.
func revokeSessions(ctx context.Context, c *ent.Client, userID, keep pulid.ID, now time.Time) error {
	q := c.Session.Update().Where(session.HasUserWith(user.ID(userID)), session.RevokedAtIsNil())
	if keep != "" {
		q = q.Where(session.IDNEQ(keep))
	}
	_, err := q.SetRevokedAt(now).Save(viewer.SystemContext(ctx))
	return err
}

// checkReturnURL accepts an absolute http(s) URL whose host is in the
// allowed redirect hosts setting.
func (s *Service) checkReturnURL(ctx context.Context, c *ent.Client, raw string) error {
	set, err := s.settings(ctx, c)
	if err != nil {
		return err
	}
	if !RedirectAllowed(raw, set.AllowedRedirectHosts) {
		return problem.Invalid("input.acceptInvitationReturnURL", "HOST_NOT_ALLOWED",
			"the URL's host is not in the allowed redirect hosts setting")
	}
	return nil
}

// RedirectAllowed reports whether raw is an absolute http(s) URL whose
// host (without port, case-insensitively) is one of hosts.
func RedirectAllowed(raw string, hosts []string) bool {
	u, err := url.Parse(raw)
	if err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" || u.User != nil {
		return false
	}
	return slices.ContainsFunc(hosts, func(h string) bool { return strings.EqualFold(h, u.Hostname()) })
}

func prefixField(err error, prefix string) error {
	var pe *problem.Error
	if errors.As(err, &pe) && pe.Field != "" {
		c := *pe
		c.Field = prefix + c.Field
		return &c
	}
	return err
}

// UnlockExpired lifts every lock whose expiry has passed, as the system:
// the lock fields are cleared, the history records it (source SYSTEM) and
// a user.unlocked webhook goes out. Every `roster serve` runs it every 30
// seconds, so it is safe to run concurrently and against concurrent
// admins: each user is unlocked in a transaction of its own, and only if
// it is still locked with a passed expiry when that transaction holds
// the row — a lock an admin renewed meanwhile stays, and a lock another
// instance lifted meanwhile is not lifted (recorded, announced) twice.
// One user failing does not stop the others. It returns how many users
// it unlocked, and the errors of those it could not unlock. (Sign-in
// honours the expiry before this runs.)
func (s *Service) UnlockExpired(ctx context.Context) (int, error) {
	sys := viewer.SystemContext(ctx)
	expired := []predicate.User{user.LockedAtNotNil(), user.LockExpiresAtLTE(s.now())}
	ids, err := s.Client.User.Query().Where(expired...).Order(ent.Asc(user.FieldLockExpiresAt), ent.Asc(user.FieldID)).
		Limit(500).IDs(sys)
	if err != nil {
		return 0, fmt.Errorf("users: find expired locks: %w", err)
	}
	n := 0
	var errs []error
	for _, id := range ids {
		if err := ctx.Err(); err != nil {
			errs = append(errs, err)
			break
		}
		var unlocked bool
		err := database.WithTx(sys, s.Client, func(tx *ent.Tx) (err error) {
			unlocked, err = unlock(sys, tx.Client(), id, expired...)
			return err
		})
		switch {
		case err != nil:
			errs = append(errs, fmt.Errorf("users: unlock %s: %w", id, err))
		case unlocked:
			n++
		}
	}
	return n, errors.Join(errs...)
}
