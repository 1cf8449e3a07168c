package users

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"fmt"
	"time"

	"github.com/rosterhq/roster/ent"
	"github.com/rosterhq/roster/ent/emailalias"
	"github.com/rosterhq/roster/ent/onetimetoken"
	"github.com/rosterhq/roster/ent/predicate"
	"github.com/rosterhq/roster/ent/user"
	"github.com/rosterhq/roster/internal/problem"
	"github.com/rosterhq/roster/internal/pulid"
	"github.com/rosterhq/roster/internal/viewer"
)

// Token lifetimes other than the invitation's (a setting).
const (
	confirmationLifetime = 72 * time.Hour
	resetLifetime        = 2 * time.Hour
)

// issued is a fresh one-time token: the secret for the mail link and the
// stored row.
type issued struct {
	secret string
	row    *ent.OneTimeToken
}

// issueToken creates a one-time token of kind for the user and invalidates
// the older unused tokens it replaces, in tx: the user's tokens of that
// kind, or — for a token tied to an email alias — only those of the same
// alias, so that confirming one new address does not break the link sent
// to another.
func issueToken(ctx context.Context, tx *ent.Client, kind onetimetoken.Kind, userID pulid.ID, lifetime time.Duration, now time.Time, with func(*ent.OneTimeTokenCreate)) (issued, error) {
	sys := viewer.SystemContext(ctx)
	var b [32]byte
	if _, err := rand.Read(b[:]); err != nil {
		return issued{}, err
	}
	secret := base64.RawURLEncoding.EncodeToString(b[:])
	sum := sha256.Sum256([]byte(secret))
	c := tx.OneTimeToken.Create().SetKind(kind).SetUserID(userID).SetTokenHash(sum[:]).
		SetCreatedAt(now).SetExpiresAt(now.Add(lifetime))
	if with != nil {
		with(c)
	}
	replaced := []predicate.OneTimeToken{onetimetoken.HasUserWith(user.ID(userID)), onetimetoken.KindEQ(kind),
		onetimetoken.UsedAtIsNil(), onetimetoken.InvalidatedAtIsNil()}
	if aliasID, ok := c.Mutation().EmailAliasID(); ok {
		replaced = append(replaced, onetimetoken.HasEmailAliasWith(emailalias.ID(aliasID)))
	}
	if _, err := tx.OneTimeToken.Update().Where(replaced...).SetInvalidatedAt(now).Save(sys); err != nil {
		return issued{}, fmt.Errorf("users: invalidate old %s tokens: %w", kind, err)
	}
	row, err := c.Save(sys)
	if err != nil {
		return issued{}, fmt.Errorf("users: issue %s token: %w", kind, err)
	}
	return issued{secret: secret, row: row}, nil
}

// errBadToken is the one answer to every unusable token: unknown,
// expired, used or replaced alike.
var errBadToken = problem.Invalid("input.token", "INVALID_TOKEN", "this link is invalid or has expired; ask for a new one")

// consumeToken finds an unused, unexpired token of one of the kinds and
// marks it used, in tx. The row is returned with its user and alias.
func consumeToken(ctx context.Context, tx *ent.Client, secret string, now time.Time, kinds ...onetimetoken.Kind) (*ent.OneTimeToken, error) {
	sys := viewer.SystemContext(ctx)
	sum := sha256.Sum256([]byte(secret))
	t, err := tx.OneTimeToken.Query().Where(onetimetoken.TokenHash(sum[:]), onetimetoken.KindIn(kinds...)).
		WithUser().WithEmailAlias().Only(sys)
	if ent.IsNotFound(err) {
		return nil, errBadToken
	}
	if err != nil {
		return nil, fmt.Errorf("users: find token: %w", err)
	}
	if t.UsedAt != nil || t.InvalidatedAt != nil || !t.ExpiresAt.After(now) {
		return nil, errBadToken
	}
	n, err := tx.OneTimeToken.Update().Where(onetimetoken.ID(t.ID), onetimetoken.UsedAtIsNil()).SetUsedAt(now).Save(sys)
	if err != nil {
		return nil, fmt.Errorf("users: use token: %w", err)
	}
	if n != 1 {
		return nil, errBadToken
	}
	return t, nil
}

// PruneTokens deletes one-time tokens that expired before expired (none
// when it is the zero time); used, replaced or not, they can no longer do
// anything.
func PruneTokens(ctx context.Context, client *ent.Client, expired time.Time) (int, error) {
	if expired.IsZero() {
		return 0, nil
	}
	n, err := client.OneTimeToken.Delete().Where(onetimetoken.ExpiresAtLT(expired)).Exec(viewer.SystemContext(ctx))
	if err != nil {
		return n, fmt.Errorf("users: prune tokens: %w", err)
	}
	return n, nil
}
