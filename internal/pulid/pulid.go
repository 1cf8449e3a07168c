// Package pulid defines Roster's identifiers: a short type prefix followed by a
// ULID, for example "usr_01J9Z3K8M4Q7T2V5X8Y1B3C6D9". Every entity uses this
// form as its primary key, so an ID is globally unique, opaque to clients
// (it exposes neither row counts nor sequence gaps), sortable by creation
// time, and tells Relay's node(id:) which table to read without a lookup.
package pulid

import (
	"crypto/rand"
	"database/sql/driver"
	"fmt"
	"io"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/oklog/ulid/v2"
)

// ID is a prefixed ULID. The zero value is the empty string and is never a
// valid identifier.
type ID string

// Prefixes maps each entity's ID prefix to the name of its ent type. It is
// the one registry of prefixes; a test checks that every ent type has one.
var Prefixes = map[string]string{
	"usr": "User",
	"rol": "Role",
	"cus": "Customer",
	"eml": "EmailAlias",
	"aud": "AuditEntry",
	"ses": "Session",
	"otk": "OneTimeToken",
	"oid": "OIDCIdentity",
	"key": "APIKey",
	"nws": "NewsletterSubscription",
	"whe": "WebhookEndpoint",
	"whd": "WebhookDelivery",
	"wha": "WebhookAttempt",
	"mal": "OutgoingMail",
	"set": "Settings",
	"atd": "AttributeDefinition",
	"lim": "RateLimit",
	"acr": "AccountRequest",
}

var (
	entropyMu sync.Mutex
	entropy   = ulid.Monotonic(rand.Reader, 0)
)

// New returns a fresh ID with the given prefix. IDs made by one process are
// strictly increasing within a millisecond.
func New(prefix string) ID {
	entropyMu.Lock()
	u := ulid.MustNew(ulid.Timestamp(time.Now()), entropy)
	entropyMu.Unlock()
	return ID(prefix + "_" + u.String())
}

// Prefix returns the type prefix of the ID, or "" when the ID has none.
func (i ID) Prefix() string {
	p, _, ok := strings.Cut(string(i), "_")
	if !ok {
		return ""
	}
	return p
}

// Type returns the ent type name the ID belongs to. It fails when the ID is
// malformed or its prefix is unknown.
func (i ID) Type() (string, error) {
	p, rest, ok := strings.Cut(string(i), "_")
	if !ok {
		return "", fmt.Errorf("pulid: %q is not a Roster ID", string(i))
	}
	t, known := Prefixes[p]
	if !known {
		return "", fmt.Errorf("pulid: unknown prefix in %q", string(i))
	}
	if _, err := ulid.ParseStrict(rest); err != nil {
		return "", fmt.Errorf("pulid: %q is not a Roster ID", string(i))
	}
	return t, nil
}

// String returns the ID as text.
func (i ID) String() string { return string(i) }

// MarshalGQL writes the ID as a GraphQL ID (a JSON string).
func (i ID) MarshalGQL(w io.Writer) { _, _ = io.WriteString(w, strconv.Quote(string(i))) }

// UnmarshalGQL reads a GraphQL ID. Only strings (and IDs) are accepted:
// integer IDs are never Roster IDs.
func (i *ID) UnmarshalGQL(v any) error {
	switch s := v.(type) {
	case string:
		*i = ID(s)
	case ID:
		*i = s
	default:
		return fmt.Errorf("an ID must be a string, got %T", v)
	}
	return nil
}

// Scan implements sql.Scanner.
func (i *ID) Scan(src any) error {
	switch v := src.(type) {
	case nil:
		*i = ""
	case string:
		*i = ID(v)
	case []byte:
		*i = ID(string(v))
	default:
		return fmt.Errorf("pulid: cannot scan %T", src)
	}
	return nil
}

// Value implements driver.Valuer.
func (i ID) Value() (driver.Value, error) { return string(i), nil }
