package users

import (
	"strings"
	"testing"

	"github.com/valyala/fastjson"
)

// TestDecodeInlineEdges: the edges' JSON decodes into the ent types
// (null external IDs stay nil), and anything the page statement would
// never write (another column, a value that is not a string, a list that
// is not one) is an error, not a silently empty edge.
func TestDecodeInlineEdges(t *testing.T) {
	v := fastjson.MustParse(`[{"id":"c1","name":"Acme \u00e9","external_id":null},{"id":"c2","name":"B","external_id":"crm-2"}]`)
	list, err := decodeList(v, setCustomer)
	if err != nil {
		t.Fatal(err)
	}
	if len(list) != 2 || list[0].ID != "c1" || list[0].Name != "Acme é" || list[0].ExternalID != nil ||
		list[1].ExternalID == nil || *list[1].ExternalID != "crm-2" {
		t.Fatalf("customers: %+v %+v", list[0], list[1])
	}
	for raw, want := range map[string]string{
		`[{"id":"a1","confirmed_at":"2026-01-01"}]`: `unexpected column "confirmed_at"`,
		`[{"id":1}]`:  "column id",
		`{"id":"a1"}`: "array",
		`["a1"]`:      "object",
	} {
		if _, err := decodeList(fastjson.MustParse(raw), setEmailAlias); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%s: got error %v, want one mentioning %q", raw, err, want)
		}
	}
}
