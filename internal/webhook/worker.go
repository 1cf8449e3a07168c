package webhook

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/rand/v2"
	"net"
	"net/http"
	"net/netip"
	"net/url"
	"strconv"
	"syscall"
	"time"

	"entgo.io/ent/dialect"
	"entgo.io/ent/dialect/sql"

	"github.com/rosterhq/roster/ent"
	"github.com/rosterhq/roster/ent/predicate"
	"github.com/rosterhq/roster/ent/webhookdelivery"
	"github.com/rosterhq/roster/internal/metrics"
	"github.com/rosterhq/roster/internal/pulid"
	"github.com/rosterhq/roster/internal/viewer"
)

// Delivery limits.
const (
	requestTimeout  = 10 * time.Second
	maxResponseRead = 4 << 10
)

// ErrForbiddenTarget is returned for a target address inside a private
// network when those are not allowed.
var ErrForbiddenTarget = errors.New("webhook: target address is not public")

// Worker delivers webhooks.
type Worker struct {
	Client *ent.Client
	Log    *slog.Logger
	// HTTP posts the deliveries; NewHTTPClient builds a safe one.
	HTTP *http.Client
	// MaxAttempts before a delivery is DEAD; 0 means 10.
	MaxAttempts int
	// Lease is how long a claimed delivery is reserved; 0 means 1 minute.
	Lease time.Duration
	// Now returns the current time; tests may fix it.
	Now func() time.Time
	// Timeout bounds one request; 0 means 10 seconds.
	Timeout time.Duration
	// Dialect is the database's; on PostgreSQL claims lock rows with FOR
	// UPDATE SKIP LOCKED.
	Dialect string
	// Metrics counts delivery attempts; nil counts nothing.
	Metrics *metrics.Metrics
}

// NewHTTPClient returns the client deliveries are sent with: a 10-second
// timeout, no redirects followed, and — unless allowPrivate — a dialer
// that refuses loopback, private, link-local, multicast and unspecified
// addresses after DNS resolution, so a hostname cannot smuggle a request
// into the internal network.
func NewHTTPClient(allowPrivate bool) *http.Client {
	dialer := &net.Dialer{Timeout: 5 * time.Second}
	if !allowPrivate {
		dialer.Control = func(_, address string, _ syscall.RawConn) error {
			host, _, err := net.SplitHostPort(address)
			if err != nil {
				return err
			}
			ip, err := netip.ParseAddr(host)
			if err != nil || !PublicAddr(ip) {
				return ErrForbiddenTarget
			}
			return nil
		}
	}
	tr := &http.Transport{DialContext: dialer.DialContext, TLSHandshakeTimeout: 5 * time.Second,
		ResponseHeaderTimeout: requestTimeout, MaxIdleConnsPerHost: 2, Proxy: nil}
	return &http.Client{Transport: tr, Timeout: requestTimeout,
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
}

// PublicAddr reports whether ip is a public unicast address.
func PublicAddr(ip netip.Addr) bool {
	ip = ip.Unmap()
	if !ip.IsValid() || ip.IsLoopback() || ip.IsPrivate() || ip.IsLinkLocalUnicast() || ip.IsLinkLocalMulticast() ||
		ip.IsInterfaceLocalMulticast() || ip.IsMulticast() || ip.IsUnspecified() {
		return false
	}
	for _, p := range blocked {
		if p.Contains(ip) {
			return false
		}
	}
	return true
}

// blocked are further ranges that are not the public internet.
var blocked = []netip.Prefix{
	netip.MustParsePrefix("0.0.0.0/8"),      // this network
	netip.MustParsePrefix("100.64.0.0/10"),  // carrier-grade NAT
	netip.MustParsePrefix("192.0.0.0/24"),   // IETF protocol assignments
	netip.MustParsePrefix("198.18.0.0/15"),  // benchmarking
	netip.MustParsePrefix("240.0.0.0/4"),    // reserved
	netip.MustParsePrefix("64:ff9b:1::/48"), // local-use NAT64
	netip.MustParsePrefix("2001:db8::/32"),  // documentation
	netip.MustParsePrefix("169.254.0.0/16"), // link local (metadata services)
	netip.MustParsePrefix("fd00:ec2::/32"),  // cloud metadata
	netip.MustParsePrefix("100::/64"),       // discard
	netip.MustParsePrefix("::ffff:0:0/96"),  // mapped (checked unmapped above)
	netip.MustParsePrefix("fc00::/7"),       // unique local
	netip.MustParsePrefix("fe80::/10"),      // link local
	netip.MustParsePrefix("ff00::/8"),       // multicast
	netip.MustParsePrefix("127.0.0.0/8"),    // loopback
	netip.MustParsePrefix("::1/128"),        // loopback
	netip.MustParsePrefix("10.0.0.0/8"),     // private
	netip.MustParsePrefix("172.16.0.0/12"),  // private
	netip.MustParsePrefix("192.168.0.0/16"), // private
	netip.MustParsePrefix("224.0.0.0/4"),    // multicast
	netip.MustParsePrefix("255.255.255.255/32"),
}

// Run delivers due webhooks until ctx ends, polling every interval. When
// ctx ends, Run stops gracefully: the delivery being sent is finished and
// recorded (the HTTP client's timeout bounds the wait), the other
// deliveries of its batch are released at once instead of waiting for
// their lease to end, and Run returns.
func (w *Worker) Run(ctx context.Context, interval time.Duration) {
	t := time.NewTicker(interval)
	defer t.Stop()
	work := context.WithoutCancel(ctx)
	for {
		if _, err := w.deliverDue(work, ctx.Done()); err != nil && !errors.Is(err, context.Canceled) {
			w.Log.WarnContext(ctx, "webhook: delivery round failed", "error", err)
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

// DeliverDue claims due deliveries in batches and sends them; it returns
// how many succeeded.
func (w *Worker) DeliverDue(ctx context.Context) (int, error) {
	return w.deliverDue(ctx, nil)
}

// deliverDue is DeliverDue that stops once stop is closed: it sends
// nothing more and releases the claims it still holds.
func (w *Worker) deliverDue(ctx context.Context, stop <-chan struct{}) (int, error) {
	ctx = viewer.SystemContext(ctx)
	ok := 0
	for range 20 {
		if stopped(stop) {
			return ok, nil
		}
		batch, err := w.Claim(ctx, 10)
		if err != nil || len(batch) == 0 {
			return ok, err
		}
		for i, d := range batch {
			if stopped(stop) {
				return ok, w.release(ctx, batch[i:])
			}
			if d.ClaimedUntil != nil && !w.now().Before(*d.ClaimedUntil) {
				// Slow receivers used up the claim: another worker may
				// have this one now, so it is not sent from here.
				continue
			}
			succeeded, err := w.Deliver(ctx, d)
			if err != nil {
				return ok, err
			}
			if succeeded {
				ok++
			}
		}
	}
	return ok, nil
}

func stopped(stop <-chan struct{}) bool {
	select {
	case <-stop:
		return true
	default:
		return false
	}
}

// release gives up the claims on deliveries this worker will not send, so
// that another worker may take them at once.
func (w *Worker) release(ctx context.Context, ds []*ent.WebhookDelivery) error {
	for _, d := range ds {
		if _, err := w.Client.WebhookDelivery.Update().Where(held(d)).ClearClaimedUntil().Save(ctx); err != nil {
			return fmt.Errorf("webhook: release %s: %w", d.ID, err)
		}
	}
	return nil
}

func (w *Worker) now() time.Time {
	if w.Now != nil {
		return w.Now().UTC()
	}
	return time.Now().UTC()
}

// Claim reserves up to n due deliveries for this worker for the lease
// time. On PostgreSQL the rows are selected FOR UPDATE SKIP LOCKED, so
// concurrent workers take different rows; SQLite runs one (immediate)
// write transaction at a time. Each returned row carries the lease's end
// in ClaimedUntil, which fences Deliver's update.
func (w *Worker) Claim(ctx context.Context, n int) ([]*ent.WebhookDelivery, error) {
	now := w.now()
	// Microsecond precision, which both databases store exactly.
	lease := now.Add(w.lease()).Truncate(time.Microsecond)
	var out []*ent.WebhookDelivery
	err := withTx(ctx, w.Client, func(tx *ent.Tx) error {
		q := tx.WebhookDelivery.Query().
			Where(webhookdelivery.StatusEQ(webhookdelivery.StatusPENDING), webhookdelivery.NextAttemptAtLTE(now),
				webhookdelivery.Or(webhookdelivery.ClaimedUntilIsNil(), webhookdelivery.ClaimedUntilLT(now))).
			Order(ent.Asc(webhookdelivery.FieldNextAttemptAt)).Limit(n)
		if w.Dialect == dialect.Postgres {
			q = q.ForUpdate(sql.WithLockAction(sql.SkipLocked))
		}
		rows, err := q.All(ctx)
		if err != nil || len(rows) == 0 {
			return err
		}
		if _, err := tx.WebhookDelivery.Update().Where(webhookdelivery.IDIn(idsOf(rows)...)).
			SetClaimedUntil(lease).Save(ctx); err != nil {
			return err
		}
		for _, r := range rows {
			r.ClaimedUntil = &lease
		}
		out = rows
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("webhook: claim: %w", err)
	}
	return out, nil
}

func idsOf(rows []*ent.WebhookDelivery) []pulid.ID {
	out := make([]pulid.ID, len(rows))
	for i, r := range rows {
		out[i] = r.ID
	}
	return out
}

// errLeaseLost rolls back the record of an attempt whose claim another
// worker has taken over.
var errLeaseLost = errors.New("webhook: lease lost")

// held matches d while it is still claimed as Claim left it.
func held(d *ent.WebhookDelivery) predicate.WebhookDelivery {
	if d.ClaimedUntil == nil {
		return webhookdelivery.And(webhookdelivery.IDEQ(d.ID), webhookdelivery.ClaimedUntilIsNil())
	}
	return webhookdelivery.And(webhookdelivery.IDEQ(d.ID), webhookdelivery.ClaimedUntilEQ(*d.ClaimedUntil))
}

// Deliver sends one claimed delivery, records the attempt, and marks the
// delivery SUCCEEDED, schedules a retry, or gives up (DEAD). It reports
// whether the receiver accepted the delivery (2xx). If the claim's lease
// ran out during a slow send and another worker took the delivery over,
// nothing is recorded: the new owner's outcome stands.
func (w *Worker) Deliver(ctx context.Context, d *ent.WebhookDelivery) (bool, error) {
	ep, err := w.Client.WebhookDelivery.QueryEndpoint(d).Only(ctx)
	if err != nil {
		return false, fmt.Errorf("webhook: endpoint of %s: %w", d.ID, err)
	}
	if !ep.Enabled {
		// Parked until the endpoint is enabled again; not an attempt.
		_, err := w.Client.WebhookDelivery.Update().Where(held(d)).ClearClaimedUntil().
			SetNextAttemptAt(w.now().Add(time.Hour)).Save(ctx)
		return false, err
	}
	start := w.now()
	code, sendErr := w.send(ctx, ep, d, start)
	elapsed := int(time.Since(start).Milliseconds())
	msg := ""
	if sendErr != nil {
		msg = sendErr.Error()
		if len(msg) > 1000 {
			msg = msg[:1000]
		}
	}
	ok := sendErr == nil
	attempts := d.AttemptCount + 1
	err = withTx(ctx, w.Client, func(tx *ent.Tx) error {
		if err := tx.WebhookAttempt.Create().SetDeliveryID(d.ID).SetDurationMs(max(elapsed, 0)).
			SetNillableStatusCode(nonZero(code)).SetNillableError(nonEmpty(msg)).Exec(ctx); err != nil {
			return err
		}
		upd := tx.WebhookDelivery.Update().Where(held(d)).ClearClaimedUntil().SetAttemptCount(attempts)
		switch {
		case ok:
			upd.SetStatus(webhookdelivery.StatusSUCCEEDED).SetDeliveredAt(w.now()).ClearLastError()
		case attempts >= w.maxAttempts():
			upd.SetStatus(webhookdelivery.StatusDEAD).SetLastError(msg)
		default:
			upd.SetLastError(msg).SetNextAttemptAt(w.now().Add(backoff(attempts)))
		}
		n, err := upd.Save(ctx)
		if err == nil && n == 0 {
			err = errLeaseLost
		}
		return err
	})
	if errors.Is(err, errLeaseLost) {
		w.Log.WarnContext(ctx, "webhook: lease ended during delivery; another worker owns it now", "delivery", d.ID)
		return ok, nil
	}
	if err != nil {
		return false, fmt.Errorf("webhook: record attempt of %s: %w", d.ID, err)
	}
	switch {
	case ok:
		w.Metrics.Delivery(metrics.QueueWebhook, metrics.DeliverySuccess)
	case attempts >= w.maxAttempts():
		w.Metrics.Delivery(metrics.QueueWebhook, metrics.DeliveryDead)
	default:
		w.Metrics.Delivery(metrics.QueueWebhook, metrics.DeliveryRetry)
	}
	if !ok && attempts >= w.maxAttempts() {
		w.Log.WarnContext(ctx, "webhook: giving up", "delivery", d.ID, "endpoint", ep.ID, "attempts", attempts, "error", msg)
	}
	return ok, nil
}

// send POSTs the delivery signed with the endpoint's secret (and, during a
// rotation, with the previous one too) and returns the status code.
func (w *Worker) send(ctx context.Context, ep *ent.WebhookEndpoint, d *ent.WebhookDelivery, now time.Time) (int, error) {
	body := []byte(d.Payload)
	sig, err := Sign(ep.Secret, d.EventID, now, body)
	if err != nil {
		return 0, err
	}
	if ep.PreviousSecret != nil && ep.PreviousSecretExpiresAt != nil && ep.PreviousSecretExpiresAt.After(now) {
		if old, err := Sign(*ep.PreviousSecret, d.EventID, now, body); err == nil {
			sig += " " + old
		}
	}
	timeout := w.Timeout
	if timeout <= 0 {
		timeout = requestTimeout
	}
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, ep.URL, bytes.NewReader(body))
	if err != nil {
		return 0, fmt.Errorf("bad endpoint URL: %w", err)
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("User-Agent", "Roster-Webhooks/1")
	req.Header.Set("webhook-id", d.EventID)
	req.Header.Set("webhook-timestamp", strconv.FormatInt(now.Unix(), 10))
	req.Header.Set("webhook-signature", sig)
	res, err := w.HTTP.Do(req)
	if err != nil {
		var uerr *url.Error
		if errors.As(err, &uerr) {
			err = uerr.Err
		}
		return 0, err
	}
	defer res.Body.Close()
	snippet, _ := io.ReadAll(io.LimitReader(res.Body, maxResponseRead))
	if res.StatusCode < 200 || res.StatusCode > 299 {
		s := string(snippet)
		if len(s) > 200 {
			s = s[:200]
		}
		return res.StatusCode, fmt.Errorf("receiver answered %d %s", res.StatusCode, s)
	}
	return res.StatusCode, nil
}

func nonZero(n int) *int {
	if n == 0 {
		return nil
	}
	return &n
}

func nonEmpty(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

func (w *Worker) lease() time.Duration {
	if w.Lease <= 0 {
		return time.Minute
	}
	return w.Lease
}

func (w *Worker) maxAttempts() int {
	if w.MaxAttempts <= 0 {
		return 10
	}
	return w.MaxAttempts
}

// backoff is the wait before the next attempt: exponential from 10
// seconds, capped at 12 hours, with ±25 % jitter.
func backoff(attempt int) time.Duration {
	d := 10 * time.Second << min(attempt-1, 12)
	if d > 12*time.Hour {
		d = 12 * time.Hour
	}
	return time.Duration(float64(d) * (0.75 + rand.Float64()*0.5))
}

// withTx runs fn in a transaction. (internal/database has the same helper;
// this package cannot import it, since the history hook — part of the ent
// schema — imports this package.)
func withTx(ctx context.Context, client *ent.Client, fn func(*ent.Tx) error) error {
	tx, err := client.Tx(ctx)
	if err != nil {
		return err
	}
	if err := fn(tx); err != nil {
		_ = tx.Rollback()
		return err
	}
	return tx.Commit()
}

// Backlog reads the deliveries for the metrics: how many wait, when the
// oldest waiting one was queued, and how many were given up on.
func Backlog(ctx context.Context, client *ent.Client) (metrics.Backlog, error) {
	ctx = viewer.SystemContext(ctx)
	var b metrics.Backlog
	pending := client.WebhookDelivery.Query().Where(webhookdelivery.StatusEQ(webhookdelivery.StatusPENDING))
	n, err := pending.Clone().Count(ctx)
	if err != nil {
		return b, fmt.Errorf("webhook: backlog: %w", err)
	}
	b.Pending = n
	if n > 0 {
		oldest, err := pending.Clone().Order(ent.Asc(webhookdelivery.FieldCreatedAt)).Select(webhookdelivery.FieldCreatedAt).First(ctx)
		if err != nil && !ent.IsNotFound(err) {
			return b, fmt.Errorf("webhook: backlog: %w", err)
		}
		if oldest != nil {
			b.Oldest = oldest.CreatedAt
		}
	}
	if b.Dead, err = client.WebhookDelivery.Query().Where(webhookdelivery.StatusEQ(webhookdelivery.StatusDEAD)).Count(ctx); err != nil {
		return b, fmt.Errorf("webhook: backlog: %w", err)
	}
	return b, nil
}
