package metrics

import (
	"context"
	"database/sql"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
)

// DatabasePool returns the collector of the connection pool's statistics
// (sql.DBStats): go_sql_open_connections, go_sql_in_use_connections,
// go_sql_idle_connections, go_sql_wait_count_total,
// go_sql_wait_duration_seconds_total and more, with db_name="roster".
func DatabasePool(db *sql.DB) prometheus.Collector {
	return collectors.NewDBStatsCollector(db, "roster")
}

// Backlog is the state of one outbox queue in the database.
type Backlog struct {
	// Pending counts the rows waiting for delivery (due or not).
	Pending int
	// Oldest is when the oldest pending row was queued; zero without
	// pending rows.
	Oldest time.Time
	// Dead counts the rows given up on.
	Dead int
}

// BacklogFunc reads the state of a queue; it runs at scrape time.
type BacklogFunc func(ctx context.Context) (Backlog, error)

// scrapeTimeout bounds the statements a scrape runs.
const scrapeTimeout = 2 * time.Second

var (
	outboxPending = prometheus.NewDesc("roster_outbox_pending",
		"Rows of the outbox queue waiting for delivery, in the whole database (every instance reports the same).", []string{"queue"}, nil)
	outboxOldest = prometheus.NewDesc("roster_outbox_oldest_pending_age_seconds",
		"Age of the oldest row of the outbox queue waiting for delivery; 0 when none waits.", []string{"queue"}, nil)
	outboxDead = prometheus.NewDesc("roster_outbox_dead",
		"Rows of the outbox queue given up on (DEAD), in the whole database.", []string{"queue"}, nil)
)

// Outbox returns a collector that reads the mail and webhook queues at
// each scrape, with two bounded statements per queue.
func Outbox(queues map[string]BacklogFunc) prometheus.Collector {
	return outbox{queues: queues, now: time.Now}
}

type outbox struct {
	queues map[string]BacklogFunc
	now    func() time.Time
}

func (o outbox) Describe(ch chan<- *prometheus.Desc) {
	ch <- outboxPending
	ch <- outboxOldest
	ch <- outboxDead
}

func (o outbox) Collect(ch chan<- prometheus.Metric) {
	ctx, cancel := context.WithTimeout(context.Background(), scrapeTimeout)
	defer cancel()
	for queue, read := range o.queues {
		b, err := read(ctx)
		if err != nil {
			ch <- prometheus.NewInvalidMetric(outboxPending, err)
			continue
		}
		age := 0.0
		if b.Pending > 0 && !b.Oldest.IsZero() {
			age = max(o.now().Sub(b.Oldest).Seconds(), 0)
		}
		ch <- prometheus.MustNewConstMetric(outboxPending, prometheus.GaugeValue, float64(b.Pending), queue)
		ch <- prometheus.MustNewConstMetric(outboxOldest, prometheus.GaugeValue, age, queue)
		ch <- prometheus.MustNewConstMetric(outboxDead, prometheus.GaugeValue, float64(b.Dead), queue)
	}
}

// ProviderState is whether one OpenID Connect provider can be used.
type ProviderState struct {
	Name string
	Up   bool
}

var providerUp = prometheus.NewDesc("roster_oidc_provider_up",
	"1 while this instance can use the OpenID Connect provider (discovered and answering), 0 while it is unavailable.", []string{"provider"}, nil)

// Providers returns a collector of the OpenID Connect providers' states,
// labelled with their configured names.
func Providers(states func() []ProviderState) prometheus.Collector {
	return providers(states)
}

type providers func() []ProviderState

func (p providers) Describe(ch chan<- *prometheus.Desc) { ch <- providerUp }

func (p providers) Collect(ch chan<- prometheus.Metric) {
	for _, s := range p() {
		v := 0.0
		if s.Up {
			v = 1
		}
		ch <- prometheus.MustNewConstMetric(providerUp, prometheus.GaugeValue, v, s.Name)
	}
}
