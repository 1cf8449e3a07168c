package pulid_test

import (
	"database/sql"
	"database/sql/driver"
	"encoding/json"
	"regexp"
	"strings"
	"testing"
	"time"

	"entgo.io/ent/dialect/sql/schema"
	"github.com/oklog/ulid/v2"

	"github.com/rosterhq/roster/ent/migrate"
	"github.com/rosterhq/roster/internal/pulid"
)

var (
	_ sql.Scanner   = (*pulid.ID)(nil)
	_ driver.Valuer = pulid.ID("")
)

var form = regexp.MustCompile(`^usr_[0-9A-HJKMNP-TV-Z]{26}$`)

func TestNewForm(t *testing.T) {
	before := time.Now().Add(-time.Millisecond)
	id := pulid.New("usr")
	after := time.Now().Add(time.Millisecond)
	if !form.MatchString(string(id)) {
		t.Fatalf("New(usr) = %q, want usr_ and 26 Crockford base32 characters", id)
	}
	if id.Prefix() != "usr" {
		t.Fatalf("Prefix() = %q, want usr", id.Prefix())
	}
	u, err := ulid.ParseStrict(strings.TrimPrefix(string(id), "usr_"))
	if err != nil {
		t.Fatalf("the ULID part of %q does not parse: %v", id, err)
	}
	if ts := ulid.Time(u.Time()); ts.Before(before.Truncate(time.Millisecond)) || ts.After(after) {
		t.Fatalf("ULID time %v is not between %v and %v", ts, before, after)
	}
	if got, err := id.Type(); err != nil || got != "User" {
		t.Fatalf("Type() = %q, %v; want User", got, err)
	}
	if id.String() != string(id) {
		t.Fatalf("String() = %q, want %q", id.String(), string(id))
	}
}

func TestNewIncreasing(t *testing.T) {
	const n = 10000
	prev := pulid.New("aud")
	seen := map[pulid.ID]bool{prev: true}
	for range n {
		id := pulid.New("aud")
		if id <= prev {
			t.Fatalf("%q came after %q", id, prev)
		}
		if seen[id] {
			t.Fatalf("%q made twice", id)
		}
		seen[id] = true
		prev = id
	}
}

func TestNewConcurrent(t *testing.T) {
	const workers, each = 8, 500
	ch := make(chan pulid.ID, workers*each)
	done := make(chan struct{})
	for range workers {
		go func() {
			defer func() { done <- struct{}{} }()
			for range each {
				ch <- pulid.New("ses")
			}
		}()
	}
	for range workers {
		<-done
	}
	close(ch)
	seen := map[pulid.ID]bool{}
	for id := range ch {
		if seen[id] {
			t.Fatalf("%q made twice", id)
		}
		seen[id] = true
	}
	if len(seen) != workers*each {
		t.Fatalf("%d IDs, want %d", len(seen), workers*each)
	}
}

func TestPrefix(t *testing.T) {
	tests := map[pulid.ID]string{
		"usr_01J9Z3K8M4Q7T2V5X8Y1B3C6D9": "usr",
		"nope":                           "",
		"":                               "",
		"_01J9Z3K8M4Q7T2V5X8Y1B3C6D9":    "",
	}
	for id, want := range tests {
		if got := id.Prefix(); got != want {
			t.Errorf("%q.Prefix() = %q, want %q", id, got, want)
		}
	}
}

func TestType(t *testing.T) {
	const u = "01J9Z3K8M4Q7T2V5X8Y1B3C6D9"
	tests := []struct {
		id      pulid.ID
		want    string
		wantErr string
	}{
		{"usr_" + u, "User", ""},
		{"rol_" + u, "Role", ""},
		{"set_00000000000000000000000000", "Settings", ""},
		{"whd_" + u, "WebhookDelivery", ""},
		{"xyz_" + u, "", "unknown prefix"},
		{"USR_" + u, "", "unknown prefix"},
		{"usr" + u, "", "not a Roster ID"},
		{"", "", "not a Roster ID"},
		{"usr_", "", "not a Roster ID"},
		{pulid.ID("usr_" + u[:25]), "", "not a Roster ID"},
		{"usr_" + u + "0", "", "not a Roster ID"},
		{"usr_01J9Z3K8M4Q7T2V5X8Y1B3C6DU", "", "not a Roster ID"}, // U is not Crockford base32
		{"usr_81J9Z3K8M4Q7T2V5X8Y1B3C6D9", "", "not a Roster ID"}, // overflows 128 bits
		{"usr_" + u + "_x", "", "not a Roster ID"},
		{"1", "", "not a Roster ID"},
	}
	for _, tt := range tests {
		got, err := tt.id.Type()
		if tt.wantErr == "" {
			if err != nil || got != tt.want {
				t.Errorf("%q.Type() = %q, %v; want %q", tt.id, got, err, tt.want)
			}
			continue
		}
		if err == nil {
			t.Errorf("%q.Type() = %q, want an error", tt.id, got)
			continue
		}
		if !strings.Contains(err.Error(), tt.wantErr) {
			t.Errorf("%q.Type() error %q, want it to contain %q", tt.id, err, tt.wantErr)
		}
	}
}

func TestEveryPrefixTypes(t *testing.T) {
	names := map[string]string{}
	for p, name := range pulid.Prefixes {
		if !regexp.MustCompile(`^[a-z]{3}$`).MatchString(p) {
			t.Errorf("prefix %q is not three lower-case letters", p)
		}
		if other, dup := names[name]; dup {
			t.Errorf("type %s has two prefixes: %s and %s", name, other, p)
		}
		names[name] = p
		id := pulid.New(p)
		if got, err := id.Type(); err != nil || got != name {
			t.Errorf("New(%q).Type() = %q, %v; want %q", p, got, err, name)
		}
	}
}

// TestPrefixForEveryTable checks that the registry has exactly one prefix
// per entity table of the generated schema (join tables, whose primary key
// is not a single id column, excepted). The database tests check, by
// creating a row of each type, which prefix each type actually gets.
func TestPrefixForEveryTable(t *testing.T) {
	var entities []string
	for _, tbl := range migrate.Tables {
		if len(tbl.PrimaryKey) == 1 && tbl.PrimaryKey[0].Name == "id" {
			entities = append(entities, tbl.Name)
			if !isPulidColumn(tbl.PrimaryKey[0]) {
				t.Errorf("table %s: id column is %v of size %d, want a string of 40", tbl.Name, tbl.PrimaryKey[0].Type, tbl.PrimaryKey[0].Size)
			}
		}
	}
	if len(entities) != len(pulid.Prefixes) {
		t.Fatalf("%d entity tables %v, %d prefixes %v", len(entities), entities, len(pulid.Prefixes), pulid.Prefixes)
	}
}

func isPulidColumn(c *schema.Column) bool {
	return c.Type.String() == "string" && c.Size == 40
}

func TestScanValue(t *testing.T) {
	const s = "cus_01J9Z3K8M4Q7T2V5X8Y1B3C6D9"
	tests := []struct {
		src  any
		want pulid.ID
	}{
		{s, s},
		{[]byte(s), s},
		{nil, ""},
	}
	for _, tt := range tests {
		id := pulid.ID("prev_value")
		if err := id.Scan(tt.src); err != nil {
			t.Fatalf("Scan(%#v): %v", tt.src, err)
		}
		if id != tt.want {
			t.Fatalf("Scan(%#v) = %q, want %q", tt.src, id, tt.want)
		}
		v, err := id.Value()
		if err != nil {
			t.Fatalf("Value(): %v", err)
		}
		if v != string(tt.want) {
			t.Fatalf("Value() = %#v, want %q", v, tt.want)
		}
	}
	// A []byte source must be copied: drivers reuse their buffers.
	buf := []byte(s)
	var id pulid.ID
	if err := id.Scan(buf); err != nil {
		t.Fatal(err)
	}
	buf[0] = 'X'
	if id != s {
		t.Fatalf("Scan kept a reference to the driver's buffer: %q", id)
	}
	for _, bad := range []any{42, int64(42), 4.2, true, time.Now()} {
		id := pulid.ID("keep")
		if err := id.Scan(bad); err == nil {
			t.Errorf("Scan(%#v) accepted, got %q", bad, id)
		}
	}
}

func TestGQL(t *testing.T) {
	const s = "usr_01J9Z3K8M4Q7T2V5X8Y1B3C6D9"
	var b strings.Builder
	pulid.ID(s).MarshalGQL(&b)
	if b.String() != `"`+s+`"` {
		t.Fatalf("MarshalGQL = %s", b.String())
	}
	var back string
	if err := json.Unmarshal([]byte(b.String()), &back); err != nil || back != s {
		t.Fatalf("MarshalGQL output is not the JSON string %q: %s (%v)", s, b.String(), err)
	}

	for _, in := range []any{s, pulid.ID(s)} {
		var id pulid.ID
		if err := id.UnmarshalGQL(in); err != nil || id != s {
			t.Fatalf("UnmarshalGQL(%#v) = %q, %v", in, id, err)
		}
	}
	for _, bad := range []any{42, int64(42), json.Number("42"), 4.2, nil, true, []byte(s), map[string]any{}} {
		id := pulid.ID("keep")
		err := id.UnmarshalGQL(bad)
		if err == nil {
			t.Errorf("UnmarshalGQL(%#v) accepted: %q", bad, id)
			continue
		}
		if id != "keep" {
			t.Errorf("UnmarshalGQL(%#v) failed but changed the ID to %q", bad, id)
		}
		if !strings.Contains(err.Error(), "must be a string") {
			t.Errorf("UnmarshalGQL(%#v) error = %q", bad, err)
		}
	}
}
