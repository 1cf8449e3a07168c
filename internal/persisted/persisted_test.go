package persisted

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestParseManifest(t *testing.T) {
	m, err := ParseManifest([]byte(`{"abc": "{ a }", "def": "query Q { b }"}`))
	if err != nil {
		t.Fatal(err)
	}
	if m.Len() != 2 {
		t.Fatalf("len %d", m.Len())
	}
	if text, ok := m.byDocumentID("abc"); !ok || text != "{ a }" {
		t.Fatalf("by ID: %q %v", text, ok)
	}
	if text, ok := m.byDocumentID("sha256:" + strings.ToUpper(hash("{ a }"))); !ok || text != "{ a }" {
		t.Fatalf("by sha256: %q %v", text, ok)
	}
	if _, ok := m.byDocumentID("sha256:" + hash("{ c }")); ok {
		t.Fatal("unknown hash found")
	}
	if text, ok := m.byQueryHash(hash("query Q { b }")); !ok || text != "query Q { b }" {
		t.Fatalf("by APQ hash: %q %v", text, ok)
	}
	if !m.contains("{ a }") || m.contains("{ a } ") {
		t.Fatal("contains compares exact text")
	}
	var none *Manifest
	if none.Len() != 0 || none.contains("{ a }") {
		t.Fatal("nil manifest")
	}
	if _, ok := none.byDocumentID("abc"); ok {
		t.Fatal("nil manifest found a document")
	}

	for _, bad := range []string{``, `null`, `[]`, `{"a": 1}`, `{"": "{ a }"}`, `{"a": " "}`, `{"a": "x"`} {
		if _, err := ParseManifest([]byte(bad)); err == nil {
			t.Errorf("%q: no error", bad)
		}
	}
}

func TestLoadManifest(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "persisted-queries.json")
	raw, _ := json.Marshal(map[string]string{"id1": "{ viewer { kind } }"})
	if err := os.WriteFile(path, raw, 0o600); err != nil {
		t.Fatal(err)
	}
	m, err := LoadManifest(path)
	if err != nil || m.Len() != 1 {
		t.Fatalf("%v %d", err, m.Len())
	}
	if _, err := LoadManifest(filepath.Join(dir, "missing.json")); err == nil {
		t.Fatal("missing file: no error")
	}
}

func TestCacheBounds(t *testing.T) {
	c := NewCache(2, 1000)
	c.add("a", "{ a }")
	c.add("b", "{ b }")
	c.add("c", "{ c }")
	if _, ok := c.get("a"); ok || c.Len() != 2 {
		t.Fatalf("entry bound: len %d", c.Len())
	}

	c = NewCache(10, 100)
	for _, k := range []string{"a", "b", "c", "d"} {
		c.add(k, strings.Repeat(k, 20))
	}
	c.add("e", strings.Repeat("e", 25)) // 105 bytes: the oldest goes
	if _, ok := c.get("a"); ok || c.bytes != 85 || c.Len() != 4 {
		t.Fatalf("byte bound: %d bytes, %d entries", c.bytes, c.Len())
	}
	c.add("big", strings.Repeat("x", 26)) // over a quarter of the bytes: not stored
	if _, ok := c.get("big"); ok {
		t.Fatal("an oversized text was stored")
	}
	if text, ok := c.get("e"); !ok || len(text) != 25 {
		t.Fatal("newest entry missing")
	}
	c.add("e", strings.Repeat("e", 25))
	if c.bytes != 85 {
		t.Fatal("adding an entry twice counted its bytes twice")
	}
}

func TestQueryHash(t *testing.T) {
	good := strings.Repeat("ab", 32)
	if h, err := queryHash(map[string]any{"version": json.Number("1"), "sha256Hash": strings.ToUpper(good)}); err != nil || h != good {
		t.Fatalf("%q %v", h, err)
	}
	if _, err := queryHash(map[string]any{"version": float64(1), "sha256Hash": good}); err != nil {
		t.Fatal(err)
	}
	for _, bad := range []any{
		"x",
		map[string]any{"version": json.Number("2"), "sha256Hash": good},
		map[string]any{"sha256Hash": good},
		map[string]any{"version": json.Number("1"), "sha256Hash": good[:10]},
		map[string]any{"version": json.Number("1"), "sha256Hash": strings.Repeat("zz", 32)},
		map[string]any{"version": json.Number("1"), "sha256Hash": 5},
	} {
		if _, err := queryHash(bad); err == nil || err.Extensions["code"] != CodeBadPersistedQuery {
			t.Errorf("%v: %v", bad, err)
		}
	}
}
