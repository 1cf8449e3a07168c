package users

import "strings"

// NormalizeEmail is the form every address is stored and compared in:
// trimmed and lower-cased. (ent/schema applies the same rule when
// storing.)
func NormalizeEmail(s string) string { return strings.ToLower(strings.TrimSpace(s)) }
