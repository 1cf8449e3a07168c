package graphqlhttp

import "testing"

func TestNegotiate(t *testing.T) {
	const (
		grj  = MediaTypeGraphQLResponseJSON
		json = MediaTypeJSON
		none = ""
	)
	tests := []struct {
		accept []string
		want   string
	}{
		{nil, json},
		{[]string{""}, json},
		{[]string{"  "}, json},
		{[]string{"*/*"}, json},
		{[]string{"application/*"}, json},
		{[]string{"application/json"}, json},
		{[]string{"application/graphql-response+json"}, grj},
		{[]string{"Application/JSON"}, json},
		{[]string{"application/json; charset=UTF-8"}, json},
		{[]string{"application/json; charset=\"utf-8\""}, json},
		{[]string{"application/graphql-response+json; charset=utf-8, application/json; charset=utf-8"}, grj},
		{[]string{"application/json, application/graphql-response+json"}, json},
		{[]string{"application/json", "application/graphql-response+json"}, json},
		{[]string{"application/json;q=0.5, application/graphql-response+json;q=0.6"}, grj},
		{[]string{"application/json;q=1.000, application/graphql-response+json;q=0.999"}, json},
		{[]string{"application/json;q=1., application/graphql-response+json;q=0."}, json},
		{[]string{"text/html, */*;q=0.1"}, json},
		{[]string{"text/html, application/json;q=0.1"}, json},
		{[]string{"*/*;q=0.5, application/json"}, json},
		{[]string{"*/*, application/graphql-response+json;q=0"}, json},
		{[]string{"application/*;q=0.3, application/json;q=0.2"}, grj},
		// The more specific range decides, whatever the order.
		{[]string{"application/json;q=0, application/*"}, grj},
		{[]string{"application/json;charset=utf-8;q=0.9, application/json;q=0.1"}, json},
		// A range with another charset does not match, so the wildcard does.
		{[]string{"application/json;charset=latin1, */*;q=0.2"}, json},
		{[]string{"application/graphql-response+json;charset=latin1, */*;q=0.2"}, json},
		{[]string{"application/json;charset=latin1, application/graphql-response+json;q=0.1"}, grj},
		// Invalid elements are skipped.
		{[]string{"garbage, application/json"}, json},
		{[]string{"application/graphql-response+json;q=2, application/json;q=0.5"}, json},
		{[]string{"application/graphql-response+json;q=NaN, application/json;q=0.5"}, json},
		{[]string{"application/graphql-response+json;q=0.1234, application/json;q=0.5"}, json},
		{[]string{"application/graphql-response+json;q=1.5, application/json;q=0.5"}, json},
		{[]string{"*/json, application/json"}, json},
		{[]string{",,application/json,,"}, json},
		// Nothing acceptable.
		{[]string{"text/html"}, none},
		{[]string{"text/*"}, none},
		{[]string{"garbage"}, none},
		{[]string{"application/xml, text/plain"}, none},
		{[]string{"application/json;q=0, application/graphql-response+json;q=0"}, none},
		{[]string{"*/*;q=0"}, none},
		{[]string{"application/json; charset=iso-8859-1"}, none},
	}
	for _, tt := range tests {
		got, ok := negotiate(tt.accept)
		if got != tt.want || ok != (tt.want != none) {
			t.Errorf("negotiate(%q) = %q, %v; want %q", tt.accept, got, ok, tt.want)
		}
	}
}

func TestParseQValue(t *testing.T) {
	tests := []struct {
		in   string
		want float64
		ok   bool
	}{
		{"0", 0, true},
		{"1", 1, true},
		{"0.5", 0.5, true},
		{"0.123", 0.123, true},
		{"1.000", 1, true},
		{"1.", 1, true},
		{"", 0, false},
		{"0.1234", 0, false},
		{"1.001", 0, false},
		{"2", 0, false},
		{"-0", 0, false},
		{".5", 0, false},
		{"0x1", 0, false},
		{"0.5e0", 0, false},
		{"NaN", 0, false},
	}
	for _, tt := range tests {
		got, ok := parseQValue(tt.in)
		if got != tt.want || ok != tt.ok {
			t.Errorf("parseQValue(%q) = %v, %v; want %v, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}
