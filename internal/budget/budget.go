// Package budget guards the expensive work one GraphQL request may cause:
// hashing passwords (argon2id, tens of milliseconds and 64 MiB each) and
// sending mail.
//
// Each root field of the schema declares what it does with the @budget
// directive (schema.graphqls); internal/requestlimit counts the
// declarations of a request's root fields and refuses the request before
// anything runs when they exceed the per-request budget. While a root
// field runs, its declaration travels in the context ([Declare]), and the
// code that hashes a password or queues a mail calls [Spend] first.
// Spend fails when the running field did not declare that kind of work,
// so a field that hashes or mails without saying so in the schema fails
// its first test instead of slipping past the budget.
//
// Outside a GraphQL root field (the CLI, the workers, the OpenID Connect
// callback) there is no declaration in the context and Spend allows
// everything: those paths are not reachable many times per request.
package budget

import (
	"context"
	"fmt"
)

// Kind is one kind of expensive work.
type Kind int

// The kinds of work the budget bounds.
const (
	// PasswordHash is one argon2id computation: hashing a new password or
	// verifying a password against a stored hash.
	PasswordHash Kind = iota + 1
	// Mail is queueing a message in the outbox.
	Mail
)

// String names the kind as the @budget directive does.
func (k Kind) String() string {
	switch k {
	case PasswordHash:
		return "passwordHash"
	case Mail:
		return "mail"
	}
	return fmt.Sprintf("Kind(%d)", int(k))
}

// Declaration is what a running root field declared in the schema.
type Declaration struct {
	// Field is the field's name, for error messages.
	Field string
	// PasswordHash is set when the field may hash or verify a password.
	PasswordHash bool
	// Mail is set when the field may send mail (in this request: the
	// condition of @budget(mailIf: …) was true).
	Mail bool
}

// allows reports whether d covers work of kind k.
func (d Declaration) allows(k Kind) bool {
	switch k {
	case PasswordHash:
		return d.PasswordHash
	case Mail:
		return d.Mail
	}
	return false
}

type ctxKey struct{}

// Declare returns a context in which d is the declaration of the running
// root field.
func Declare(ctx context.Context, d Declaration) context.Context {
	return context.WithValue(ctx, ctxKey{}, d)
}

// Declared returns the declaration in ctx, if any.
func Declared(ctx context.Context) (Declaration, bool) {
	d, ok := ctx.Value(ctxKey{}).(Declaration)
	return d, ok
}

// UndeclaredError reports work a root field did not declare.
type UndeclaredError struct {
	Field string
	Kind  Kind
}

// Error implements error.
func (e *UndeclaredError) Error() string {
	return fmt.Sprintf("budget: field %s does work of kind %s, but its schema definition does not declare it with @budget(%s: true)",
		e.Field, e.Kind, e.Kind)
}

// Spend is called before work of kind k. It fails with *UndeclaredError
// when ctx belongs to a GraphQL root field whose declaration does not
// cover k; otherwise it returns nil.
func Spend(ctx context.Context, k Kind) error {
	d, ok := Declared(ctx)
	if !ok || d.allows(k) {
		return nil
	}
	return &UndeclaredError{Field: d.Field, Kind: k}
}
