package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"entgo.io/ent/dialect"

	"github.com/rosterhq/roster/ent"
	"github.com/rosterhq/roster/ent/outgoingmail"
	"github.com/rosterhq/roster/ent/role"
	"github.com/rosterhq/roster/ent/user"
	"github.com/rosterhq/roster/ent/webhookdelivery"
	"github.com/rosterhq/roster/internal/apitest"
	"github.com/rosterhq/roster/internal/mail/smtptest"
	"github.com/rosterhq/roster/internal/password"
	"github.com/rosterhq/roster/internal/users"
	"github.com/rosterhq/roster/internal/viewer"
	"github.com/rosterhq/roster/internal/webhook"
)

// runAsRoster makes the test binary act as roster itself when it is set,
// so that a test can start real server processes without building one.
const runAsRoster = "ROSTER_TEST_RUN_AS_ROSTER"

func TestMain(m *testing.M) {
	if os.Getenv(runAsRoster) == "1" {
		main()
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// instance is one `roster serve` process of a test.
type instance struct {
	name    string
	url     string
	metrics string
	cmd     *exec.Cmd
	log     *syncBuffer
	done    chan error
}

// syncBuffer collects a process's output.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// freeAddr returns a loopback address with a port nobody listens on now.
func freeAddr(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().String()
}

// startInstance starts `roster serve` in a process of its own (this test
// binary, acting as roster) and waits until it answers /readyz.
func startInstance(t *testing.T, name string, args ...string) *instance {
	t.Helper()
	addr, metricsAddr := freeAddr(t), freeAddr(t)
	in := &instance{name: name, url: "http://" + addr, metrics: "http://" + metricsAddr + "/metrics", log: &syncBuffer{}, done: make(chan error, 1)}
	in.cmd = exec.Command(os.Args[0], append([]string{"serve", "--addr", addr, "--metrics-addr", metricsAddr, "--log-level", "warn"}, args...)...)
	in.cmd.Env = append(os.Environ(), runAsRoster+"=1")
	in.cmd.Stdout, in.cmd.Stderr = in.log, in.log
	if err := in.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() { in.done <- in.cmd.Wait() }()
	t.Cleanup(func() {
		in.stop(t)
		if t.Failed() {
			t.Logf("log of instance %s:\n%s", name, in.log.String())
		}
	})
	deadline := time.Now().Add(2 * time.Minute)
	for {
		res, err := http.Get(in.url + "/readyz")
		if err == nil {
			res.Body.Close()
			if res.StatusCode == http.StatusOK {
				return in
			}
		}
		select {
		case err := <-in.done:
			in.done <- err
			t.Fatalf("instance %s ended before it was ready: %v\n%s", name, err, in.log.String())
		case <-time.After(100 * time.Millisecond):
		}
		if time.Now().After(deadline) {
			t.Fatalf("instance %s not ready after 2 minutes:\n%s", name, in.log.String())
		}
	}
}

// stop ends the process with SIGTERM, as a service manager does, and
// checks that it shut down cleanly.
func (in *instance) stop(t *testing.T) {
	if in.cmd.ProcessState != nil {
		return
	}
	_ = in.cmd.Process.Signal(syscall.SIGTERM)
	select {
	case err := <-in.done:
		in.done <- err
		if err != nil {
			t.Errorf("instance %s: exit after SIGTERM: %v", in.name, err)
		}
	case <-time.After(30 * time.Second):
		_ = in.cmd.Process.Kill()
		t.Errorf("instance %s did not stop within 30 seconds of SIGTERM", in.name)
	}
}

// gql posts a GraphQL operation with an optional bearer token and
// returns the HTTP status, the data and the first error's code.
func (in *instance) gql(t *testing.T, token, query string, vars map[string]any) (status int, data json.RawMessage, code string) {
	t.Helper()
	body, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	req, _ := http.NewRequest(http.MethodPost, in.url+"/graphql", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatalf("%s: %v", in.name, err)
	}
	defer res.Body.Close()
	var out struct {
		Data   json.RawMessage `json:"data"`
		Errors []apitest.Error `json:"errors"`
	}
	raw, _ := io.ReadAll(res.Body)
	if err := json.Unmarshal(raw, &out); err != nil {
		t.Fatalf("%s: status %d, not JSON: %s", in.name, res.StatusCode, raw)
	}
	if len(out.Errors) > 0 {
		code = out.Errors[0].Code()
	}
	return res.StatusCode, out.Data, code
}

// login signs in and returns the session token.
func (in *instance) login(t *testing.T, email, pw string) string {
	t.Helper()
	_, data, code := in.gql(t, "", `mutation($e: String!, $p: String!) { login(input: {email: $e, password: $p}) { token } }`,
		map[string]any{"e": email, "p": pw})
	if code != "" {
		t.Fatalf("%s: login %s: %s", in.name, email, code)
	}
	var out struct{ Login struct{ Token string } }
	_ = json.Unmarshal(data, &out)
	return out.Login.Token
}

// counter sums the samples of a metric whose labels contain every one of
// the given label pairs in the instance's /metrics.
func (in *instance) counter(t *testing.T, name string, labels ...string) int {
	t.Helper()
	res, err := http.Get(in.metrics)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	body, _ := io.ReadAll(res.Body)
	sum := 0
	for _, line := range strings.Split(string(body), "\n") {
		if !strings.HasPrefix(line, name+"{") {
			continue
		}
		match := true
		for _, l := range labels {
			match = match && strings.Contains(line, l)
		}
		if match {
			v, err := strconv.ParseFloat(line[strings.LastIndexByte(line, ' ')+1:], 64)
			if err != nil {
				t.Fatalf("%s: %q", in.name, line)
			}
			sum += int(v)
		}
	}
	return sum
}

// TestTwoInstancesOnePostgres runs two `roster serve` processes on one
// PostgreSQL database and drives them alternately: a lock set on one
// ends a session on the other at once, the sign-in rate limit is shared,
// and 100 mails and 100 webhook deliveries go out exactly once each while
// both instances' workers compete for them.
func TestTwoInstancesOnePostgres(t *testing.T) {
	if !apitest.PostgresConfigured() {
		t.Skip("needs PostgreSQL: set " + apitest.PostgresEnv)
	}
	clearMailEnv(t)
	ctx := context.Background()
	target := apitest.EmptyTarget(t, dialect.Postgres)
	client := apitest.MigratedClient(t, target)
	sys := viewer.SystemContext(ctx)
	const adminPassword, workerPassword = "admin password 1234", "worker password 1234"
	if _, err := users.CreateAdmin(ctx, client, "admin@example.com", adminPassword, password.Default); err != nil {
		t.Fatal(err)
	}
	hash, err := password.Hash(workerPassword, password.Default)
	if err != nil {
		t.Fatal(err)
	}
	userRole := client.Role.Query().Where(role.Name("user")).OnlyX(sys)
	worker := client.User.Create().SetEmail("worker@example.com").SetSource(user.SourceADMIN).SetRole(userRole).
		SetPasswordHash(hash).SetConfirmedAt(time.Now()).SaveX(sys)

	smtp := smtptest.Start(t, smtptest.Config{})
	var hooksMu sync.Mutex
	hooks := map[string]int{}
	receiver := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hooksMu.Lock()
		hooks[r.Header.Get("webhook-id")]++
		hooksMu.Unlock()
		w.WriteHeader(http.StatusNoContent)
	}))
	defer receiver.Close()

	args := []string{"--database-url", target.DSN, "--smtp-url", smtp.URL("smtp", nil, "tls=none"),
		"--mail-from", "Roster <no-reply@example.com>", "--webhook-allow-private=true"}
	a := startInstance(t, "A", args...)
	b := startInstance(t, "B", args...)

	// A session started on A ends on A as soon as B locks the user.
	session := a.login(t, "worker@example.com", workerPassword)
	const me = `{ viewer { user { email } } }`
	if status, data, code := a.gql(t, session, me, nil); status != http.StatusOK || code != "" || !strings.Contains(string(data), "worker@example.com") {
		t.Fatalf("A, before the lock: status %d, code %q, data %s", status, code, data)
	}
	admin := b.login(t, "admin@example.com", adminPassword)
	if _, _, code := b.gql(t, admin, `mutation($id: ID!) { lockUser(input: {id: $id, reason: "scale-out test"}) { user { locked } } }`,
		map[string]any{"id": string(worker.ID)}); code != "" {
		t.Fatalf("B: lockUser: %s", code)
	}
	if status, _, code := a.gql(t, session, me, nil); status != http.StatusUnauthorized || code != "UNAUTHENTICATED" {
		t.Errorf("A, after B locked the user: status %d, code %q; want 401 UNAUTHENTICATED", status, code)
	}

	// A lock with an expiry set on A no longer bars sign-in on B once the
	// expiry has passed, before any lock-expiry job has run.
	expires := time.Now().Add(5 * time.Second).UTC().Truncate(time.Second).Add(time.Second)
	temp := client.User.Create().SetEmail("temp@example.com").SetSource(user.SourceADMIN).SetRole(userRole).
		SetPasswordHash(hash).SetConfirmedAt(time.Now()).SaveX(sys)
	adminA := a.login(t, "admin@example.com", adminPassword)
	if _, _, code := a.gql(t, adminA, `mutation($id: ID!, $until: Time!) { lockUser(input: {id: $id, reason: "a short break", expiresAt: $until}) { user { locked } } }`,
		map[string]any{"id": string(temp.ID), "until": expires.Format(time.RFC3339)}); code != "" {
		t.Fatalf("A: lockUser with expiry: %s", code)
	}
	if _, _, code := b.gql(t, "", `mutation($e: String!, $p: String!) { login(input: {email: $e, password: $p}) { token } }`,
		map[string]any{"e": "temp@example.com", "p": workerPassword}); code != "FORBIDDEN" {
		t.Errorf("B: sign-in while locked: %q, want FORBIDDEN", code)
	}
	time.Sleep(time.Until(expires) + 100*time.Millisecond)
	b.login(t, "temp@example.com", workerPassword)

	// Failed sign-ins count in the database: ten on A and B in turn use up
	// the account's allowance on both.
	const guess = `mutation($e: String!) { login(input: {email: $e, password: "a wrong password"}) { token } }`
	for i := range 10 {
		in := []*instance{a, b}[i%2]
		if _, _, code := in.gql(t, "", guess, map[string]any{"e": "admin@example.com"}); code != "UNAUTHENTICATED" {
			t.Fatalf("%s: failed sign-in %d: %s", in.name, i+1, code)
		}
	}
	for _, in := range []*instance{a, b} {
		if _, _, code := in.gql(t, "", guess, map[string]any{"e": "admin@example.com"}); code != "RATE_LIMITED" {
			t.Errorf("%s: sign-in after ten failures on both: %q, want RATE_LIMITED", in.name, code)
		}
	}

	// 100 mails and 100 webhook deliveries, queued while both run.
	endpoint := client.WebhookEndpoint.Create().SetURL(receiver.URL + "/hooks").SetSecret(webhook.NewSecret()).SaveX(sys)
	mails := make([]*ent.OutgoingMailCreate, 100)
	deliveries := make([]*ent.WebhookDeliveryCreate, 100)
	for i := range 100 {
		mails[i] = client.OutgoingMail.Create().SetTemplate("invitation").SetTo(fmt.Sprintf("m%03d@example.com", i)).
			SetSubject("scale-out").SetTextBody("text").SetHTMLBody("<p>html</p>")
		deliveries[i] = client.WebhookDelivery.Create().SetEndpoint(endpoint).SetEventID(fmt.Sprintf("evt_scaleout_%03d", i)).
			SetEventType("user.updated").SetPayload(`{"n":` + strconv.Itoa(i) + `}`)
	}
	client.OutgoingMail.CreateBulk(mails...).ExecX(sys)
	client.WebhookDelivery.CreateBulk(deliveries...).ExecX(sys)

	// Wait (not a timed assertion: only a bound on a stuck run) until
	// nothing is pending any more.
	deadline := time.Now().Add(3 * time.Minute)
	for {
		pendingMails := client.OutgoingMail.Query().Where(outgoingmail.StatusNEQ(outgoingmail.StatusSENT)).CountX(sys)
		pendingHooks := client.WebhookDelivery.Query().Where(webhookdelivery.StatusNEQ(webhookdelivery.StatusSUCCEEDED)).CountX(sys)
		if pendingMails == 0 && pendingHooks == 0 {
			break
		}
		if time.Now().After(deadline) {
			var lastErrors []string
			for _, d := range client.WebhookDelivery.Query().Where(webhookdelivery.LastErrorNotNil()).Limit(3).AllX(sys) {
				lastErrors = append(lastErrors, *d.LastError)
			}
			t.Fatalf("after 3 minutes, %d mails and %d deliveries are not delivered (webhook errors: %q)", pendingMails, pendingHooks, lastErrors)
		}
		time.Sleep(200 * time.Millisecond)
	}

	received := map[string]int{}
	for _, m := range smtp.Messages() {
		for _, to := range m.To {
			received[to]++
		}
	}
	for i := range 100 {
		if to := fmt.Sprintf("m%03d@example.com", i); received[to] != 1 {
			t.Errorf("%s received %d messages, want 1", to, received[to])
		}
	}
	hooksMu.Lock()
	for i := range 100 {
		if id := fmt.Sprintf("evt_scaleout_%03d", i); hooks[id] != 1 {
			t.Errorf("webhook %s arrived %d times, want 1", id, hooks[id])
		}
	}
	for id, n := range hooks {
		if n != 1 {
			t.Errorf("webhook %s arrived %d times", id, n)
		}
	}
	hooksMu.Unlock()

	// Each instance counts what it sent; together, every row once.
	sentMails := client.OutgoingMail.Query().CountX(sys)
	sentHooks := client.WebhookDelivery.Query().CountX(sys)
	mailA, mailB := a.counter(t, "roster_outbox_deliveries_total", `queue="mail"`, `result="success"`), b.counter(t, "roster_outbox_deliveries_total", `queue="mail"`, `result="success"`)
	hookA, hookB := a.counter(t, "roster_outbox_deliveries_total", `queue="webhook"`, `result="success"`), b.counter(t, "roster_outbox_deliveries_total", `queue="webhook"`, `result="success"`)
	if mailA+mailB != sentMails || hookA+hookB != sentHooks {
		t.Errorf("metrics: mails %d+%d, webhooks %d+%d; the database has %d mails and %d deliveries, all delivered",
			mailA, mailB, hookA, hookB, sentMails, sentHooks)
	}
	t.Logf("mails sent by A: %d, by B: %d; webhooks by A: %d, by B: %d", mailA, mailB, hookA, hookB)
	if n := a.counter(t, "roster_rate_limited_total", `limit="login_account"`) + b.counter(t, "roster_rate_limited_total", `limit="login_account"`); n != 2 {
		t.Errorf("rate-limit refusals counted: %d, want 2", n)
	}
}
