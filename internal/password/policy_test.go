package password

import (
	"slices"
	"strings"
	"testing"
)

func TestPolicy(t *testing.T) {
	p := Policy{MinLength: 12, ForbidNames: true, ForbidCommon: true}
	cases := []struct {
		pw      string
		reasons []string
	}{
		{"a long unusual passphrase", nil},
		{"short", []string{"TOO_SHORT"}},
		{"Hamilton-2024-rocks", []string{"CONTAINS_NAME"}},
		{"margaret.the.great", []string{"CONTAINS_NAME"}},
		{"password1234", []string{"COMMON_PASSWORD"}},
		{"qwertyuiop", []string{"TOO_SHORT", "COMMON_PASSWORD"}},
		{strings.Repeat("x", 257), []string{"TOO_LONG"}},
	}
	for _, c := range cases {
		var got []string
		for _, v := range p.Check(c.pw, "Margaret", "Hamilton", "") {
			got = append(got, v.Reason)
		}
		if !slices.Equal(got, c.reasons) {
			t.Errorf("%q: %v, want %v", c.pw, got, c.reasons)
		}
	}
	// Short names are not checked (they appear in too many words), and
	// the rules can be switched off.
	if v := p.Check("a long unusual passphrase", "Al"); len(v) != 0 {
		t.Errorf("two-letter name matched: %v", v)
	}
	lax := Policy{MinLength: 8}
	if v := lax.Check("password1234", "password"); len(v) != 0 {
		t.Errorf("switched-off rules still apply: %v", v)
	}
}
