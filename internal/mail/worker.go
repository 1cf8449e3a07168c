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
	"github.com/rosterhq/roster/ent/predicate"
	"github.com/rosterhq/roster/internal/metrics"
	"github.com/rosterhq/roster/internal/problem"
	"github.com/rosterhq/roster/internal/pulid"
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
	t.Log.InfoContext(ctx, "mail (log transport; set ROSTER_SMTP_URL to send it for real)",
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
	// Metrics counts delivery attempts; nil counts nothing.
	Metrics *metrics.Metrics
}

// Run delivers pending messages until ctx ends, polling every interval.
// When ctx ends, Run stops gracefully: the message being sent is finished
// and its outcome recorded (the transport's own timeouts bound the wait),
// no further message is claimed, and Run returns. So a shutdown leaves no
// lease behind for other instances to wait out.
func (w *Worker) Run(ctx context.Context, interval time.Duration) {
	t := time.NewTicker(interval)
	defer t.Stop()
	work := context.WithoutCancel(ctx)
	for {
		if _, err := w.deliverPending(work, ctx.Done()); err != nil && !errors.Is(err, context.Canceled) {
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
// time, and returns how many were sent. When ctx ends, the delivery under
// way is abandoned and its lease holds the message until it ends.
func (w *Worker) DeliverPending(ctx context.Context) (int, error) {
	return w.deliverPending(ctx, nil)
}

// deliverPending is DeliverPending that claims no further message once
// stop is closed.
func (w *Worker) deliverPending(ctx context.Context, stop <-chan struct{}) (int, error) {
	ctx = viewer.SystemContext(ctx)
	sent := 0
	for range 100 {
		select {
		case <-stop:
			return sent, nil
		default:
		}
		m, lease, err := w.claim(ctx)
		if err != nil || m == nil {
			return sent, err
		}
		if err := w.deliver(ctx, m, lease); err != nil {
			return sent, err
		}
		if m.Status == outgoingmail.StatusSENT {
			sent++
		}
	}
	return sent, nil
}

// claim reserves the oldest due message for this worker for the lease
// time and returns it with the lease's end, which fences the worker's
// later update. On PostgreSQL the row is selected FOR UPDATE SKIP LOCKED,
// so concurrent workers take different rows without waiting; SQLite runs
// one (immediate) write transaction at a time. A worker that dies after
// claiming loses the row when its lease ends, and another worker sends it.
func (w *Worker) claim(ctx context.Context) (*ent.OutgoingMail, time.Time, error) {
	now := time.Now().UTC()
	// Microsecond precision, which both databases store exactly, so the
	// fence in deliver compares equal.
	lease := now.Add(w.lease()).Truncate(time.Microsecond)
	tx, err := w.Client.Tx(ctx)
	if err != nil {
		return nil, lease, fmt.Errorf("mail: claim: %w", err)
	}
	q := tx.OutgoingMail.Query().
		Where(outgoingmail.StatusEQ(outgoingmail.StatusPENDING), outgoingmail.NextAttemptAtLTE(now),
			outgoingmail.Or(outgoingmail.ClaimedUntilIsNil(), outgoingmail.ClaimedUntilLT(now))).
		Order(ent.Asc(outgoingmail.FieldNextAttemptAt))
	if w.Dialect == dialect.Postgres {
		q = q.ForUpdate(sql.WithLockAction(sql.SkipLocked))
	}
	m, err := q.First(ctx)
	if ent.IsNotFound(err) {
		return nil, lease, tx.Rollback()
	}
	if err == nil {
		m, err = tx.OutgoingMail.UpdateOneID(m.ID).SetClaimedUntil(lease).Save(ctx)
	}
	if err != nil {
		_ = tx.Rollback()
		return nil, lease, fmt.Errorf("mail: claim: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return nil, lease, fmt.Errorf("mail: claim: %w", err)
	}
	return m.Unwrap(), lease, nil
}

// deliver sends a claimed message and records the outcome — but only
// while this worker still holds the claim: if its lease ran out during a
// slow send and another worker took the message over, the other worker's
// record stands.
func (w *Worker) deliver(ctx context.Context, m *ent.OutgoingMail, lease time.Time) error {
	err := w.Transport.Send(ctx, Message{Template: m.Template, To: m.To, Subject: m.Subject, Text: m.TextBody, HTML: m.HTMLBody})
	upd := w.Client.OutgoingMail.Update().
		Where(outgoingmail.IDEQ(m.ID), outgoingmail.ClaimedUntilEQ(lease)).
		ClearClaimedUntil().AddAttemptCount(1)
	status := outgoingmail.StatusPENDING
	attempts := m.AttemptCount + 1
	msg := ""
	switch {
	case err == nil:
		status = outgoingmail.StatusSENT
		// The bodies and their one-time links are not kept once sent.
		upd.SetStatus(status).SetSentAt(time.Now().UTC()).ClearLastError().SetTextBody("").SetHTMLBody("")
	default:
		msg = err.Error()
		if len(msg) > 1000 {
			msg = msg[:1000]
		}
		if attempts >= w.maxAttempts() {
			status = outgoingmail.StatusDEAD
			upd.SetStatus(status)
		} else {
			upd.SetNextAttemptAt(time.Now().UTC().Add(Backoff(attempts)))
		}
		upd.SetLastError(msg)
	}
	n, uerr := upd.Save(ctx)
	if uerr != nil {
		return uerr
	}
	if n == 0 {
		w.Log.WarnContext(ctx, "mail: lease ended during delivery; another worker owns the message now", "mail", m.ID)
		return nil
	}
	switch status {
	case outgoingmail.StatusSENT:
		w.Metrics.Delivery(metrics.QueueMail, metrics.DeliverySuccess)
	case outgoingmail.StatusDEAD:
		w.Metrics.Delivery(metrics.QueueMail, metrics.DeliveryDead)
	default:
		w.Metrics.Delivery(metrics.QueueMail, metrics.DeliveryRetry)
	}
	if status == outgoingmail.StatusDEAD {
		w.Log.WarnContext(ctx, "mail: giving up", "mail", m.ID, "template", m.Template, "attempts", attempts, "error", msg)
	}
	m.Status = status
	return nil
}

// Requeue puts a mail that is waiting or DEAD back in the queue for an
// attempt now, as an admin asks when the mail server is reachable again.
// A mail that was sent is refused with CONFLICT: its body is gone. The
// attempt count stays, so a DEAD mail gets one more attempt.
func Requeue(ctx context.Context, client *ent.Client, id pulid.ID) (*ent.OutgoingMail, error) {
	m, err := client.OutgoingMail.Get(ctx, id)
	if err != nil {
		return nil, err
	}
	if m.Status == outgoingmail.StatusSENT {
		return nil, &problem.Error{Code: problem.Conflict, Field: "input.id", Reason: "ALREADY_SENT",
			Message: "this mail was sent already; trigger the action again for a new one"}
	}
	now := time.Now().UTC()
	// A mail a worker is sending right now is left to it.
	n, err := client.OutgoingMail.Update().
		Where(outgoingmail.IDEQ(id), outgoingmail.StatusNEQ(outgoingmail.StatusSENT),
			outgoingmail.Or(outgoingmail.ClaimedUntilIsNil(), outgoingmail.ClaimedUntilLT(now))).
		SetStatus(outgoingmail.StatusPENDING).SetNextAttemptAt(now).Save(ctx)
	if err != nil {
		return nil, err
	}
	if n == 0 {
		return nil, &problem.Error{Code: problem.Conflict, Field: "input.id", Reason: "IN_PROGRESS",
			Message: "this mail is being sent right now, or was sent meanwhile; look again in a moment"}
	}
	return client.OutgoingMail.Get(ctx, id)
}

// Prune deletes the outbox rows nobody needs any more: mails sent before
// sent, and DEAD mails last touched before dead (usually kept longer, so
// that someone can look into them). A zero time deletes none of its kind.
// Pending mails always stay. It returns how many went.
func Prune(ctx context.Context, client *ent.Client, sent, dead time.Time) (int, error) {
	var which []predicate.OutgoingMail
	if !sent.IsZero() {
		which = append(which, outgoingmail.And(outgoingmail.StatusEQ(outgoingmail.StatusSENT), outgoingmail.SentAtLT(sent)))
	}
	if !dead.IsZero() {
		which = append(which, outgoingmail.And(outgoingmail.StatusEQ(outgoingmail.StatusDEAD), outgoingmail.UpdatedAtLT(dead)))
	}
	if len(which) == 0 {
		return 0, nil
	}
	n, err := client.OutgoingMail.Delete().Where(outgoingmail.Or(which...)).Exec(viewer.SystemContext(ctx))
	if err != nil {
		return n, fmt.Errorf("mail: prune: %w", err)
	}
	return n, nil
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

// Backlog reads the outbox for the metrics: how many mails wait for
// delivery, when the oldest of them was queued, and how many were given
// up on. Both counts use the index on (status, next_attempt_at).
func Backlog(ctx context.Context, client *ent.Client) (metrics.Backlog, error) {
	ctx = viewer.SystemContext(ctx)
	var b metrics.Backlog
	pending := client.OutgoingMail.Query().Where(outgoingmail.StatusEQ(outgoingmail.StatusPENDING))
	n, err := pending.Clone().Count(ctx)
	if err != nil {
		return b, fmt.Errorf("mail: backlog: %w", err)
	}
	b.Pending = n
	if n > 0 {
		oldest, err := pending.Clone().Order(ent.Asc(outgoingmail.FieldCreatedAt)).Select(outgoingmail.FieldCreatedAt).First(ctx)
		if err != nil && !ent.IsNotFound(err) {
			return b, fmt.Errorf("mail: backlog: %w", err)
		}
		if oldest != nil {
			b.Oldest = oldest.CreatedAt
		}
	}
	if b.Dead, err = client.OutgoingMail.Query().Where(outgoingmail.StatusEQ(outgoingmail.StatusDEAD)).Count(ctx); err != nil {
		return b, fmt.Errorf("mail: backlog: %w", err)
	}
	return b, nil
}
