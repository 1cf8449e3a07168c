package password

import (
	_ "embed"
	"fmt"
	"strings"
	"unicode/utf8"
)

// commonList holds frequently used passwords (lower case), refused by the
// policy. It is a short list on purpose: the length rule does most of the
// work, the list stops the obvious choices.
//
//go:embed data/common.txt
var commonList string

var common = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Split(commonList, "\n") {
		if w = strings.TrimSpace(w); w != "" {
			m[w] = true
		}
	}
	return m
}()

// Policy is the configurable password policy (settings).
type Policy struct {
	MinLength    int
	ForbidNames  bool
	ForbidCommon bool
	MaxLength    int
}

// DefaultMaxLength is the longest password a Policy without MaxLength
// accepts.
const DefaultMaxLength = 256

// Longest returns the longest password the policy accepts.
func (p Policy) Longest() int {
	if p.MaxLength == 0 {
		return DefaultMaxLength
	}
	return p.MaxLength
}

// Violation names one broken rule, for extensions.reason.
type Violation struct {
	Reason  string
	Message string
}

// Check returns every rule pw breaks; none means it is acceptable. names
// are the user's first and last name (empty ones are ignored).
func (p Policy) Check(pw string, names ...string) []Violation {
	var out []Violation
	n := utf8.RuneCountInString(pw)
	if n < p.MinLength {
		out = append(out, Violation{"TOO_SHORT", fmt.Sprintf("use at least %d characters", p.MinLength)})
	}
	max := p.Longest()
	if n > max {
		out = append(out, Violation{"TOO_LONG", fmt.Sprintf("use at most %d characters", max)})
	}
	lower := strings.ToLower(pw)
	if p.ForbidNames {
		for _, name := range names {
			name = strings.ToLower(strings.TrimSpace(name))
			if utf8.RuneCountInString(name) >= 3 && strings.Contains(lower, name) {
				out = append(out, Violation{"CONTAINS_NAME", "the password must not contain your first or last name"})
				break
			}
		}
	}
	if p.ForbidCommon && (common[lower] || common[strings.TrimRight(lower, "0123456789!.")]) {
		out = append(out, Violation{"COMMON_PASSWORD", "this password is too common"})
	}
	return out
}
