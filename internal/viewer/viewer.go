// Package viewer says who is calling. Every request, CLI command and
// worker runs with exactly one Viewer in its context: an anonymous
// caller, a signed-in user, an API key, or the system itself. The ent
// privacy policies (internal/access) and the GraphQL directives read it;
// nothing else decides what a caller may see or do.
package viewer

import (
	"context"
	"slices"
	"sync/atomic"

	"github.com/rosterhq/roster/internal/permission"
	"github.com/rosterhq/roster/internal/pulid"
)

// Kind is the kind of caller.
type Kind int

// The kinds of caller.
const (
	// Anonymous callers have no credential.
	Anonymous Kind = iota
	// User callers signed in with a password or OpenID Connect.
	User
	// APIKey callers are other systems using an API key.
	APIKey
	// System is Roster itself: migrations, workers, the CLI, and the
	// internal steps of public flows such as login.
	System
)

// String names the kind for logs.
func (k Kind) String() string {
	return [...]string{"anonymous", "user", "api_key", "system"}[k]
}

// Viewer is the caller of one operation.
type Viewer struct {
	Kind Kind
	// UserID is set for User viewers.
	UserID pulid.ID
	// APIKeyID is set for APIKey viewers.
	APIKeyID pulid.ID
	// SessionID is set when a user signed in with a Roster session.
	SessionID pulid.ID
	// Role is the name of a user's role.
	Role string
	// Permissions are the role's or the API key's permissions.
	Permissions []permission.Permission
	// Customers restrict the viewer to users sharing one of them; empty
	// means unrestricted.
	Customers []pulid.ID
}

// Can reports whether the viewer holds the permission. The system can do
// everything; anonymous callers nothing.
func (v *Viewer) Can(p permission.Permission) bool {
	if v == nil {
		return false
	}
	if v.Kind == System {
		return true
	}
	return slices.Contains(v.Permissions, p)
}

// Restricted reports whether the viewer is limited to the users of its
// customers.
func (v *Viewer) Restricted() bool { return v != nil && v.Kind != System && len(v.Customers) > 0 }

// Authenticated reports whether the viewer is a user, an API key or the
// system.
func (v *Viewer) Authenticated() bool { return v != nil && v.Kind != Anonymous }

// IsUser reports whether the viewer is the given user.
func (v *Viewer) IsUser(id pulid.ID) bool { return v != nil && v.Kind == User && v.UserID == id }

// Actor returns the ID of the user or API key acting, or "".
func (v *Viewer) Actor() pulid.ID {
	switch {
	case v == nil:
		return ""
	case v.Kind == User:
		return v.UserID
	case v.Kind == APIKey:
		return v.APIKeyID
	}
	return ""
}

type ctxKey struct{}

// slot holds a request's viewer; Replace can change it for the rest of
// the request (after login, the payload is read as the new user).
type slot struct{ v atomic.Pointer[Viewer] }

var anonymous = &Viewer{Kind: Anonymous}

// NewContext returns ctx carrying v.
func NewContext(ctx context.Context, v *Viewer) context.Context {
	s := &slot{}
	s.v.Store(v)
	return context.WithValue(ctx, ctxKey{}, s)
}

// FromContext returns the viewer in ctx; a context without one is
// anonymous.
func FromContext(ctx context.Context) *Viewer {
	if s, ok := ctx.Value(ctxKey{}).(*slot); ok {
		if v := s.v.Load(); v != nil {
			return v
		}
	}
	return anonymous
}

// Replace makes v the viewer of ctx and of every context derived from the
// same NewContext call, for the rest of the request. Sign-in and sign-out
// mutations use it so that their payload is read as the caller now is.
// It reports false when ctx carries no viewer slot.
func Replace(ctx context.Context, v *Viewer) bool {
	s, ok := ctx.Value(ctxKey{}).(*slot)
	if ok {
		s.v.Store(v)
	}
	return ok
}

// SystemContext returns ctx acting as Roster itself. Use it only for
// work no caller asked for directly (workers, migrations, the CLI) and
// for the internal steps of public flows, after they checked their
// caller.
func SystemContext(ctx context.Context) context.Context {
	return NewContext(ctx, &Viewer{Kind: System})
}
