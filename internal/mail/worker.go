package mail

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"time"

	"entgo.io/ent/dialect"
	"entgo.io/ent/dialect/sql"

	"github.com/rosterhq/roster/ent"
	"github.com/rosterhq/roster/ent/outgoingmail"
	"github.com/rosterhq/roster/internal/viewer"
)

// Transport delivers one message.
type Transport interface {
	Send(ctx context.Context, m Message) error
}

// LogTransport "delivers" by writing the message to the log — the
// embedded default, so that links can be followed without a mail server.
type LogTransport struct{ Log *slog.Logger }

// Send implements Transport.
func (t LogTransport) Send(ctx context.Context, m Message) error {
	t.Log.InfoContext(ctx, "mail (log transport; configure SMTP to send for real)",
		"to", m.To, "subject", m.Subject, "body", m.Text)
	return nil
}

// Worker delivers the outbox.
type Worker struct {
	Client    *ent.Client
	Transport Transport
	Log       *slog.Logger
	// MaxAttempts before a message is marked DEAD; 0 means 8.
	MaxAttempts int
	// Lease is how long a claimed message is reserved for one worker; a
	// worker that dies mid-delivery releases it when the lease ends.
	Lease time.Duration
	// Dialect is the database's; on PostgreSQL claims use FOR UPDATE SKIP
	// LOCKED.
	Dialect string
}

// Run delivers pending messages until ctx ends, polling every interval.
func (w *Worker) Run(ctx context.Context, interval time.Duration) {
	t := time.NewTicker(interval)
	defer t.Stop()
	for {
		if _, err := w.DeliverPending(ctx); err != nil && !errors.Is(err, context.Canceled) {
			w.Log.WarnContext(ctx, "mail: delivery round failed", "error", err)
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

// DeliverPending claims and delivers the messages that are due, one at a
// time, and returns how many were sent.
func (w *Worker) DeliverPending(ctx context.Context) (int, error) {
	ctx = viewer.SystemContext(ctx)
	sent := 0
	for range 100 {
		m, err := w.claim(ctx)
		if err != nil || m == nil {
			return sent, err
		}
		if err := w.deliver(ctx, m); err != nil {
			return sent, err
		}
		if m.Status == outgoingmail.StatusSENT {
			sent++
		}
	}
	return sent, nil
}

// claim reserves the oldest due message for this worker for the lease
// time. On PostgreSQL the row is selected FOR UPDATE SKIP LOCKED, so
// concurrent workers take different rows without waiting; SQLite runs one
// write transaction at a time. A worker that dies after claiming loses
// the row when its lease ends, and another worker sends it.
func (w *Worker) claim(ctx context.Context) (*ent.OutgoingMail, error) {
	now := time.Now().UTC()
	tx, err := w.Client.Tx(ctx)
	if err != nil {
		return nil, fmt.Errorf("mail: claim: %w", err)
	}
	q := tx.OutgoingMail.Query().
		Where(outgoingmail.StatusEQ(outgoingmail.StatusPENDING), outgoingmail.NextAttemptAtLTE(now),
			outgoingmail.Or(outgoingmail.ClaimedUntilIsNil(), outgoingmail.ClaimedUntilLT(now))).
		Order(ent.Asc(outgoingmail.FieldNextAttemptAt)).Limit(1)
	if w.Dialect == dialect.Postgres {
		q = q.ForUpdate(sql.WithLockAction(sql.SkipLocked))
	}
	m, err := q.Only(ctx)
	if ent.IsNotFound(err) {
		return nil, tx.Rollback()
	}
	if err == nil {
		err = tx.OutgoingMail.UpdateOneID(m.ID).SetClaimedUntil(now.Add(w.lease())).Exec(ctx)
	}
	if err != nil {
		_ = tx.Rollback()
		return nil, fmt.Errorf("mail: claim: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return nil, fmt.Errorf("mail: claim: %w", err)
	}
	return w.Client.OutgoingMail.Get(ctx, m.ID)
}

func (w *Worker) deliver(ctx context.Context, m *ent.OutgoingMail) error {
	err := w.Transport.Send(ctx, Message{Template: m.Template, To: m.To, Subject: m.Subject, Text: m.TextBody, HTML: m.HTMLBody})
	upd := w.Client.OutgoingMail.UpdateOne(m).ClearClaimedUntil().AddAttemptCount(1)
	if err == nil {
		m.Status = outgoingmail.StatusSENT
		return upd.SetStatus(outgoingmail.StatusSENT).SetSentAt(time.Now().UTC()).ClearLastError().Exec(ctx)
	}
	msg := err.Error()
	if len(msg) > 1000 {
		msg = msg[:1000]
	}
	attempts := m.AttemptCount + 1
	if attempts >= w.maxAttempts() {
		w.Log.WarnContext(ctx, "mail: giving up", "mail", m.ID, "template", m.Template, "attempts", attempts, "error", msg)
		return upd.SetStatus(outgoingmail.StatusDEAD).SetLastError(msg).Exec(ctx)
	}
	return upd.SetLastError(msg).SetNextAttemptAt(time.Now().UTC().Add(Backoff(attempts))).Exec(ctx)
}

// Backoff returns the wait before attempt n+1: exponential from 30
// seconds, capped at six hours, with ±20 % jitter so that retries of many
// messages spread out.
func Backoff(attempt int) time.Duration {
	d := 30 * time.Second << min(attempt-1, 10)
	if d > 6*time.Hour {
		d = 6 * time.Hour
	}
	jitter := 0.8 + rand.Float64()*0.4
	return time.Duration(float64(d) * jitter)
}

func (w *Worker) maxAttempts() int {
	if w.MaxAttempts <= 0 {
		return 8
	}
	return w.MaxAttempts
}

func (w *Worker) lease() time.Duration {
	if w.Lease <= 0 {
		return 2 * time.Minute
	}
	return w.Lease
}
