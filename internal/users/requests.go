package users

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"time"

	"github.com/rosterhq/roster/ent"
	"github.com/rosterhq/roster/ent/accountrequest"
	"github.com/rosterhq/roster/ent/auditentry"
	"github.com/rosterhq/roster/ent/onetimetoken"
	"github.com/rosterhq/roster/ent/role"
	"github.com/rosterhq/roster/ent/user"
	"github.com/rosterhq/roster/internal/audit"
	"github.com/rosterhq/roster/internal/database"
	"github.com/rosterhq/roster/internal/mail"
	"github.com/rosterhq/roster/internal/viewer"
)

// Anonymous requests about an address (signUp, requestPasswordReset) are
// answered after the same work whatever the address: the API validates
// the input, hashes a sign-up's password, stores an AccountRequest and
// says "accepted". Whether the address has an account is looked at only
// here, by a background worker, whose outcome reaches the address's
// inbox and nobody else:
//
//   - sign-up, new address: the account is created with a confirmation
//     link (as before);
//   - sign-up, address of an account: its owner gets a notice that
//     someone tried to sign up with it; nothing else changes;
//   - reset, address of an account: the reset link;
//   - reset, unknown address: nothing.
//
// Mails to one address are bounded (MaxMailsPerAddress per window), so the
// requests cannot be used to flood an inbox.

// enqueue stores an anonymous request, as the system.
func (s *Service) enqueue(ctx context.Context, kind accountrequest.Kind, email string, hash *string, profile map[string]any) error {
	create := s.Client.AccountRequest.Create().SetKind(kind).SetEmail(email).SetNillablePasswordHash(hash)
	if profile != nil {
		create.SetProfile(profile)
	}
	if err := create.Exec(viewer.SystemContext(ctx)); err != nil {
		return fmt.Errorf("users: store the request: %w", err)
	}
	return nil
}

// profileDocument turns a sign-up's profile input into the JSON stored
// with the request: only the fields that were given.
func profileDocument(p *ProfileInput) (map[string]any, error) {
	if p == nil {
		return nil, nil
	}
	b, err := json.Marshal(p)
	if err != nil {
		return nil, fmt.Errorf("users: encode the profile: %w", err)
	}
	var m map[string]any
	if err := json.Unmarshal(b, &m); err != nil {
		return nil, fmt.Errorf("users: encode the profile: %w", err)
	}
	for k, v := range m {
		if v == nil {
			delete(m, k)
		}
	}
	return m, nil
}

// profileInput reads a stored profile back.
func profileInput(m map[string]any) (*ProfileInput, error) {
	if len(m) == 0 {
		return nil, nil
	}
	b, err := json.Marshal(m)
	if err != nil {
		return nil, err
	}
	var p ProfileInput
	if err := json.Unmarshal(b, &p); err != nil {
		return nil, err
	}
	return &p, nil
}

// ProcessAccountRequests carries out up to limit stored requests, oldest
// first, and returns how many it handled. Each request is deleted in the
// transaction that carries it out, so with several instances each request
// is carried out once: an instance that finds it already deleted skips it.
// A request that fails (for example a profile that no longer matches the
// attribute definitions) is logged and dropped; the person may try again.
func (s *Service) ProcessAccountRequests(ctx context.Context, log *slog.Logger, limit int) (int, error) {
	sys := audit.WithSource(viewer.SystemContext(ctx), auditentry.SourcePROFILE)
	ids, err := s.Client.AccountRequest.Query().Order(ent.Asc(accountrequest.FieldCreatedAt), ent.Asc(accountrequest.FieldID)).
		Limit(limit).IDs(sys)
	if err != nil {
		return 0, fmt.Errorf("users: read account requests: %w", err)
	}
	done := 0
	for _, id := range ids {
		err := database.WithTx(sys, s.Client, func(tx *ent.Tx) error {
			c := tx.Client()
			r, err := c.AccountRequest.Get(sys, id)
			if ent.IsNotFound(err) {
				return nil // another instance took it
			}
			if err != nil {
				return err
			}
			if n, err := c.AccountRequest.Delete().Where(accountrequest.ID(id)).Exec(sys); err != nil || n == 0 {
				return err
			}
			done++
			return s.carryOut(sys, c, r)
		})
		if err != nil {
			if database.Unavailable(err) || ctx.Err() != nil {
				return done, err
			}
			if log != nil {
				log.WarnContext(ctx, "users: account request dropped", "request", id, "error", err)
			}
			if _, derr := s.Client.AccountRequest.Delete().Where(accountrequest.ID(id)).Exec(sys); derr != nil {
				return done, fmt.Errorf("users: drop a failed account request: %w", derr)
			}
		}
	}
	return done, nil
}

// RunAccountRequests processes requests until ctx ends, every interval.
func (s *Service) RunAccountRequests(ctx context.Context, log *slog.Logger, interval time.Duration) {
	t := time.NewTicker(interval)
	defer t.Stop()
	for {
		for {
			n, err := s.ProcessAccountRequests(ctx, log, 50)
			if err != nil && ctx.Err() == nil {
				log.ErrorContext(ctx, "users: account requests", "error", err)
			}
			if err != nil || n < 50 {
				break
			}
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

// carryOut does what a request asks, in tx c.
func (s *Service) carryOut(ctx context.Context, c *ent.Client, r *ent.AccountRequest) error {
	owner, err := ownerOf(ctx, c, r.Email)
	if err != nil {
		return err
	}
	allowed, err := s.mailsAllowed(ctx, c, r.Email)
	if err != nil {
		return err
	}
	switch r.Kind {
	case accountrequest.KindPASSWORD_RESET:
		if owner == nil || !allowed {
			return nil
		}
		now := s.now()
		tok, err := issueToken(ctx, c, onetimetoken.KindPASSWORD_RESET, owner.ID, resetLifetime, now, nil)
		if err != nil {
			return err
		}
		if err := c.User.UpdateOneID(owner.ID).SetResetPasswordSentAt(now).Exec(ctx); err != nil {
			return err
		}
		return s.send(ctx, c, mail.PasswordReset, r.Email, owner, mail.Data{Token: tok.secret, Expires: tok.row.ExpiresAt})
	case accountrequest.KindSIGN_UP:
		if owner != nil {
			if !allowed {
				return nil
			}
			return s.send(ctx, c, mail.SignUpAttempt, r.Email, owner, mail.Data{Address: r.Email})
		}
		return s.createSignedUp(ctx, c, r)
	}
	return fmt.Errorf("users: unknown account request kind %q", r.Kind)
}

// createSignedUp creates the account of a sign-up for a free address.
func (s *Service) createSignedUp(ctx context.Context, c *ent.Client, r *ent.AccountRequest) error {
	set, err := s.settings(ctx, c)
	if err != nil {
		return err
	}
	if !set.SelfSignupEnabled || r.PasswordHash == nil {
		return nil // switched off since the request was accepted
	}
	p, err := profileInput(r.Profile)
	if err != nil {
		return err
	}
	defs, err := s.definitions(ctx, c)
	if err != nil {
		return err
	}
	prof, err := validateProfile(p, "input.profile.", "", defs, s.now())
	if err != nil {
		return err
	}
	roleID, err := c.Role.Query().Where(role.Name(database.RoleUser)).OnlyID(ctx)
	if err != nil {
		return err
	}
	now := s.now()
	create := c.User.Create().SetEmail(r.Email).SetSource(user.SourceWEB).SetRoleID(roleID).
		SetPasswordHash(*r.PasswordHash).SetPasswordChangedAt(now).SetConfirmationSentAt(now).
		SetCreatedAt(r.CreatedAt)
	if err := prof.apply(create.Mutation()); err != nil {
		return err
	}
	u, err := create.Save(ctx)
	if err != nil {
		return err
	}
	tok, err := issueToken(ctx, c, onetimetoken.KindEMAIL_CONFIRMATION, u.ID, confirmationLifetime, now, nil)
	if err != nil {
		return err
	}
	return s.send(ctx, c, mail.Confirmation, r.Email, u, mail.Data{Token: tok.secret, Expires: tok.row.ExpiresAt})
}
