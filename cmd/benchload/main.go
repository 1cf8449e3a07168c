// Command benchload is Roster's load benchmark, run by `make bench-load`
// (never by `make test`). For each data set it seeds a database with
// `roster seed` (kept for the next run), starts `roster serve` on
// loopback, and drives it with a bounded load: every scenario for a fixed
// time at each number of clients. It prints throughput, p50 and p99
// latency, SQL statements per request and the server's peak RSS, and, run
// in the same slices of time, interleaved with Roster's, the latency of a
// hand-written single SQL statement that reads the same users page (the
// physical floor), with Roster's latency as a ratio of it.
//
//	go run ./cmd/benchload -sets pg:100000,pg:1000000,sqlite:100000 -duration 15s -clients 1,4,16
//
// Statements per request are counted in-process: each scenario's request
// runs a few times through Roster's handler over the same database with a
// counting driver, as the tests count them.
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strconv"
	"strings"
	"syscall"
	"time"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := run(ctx, os.Args[1:], os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "benchload:", err)
		os.Exit(1)
	}
}

// options are the command's flags.
type options struct {
	sets      []dataSet
	duration  time.Duration
	clients   []int
	bin       string
	pgBase    string
	sqliteDir string
	only      map[string]bool
	out       string
}

// dataSet is one database to benchmark: a dialect and a number of users.
type dataSet struct {
	dialect string // "pg" or "sqlite"
	users   int
}

func (d dataSet) String() string {
	return fmt.Sprintf("%s %s users", map[string]string{"pg": "PostgreSQL", "sqlite": "SQLite"}[d.dialect], humanCount(d.users))
}

func run(ctx context.Context, args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("benchload", flag.ContinueOnError)
	sets := fs.String("sets", "pg:100000,pg:1000000,sqlite:100000", "data sets: dialect:users, comma-separated (dialect pg or sqlite)")
	duration := fs.Duration("duration", 15*time.Second, "time per scenario and number of clients")
	clients := fs.String("clients", "1,4,16", "numbers of concurrent clients")
	bin := fs.String("bin", "bin/roster", "the roster binary (make bench-load builds it)")
	pgBase := fs.String("pg", "postgres://postgres@127.0.0.1:5432/", "PostgreSQL server; each data set gets a database roster_bench_N on it")
	sqliteDir := fs.String("sqlite-dir", "data/bench", "folder of the SQLite data sets")
	only := fs.String("scenarios", "", "run only these scenarios (comma-separated names); empty runs all")
	out := fs.String("out", "", "also write the report to this file")
	if err := fs.Parse(args); err != nil {
		return err
	}
	o := options{duration: *duration, bin: *bin, pgBase: strings.TrimRight(*pgBase, "/") + "/", sqliteDir: *sqliteDir, out: *out, only: map[string]bool{}}
	for _, s := range strings.Split(*sets, ",") {
		d, n, ok := strings.Cut(strings.TrimSpace(s), ":")
		users, err := strconv.Atoi(n)
		if !ok || err != nil || users <= 0 || (d != "pg" && d != "sqlite") {
			return fmt.Errorf("-sets: %q is not dialect:users (pg:100000, sqlite:100000)", s)
		}
		o.sets = append(o.sets, dataSet{dialect: d, users: users})
	}
	for _, c := range strings.Split(*clients, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(c))
		if err != nil || n <= 0 || n > 64 {
			return fmt.Errorf("-clients: %q is not a number of clients between 1 and 64", c)
		}
		o.clients = append(o.clients, n)
	}
	for _, s := range strings.Split(*only, ",") {
		if s = strings.TrimSpace(s); s != "" {
			o.only[s] = true
		}
	}
	if o.duration <= 0 || o.duration > 2*time.Minute {
		return fmt.Errorf("-duration must lie between 0 and 2m, got %s", o.duration)
	}
	var report strings.Builder
	w := io.MultiWriter(stdout, &report)
	fmt.Fprintf(w, "# make bench-load, %s\n\n", time.Now().UTC().Format(time.RFC3339))
	fmt.Fprintf(w, "%d clients levels %v, %s per scenario and level; machine: %s\n\n", len(o.clients), o.clients, o.duration, machine())
	for _, set := range o.sets {
		if err := benchSet(ctx, o, set, w); err != nil {
			return fmt.Errorf("%s: %w", set, err)
		}
	}
	if o.out != "" {
		if err := os.WriteFile(o.out, []byte(report.String()), 0o644); err != nil {
			return fmt.Errorf("write %s: %w", o.out, err)
		}
	}
	return nil
}

// machine describes the load of the machine now (uptime's load averages)
// and its processors.
func machine() string {
	raw, err := os.ReadFile("/proc/loadavg")
	load := "unknown"
	if err == nil {
		f := strings.Fields(string(raw))
		if len(f) >= 3 {
			load = strings.Join(f[:3], " ")
		}
	}
	return fmt.Sprintf("load average %s", load)
}

func humanCount(n int) string {
	switch {
	case n >= 1_000_000 && n%1_000_000 == 0:
		return fmt.Sprintf("%dM", n/1_000_000)
	case n >= 1000 && n%1000 == 0:
		return fmt.Sprintf("%dk", n/1000)
	}
	return strconv.Itoa(n)
}
