// Package metrics holds Roster's Prometheus metrics: one Metrics value
// per server process, with its own registry, which the HTTP handler
// serves at /metrics. Components record into it through nil-safe methods,
// so a component without metrics (a CLI command, a test) passes nil.
//
// Every label has a small, fixed set of values: operation names are
// counted under their own name only up to a bound and collapse into
// "other" after it, error codes are Roster's own, and no label ever
// carries an email address, a token, an ID or a client address.
package metrics

import (
	"net/http"
	"regexp"
	"strconv"
	"sync"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// MaxOperationNames bounds how many distinct GraphQL operation names get
// a label value of their own; later names are counted as "other".
const MaxOperationNames = 200

// maxErrorCodes bounds the distinct values of the code label.
const maxErrorCodes = 50

// Label values shared by several metrics.
const (
	// OperationAnonymous is the operation label of an operation without
	// a name.
	OperationAnonymous = "anonymous"
	// OperationOther is the operation label of a name past
	// MaxOperationNames or not a valid GraphQL name.
	OperationOther = "other"
	// OperationUnknown is the operation label of a request that named no
	// operation Roster could find (a document that does not parse, an
	// unknown operationName, a malformed request).
	OperationUnknown = "unknown"
)

// Sign-in methods, the method label of roster_sign_ins_total.
const (
	MethodPassword = "password"
	MethodOIDC     = "oidc"
	MethodAPIKey   = "api_key"
	// MethodOIDCToken is a request with an OpenID Connect provider's
	// bearer token.
	MethodOIDCToken = "oidc_token"
)

// Queues of the outbox, the queue label.
const (
	QueueMail    = "mail"
	QueueWebhook = "webhook"
)

// Outcomes of one delivery attempt, the result label of
// roster_outbox_deliveries_total.
const (
	DeliverySuccess = "success"
	DeliveryRetry   = "retry"
	DeliveryDead    = "dead"
)

// Background jobs, the job label.
const (
	JobLockExpiry = "lock_expiry"
	JobRetention  = "retention"
)

// Metrics is the set of metrics of one Roster process. The zero value is
// not usable; create one with New. A nil *Metrics records nothing.
type Metrics struct {
	registry *prometheus.Registry

	graphqlRequests *prometheus.CounterVec
	graphqlDuration *prometheus.HistogramVec
	graphqlErrors   *prometheus.CounterVec
	httpRequests    *prometheus.CounterVec
	httpDuration    *prometheus.HistogramVec
	signIns         *prometheus.CounterVec
	rateLimited     *prometheus.CounterVec
	deliveries      *prometheus.CounterVec
	jobRuns         *prometheus.CounterVec
	jobLastSuccess  *prometheus.GaugeVec
	locksExpired    prometheus.Counter
	retentionGone   prometheus.Counter

	operations labelSet
	codes      labelSet
}

// New returns the metrics of a process, registered in a registry of
// their own together with the Go runtime and process collectors.
func New() *Metrics {
	reg := prometheus.NewRegistry()
	m := &Metrics{
		registry: reg,
		graphqlRequests: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "roster_graphql_requests_total",
			Help: "GraphQL requests by operation name and type; names past the bound are \"other\", unnamed operations \"anonymous\", requests without a runnable operation \"unknown\".",
		}, []string{"operation", "type"}),
		graphqlDuration: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name:    "roster_graphql_request_duration_seconds",
			Help:    "Time from reading a GraphQL request to its complete response, by operation name and type.",
			Buckets: []float64{.005, .01, .025, .05, .1, .25, .5, 1, 2.5, 5, 10},
		}, []string{"operation", "type"}),
		graphqlErrors: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "roster_graphql_errors_total",
			Help: "GraphQL errors in responses, by extensions.code.",
		}, []string{"code"}),
		httpRequests: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "roster_http_requests_total",
			Help: "HTTP responses by handler and status code.",
		}, []string{"handler", "code"}),
		httpDuration: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name:    "roster_http_request_duration_seconds",
			Help:    "Time to serve an HTTP request, by handler.",
			Buckets: []float64{.005, .01, .025, .05, .1, .25, .5, 1, 2.5, 5, 10},
		}, []string{"handler"}),
		signIns: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "roster_sign_ins_total",
			Help: "Sign-ins by method (password, oidc, api_key, oidc_token) and result (success, failure).",
		}, []string{"method", "result"}),
		rateLimited: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "roster_rate_limited_total",
			Help: "Requests refused by a rate limit, by limit.",
		}, []string{"limit"}),
		deliveries: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "roster_outbox_deliveries_total",
			Help: "Delivery attempts of this process by queue (mail, webhook) and result (success; retry: failed, tried again later; dead: failed for good).",
		}, []string{"queue", "result"}),
		jobRuns: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "roster_job_runs_total",
			Help: "Runs of the background jobs by job (lock_expiry, retention) and result (ok, error).",
		}, []string{"job", "result"}),
		jobLastSuccess: prometheus.NewGaugeVec(prometheus.GaugeOpts{
			Name: "roster_job_last_success_timestamp_seconds",
			Help: "Unix time of the last run of a background job that succeeded.",
		}, []string{"job"}),
		locksExpired: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "roster_locks_expired_total",
			Help: "User locks this process cleared because their expiry passed.",
		}),
		retentionGone: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "roster_retention_deleted_total",
			Help: "Rows the retention job of this process deleted (sessions, tokens, rate-limit windows, mails, webhook deliveries).",
		}),
		operations: labelSet{max: MaxOperationNames, overflow: OperationOther},
		codes:      labelSet{max: maxErrorCodes, overflow: "OTHER"},
	}
	reg.MustRegister(m.graphqlRequests, m.graphqlDuration, m.graphqlErrors, m.httpRequests, m.httpDuration,
		m.signIns, m.rateLimited, m.deliveries, m.jobRuns, m.jobLastSuccess, m.locksExpired, m.retentionGone,
		collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	// The series that alerts compare are there from the start, at zero.
	for _, method := range []string{MethodPassword, MethodOIDC, MethodAPIKey, MethodOIDCToken} {
		for _, result := range []string{"success", "failure"} {
			m.signIns.WithLabelValues(method, result)
		}
	}
	for _, q := range []string{QueueMail, QueueWebhook} {
		for _, r := range []string{DeliverySuccess, DeliveryRetry, DeliveryDead} {
			m.deliveries.WithLabelValues(q, r)
		}
	}
	for _, job := range []string{JobLockExpiry, JobRetention} {
		m.jobRuns.WithLabelValues(job, "ok")
		m.jobRuns.WithLabelValues(job, "error")
	}
	return m
}

// Register adds collectors, such as the database pool's or the outbox's,
// to the process's registry.
func (m *Metrics) Register(cs ...prometheus.Collector) {
	if m == nil {
		return
	}
	m.registry.MustRegister(cs...)
}

// Handler serves the metrics in the Prometheus text format. A collector
// that fails (the database does not answer) leaves its series out and the
// others are served.
func (m *Metrics) Handler() http.Handler {
	return promhttp.HandlerFor(m.registry, promhttp.HandlerOpts{ErrorHandling: promhttp.ContinueOnError, Registry: m.registry})
}

// GraphQL records one GraphQL request: its operation name (empty for an
// unnamed operation), its type (query, mutation, subscription; empty when
// no operation was found), how long it took, and the codes of its errors.
func (m *Metrics) GraphQL(name, opType string, d time.Duration, codes []string) {
	if m == nil {
		return
	}
	op := OperationUnknown
	switch {
	case opType == "":
		opType = "unknown"
	case name == "":
		op = OperationAnonymous
	case !validName.MatchString(name):
		op = OperationOther
	default:
		op = m.operations.value(name)
	}
	m.graphqlRequests.WithLabelValues(op, opType).Inc()
	m.graphqlDuration.WithLabelValues(op, opType).Observe(d.Seconds())
	for _, c := range codes {
		if !validCode.MatchString(c) {
			c = "OTHER"
		}
		m.graphqlErrors.WithLabelValues(m.codes.value(c)).Inc()
	}
}

// HTTP records one HTTP response of a handler (a fixed name such as
// "graphql" or "console").
func (m *Metrics) HTTP(handler string, status int, d time.Duration) {
	if m == nil {
		return
	}
	m.httpRequests.WithLabelValues(handler, strconv.Itoa(status)).Inc()
	m.httpDuration.WithLabelValues(handler).Observe(d.Seconds())
}

// SignIn records a sign-in of a method (MethodPassword, MethodOIDC,
// MethodAPIKey) that succeeded or failed.
func (m *Metrics) SignIn(method string, ok bool) {
	if m == nil {
		return
	}
	result := "failure"
	if ok {
		result = "success"
	}
	m.signIns.WithLabelValues(method, result).Inc()
}

// RateLimited records a request refused by the named limit (a fixed name
// such as "login_ip", never the bucket of a caller).
func (m *Metrics) RateLimited(limit string) {
	if m == nil {
		return
	}
	m.rateLimited.WithLabelValues(limit).Inc()
}

// Delivery records one delivery attempt of a queue (QueueMail,
// QueueWebhook) with its result (DeliverySuccess, DeliveryRetry,
// DeliveryDead).
func (m *Metrics) Delivery(queue, result string) {
	if m == nil {
		return
	}
	m.deliveries.WithLabelValues(queue, result).Inc()
}

// JobRun records one run of a background job (JobLockExpiry,
// JobRetention) and whether it failed.
func (m *Metrics) JobRun(job string, err error, now time.Time) {
	if m == nil {
		return
	}
	if err != nil {
		m.jobRuns.WithLabelValues(job, "error").Inc()
		return
	}
	m.jobRuns.WithLabelValues(job, "ok").Inc()
	m.jobLastSuccess.WithLabelValues(job).Set(float64(now.Unix()))
}

// LocksExpired records n locks cleared by the lock-expiry job.
func (m *Metrics) LocksExpired(n int) {
	if m == nil || n <= 0 {
		return
	}
	m.locksExpired.Add(float64(n))
}

// RetentionDeleted records n rows deleted by the retention job.
func (m *Metrics) RetentionDeleted(n int) {
	if m == nil || n <= 0 {
		return
	}
	m.retentionGone.Add(float64(n))
}

// validName is a GraphQL name of reasonable length.
var validName = regexp.MustCompile(`^[_A-Za-z][_0-9A-Za-z]{0,63}$`)

// validCode is an error code as Roster and gqlgen write them.
var validCode = regexp.MustCompile(`^[A-Z][A-Z0-9_]{0,39}$`)

// labelSet admits label values until it holds max of them; later values
// are the overflow value.
type labelSet struct {
	mu       sync.Mutex
	seen     map[string]bool
	max      int
	overflow string
}

func (s *labelSet) value(v string) string {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.seen[v] {
		return v
	}
	if len(s.seen) >= s.max {
		return s.overflow
	}
	if s.seen == nil {
		s.seen = map[string]bool{}
	}
	s.seen[v] = true
	return v
}
