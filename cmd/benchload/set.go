package main

import (
	"bufio"
	"bytes"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	_ "github.com/lib/pq"  // the floor's PostgreSQL driver
	_ "modernc.org/sqlite" // the floor's SQLite driver

	"github.com/rosterhq/roster/internal/database"
)

// Credentials of the benchmark's admin, created in each data set.
const (
	adminEmail    = "bench-admin@localhost"
	adminPassword = "bench-Admin-password-7"
)

// databaseURL is the Roster database URL of a data set.
func (o options) databaseURL(set dataSet) string {
	if set.dialect == "sqlite" {
		return "sqlite:" + filepath.Join(o.sqliteDir, fmt.Sprintf("roster-%d.db", set.users))
	}
	return o.pgBase + fmt.Sprintf("roster_bench_%d?sslmode=disable", set.users)
}

// benchSet prepares one data set, starts the server on it, runs every
// scenario and prints its table.
func benchSet(ctx context.Context, o options, set dataSet, w io.Writer) error {
	dbURL := o.databaseURL(set)
	if err := prepare(ctx, o, set, dbURL); err != nil {
		return err
	}
	target, err := database.ParseURL(dbURL)
	if err != nil {
		return err
	}
	floorDB, err := openFloor(target)
	if err != nil {
		return err
	}
	defer floorDB.Close()
	srv, err := startServer(ctx, o.bin, dbURL)
	if err != nil {
		return err
	}
	defer srv.stop()
	token, err := login(ctx, srv.url)
	if err != nil {
		return err
	}
	params, err := pickParams(ctx, floorDB, target.Dialect)
	if err != nil {
		return err
	}
	scenarios := allScenarios(params)
	counts, err := countStatements(ctx, target, scenarios)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "## %s\n\n", set)
	fmt.Fprintf(w, "Seeded with `roster seed --users %d`; machine before the run: %s.\n\n", set.users, machine())
	fmt.Fprintln(w, "| scenario | clients | req/s | p50 | p99 | errors | SQL statements per request | floor p50 | floor p99 | p50 ratio | p99 ratio |")
	fmt.Fprintln(w, "|---|---|---|---|---|---|---|---|---|---|---|")
	for _, sc := range scenarios {
		if len(o.only) > 0 && !o.only[sc.name] {
			continue
		}
		for _, c := range o.clients {
			if err := ctx.Err(); err != nil {
				return err
			}
			res := measure(ctx, o.duration, c, srv.url, token, sc, floorDB, target.Dialect)
			fmt.Fprintln(w, res.row(sc, c, counts[sc.name]))
		}
	}
	rss, err := srv.peakRSS()
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "\nServer peak RSS (VmHWM): %.0f MB; machine after the run: %s.\n\n", float64(rss)/1024, machine())
	return nil
}

// prepare creates the database when missing, seeds it up to set.users
// users with `roster seed` (a kept data set is reused), creates the admin
// and, on PostgreSQL, analyzes the tables.
func prepare(ctx context.Context, o options, set dataSet, dbURL string) error {
	if set.dialect == "pg" {
		admin, err := sql.Open("postgres", o.pgBase+"postgres?sslmode=disable")
		if err != nil {
			return err
		}
		defer admin.Close()
		name := fmt.Sprintf("roster_bench_%d", set.users)
		var exists bool
		if err := admin.QueryRowContext(ctx, "SELECT EXISTS (SELECT 1 FROM pg_database WHERE datname = $1)", name).Scan(&exists); err != nil {
			return fmt.Errorf("look for database %s: %w", name, err)
		}
		if !exists {
			if _, err := admin.ExecContext(ctx, "CREATE DATABASE "+name); err != nil {
				return fmt.Errorf("create database %s: %w", name, err)
			}
		}
	} else if err := os.MkdirAll(o.sqliteDir, 0o750); err != nil {
		return err
	}
	if err := roster(ctx, o.bin, nil, "migrate", "up", "--database-url", dbURL); err != nil {
		return err
	}
	target, err := database.ParseURL(dbURL)
	if err != nil {
		return err
	}
	db, err := openFloor(target)
	if err != nil {
		return err
	}
	defer db.Close()
	var have int
	if err := db.QueryRowContext(ctx, "SELECT count(*) FROM users WHERE email <> $1", adminEmail).Scan(&have); err != nil {
		return fmt.Errorf("count users: %w", err)
	}
	if have < set.users {
		fmt.Fprintf(os.Stderr, "benchload: seeding %d users into %s\n", set.users-have, set)
		start := time.Now()
		if err := roster(ctx, o.bin, nil, "seed", "--users", strconv.Itoa(set.users-have), "--database-url", dbURL); err != nil {
			return err
		}
		fmt.Fprintf(os.Stderr, "benchload: seeded in %s\n", time.Since(start).Round(time.Second))
	}
	err = roster(ctx, o.bin, strings.NewReader(adminPassword+"\n"), "admin", "create", "--email", adminEmail, "--password-stdin", "--database-url", dbURL)
	if err != nil && !strings.Contains(err.Error(), "CONFLICT") && !strings.Contains(err.Error(), "exists") && !strings.Contains(err.Error(), "taken") {
		return err
	}
	// The login scenario at 16 clients runs into the per-account limit of
	// sign-in attempts (as it should), which would refuse the admin's
	// sign-in of a run started within 15 minutes: the data set's limits
	// start afresh with every run.
	if _, err := db.ExecContext(ctx, "DELETE FROM rate_limits"); err != nil {
		return fmt.Errorf("reset the rate limits: %w", err)
	}
	stmt := "ANALYZE"
	if set.dialect == "pg" {
		stmt = "VACUUM ANALYZE"
	}
	if _, err := db.ExecContext(ctx, stmt); err != nil {
		return fmt.Errorf("%s: %w", stmt, err)
	}
	return nil
}

// roster runs a roster command and returns its output in the error.
func roster(ctx context.Context, bin string, stdin io.Reader, args ...string) error {
	cmd := exec.CommandContext(ctx, bin, args...)
	cmd.Stdin = stdin
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("roster %s: %w: %s", args[0], err, lastLines(out.String(), 5))
	}
	return nil
}

func lastLines(s string, n int) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	if len(lines) > n {
		lines = lines[len(lines)-n:]
	}
	return strings.Join(lines, "\n")
}

// openFloor opens a plain database/sql connection pool on the data set,
// for the floor statements and the parameters.
func openFloor(t database.Target) (*sql.DB, error) {
	if t.Dialect == "sqlite3" {
		return sql.Open("sqlite", t.DSN)
	}
	db, err := sql.Open("postgres", t.DSN)
	if err != nil {
		return nil, err
	}
	db.SetMaxOpenConns(20)
	db.SetMaxIdleConns(20)
	return db, nil
}

// rosterProcess is a running `roster serve`.
type rosterProcess struct {
	cmd *exec.Cmd
	url string
	log *os.File
}

// startServer runs `roster serve` on a free loopback port and waits until
// it answers /readyz.
func startServer(ctx context.Context, bin, dbURL string) (*rosterProcess, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, err
	}
	addr := ln.Addr().String()
	ln.Close()
	logFile, err := os.CreateTemp("", "benchload-server-*.log")
	if err != nil {
		return nil, err
	}
	cmd := exec.Command(bin, "serve", "--addr", addr, "--database-url", dbURL, "--log-level", "warn")
	cmd.Stdout, cmd.Stderr = logFile, logFile
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("start roster serve: %w", err)
	}
	s := &rosterProcess{cmd: cmd, url: "http://" + addr, log: logFile}
	deadline := time.Now().Add(2 * time.Minute)
	for time.Now().Before(deadline) {
		if err := ctx.Err(); err != nil {
			s.stop()
			return nil, err
		}
		res, err := http.Get(s.url + "/readyz")
		if err == nil {
			res.Body.Close()
			if res.StatusCode == http.StatusOK {
				return s, nil
			}
		}
		time.Sleep(200 * time.Millisecond)
	}
	s.stop()
	return nil, fmt.Errorf("roster serve did not become ready; its log is %s", logFile.Name())
}

// peakRSS returns the server's peak resident set size in KiB.
func (s *rosterProcess) peakRSS() (int, error) {
	f, err := os.Open(fmt.Sprintf("/proc/%d/status", s.cmd.Process.Pid))
	if err != nil {
		return 0, fmt.Errorf("read the server's memory: %w", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if rest, ok := strings.CutPrefix(sc.Text(), "VmHWM:"); ok {
			return strconv.Atoi(strings.TrimSuffix(strings.TrimSpace(rest), " kB"))
		}
	}
	return 0, errors.New("no VmHWM in the server's status")
}

// stop ends the server.
func (s *rosterProcess) stop() {
	_ = s.cmd.Process.Signal(os.Interrupt)
	done := make(chan struct{})
	go func() { _ = s.cmd.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(25 * time.Second):
		_ = s.cmd.Process.Kill()
	}
	s.log.Close()
	os.Remove(s.log.Name())
}

// login signs the benchmark's admin in and returns the session token.
func login(ctx context.Context, base string) (string, error) {
	var out struct {
		Login struct{ Token string }
	}
	if err := post(ctx, base, "", loginMutation, map[string]any{"email": adminEmail, "password": adminPassword}, &out); err != nil {
		return "", fmt.Errorf("login: %w", err)
	}
	return out.Login.Token, nil
}
