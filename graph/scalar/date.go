// Package scalar implements Roster's custom GraphQL scalars.
package scalar

import (
	"fmt"
	"io"
	"strconv"
	"time"

	"github.com/99designs/gqlgen/graphql"
)

// DateLayout is the wire form of a Date: an ISO 8601 calendar date.
const DateLayout = "2006-01-02"

// MarshalDate writes a calendar date such as "1990-04-23". Only the
// year, month and day of t (in UTC) are written.
func MarshalDate(t time.Time) graphql.Marshaler {
	return graphql.WriterFunc(func(w io.Writer) {
		_, _ = io.WriteString(w, strconv.Quote(t.UTC().Format(DateLayout)))
	})
}

// UnmarshalDate reads a calendar date such as "1990-04-23" as midnight
// UTC of that day. Anything else, including a full timestamp, is refused.
func UnmarshalDate(v any) (time.Time, error) {
	s, ok := v.(string)
	if !ok {
		return time.Time{}, fmt.Errorf("a Date must be a string such as \"1990-04-23\", got %T", v)
	}
	t, err := time.Parse(DateLayout, s)
	if err != nil {
		return time.Time{}, fmt.Errorf("%q is not a date of the form YYYY-MM-DD", s)
	}
	return t, nil
}

// MarshalTime writes an instant in RFC 3339 with its fraction of a second,
// always in UTC, whatever zone the database driver returned it in.
func MarshalTime(t time.Time) graphql.Marshaler {
	return graphql.WriterFunc(func(w io.Writer) {
		_, _ = io.WriteString(w, strconv.Quote(t.UTC().Format(time.RFC3339Nano)))
	})
}

// UnmarshalTime reads an instant in RFC 3339; an offset is required and the
// result is in UTC.
func UnmarshalTime(v any) (time.Time, error) {
	s, ok := v.(string)
	if !ok {
		return time.Time{}, fmt.Errorf("a Time must be an RFC 3339 string such as \"2026-11-23T09:30:00Z\", got %T", v)
	}
	t, err := time.Parse(time.RFC3339Nano, s)
	if err != nil {
		return time.Time{}, fmt.Errorf("%q is not an RFC 3339 time such as 2026-11-23T09:30:00Z", s)
	}
	return t.UTC(), nil
}
