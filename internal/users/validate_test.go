package users

import (
	"strings"
	"testing"
	"time"

	"github.com/99designs/gqlgen/graphql"

	"github.com/rosterhq/roster/ent"
	"github.com/rosterhq/roster/ent/attributedefinition"
	"github.com/rosterhq/roster/internal/problem"
)

func s(v string) *string { return &v }

func set[T any](v T) graphql.Omittable[T] { return graphql.OmittableOf(v) }

// expectInvalid asserts a BAD_USER_INPUT on field with reason.
func expectInvalid(t *testing.T, err error, field, reason string) {
	t.Helper()
	pe, ok := problem.As(err)
	if !ok || pe.Code != problem.BadUserInput || pe.Field != field || (reason != "" && pe.Reason != reason) {
		t.Fatalf("got %v, want BAD_USER_INPUT %s %s", err, field, reason)
	}
}

func TestValidateEmail(t *testing.T) {
	for _, ok := range []string{"ada@example.com", "a.b+tag@sub.example.org", "admin@localhost", "x@xn--mller-kva.example"} {
		if err := ValidateEmail(ok); err != nil {
			t.Errorf("%q refused: %v", ok, err)
		}
	}
	for bad, reason := range map[string]string{
		"": "REQUIRED", "ada": "INVALID_EMAIL", "ada@": "INVALID_EMAIL", "@example.com": "INVALID_EMAIL",
		"Ada <ada@example.com>": "INVALID_EMAIL", "ada@example..com": "INVALID_EMAIL", "ada@.example.com": "INVALID_EMAIL",
		"a b@example.com": "INVALID_EMAIL", strings.Repeat("a", 250) + "@x.io": "TOO_LONG",
	} {
		expectInvalid(t, ValidateEmail(bad), "email", reason)
	}
	if NormalizeEmail("  Ada@Example.COM ") != "ada@example.com" {
		t.Fatal("normalisation")
	}
}

func TestNormalizePhone(t *testing.T) {
	cases := []struct{ in, country, want string }{
		{"+49 30 1234567", "", "+49301234567"},
		{"030 1234567", "DE", "+49301234567"},
		{"0664 1234567", "AT", "+436641234567"},
		{"+1 (202) 555-0143", "DE", "+12025550143"},
		{"(202) 555-0143", "US", "+12025550143"},
	}
	for _, c := range cases {
		got, err := NormalizePhone(c.in, c.country)
		if err != nil || got != c.want {
			t.Errorf("NormalizePhone(%q, %q) = %q, %v; want %q", c.in, c.country, got, err, c.want)
		}
	}
	for _, bad := range []struct{ in, country string }{{"030 1234567", ""}, {"12", "DE"}, {"+49 1", ""}, {"hello", "DE"}} {
		if _, err := NormalizePhone(bad.in, bad.country); err == nil {
			t.Errorf("%q (%s) accepted", bad.in, bad.country)
		}
	}
}

func TestValidateProfile(t *testing.T) {
	now := time.Date(2026, 11, 23, 12, 0, 0, 0, time.UTC)
	defs := []*ent.AttributeDefinition{
		{Key: "member_no", Type: attributedefinition.TypeSTRING, Required: true},
		{Key: "tier", Type: attributedefinition.TypeENUM, AllowedValues: []string{"gold", "silver"}},
		{Key: "score", Type: attributedefinition.TypeNUMBER},
		{Key: "vip", Type: attributedefinition.TypeBOOLEAN},
		{Key: "since", Type: attributedefinition.TypeDATE},
	}
	date := func(y, m, d int) *time.Time { t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC); return &t }
	bad := []struct {
		name   string
		in     ProfileInput
		field  string
		reason string
	}{
		{"phone", ProfileInput{Phone: set(s("12"))}, "p.phone", "INVALID_PHONE"},
		{"national phone without country", ProfileInput{Phone: set(s("030 1234567"))}, "p.phone", "INVALID_PHONE"},
		{"country", ProfileInput{Country: set(s("XX"))}, "p.country", "INVALID_COUNTRY"},
		{"country length", ProfileInput{Country: set(s("DEU"))}, "p.country", "TOO_LONG"},
		{"birthday in the future", ProfileInput{Birthday: set(date(2027, 1, 1))}, "p.birthday", "INVALID_BIRTHDAY"},
		{"birthday today", ProfileInput{Birthday: set(date(2026, 11, 23))}, "p.birthday", "INVALID_BIRTHDAY"},
		{"birthday too old", ProfileInput{Birthday: set(date(1890, 1, 1))}, "p.birthday", "INVALID_BIRTHDAY"},
		{"first name length", ProfileInput{FirstName: set(s(strings.Repeat("x", 101)))}, "p.firstName", "TOO_LONG"},
		{"control characters", ProfileInput{City: set(s("Ber\nlin"))}, "p.city", "INVALID_CHARACTERS"},
		{"zip", ProfileInput{Zip: set(s("#"))}, "p.zip", "INVALID_ZIP"},
		{"unknown attribute", ProfileInput{CustomAttributes: set(map[string]any{"member_no": "1", "shoe": 42})}, "p.customAttributes.shoe", "UNKNOWN_ATTRIBUTE"},
		{"required attribute", ProfileInput{CustomAttributes: set(map[string]any{"tier": "gold"})}, "p.customAttributes.member_no", "REQUIRED"},
		{"enum attribute", ProfileInput{CustomAttributes: set(map[string]any{"member_no": "1", "tier": "bronze"})}, "p.customAttributes.tier", "INVALID_ATTRIBUTE"},
		{"number attribute", ProfileInput{CustomAttributes: set(map[string]any{"member_no": "1", "score": "high"})}, "p.customAttributes.score", "INVALID_ATTRIBUTE"},
		{"boolean attribute", ProfileInput{CustomAttributes: set(map[string]any{"member_no": "1", "vip": "yes"})}, "p.customAttributes.vip", "INVALID_ATTRIBUTE"},
		{"date attribute", ProfileInput{CustomAttributes: set(map[string]any{"member_no": "1", "since": "yesterday"})}, "p.customAttributes.since", "INVALID_ATTRIBUTE"},
		{"string attribute type", ProfileInput{CustomAttributes: set(map[string]any{"member_no": 7})}, "p.customAttributes.member_no", "INVALID_ATTRIBUTE"},
	}
	for _, c := range bad {
		t.Run(c.name, func(t *testing.T) {
			_, err := validateProfile(&c.in, "p.", "", defs, now)
			expectInvalid(t, err, c.field, c.reason)
		})
	}
	t.Run("valid profile is normalised", func(t *testing.T) {
		in := ProfileInput{FirstName: set(s("  Ada ")), Country: set(s("de")), Phone: set(s("030 1234567")),
			Birthday: set(date(1990, 4, 23)), LastName: set[*string](nil), Zip: set(s("10115")),
			CustomAttributes: set(map[string]any{"member_no": "M-1", "tier": "gold", "vip": true, "since": "2020-01-01"})}
		n, err := validateProfile(&in, "p.", "", defs, now)
		if err != nil {
			t.Fatal(err)
		}
		if n.set["first_name"] != "Ada" || n.set["country"] != "DE" || n.set["phone"] != "+49301234567" || len(n.clear) != 1 || n.clear[0] != "last_name" {
			t.Fatalf("normalised %+v", n)
		}
	})
	t.Run("the user's country reads national numbers", func(t *testing.T) {
		in := ProfileInput{Phone: set(s("0664 1234567"))}
		n, err := validateProfile(&in, "p.", "AT", nil, now)
		if err != nil || n.set["phone"] != "+436641234567" {
			t.Fatalf("%v %v", n.set, err)
		}
	})
}

func TestCountryCodes(t *testing.T) {
	for _, c := range []string{"DE", "AT", "CH", "US", "GB", "FR", "JP"} {
		if !IsCountryCode(c) {
			t.Errorf("%s refused", c)
		}
	}
	for _, c := range []string{"de", "ZZ", "EU", "QO", "AA", "D", "DEU", "", "1A"} {
		if IsCountryCode(c) {
			t.Errorf("%q accepted", c)
		}
	}
}

func TestRedirectAllowed(t *testing.T) {
	hosts := []string{"app.example.com"}
	for raw, want := range map[string]bool{
		"https://app.example.com/welcome": true, "https://APP.example.com:8443/x": true, "http://app.example.com": true,
		"https://evil.example/": false, "https://app.example.com.evil.example/": false, "javascript:alert(1)": false,
		"//app.example.com/x": false, "/relative": false, "https://user@app.example.com/": false, "ftp://app.example.com/": false,
	} {
		if got := RedirectAllowed(raw, hosts); got != want {
			t.Errorf("RedirectAllowed(%q) = %v", raw, got)
		}
	}
}
