package main

import (
	"context"
	"database/sql"
	"fmt"
	"io"
	"log/slog"
	"math/rand/v2"
	"net/http/httptest"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"entgo.io/ent/dialect"

	"github.com/rosterhq/roster/internal/auth"
	"github.com/rosterhq/roster/internal/database"
	"github.com/rosterhq/roster/internal/mail"
	"github.com/rosterhq/roster/internal/password"
	"github.com/rosterhq/roster/internal/server"
	"github.com/rosterhq/roster/internal/users"
	"github.com/rosterhq/roster/internal/webhook"
)

// slice is how long Roster and the floor take turns within one
// measurement, so that both see the same load of the shared machine.
const slice = time.Second

// result is one measurement: Roster's latencies and, for scenarios with
// a floor, the floor's, taken in alternating slices.
type result struct {
	roster, floor []time.Duration
	rosterTime    time.Duration
	errors        int
	firstError    string
}

// measure drives one scenario with clients concurrent clients for about
// duration of Roster's time (plus as much for the floor, when the
// scenario has one).
func measure(ctx context.Context, duration time.Duration, clients int, base, token string, sc scenario, floorDB *sql.DB, d string) result {
	var res result
	var mu sync.Mutex
	for spent := time.Duration(0); spent < duration && ctx.Err() == nil; spent += slice {
		lat, errs, first := drive(ctx, clients, slice, func(r *rand.Rand) error {
			q, vars := sc.request(r)
			tok := token
			if sc.anonymous {
				tok = ""
			}
			return post(ctx, base, tok, q, vars, nil)
		})
		mu.Lock()
		res.roster = append(res.roster, lat...)
		res.errors += errs
		if res.firstError == "" {
			res.firstError = first
		}
		mu.Unlock()
		res.rosterTime += slice
		if sc.floor != nil {
			q, args := sc.floor(d)
			lat, _, _ := drive(ctx, clients, slice, func(*rand.Rand) error { return floorOnce(ctx, floorDB, q, args) })
			res.floor = append(res.floor, lat...)
		}
	}
	return res
}

// drive runs fn from clients goroutines in a loop for d and returns the
// latencies of the calls that succeeded, the number that failed and the
// first error.
func drive(ctx context.Context, clients int, d time.Duration, fn func(*rand.Rand) error) ([]time.Duration, int, string) {
	deadline := time.Now().Add(d)
	var mu sync.Mutex
	var all []time.Duration
	var failed atomic.Int64
	first := ""
	var wg sync.WaitGroup
	for i := range clients {
		wg.Add(1)
		go func() {
			defer wg.Done()
			r := rand.New(rand.NewPCG(uint64(i), uint64(time.Now().UnixNano())))
			var own []time.Duration
			for time.Now().Before(deadline) && ctx.Err() == nil {
				start := time.Now()
				if err := fn(r); err != nil {
					failed.Add(1)
					mu.Lock()
					if first == "" {
						first = err.Error()
					}
					mu.Unlock()
					continue
				}
				own = append(own, time.Since(start))
			}
			mu.Lock()
			all = append(all, own...)
			mu.Unlock()
		}()
	}
	wg.Wait()
	return all, int(failed.Load()), first
}

// percentile returns the p-th percentile (0..1) of ds.
func percentile(ds []time.Duration, p float64) time.Duration {
	if len(ds) == 0 {
		return 0
	}
	s := slices.Clone(ds)
	slices.Sort(s)
	i := int(float64(len(s)-1) * p)
	return s[i]
}

// row renders the result as a row of the report's table.
func (r result) row(sc scenario, clients int, statements float64) string {
	rps := float64(len(r.roster)) / r.rosterTime.Seconds()
	p50, p99 := percentile(r.roster, 0.5), percentile(r.roster, 0.99)
	errs := fmt.Sprint(r.errors)
	if r.firstError != "" {
		errs += " (" + r.firstError + ")"
	}
	floor50, floor99, ratio50, ratio99 := "", "", "", ""
	if len(r.floor) > 0 {
		f50, f99 := percentile(r.floor, 0.5), percentile(r.floor, 0.99)
		floor50, floor99 = ms(f50), ms(f99)
		ratio50 = fmt.Sprintf("%.1f×", float64(p50)/float64(f50))
		ratio99 = fmt.Sprintf("%.1f×", float64(p99)/float64(f99))
	}
	return fmt.Sprintf("| %s | %d | %.0f | %s | %s | %s | %.1f | %s | %s | %s | %s |",
		sc.name, clients, rps, ms(p50), ms(p99), errs, statements, floor50, floor99, ratio50, ratio99)
}

// countStatements runs each scenario's request a few times through
// Roster's handler in this process, over the same database, with a
// driver that counts statements (as the tests do), and returns the mean
// number of statements per request. Authentication counts: the admin
// signs in once before.
func countStatements(ctx context.Context, t database.Target, scenarios []scenario) (map[string]float64, error) {
	var n atomic.Int64
	client, err := database.Open(ctx, t, database.WithDriver(func(drv dialect.Driver) dialect.Driver {
		return dialect.DebugWithContext(drv, func(_ context.Context, args ...any) {
			if s, ok := args[0].(string); ok && isStatement(s) {
				n.Add(1)
			}
		})
	}))
	if err != nil {
		return nil, err
	}
	defer client.Close()
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	authService := auth.NewService(client, t.Dialect)
	authService.Log = log
	usersService := &users.Service{Client: client, Password: password.Default, Now: time.Now, Mail: mail.Renderer{FrontendURL: "http://127.0.0.1", Product: "Roster"}}
	srv := httptest.NewServer(server.New(server.Options{Client: client, Auth: authService, Users: usersService,
		Webhooks: &webhook.Manager{Client: client}, Log: log}))
	defer srv.Close()
	token, err := login(ctx, srv.URL)
	if err != nil {
		return nil, err
	}
	out := map[string]float64{}
	r := rand.New(rand.NewPCG(1, 2))
	for _, sc := range scenarios {
		tok := token
		if sc.anonymous {
			tok = ""
		}
		const runs = 10
		q, vars := sc.request(r)
		if err := post(ctx, srv.URL, tok, q, vars, nil); err != nil { // warm: bookkeeping writes once a minute
			return nil, fmt.Errorf("%s: %w", sc.name, err)
		}
		before := n.Load()
		for range runs {
			q, vars := sc.request(r)
			if err := post(ctx, srv.URL, tok, q, vars, nil); err != nil {
				return nil, fmt.Errorf("%s: %w", sc.name, err)
			}
		}
		out[sc.name] = float64(n.Load()-before) / runs
	}
	return out, nil
}

// isStatement reports whether a debug line of ent's driver is a
// statement (not a transaction's begin or end).
func isStatement(s string) bool {
	for _, k := range []string{".Query: ", ".Exec: ", ".QueryContext: ", ".ExecContext: "} {
		if strings.Contains(s, k) {
			return true
		}
	}
	return false
}
