package users

import (
	"context"
	"crypto/rand"
	"encoding/base64"
	"fmt"
	"time"
	"unicode/utf8"

	"github.com/rosterhq/roster/ent"
	"github.com/rosterhq/roster/ent/role"
	"github.com/rosterhq/roster/ent/user"
	"github.com/rosterhq/roster/internal/database"
	"github.com/rosterhq/roster/internal/password"
	"github.com/rosterhq/roster/internal/problem"
	"github.com/rosterhq/roster/internal/viewer"
)

// MinAdminPasswordLength is the shortest password CreateAdmin accepts.
const MinAdminPasswordLength = 12

// CreateAdmin creates a confirmed user with the built-in admin role and
// the given password, acting as the system (it is meant for the CLI and
// the first start). It fails with CONFLICT when the address is taken.
func CreateAdmin(ctx context.Context, client *ent.Client, email, pw string, params password.Params) (*ent.User, error) {
	email = NormalizeEmail(email)
	if err := ValidateEmail(email); err != nil {
		return nil, err
	}
	if utf8.RuneCountInString(pw) < MinAdminPasswordLength {
		return nil, problem.Invalid("password", "TOO_SHORT", fmt.Sprintf("the password needs at least %d characters", MinAdminPasswordLength))
	}
	hash, err := password.Hash(pw, params)
	if err != nil {
		return nil, err
	}
	sys := viewer.SystemContext(ctx)
	var out *ent.User
	err = database.WithTx(sys, client, func(tx *ent.Tx) error {
		admin, err := tx.Role.Query().Where(role.Name(database.RoleAdmin)).Only(sys)
		if err != nil {
			return fmt.Errorf("users: admin role: %w", err)
		}
		if exists, err := tx.User.Query().Where(user.Email(email)).Exist(sys); err != nil {
			return err
		} else if exists {
			return &problem.Error{Code: problem.Conflict, Field: "email", Message: "a user with this email address exists"}
		}
		now := time.Now().UTC()
		out, err = tx.User.Create().SetEmail(email).SetSource(user.SourceADMIN).SetRole(admin).
			SetPasswordHash(hash).SetPasswordChangedAt(now).SetConfirmedAt(now).Save(sys)
		return err
	})
	return out, err
}

// RandomPassword returns a password of 24 URL-safe characters (144 bits).
func RandomPassword() string {
	var b [18]byte
	if _, err := rand.Read(b[:]); err != nil {
		panic("users: no randomness: " + err.Error())
	}
	return base64.RawURLEncoding.EncodeToString(b[:])
}
