package graph_test

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"entgo.io/ent/dialect"

	"github.com/rosterhq/roster/ent"
	"github.com/rosterhq/roster/ent/webhookdelivery"
	"github.com/rosterhq/roster/internal/apitest"
	"github.com/rosterhq/roster/internal/webhook"
)

// receiver is a webhook endpoint on loopback that verifies signatures and
// answers as told.
type receiver struct {
	t      *testing.T
	srv    *httptest.Server
	mu     sync.Mutex
	secret string
	got    []webhook.Payload
	ids    map[string]int
	status int
	delay  time.Duration
	bad    int
}

func newReceiver(t *testing.T) *receiver {
	r := &receiver{t: t, status: http.StatusNoContent, ids: map[string]int{}}
	r.srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
		body, _ := io.ReadAll(req.Body)
		r.mu.Lock()
		secret, status, delay := r.secret, r.status, r.delay
		r.mu.Unlock()
		if delay > 0 {
			select {
			case <-time.After(delay):
			case <-req.Context().Done():
				return
			}
		}
		err := webhook.Verify(secret, req.Header.Get("webhook-id"), req.Header.Get("webhook-timestamp"),
			req.Header.Get("webhook-signature"), body, time.Now(), 5*time.Minute)
		r.mu.Lock()
		defer r.mu.Unlock()
		if err != nil {
			r.bad++
			w.WriteHeader(http.StatusUnauthorized)
			return
		}
		var p webhook.Payload
		_ = json.Unmarshal(body, &p)
		r.got = append(r.got, p)
		r.ids[req.Header.Get("webhook-id")]++
		w.WriteHeader(status)
	}))
	t.Cleanup(r.srv.Close)
	return r
}

func (r *receiver) set(status int, delay time.Duration) {
	r.mu.Lock()
	r.status, r.delay = status, delay
	r.mu.Unlock()
}

func (r *receiver) payloads() []webhook.Payload {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]webhook.Payload(nil), r.got...)
}

func worker(env *apitest.Env) *webhook.Worker {
	return &webhook.Worker{Client: env.Client, Log: slog.New(slog.NewTextHandler(io.Discard, nil)),
		HTTP: webhook.NewHTTPClient(true), Timeout: 300 * time.Millisecond, Dialect: env.Dialect}
}

// endpointFor registers the receiver through the API and keeps its secret.
func endpointFor(t *testing.T, a *apitest.Env, r *receiver, events ...string) string {
	var out struct {
		CreateWebhookEndpoint struct {
			Secret   string
			Endpoint struct{ ID string }
		}
	}
	in := map[string]any{"url": r.srv.URL + "/hook"}
	if len(events) > 0 {
		in["events"] = events
	}
	a.MustQuery(`mutation($in: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $in) { secret endpoint { id } } }`, map[string]any{"in": in}, &out)
	r.mu.Lock()
	r.secret = out.CreateWebhookEndpoint.Secret
	r.mu.Unlock()
	if !strings.HasPrefix(r.secret, "whsec_") {
		t.Fatalf("secret %q", r.secret)
	}
	return out.CreateWebhookEndpoint.Endpoint.ID
}

func TestWebhookDeliveredSigned(t *testing.T) {
	apitest.Each(t, func(t *testing.T, env *apitest.Env) {
		a := admin(t, env)
		r := newReceiver(t)
		endpointFor(t, a, r)
		u := env.NewUser("hooked@example.com", func(c *ent.UserCreate) { c.SetFirstName("Old") })
		a.MustQuery(`mutation($id: ID!) { updateUser(input: {id: $id, profile: {firstName: "New"}}) { user { id } } }`, map[string]any{"id": u.ID}, nil)
		a.MustQuery(`mutation($id: ID!) { changeUserEmail(input: {id: $id, email: "moved@example.com", requireConfirmation: false}) { user { id } } }`, map[string]any{"id": u.ID}, nil)
		a.MustQuery(`mutation($id: ID!) { lockUser(input: {id: $id, reason: "test"}) { user { id } } }`, map[string]any{"id": u.ID}, nil)
		a.MustQuery(`mutation($id: ID!) { deleteUser(input: {id: $id}) { deletedID } }`, map[string]any{"id": u.ID}, nil)
		n, err := worker(env).DeliverDue(env.Ctx)
		if err != nil {
			t.Fatal(err)
		}
		types := map[string]webhook.Payload{}
		for _, p := range r.payloads() {
			if _, seen := types[p.Type]; !seen {
				types[p.Type] = p
			}
		}
		for _, want := range []string{"user.updated", "user.email_changed", "user.locked", "user.deleted"} {
			if _, ok := types[want]; !ok {
				t.Errorf("no %s event (got %d deliveries: %v)", want, n, types)
			}
		}
		upd := types["user.updated"]
		if upd.Data.UserID != string(u.ID) || upd.Data.Source != "ADMIN" || upd.Data.Actor.Type != "user" || len(upd.Data.Changes) == 0 {
			t.Fatalf("payload %+v", upd)
		}
		if c := upd.Data.Changes[0]; c.Property != "first_name" || *c.Old != "Old" || *c.New != "New" {
			t.Fatalf("change %+v", c)
		}
		if r.bad != 0 {
			t.Fatalf("%d deliveries with a bad signature", r.bad)
		}
		if left := env.Client.WebhookDelivery.Query().Where(webhookdelivery.StatusNEQ(webhookdelivery.StatusSUCCEEDED)).CountX(env.Ctx); left != 0 {
			t.Fatalf("%d deliveries not succeeded", left)
		}
	})
}

func TestWebhookFiltersAndEchoes(t *testing.T) {
	apitest.Each(t, func(t *testing.T, env *apitest.Env) {
		a := admin(t, env)
		r := newReceiver(t)
		key := env.APIKey("crm", allPermissions(), nil)
		keyID := env.Client.APIKey.Query().Where().AllX(env.Ctx)
		var crm string
		for _, k := range keyID {
			if k.Name == "crm" {
				crm = string(k.ID)
			}
		}
		var out struct{ CreateWebhookEndpoint struct{ Secret string } }
		a.MustQuery(`mutation($in: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $in) { secret } }`,
			map[string]any{"in": map[string]any{"url": r.srv.URL, "events": []string{"USER_CREATED"}, "skipAPIKeyIDs": []string{crm}}}, &out)
		r.secret = out.CreateWebhookEndpoint.Secret
		// Created by the admin: sent. Created by the skipped key: not. Updated: not subscribed.
		a.MustQuery(`mutation { createUser(input: {email: "by-admin@example.com"}) { user { id } } }`, nil, nil)
		env.As(key).MustQuery(`mutation { createUser(input: {email: "by-key@example.com"}) { user { id } } }`, nil, nil)
		var created struct {
			CreateUser struct {
				User struct{ ID, Status, Source string }
			}
		}
		a.MustQuery(`mutation { createUser(input: {email: "third@example.com"}) { user { id status source } } }`, nil, &created)
		a.MustQuery(`mutation($id: ID!) { updateUser(input: {id: $id, profile: {city: "Ulm"}}) { user { id } } }`, map[string]any{"id": created.CreateUser.User.ID}, nil)
		if _, err := worker(env).DeliverDue(env.Ctx); err != nil {
			t.Fatal(err)
		}
		got := r.payloads()
		if len(got) != 2 || got[0].Type != "user.created" || got[1].Type != "user.created" {
			t.Fatalf("deliveries %+v", got)
		}
		// The key's user has source API and status ACCOUNT_DATA.
		var byKey struct {
			Users struct {
				Edges []struct {
					Node struct{ Source, Status string }
				}
			}
		}
		a.MustQuery(`{ users(search: "by-key") { edges { node { source status } } } }`, nil, &byKey)
		if n := byKey.Users.Edges[0].Node; n.Source != "API" || n.Status != "ACCOUNT_DATA" {
			t.Fatalf("user created by a key: %+v", n)
		}
	})
}

func TestWebhookRetriesAndDeadState(t *testing.T) {
	apitest.Each(t, func(t *testing.T, env *apitest.Env) {
		a := admin(t, env)
		r := newReceiver(t)
		id := endpointFor(t, a, r)
		var test struct {
			SendTestEvent struct{ Delivery struct{ ID string } }
		}
		a.MustQuery(`mutation($id: ID!) { sendTestEvent(input: {endpointID: $id}) { delivery { id } } }`, map[string]any{"id": id}, &test)
		w := worker(env)
		w.MaxAttempts = 3
		clock := time.Now()
		w.Now = func() time.Time { return clock }
		// A receiver error, then a timeout: both retried later, not lost.
		r.set(http.StatusInternalServerError, 0)
		if _, err := w.DeliverDue(env.Ctx); err != nil {
			t.Fatal(err)
		}
		d := env.Client.WebhookDelivery.GetX(env.Ctx, pulidOf(test.SendTestEvent.Delivery.ID))
		if d.Status != webhookdelivery.StatusPENDING || d.AttemptCount != 1 || d.LastError == nil ||
			!strings.Contains(*d.LastError, "500") || !d.NextAttemptAt.After(clock) {
			t.Fatalf("after a 500: %+v", d)
		}
		if n, _ := w.DeliverDue(env.Ctx); n != 0 {
			t.Fatal("a delivery was retried before its time")
		}
		clock = d.NextAttemptAt.Add(time.Second)
		r.set(http.StatusOK, time.Second)
		if _, err := w.DeliverDue(env.Ctx); err != nil {
			t.Fatal(err)
		}
		d = env.Client.WebhookDelivery.GetX(env.Ctx, d.ID)
		if d.AttemptCount != 2 || d.Status != webhookdelivery.StatusPENDING || !strings.Contains(*d.LastError, "deadline") {
			t.Fatalf("after a timeout: %+v %v", d, *d.LastError)
		}
		clock = d.NextAttemptAt.Add(time.Second)
		r.set(http.StatusBadGateway, 0)
		if _, err := w.DeliverDue(env.Ctx); err != nil {
			t.Fatal(err)
		}
		// Dead, with its attempts and last error visible in the API.
		var view struct {
			WebhookEndpoints []struct {
				Deliveries struct {
					TotalCount int
					Edges      []struct {
						Node struct {
							Status       string
							AttemptCount int
							LastError    string
							Attempts     []struct{ StatusCode *int }
						}
					}
				}
			}
		}
		a.MustQuery(`{ webhookEndpoints { deliveries(first: 5, status: DEAD) { totalCount edges { node { status attemptCount lastError attempts { statusCode } } } } } }`, nil, &view)
		dead := view.WebhookEndpoints[0].Deliveries
		if dead.TotalCount != 1 || dead.Edges[0].Node.AttemptCount != 3 || len(dead.Edges[0].Node.Attempts) != 3 || !strings.Contains(dead.Edges[0].Node.LastError, "502") {
			t.Fatalf("dead delivery: %+v", dead)
		}
		// Redeliver: back in the queue, and through.
		r.set(http.StatusOK, 0)
		a.MustQuery(`mutation($id: ID!) { redeliverWebhook(input: {deliveryID: $id}) { delivery { status } } }`, map[string]any{"id": d.ID}, nil)
		if n, err := w.DeliverDue(env.Ctx); err != nil || n != 1 {
			t.Fatalf("redelivery: %d, %v", n, err)
		}
		if d = env.Client.WebhookDelivery.GetX(env.Ctx, d.ID); d.Status != webhookdelivery.StatusSUCCEEDED {
			t.Fatalf("after redelivery: %s", d.Status)
		}
	})
}

func TestWebhookWorkerCrashLosesNothing(t *testing.T) {
	apitest.Each(t, func(t *testing.T, env *apitest.Env) {
		a := admin(t, env)
		r := newReceiver(t)
		id := endpointFor(t, a, r)
		a.MustQuery(`mutation($id: ID!) { sendTestEvent(input: {endpointID: $id}) { delivery { id } } }`, map[string]any{"id": id}, nil)
		dying := worker(env)
		claimed, err := dying.Claim(env.Ctx, 10)
		if err != nil || len(claimed) != 1 {
			t.Fatalf("claim: %v %v", claimed, err)
		}
		// The claiming worker dies here. Another worker leaves the row alone
		// while the lease runs, and delivers it after.
		other := worker(env)
		if n, _ := other.DeliverDue(env.Ctx); n != 0 {
			t.Fatal("a claimed delivery was taken during its lease")
		}
		other.Now = func() time.Time { return time.Now().Add(2 * time.Minute) }
		if n, err := other.DeliverDue(env.Ctx); err != nil || n != 1 {
			t.Fatalf("after the lease: %d, %v", n, err)
		}
		if len(r.payloads()) != 1 {
			t.Fatalf("%d deliveries received", len(r.payloads()))
		}
		// The first worker was only slow, not dead: when its late attempt
		// fails, it records nothing over the other worker's success.
		r.set(http.StatusInternalServerError, 0)
		if ok, err := dying.Deliver(env.Ctx, claimed[0]); err != nil || ok {
			t.Fatalf("late delivery: %v, %v", ok, err)
		}
		d := env.Client.WebhookDelivery.GetX(env.Ctx, claimed[0].ID)
		attempts := env.Client.WebhookDelivery.QueryAttempts(d).CountX(env.Ctx)
		if d.Status != webhookdelivery.StatusSUCCEEDED || d.AttemptCount != 1 || attempts != 1 || d.LastError != nil {
			t.Fatalf("after the late attempt: %s, %d attempts (%d recorded), last error %v", d.Status, d.AttemptCount, attempts, d.LastError)
		}
	})
}

// TestWebhookWorkersNeverDoubleDeliver runs two workers at once over many
// deliveries: each is delivered exactly once.
func TestWebhookWorkersNeverDoubleDeliver(t *testing.T) {
	apitest.Each(t, func(t *testing.T, env *apitest.Env) {
		a := admin(t, env)
		r := newReceiver(t)
		id := endpointFor(t, a, r)
		ep := env.Client.WebhookEndpoint.GetX(env.Ctx, pulidOf(id))
		m := &webhook.Manager{Client: env.Client}
		const total = 40
		for range total {
			if _, err := m.SendTest(env.Ctx, ep.ID, webhook.Actor{Type: "system"}); err != nil {
				t.Fatal(err)
			}
		}
		var wg sync.WaitGroup
		errs := make(chan error, 2)
		for range 2 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				ctx, cancel := context.WithTimeout(env.Ctx, 20*time.Second)
				defer cancel()
				if _, err := worker(env).DeliverDue(ctx); err != nil {
					errs <- err
				}
			}()
		}
		wg.Wait()
		close(errs)
		for err := range errs {
			if env.Dialect == dialect.SQLite && strings.Contains(err.Error(), "locked") {
				continue // SQLite serialises writers; a busy worker retries next round
			}
			t.Fatal(err)
		}
		if _, err := worker(env).DeliverDue(env.Ctx); err != nil {
			t.Fatal(err)
		}
		r.mu.Lock()
		defer r.mu.Unlock()
		if len(r.ids) != total {
			t.Fatalf("%d distinct deliveries received, want %d", len(r.ids), total)
		}
		for id, n := range r.ids {
			if n != 1 {
				t.Fatalf("delivery %s received %d times", id, n)
			}
		}
	})
}

func TestWebhookSecretRotationAndSSRF(t *testing.T) {
	apitest.Each(t, func(t *testing.T, env *apitest.Env) {
		a := admin(t, env)
		r := newReceiver(t)
		id := endpointFor(t, a, r)
		old := r.secret
		var rot struct{ RotateWebhookSecret struct{ Secret string } }
		a.MustQuery(`mutation($id: ID!) { rotateWebhookSecret(input: {id: $id, keepPreviousForSeconds: 3600}) { secret } }`, map[string]any{"id": id}, &rot)
		a.MustQuery(`mutation($id: ID!) { sendTestEvent(input: {endpointID: $id}) { delivery { id } } }`, map[string]any{"id": id}, nil)
		// A receiver still on the old secret accepts the delivery ...
		if _, err := worker(env).DeliverDue(env.Ctx); err != nil || len(r.payloads()) != 1 {
			t.Fatalf("old secret: %v, %d", err, len(r.payloads()))
		}
		// ... and so does one on the new secret.
		r.mu.Lock()
		r.secret = rot.RotateWebhookSecret.Secret
		r.mu.Unlock()
		a.MustQuery(`mutation($id: ID!) { sendTestEvent(input: {endpointID: $id}) { delivery { id } } }`, map[string]any{"id": id}, nil)
		if _, err := worker(env).DeliverDue(env.Ctx); err != nil || len(r.payloads()) != 2 || old == rot.RotateWebhookSecret.Secret {
			t.Fatalf("new secret: %v, %d", err, len(r.payloads()))
		}
		// Without permission for private targets, loopback is refused at
		// connection time, and private URLs at registration.
		strict := worker(env)
		strict.HTTP = webhook.NewHTTPClient(false)
		a.MustQuery(`mutation($id: ID!) { sendTestEvent(input: {endpointID: $id}) { delivery { id } } }`, map[string]any{"id": id}, nil)
		if _, err := strict.DeliverDue(env.Ctx); err != nil {
			t.Fatal(err)
		}
		last := env.Client.WebhookDelivery.Query().Where(webhookdelivery.AttemptCount(1), webhookdelivery.StatusEQ(webhookdelivery.StatusPENDING)).OnlyX(env.Ctx)
		if last.LastError == nil || !strings.Contains(*last.LastError, "not public") {
			t.Fatalf("loopback target: %v", last.LastError)
		}
		m := &webhook.Manager{Client: env.Client}
		for _, u := range []string{"http://hooks.example.com/x", "https://10.1.2.3/x", "https://127.0.0.1/x", "https://[::1]/x", "https://localhost/x", "https://169.254.169.254/latest"} {
			if _, _, err := m.Create(env.Ctx, webhook.EndpointInput{URL: &u}); err == nil {
				t.Errorf("%s accepted", u)
			}
		}
		if !errors.Is(webhook.ErrForbiddenTarget, webhook.ErrForbiddenTarget) {
			t.Fatal()
		}
	})
}

// TestLockExpiryAnnounced: when a lock ends by itself, the history and
// the webhooks hear of it as a SYSTEM change.
func TestLockExpiryAnnounced(t *testing.T) {
	apitest.Each(t, func(t *testing.T, env *apitest.Env) {
		a := admin(t, env)
		r := newReceiver(t)
		endpointFor(t, a, r, "USER_UNLOCKED")
		u := env.NewUser("expiring@example.com", apitest.Confirmed, func(c *ent.UserCreate) {
			c.SetLockedAt(time.Now().Add(-time.Hour)).SetLockReason("cool down").SetLockExpiresAt(time.Now().Add(-time.Minute))
		})
		n, err := env.Users.UnlockExpired(env.Ctx)
		if err != nil || n != 1 {
			t.Fatalf("unlocked %d, %v", n, err)
		}
		if got := env.Client.User.GetX(env.Ctx, u.ID); got.LockedAt != nil || got.LockReason != nil {
			t.Fatalf("lock fields left: %+v", got)
		}
		if _, err := worker(env).DeliverDue(env.Ctx); err != nil {
			t.Fatal(err)
		}
		got := r.payloads()
		if len(got) != 1 || got[0].Type != "user.unlocked" || got[0].Data.Source != "SYSTEM" || got[0].Data.Actor.Type != "system" {
			t.Fatalf("events: %+v", got)
		}
	})
}

// TestWebhookWorkerStopsGracefully: when Run's context ends while a batch
// is being sent, the delivery under way is finished and recorded, the
// rest of the batch is released at once (not after the lease), and Run
// returns.
func TestWebhookWorkerStopsGracefully(t *testing.T) {
	apitest.Each(t, func(t *testing.T, env *apitest.Env) {
		a := admin(t, env)
		r := newReceiver(t)
		id := endpointFor(t, a, r)
		for range 3 {
			a.MustQuery(`mutation($id: ID!) { sendTestEvent(input: {endpointID: $id}) { delivery { id } } }`, map[string]any{"id": id}, nil)
		}
		r.set(http.StatusNoContent, time.Second)
		w := worker(env)
		w.Timeout = 10 * time.Second
		ctx, stop := context.WithCancel(context.Background())
		defer stop()
		done := make(chan struct{})
		go func() {
			w.Run(ctx, 10*time.Millisecond)
			close(done)
		}()
		deadline := time.Now().Add(10 * time.Second)
		for env.Client.WebhookDelivery.Query().Where(webhookdelivery.ClaimedUntilNotNil()).CountX(env.Ctx) < 3 {
			if time.Now().After(deadline) {
				t.Fatal("the worker never claimed the batch")
			}
			time.Sleep(10 * time.Millisecond)
		}
		stop()
		select {
		case <-done:
		case <-time.After(10 * time.Second):
			t.Fatal("Run did not return")
		}
		if n := len(r.payloads()); n != 1 {
			t.Fatalf("%d deliveries received, want the one under way", n)
		}
		succeeded := env.Client.WebhookDelivery.Query().Where(webhookdelivery.StatusEQ(webhookdelivery.StatusSUCCEEDED)).CountX(env.Ctx)
		claimed := env.Client.WebhookDelivery.Query().Where(webhookdelivery.ClaimedUntilNotNil()).CountX(env.Ctx)
		waiting := env.Client.WebhookDelivery.Query().Where(webhookdelivery.StatusEQ(webhookdelivery.StatusPENDING), webhookdelivery.AttemptCount(0)).CountX(env.Ctx)
		if succeeded != 1 || claimed != 0 || waiting != 2 {
			t.Fatalf("after the stop: %d succeeded, %d still claimed, %d waiting untouched", succeeded, claimed, waiting)
		}
		// Another worker takes the released deliveries at once.
		r.set(http.StatusNoContent, 0)
		if n, err := worker(env).DeliverDue(env.Ctx); err != nil || n != 2 {
			t.Fatalf("the next worker delivered %d (%v), want 2", n, err)
		}
	})
}
