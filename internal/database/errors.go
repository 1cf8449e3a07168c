package database

import (
	"database/sql"
	"database/sql/driver"
	"errors"
	"net"
	"syscall"

	"github.com/lib/pq"
)

// errPoolClosed is the text database/sql gives an operation on a closed
// *sql.DB; the package exports no sentinel for it.
const errPoolClosed = "sql: database is closed"

// Unavailable reports whether err means the database cannot be reached
// right now, as opposed to a statement that failed: the connection was
// refused, reset or closed mid-statement, the server is shutting down or
// starting, or it has no connection slot left. Such a request may succeed
// when retried a moment later, so callers answer UNAVAILABLE (HTTP 503
// with Retry-After) instead of INTERNAL, and never FORBIDDEN or NOT_FOUND.
func Unavailable(err error) bool {
	if err == nil {
		return false
	}
	if errors.Is(err, sql.ErrConnDone) || errors.Is(err, driver.ErrBadConn) ||
		errors.Is(err, syscall.ECONNREFUSED) ||
		errors.Is(err, syscall.ECONNRESET) || errors.Is(err, syscall.EPIPE) {
		return true
	}
	var pe *pq.Error
	if errors.As(err, &pe) {
		switch pe.Code {
		case "57P01", // admin_shutdown: the backend was terminated
			"57P02", // crash_shutdown
			"57P03", // cannot_connect_now: starting up or shutting down
			"53300": // too_many_connections
			return true
		}
		return pe.Code.Class() == "08" // connection_exception
	}
	var ne *net.OpError
	if errors.As(err, &ne) {
		return true
	}
	for e := err; e != nil; e = errors.Unwrap(e) {
		if e.Error() == errPoolClosed {
			return true
		}
	}
	return false
}
