// Package permission lists the permissions a role or an API key can hold.
// The list is closed: a value outside it is rejected when read from GraphQL
// and when stored.
package permission

import (
	"fmt"
	"io"
	"strconv"
)

// Permission names one capability, such as "users:read".
type Permission string

// The permissions, as DESIGN.md and docs/security.md describe them.
const (
	UsersRead       Permission = "users:read"
	UsersWrite      Permission = "users:write"
	UsersInvite     Permission = "users:invite"
	UsersLock       Permission = "users:lock"
	UsersDelete     Permission = "users:delete"
	UsersEmail      Permission = "users:email"
	UsersExport     Permission = "users:export"
	RolesManage     Permission = "roles:manage"
	CustomersManage Permission = "customers:manage"
	AuditRead       Permission = "audit:read"
	WebhooksManage  Permission = "webhooks:manage"
	SettingsManage  Permission = "settings:manage"
	APIKeysManage   Permission = "apikeys:manage"
)

// Names of the built-in roles: admin holds every permission, user none.
const (
	AdminRole = "admin"
	UserRole  = "user"
)

// All returns every permission in a stable order.
func All() []Permission {
	return []Permission{UsersRead, UsersWrite, UsersInvite, UsersLock, UsersDelete, UsersEmail, UsersExport,
		RolesManage, CustomersManage, AuditRead, WebhooksManage, SettingsManage, APIKeysManage}
}

// Set returns ps as a set: each permission once, in the order of All,
// unknown ones (which Validate refuses) after them in their first order.
func Set(ps []Permission) []Permission {
	out := make([]Permission, 0, len(ps))
	for _, p := range All() {
		for _, q := range ps {
			if p == q {
				out = append(out, p)
				break
			}
		}
	}
	for _, q := range ps {
		if !q.Valid() && !contains(out, q) {
			out = append(out, q)
		}
	}
	return out
}

func contains(ps []Permission, p Permission) bool {
	for _, q := range ps {
		if q == p {
			return true
		}
	}
	return false
}

// enumNames maps each permission to its GraphQL enum value.
var enumNames = map[Permission]string{
	UsersRead: "USERS_READ", UsersWrite: "USERS_WRITE", UsersInvite: "USERS_INVITE",
	UsersLock: "USERS_LOCK", UsersDelete: "USERS_DELETE", UsersEmail: "USERS_EMAIL", UsersExport: "USERS_EXPORT", RolesManage: "ROLES_MANAGE",
	CustomersManage: "CUSTOMERS_MANAGE", AuditRead: "AUDIT_READ", WebhooksManage: "WEBHOOKS_MANAGE",
	SettingsManage: "SETTINGS_MANAGE", APIKeysManage: "APIKEYS_MANAGE",
}

// Valid reports whether p is one of the known permissions.
func (p Permission) Valid() bool {
	_, ok := enumNames[p]
	return ok
}

// Validate returns an error naming the first unknown permission in ps.
func Validate(ps []Permission) error {
	for _, p := range ps {
		if !p.Valid() {
			return fmt.Errorf("permission: unknown permission %q", string(p))
		}
	}
	return nil
}

// MarshalGQL writes the permission as its GraphQL enum value (USERS_READ).
func (p Permission) MarshalGQL(w io.Writer) {
	_, _ = io.WriteString(w, strconv.Quote(enumNames[p]))
}

// UnmarshalGQL reads a GraphQL enum value such as USERS_READ.
func (p *Permission) UnmarshalGQL(v any) error {
	s, ok := v.(string)
	if !ok {
		return fmt.Errorf("permission: must be an enum value, got %T", v)
	}
	for perm, name := range enumNames {
		if name == s {
			*p = perm
			return nil
		}
	}
	return fmt.Errorf("permission: %q is not a permission", s)
}
