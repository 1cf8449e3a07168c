package users

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/rosterhq/roster/ent"
	"github.com/rosterhq/roster/ent/emailalias"
	"github.com/rosterhq/roster/internal/access"
	"github.com/rosterhq/roster/internal/audit"
	"github.com/rosterhq/roster/internal/database"
	"github.com/rosterhq/roster/internal/mail"
	"github.com/rosterhq/roster/internal/problem"
	"github.com/rosterhq/roster/internal/pulid"
	"github.com/rosterhq/roster/internal/viewer"
)

// Limits of SendEmail: messages one caller may write in a window.
const (
	MessageWindow       = 15 * time.Minute
	MaxMessagesInWindow = 30
	// MaxSubjectLength and MaxBodyLength bound a message, in characters.
	MaxSubjectLength = 200
	MaxBodyLength    = 20000
)

// ReasonTooManyMessages is the extensions.reason of a refused SendEmail.
const ReasonTooManyMessages = "TOO_MANY_MESSAGES"

// SendEmail writes a plain-text message from the caller to a user: to the
// primary address and, with includeAliases, to every confirmed alias. The
// caller must be allowed to manage the user (access.CheckManage: a user
// the caller cannot see is NOT_FOUND, one that outranks the caller is
// FORBIDDEN). The mails go into the outbox and the history records the
// subject and the recipients — not the text — in one transaction. A caller
// may write MaxMessagesInWindow messages per MessageWindow (RATE_LIMITED
// beyond). It returns the user and the addresses written to.
func (s *Service) SendEmail(ctx context.Context, id pulid.ID, subject, body string, includeAliases bool) (*ent.User, []string, error) {
	subject = strings.TrimSpace(subject)
	body = strings.TrimSpace(body)
	switch {
	case subject == "":
		return nil, nil, problem.Invalid("input.subject", "REQUIRED", "give a subject")
	case utf8.RuneCountInString(subject) > MaxSubjectLength:
		return nil, nil, problem.Invalid("input.subject", "TOO_LONG", fmt.Sprintf("the subject may have at most %d characters", MaxSubjectLength))
	case strings.ContainsAny(subject, "\r\n"):
		return nil, nil, problem.Invalid("input.subject", "LINE_BREAK", "the subject must be one line")
	case body == "":
		return nil, nil, problem.Invalid("input.body", "REQUIRED", "write a message")
	case utf8.RuneCountInString(body) > MaxBodyLength:
		return nil, nil, problem.Invalid("input.body", "TOO_LONG", fmt.Sprintf("the message may have at most %d characters", MaxBodyLength))
	}
	if s.Limiter == nil {
		return nil, nil, errors.New("users: send email: no rate limiter configured")
	}
	// Counted outside the transaction: on SQLite the transaction holds the
	// write lock, which the counter's own statement would wait for.
	ok, err := s.Limiter.Allow(ctx, "message:"+callerKey(viewer.FromContext(ctx)), MessageWindow, MaxMessagesInWindow)
	if err != nil {
		return nil, nil, fmt.Errorf("users: send email: %w", err)
	}
	if !ok {
		return nil, nil, &problem.Error{Code: problem.RateLimited, Reason: ReasonTooManyMessages,
			Message: fmt.Sprintf("you may write at most %d messages in %s; try again later", MaxMessagesInWindow, MessageWindow)}
	}
	var recipients []string
	err = database.WithTx(ctx, s.Client, func(tx *ent.Tx) error {
		c := tx.Client()
		u, err := visible(ctx, c, id)
		if err != nil {
			return err
		}
		if err := access.CheckManage(ctx, c, id); err != nil {
			return err
		}
		recipients = []string{u.Email}
		if includeAliases {
			aliases, err := u.QueryEmailAliases().Where(emailalias.ConfirmedAtNotNil()).
				Order(ent.Asc(emailalias.FieldEmail)).Select(emailalias.FieldEmail).Strings(viewer.SystemContext(ctx))
			if err != nil {
				return fmt.Errorf("users: send email: aliases: %w", err)
			}
			recipients = append(recipients, aliases...)
		}
		for _, to := range recipients {
			if err := s.send(ctx, c, mail.AdminMessage, to, u, mail.Data{Subject: subject, Body: body}); err != nil {
				return err
			}
		}
		entry := fmt.Sprintf("%s (to %s)", subject, strings.Join(recipients, ", "))
		return audit.Record(ctx, c, id, audit.PropertyEmailSent, &entry)
	})
	if err != nil {
		return nil, nil, err
	}
	u, err := s.reload(ctx, id)
	return u, recipients, err
}

// callerKey names the caller for per-caller limits.
func callerKey(v *viewer.Viewer) string {
	switch v.Kind {
	case viewer.User:
		return "user:" + string(v.UserID)
	case viewer.APIKey:
		return "key:" + string(v.APIKeyID)
	}
	return "other"
}
