package config

import (
	"os"
	"regexp"
	"testing"
)

// TestReadmeListsEverySetting keeps the README's configuration table and
// the code in step: the same flags and variables, in the same order.
func TestReadmeListsEverySetting(t *testing.T) {
	raw, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	row := regexp.MustCompile("(?m)^\\| `--([a-z0-9-]+)` \\| `([A-Z0-9_]+)` \\|")
	var got [][2]string
	for _, m := range row.FindAllStringSubmatch(string(raw), -1) {
		got = append(got, [2]string{m[1], m[2]})
	}
	if len(got) != len(Settings) {
		t.Fatalf("README lists %d settings, the code has %d", len(got), len(Settings))
	}
	for i, s := range Settings {
		if got[i] != [2]string{s.Flag, s.Env} {
			t.Errorf("row %d: README has --%s/%s, code has --%s/%s", i+1, got[i][0], got[i][1], s.Flag, s.Env)
		}
	}
}
