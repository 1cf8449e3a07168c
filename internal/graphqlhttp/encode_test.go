package graphqlhttp

import (
	"encoding/json"
	"testing"

	"github.com/vektah/gqlparser/v2/gqlerror"
)

// TestResultEncodingMatchesEncodingJSON: a result body is written byte
// for byte as json.Marshal writes it, although its data is copied rather
// than re-read; HTML-sensitive characters and the line and paragraph
// separators are escaped the same way.
func TestResultEncodingMatchesEncodingJSON(t *testing.T) {
	bodies := []resultBody{
		{Data: json.RawMessage(`null`)},
		{Data: json.RawMessage(`{"users":{"edges":[{"node":{"email":"a<b>&c@example.com","note":"x\u2028y\u2029z\u2027","name":"Zoë \"quoted\" \\ é"}}]}}`)},
		{Data: json.RawMessage(`{"a":"<script>&amp;</script>","b":[1,2.5,true,false,null]}`), Errors: gqlerror.List{{Message: "no <access> & more", Extensions: map[string]any{"code": "FORBIDDEN"}}}},
		{Data: json.RawMessage(`{"x":"\u00e2\u0080"}`), Extensions: map[string]any{"cost": 3, "note": "<&>"}},
		{Data: json.RawMessage("{\"separators\":\"a\u2028b\u2029c\u2027d\u00e9\"}")},
		{Data: json.RawMessage("{\"partial\":\"\xe2\x80\"}")},
		// gqlgen's Map and Any scalars end in a newline; strings keep
		// their spaces, escaped quotes and backslashes.
		{Data: json.RawMessage("{\"m\":{\"a\": 1, \"s\": \"x \\\" y\\\\ <z>\"}\n,\"l\":[ 1,\t2 ]\r\n}")},
	}
	for _, b := range bodies {
		want, err := json.Marshal(b)
		if err != nil {
			t.Fatal(err)
		}
		got, err := b.encode()
		if err != nil {
			t.Fatal(err)
		}
		if string(got) != string(want) {
			t.Errorf("encode:\n got %s\nwant %s", got, want)
		}
	}
}
