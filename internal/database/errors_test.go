package database

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net"
	"syscall"
	"testing"

	"github.com/lib/pq"
)

func TestUnavailable(t *testing.T) {
	closed, err := sql.Open("postgres", "postgres://127.0.0.1:1/none")
	if err != nil {
		t.Fatal(err)
	}
	closed.Close()
	_, closedErr := closed.ExecContext(context.Background(), "SELECT 1")
	if closedErr == nil {
		t.Fatal("a closed pool ran a statement")
	}
	for _, tc := range []struct {
		name string
		err  error
		want bool
	}{
		{"nil", nil, false},
		{"closed pool", fmt.Errorf("ent: %w", closedErr), true},
		{"connection refused", &net.OpError{Op: "dial", Net: "tcp", Err: syscall.ECONNREFUSED}, true},
		{"terminated backend", &pq.Error{Code: "57P01"}, true},
		{"connection failure", fmt.Errorf("query: %w", &pq.Error{Code: "08006"}), true},
		{"too many connections", &pq.Error{Code: "53300"}, true},
		{"unique violation", &pq.Error{Code: "23505"}, false},
		{"statement timeout", &pq.Error{Code: "57014"}, false},
		{"no rows", sql.ErrNoRows, false},
		{"other", errors.New("boom"), false},
	} {
		if got := Unavailable(tc.err); got != tc.want {
			t.Errorf("%s: Unavailable(%v) = %v, want %v", tc.name, tc.err, got, tc.want)
		}
	}
}
