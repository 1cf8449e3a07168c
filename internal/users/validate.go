package users

import (
	"net/mail"
	"strings"

	"github.com/rosterhq/roster/internal/problem"
)

// ValidateEmail checks an already normalised address: one addr-spec
// (RFC 5322, no display name), at most 254 characters, with a dot-free or
// dotted domain part (localhost is accepted for development).
func ValidateEmail(email string) error {
	if email == "" {
		return problem.Invalid("email", "REQUIRED", "an email address is required")
	}
	if len(email) > 254 {
		return problem.Invalid("email", "TOO_LONG", "an email address has at most 254 characters")
	}
	a, err := mail.ParseAddress(email)
	if err != nil || a.Address != email || a.Name != "" || strings.ContainsAny(email, " <>") {
		return problem.Invalid("email", "INVALID_EMAIL", "this is not a valid email address")
	}
	local, domain, _ := strings.Cut(email, "@")
	if local == "" || domain == "" || strings.HasPrefix(domain, ".") || strings.HasSuffix(domain, ".") || strings.Contains(domain, "..") {
		return problem.Invalid("email", "INVALID_EMAIL", "this is not a valid email address")
	}
	return nil
}
