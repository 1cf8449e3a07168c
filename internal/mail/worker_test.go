package mail_test

// The worker against real databases (internal/apitest: SQLite always,
// PostgreSQL with ROSTER_TEST_POSTGRES_URL) and a real SMTP server in the
// process. This is an external test package because apitest imports mail.

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/url"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/rosterhq/roster/ent"
	"github.com/rosterhq/roster/ent/outgoingmail"
	"github.com/rosterhq/roster/internal/apitest"
	"github.com/rosterhq/roster/internal/mail"
	"github.com/rosterhq/roster/internal/mail/smtptest"
)

const (
	workerUser     = "roster"
	workerPassword = "w0rker s3cret/pass"
)

var renderer = mail.Renderer{FrontendURL: "https://app.example.com", Product: "Roster"}

var templates = []string{mail.Invitation, mail.Confirmation, mail.EmailChange, mail.AliasConfirmation, mail.PasswordReset}

func quietLog() *slog.Logger { return slog.New(slog.NewTextHandler(io.Discard, nil)) }

func testContext(t *testing.T) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	t.Cleanup(cancel)
	return ctx
}

// smtpServer starts an SMTP server with STARTTLS and AUTH PLAIN and
// returns it with a transport that signs in with password.
func smtpServer(t *testing.T, password string) (*smtptest.Server, *mail.SMTPTransport) {
	t.Helper()
	s := smtptest.Start(t, smtptest.Config{StartTLS: true, Users: map[string]string{workerUser: workerPassword}})
	tr, err := mail.NewSMTPTransport(s.URL("smtp", url.UserPassword(workerUser, password), ""), "Roster <no-reply@example.com>",
		mail.WithSMTPRootCAs(s.Roots), mail.WithSMTPTimeout(5*time.Second))
	if err != nil {
		t.Fatal(err)
	}
	return s, tr
}

// enqueue renders template name to to and puts it in the outbox.
func enqueue(t *testing.T, env *apitest.Env, name, to string) *ent.OutgoingMail {
	t.Helper()
	m, err := renderer.Render(name, to, mail.Data{Token: "tok-" + to, Address: to, Expires: time.Now().Add(time.Hour)})
	if err != nil {
		t.Fatal(err)
	}
	if err := mail.Enqueue(env.Ctx, env.Client, m, ""); err != nil {
		t.Fatal(err)
	}
	return row(t, env, to)
}

// row reads the outbox row addressed to to.
func row(t *testing.T, env *apitest.Env, to string) *ent.OutgoingMail {
	t.Helper()
	r, err := env.Client.OutgoingMail.Query().Where(outgoingmail.To(to)).Only(env.Ctx)
	if err != nil {
		t.Fatalf("outbox row to %s: %v", to, err)
	}
	return r
}

// dbTime is now+d the way Roster writes times: UTC, microseconds, no
// monotonic clock reading (SQLite stores time.Time.String()).
func dbTime(d time.Duration) time.Time { return time.Now().UTC().Add(d).Truncate(time.Microsecond) }

// makeDue moves the next attempt of r into the past, as if its backoff had
// passed.
func makeDue(t *testing.T, env *apitest.Env, r *ent.OutgoingMail) {
	t.Helper()
	if err := env.Client.OutgoingMail.UpdateOneID(r.ID).SetNextAttemptAt(dbTime(-time.Second)).Exec(env.Ctx); err != nil {
		t.Fatal(err)
	}
}

func checkSent(t *testing.T, r *ent.OutgoingMail, after time.Time) {
	t.Helper()
	if r.Status != outgoingmail.StatusSENT || r.SentAt == nil || r.SentAt.Before(after.Add(-time.Second)) || r.SentAt.After(time.Now().Add(time.Second)) ||
		r.AttemptCount != 1 || r.LastError != nil || r.ClaimedUntil != nil {
		t.Fatalf("row %s: status %s, sent_at %v, attempts %d, last_error %v, claimed_until %v",
			r.To, r.Status, r.SentAt, r.AttemptCount, r.LastError, r.ClaimedUntil)
	}
}

func recipients(s *smtptest.Server) []string {
	var to []string
	for _, m := range s.Messages() {
		to = append(to, m.To...)
	}
	sort.Strings(to)
	return to
}

func TestWorkerDeliversThroughSMTP(t *testing.T) {
	apitest.Each(t, func(t *testing.T, env *apitest.Env) {
		s, tr := smtpServer(t, workerPassword)
		var want []string
		subjects := map[string]string{}
		for i, name := range templates {
			to := fmt.Sprintf("user%d@example.org", i)
			r := enqueue(t, env, name, to)
			if r.Status != outgoingmail.StatusPENDING || r.AttemptCount != 0 || r.SentAt != nil {
				t.Fatalf("new row %+v", r)
			}
			want = append(want, to)
			subjects[to] = r.Subject
		}
		sort.Strings(want)
		w := &mail.Worker{Client: env.Client, Transport: tr, Log: quietLog(), Dialect: env.Dialect}
		start := time.Now()
		n, err := w.DeliverPending(testContext(t))
		if err != nil || n != len(templates) {
			t.Fatalf("DeliverPending = %d, %v", n, err)
		}
		if got := recipients(s); strings.Join(got, ",") != strings.Join(want, ",") {
			t.Fatalf("server received for %v, want %v", got, want)
		}
		for _, m := range s.Messages() {
			p := smtptest.ParseMail(t, m.Data)
			if !m.TLS || m.User != workerUser || p.Subject != subjects[m.To[0]] || p.Parts["text/plain"] == "" || p.Parts["text/html"] == "" ||
				!strings.Contains(p.Parts["text/plain"], "https://app.example.com/") {
				t.Fatalf("message to %v: tls %v, user %q, subject %q, parts %d", m.To, m.TLS, m.User, p.Subject, len(p.Parts))
			}
		}
		for _, to := range want {
			checkSent(t, row(t, env, to), start)
		}
		// Nothing is sent twice.
		if n, err := w.DeliverPending(testContext(t)); err != nil || n != 0 || len(s.Messages()) != len(templates) {
			t.Fatalf("second round: %d, %v, %d messages", n, err, len(s.Messages()))
		}
	})
}

// TestWorkerRetriesThenGivesUp: a server that refuses the credentials
// makes every attempt fail; each one is recorded with a growing backoff,
// and the message is DEAD after MaxAttempts.
func TestWorkerRetriesThenGivesUp(t *testing.T) {
	apitest.Each(t, func(t *testing.T, env *apitest.Env) {
		const wrong = "wr0ng s3cret/pass"
		s, tr := smtpServer(t, wrong)
		r := enqueue(t, env, mail.PasswordReset, "ada@example.org")
		w := &mail.Worker{Client: env.Client, Transport: tr, Log: quietLog(), MaxAttempts: 3, Dialect: env.Dialect}
		ctx := testContext(t)

		// Attempt n waits about 30 s · 2^(n-1) before the next one (±20 %).
		for attempt := 1; attempt <= 2; attempt++ {
			before := time.Now()
			if n, err := w.DeliverPending(ctx); err != nil || n != 0 {
				t.Fatalf("attempt %d: DeliverPending = %d, %v", attempt, n, err)
			}
			r = row(t, env, "ada@example.org")
			base := 30 * time.Second << (attempt - 1)
			earliest, latest := before.Add(base*8/10), time.Now().Add(base*12/10)
			if r.Status != outgoingmail.StatusPENDING || r.AttemptCount != attempt || r.ClaimedUntil != nil || r.SentAt != nil ||
				r.NextAttemptAt.Before(earliest) || r.NextAttemptAt.After(latest) {
				t.Fatalf("after attempt %d: status %s, attempts %d, claimed_until %v, sent_at %v, next attempt in %s (want %s…%s)",
					attempt, r.Status, r.AttemptCount, r.ClaimedUntil, r.SentAt, time.Until(r.NextAttemptAt), time.Until(earliest), time.Until(latest))
			}
			if r.LastError == nil || !strings.HasPrefix(*r.LastError, "mail: smtp: ") || !strings.Contains(*r.LastError, "535") ||
				strings.Contains(*r.LastError, "s3cret") {
				t.Fatalf("last_error %v", r.LastError)
			}
			// Before the backoff has passed, the message is left alone.
			if n, err := w.DeliverPending(ctx); err != nil || n != 0 || row(t, env, "ada@example.org").AttemptCount != attempt {
				t.Fatalf("retried before its time: %d, %v", n, err)
			}
			makeDue(t, env, r)
		}

		if n, err := w.DeliverPending(ctx); err != nil || n != 0 {
			t.Fatalf("last attempt: DeliverPending = %d, %v", n, err)
		}
		r = row(t, env, "ada@example.org")
		if r.Status != outgoingmail.StatusDEAD || r.AttemptCount != 3 || r.LastError == nil || r.SentAt != nil || r.ClaimedUntil != nil {
			t.Fatalf("after MaxAttempts: status %s, attempts %d, last_error %v", r.Status, r.AttemptCount, r.LastError)
		}
		// A DEAD message is never tried again.
		makeDue(t, env, r)
		if n, err := w.DeliverPending(ctx); err != nil || n != 0 || row(t, env, "ada@example.org").AttemptCount != 3 {
			t.Fatalf("DEAD message retried: %d, %v", n, err)
		}
		if len(s.Messages()) != 0 || s.AuthFailures() != 3 {
			t.Fatalf("server: %d messages, %d auth failures", len(s.Messages()), s.AuthFailures())
		}
	})
}

// blockingTransport stands for a worker that hangs in the middle of a
// delivery: Send reports that it started and returns only when its
// context ends.
type blockingTransport struct{ started chan string }

func (b blockingTransport) Send(ctx context.Context, m mail.Message) error {
	b.started <- m.To
	<-ctx.Done()
	return ctx.Err()
}

// TestWorkerLeaseRecovery: a worker dies after claiming a message; the
// claim keeps others away until the lease ends, and then another worker
// delivers it — once.
func TestWorkerLeaseRecovery(t *testing.T) {
	apitest.Each(t, func(t *testing.T, env *apitest.Env) {
		s, tr := smtpServer(t, workerPassword)
		const lease = 3 * time.Second
		enqueue(t, env, mail.Invitation, "late@example.org")

		dying := &mail.Worker{Client: env.Client, Transport: blockingTransport{started: make(chan string, 1)}, Log: quietLog(), Lease: lease, Dialect: env.Dialect}
		ctxA, die := context.WithCancel(context.Background())
		defer die()
		doneA := make(chan error, 1)
		claimed := time.Now()
		go func() {
			_, err := dying.DeliverPending(ctxA)
			doneA <- err
		}()
		select {
		case to := <-dying.Transport.(blockingTransport).started:
			if to != "late@example.org" {
				t.Fatalf("claimed %s", to)
			}
		case <-time.After(10 * time.Second):
			t.Fatal("the first worker never started sending")
		}
		r := row(t, env, "late@example.org")
		if r.Status != outgoingmail.StatusPENDING || r.ClaimedUntil == nil || !r.ClaimedUntil.After(time.Now()) || r.ClaimedUntil.After(claimed.Add(lease+time.Second)) {
			t.Fatalf("claimed row: status %s, claimed_until %v", r.Status, r.ClaimedUntil)
		}

		other := &mail.Worker{Client: env.Client, Transport: tr, Log: quietLog(), Lease: lease, Dialect: env.Dialect}
		ctx := testContext(t)
		if n, err := other.DeliverPending(ctx); err != nil || n != 0 {
			t.Fatalf("another worker took a leased message: %d, %v", n, err)
		}

		// The first worker dies: its context ends before it could record
		// anything, so the claim stays.
		die()
		if err := <-doneA; !errors.Is(err, context.Canceled) {
			t.Fatalf("dying worker returned %v", err)
		}
		r = row(t, env, "late@example.org")
		if r.Status != outgoingmail.StatusPENDING || r.AttemptCount != 0 || r.ClaimedUntil == nil {
			t.Fatalf("after the death: status %s, attempts %d, claimed_until %v", r.Status, r.AttemptCount, r.ClaimedUntil)
		}

		// Once the lease has ended, the other worker delivers it.
		deadline := time.Now().Add(10 * time.Second)
		for {
			n, err := other.DeliverPending(ctx)
			if err != nil {
				t.Fatal(err)
			}
			if n == 1 {
				break
			}
			if n != 0 || time.Now().After(deadline) {
				t.Fatalf("not delivered after the lease: %d", n)
			}
			time.Sleep(50 * time.Millisecond)
		}
		if time.Since(claimed) < lease {
			t.Fatalf("delivered %s after the claim, before the lease of %s ended", time.Since(claimed), lease)
		}
		checkSent(t, row(t, env, "late@example.org"), claimed)
		if got := recipients(s); len(got) != 1 || got[0] != "late@example.org" {
			t.Fatalf("server received %v", got)
		}
	})
}

// TestWorkerStaleClaim: a claim left by a crashed process (claimed_until
// in the past) does not block the message; a live one does.
func TestWorkerStaleClaim(t *testing.T) {
	apitest.Each(t, func(t *testing.T, env *apitest.Env) {
		s, tr := smtpServer(t, workerPassword)
		stale := enqueue(t, env, mail.Confirmation, "stale@example.org")
		live := enqueue(t, env, mail.Confirmation, "live@example.org")
		if err := env.Client.OutgoingMail.UpdateOneID(stale.ID).SetClaimedUntil(dbTime(-time.Minute)).Exec(env.Ctx); err != nil {
			t.Fatal(err)
		}
		if err := env.Client.OutgoingMail.UpdateOneID(live.ID).SetClaimedUntil(dbTime(time.Hour)).Exec(env.Ctx); err != nil {
			t.Fatal(err)
		}
		w := &mail.Worker{Client: env.Client, Transport: tr, Log: quietLog(), Dialect: env.Dialect}
		start := time.Now()
		if n, err := w.DeliverPending(testContext(t)); err != nil || n != 1 {
			t.Fatalf("DeliverPending = %d, %v", n, err)
		}
		checkSent(t, row(t, env, "stale@example.org"), start)
		if r := row(t, env, "live@example.org"); r.Status != outgoingmail.StatusPENDING || r.AttemptCount != 0 {
			t.Fatalf("leased row: %s, %d attempts", r.Status, r.AttemptCount)
		}
		if got := recipients(s); len(got) != 1 || got[0] != "stale@example.org" {
			t.Fatalf("server received %v", got)
		}
	})
}

// TestWorkersInParallel: several workers on one outbox send every message
// exactly once.
func TestWorkersInParallel(t *testing.T) {
	apitest.Each(t, func(t *testing.T, env *apitest.Env) {
		s, tr := smtpServer(t, workerPassword)
		const messages, workers = 12, 3
		var want []string
		for i := range messages {
			to := fmt.Sprintf("p%02d@example.org", i)
			enqueue(t, env, templates[i%len(templates)], to)
			want = append(want, to)
		}
		ctx := testContext(t)
		start := time.Now()
		var wg sync.WaitGroup
		var mu sync.Mutex
		total := 0
		for range workers {
			wg.Add(1)
			go func() {
				defer wg.Done()
				w := &mail.Worker{Client: env.Client, Transport: tr, Log: quietLog(), Dialect: env.Dialect}
				n, err := w.DeliverPending(ctx)
				if err != nil {
					t.Errorf("DeliverPending: %v", err)
				}
				mu.Lock()
				total += n
				mu.Unlock()
			}()
		}
		wg.Wait()
		if total != messages {
			t.Fatalf("workers sent %d, want %d", total, messages)
		}
		if got := recipients(s); strings.Join(got, ",") != strings.Join(want, ",") {
			t.Fatalf("server received %v, want each of %v once", got, want)
		}
		for _, to := range want {
			checkSent(t, row(t, env, to), start)
		}
	})
}

// takeoverTransport stands for a send so slow that the lease ends and
// another worker claims the message meanwhile: during Send, the row gets a
// new claim, and then Send fails.
type takeoverTransport struct {
	env   *apitest.Env
	claim time.Time
}

func (tt takeoverTransport) Send(ctx context.Context, m mail.Message) error {
	r, err := tt.env.Client.OutgoingMail.Query().Where(outgoingmail.To(m.To)).Only(ctx)
	if err == nil {
		err = tt.env.Client.OutgoingMail.UpdateOne(r).SetClaimedUntil(tt.claim).Exec(ctx)
	}
	if err != nil {
		return err
	}
	return errors.New("connection reset")
}

// TestWorkerLostLease: a worker whose lease was taken over records
// nothing, so the new owner's outcome is not overwritten.
func TestWorkerLostLease(t *testing.T) {
	apitest.Each(t, func(t *testing.T, env *apitest.Env) {
		enqueue(t, env, mail.Invitation, "slow@example.org")
		other := dbTime(time.Hour)
		w := &mail.Worker{Client: env.Client, Transport: takeoverTransport{env: env, claim: other}, Log: quietLog(), Dialect: env.Dialect}
		if n, err := w.DeliverPending(testContext(t)); err != nil || n != 0 {
			t.Fatalf("DeliverPending = %d, %v", n, err)
		}
		r := row(t, env, "slow@example.org")
		if r.Status != outgoingmail.StatusPENDING || r.AttemptCount != 0 || r.LastError != nil || r.ClaimedUntil == nil || !r.ClaimedUntil.Equal(other) {
			t.Fatalf("row after a lost lease: status %s, attempts %d, last_error %v, claimed_until %v (want %v)",
				r.Status, r.AttemptCount, r.LastError, r.ClaimedUntil, other)
		}
	})
}

// gateTransport sends only when the test opens the gate, whatever happens
// to the worker's context meanwhile.
type gateTransport struct {
	started chan string
	gate    chan struct{}
	sent    chan string
}

func (g gateTransport) Send(_ context.Context, m mail.Message) error {
	g.started <- m.To
	<-g.gate
	g.sent <- m.To
	return nil
}

// TestWorkerStopsGracefully: when Run's context ends during a delivery,
// the worker finishes that message, records it as sent and releases its
// claim, claims nothing more, and returns — so a shutdown leaves no lease
// for another instance to wait out.
func TestWorkerStopsGracefully(t *testing.T) {
	apitest.Each(t, func(t *testing.T, env *apitest.Env) {
		first := enqueue(t, env, mail.Invitation, "first@example.org")
		enqueue(t, env, mail.Invitation, "second@example.org")
		if err := env.Client.OutgoingMail.UpdateOneID(first.ID).SetNextAttemptAt(dbTime(-time.Minute)).Exec(env.Ctx); err != nil {
			t.Fatal(err)
		}
		tr := gateTransport{started: make(chan string, 2), gate: make(chan struct{}), sent: make(chan string, 2)}
		w := &mail.Worker{Client: env.Client, Transport: tr, Log: quietLog(), Dialect: env.Dialect}
		ctx, stop := context.WithCancel(context.Background())
		defer stop()
		done := make(chan struct{})
		go func() {
			w.Run(ctx, 10*time.Millisecond)
			close(done)
		}()
		select {
		case to := <-tr.started:
			if to != "first@example.org" {
				t.Fatalf("first sent to %s", to)
			}
		case <-time.After(10 * time.Second):
			t.Fatal("the worker never started sending")
		}
		stop()
		select {
		case <-done:
			t.Fatal("Run returned with a message half sent")
		case <-time.After(100 * time.Millisecond):
		}
		close(tr.gate)
		select {
		case <-done:
		case <-time.After(10 * time.Second):
			t.Fatal("Run did not return after the message under way was sent")
		}
		if r := row(t, env, "first@example.org"); r.Status != outgoingmail.StatusSENT || r.ClaimedUntil != nil || r.AttemptCount != 1 {
			t.Fatalf("message under way: status %s, claimed_until %v, attempts %d", r.Status, r.ClaimedUntil, r.AttemptCount)
		}
		if r := row(t, env, "second@example.org"); r.Status != outgoingmail.StatusPENDING || r.ClaimedUntil != nil || r.AttemptCount != 0 {
			t.Fatalf("next message: status %s, claimed_until %v, attempts %d", r.Status, r.ClaimedUntil, r.AttemptCount)
		}
		if len(tr.sent) != 1 {
			t.Fatalf("%d messages sent, want 1", len(tr.sent))
		}
	})
}
