// Package problem defines the errors Roster's services return to callers.
// Each carries a Code that the GraphQL layer writes to extensions.code, a
// message safe to show to the caller, and for input errors the offending
// field. Anything that is not a *Error is treated as internal: it is
// logged and the caller only learns that something went wrong.
package problem

import (
	"errors"
	"fmt"
)

// Code is a machine-readable error class, written to extensions.code.
type Code string

// The codes a caller can see.
const (
	Unauthenticated Code = "UNAUTHENTICATED"
	Forbidden       Code = "FORBIDDEN"
	NotFound        Code = "NOT_FOUND"
	BadUserInput    Code = "BAD_USER_INPUT"
	Conflict        Code = "CONFLICT"
	RateLimited     Code = "RATE_LIMITED"
	// Timeout: a database statement of the request ran longer than the
	// statement timeout and was stopped; nothing was changed.
	Timeout  Code = "TIMEOUT"
	Internal Code = "INTERNAL"
	// Unavailable means a service Roster depends on (the database, an
	// OpenID Connect provider) cannot be reached right now: HTTP 503 with
	// Retry-After when the whole request failed for it; the same request
	// may succeed later.
	Unavailable Code = "UNAVAILABLE"
)

// RetryAfterSeconds is the Retry-After of answers that the database
// cannot be reached: a pool reconnects within that time once the server
// is back.
const RetryAfterSeconds = 5

// Error is an error meant for the caller.
type Error struct {
	// Code classifies the error.
	Code Code
	// Field names the offending input field (for BAD_USER_INPUT and
	// FORBIDDEN on a field), in the caller's spelling, for example
	// "first" or "input.phone".
	Field string
	// Reason is a finer machine-readable cause, for example TOO_SHORT.
	Reason string
	// Message is safe to show to the caller: it holds no secret and no
	// internal detail.
	Message string
	// Err is the underlying cause, for logs only.
	Err error
}

// Error implements error.
func (e *Error) Error() string {
	if e.Field != "" {
		return fmt.Sprintf("%s: %s (%s)", e.Code, e.Message, e.Field)
	}
	return fmt.Sprintf("%s: %s", e.Code, e.Message)
}

// Unwrap returns the cause.
func (e *Error) Unwrap() error { return e.Err }

// Invalid reports bad input in field.
func Invalid(field, reason, message string) *Error {
	return &Error{Code: BadUserInput, Field: field, Reason: reason, Message: message}
}

// NotFoundf reports that the thing asked for does not exist, or is not
// visible to the caller (the two are deliberately indistinguishable).
func NotFoundf(format string, args ...any) *Error {
	return &Error{Code: NotFound, Message: fmt.Sprintf(format, args...)}
}

// As returns the *Error in err's chain, if any.
func As(err error) (*Error, bool) {
	var pe *Error
	if errors.As(err, &pe) {
		return pe, true
	}
	return nil, false
}
