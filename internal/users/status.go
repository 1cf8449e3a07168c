package users

import (
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"entgo.io/ent/dialect"
	"entgo.io/ent/dialect/sql"

	"github.com/rosterhq/roster/ent"
	"github.com/rosterhq/roster/ent/emailalias"
	"github.com/rosterhq/roster/ent/onetimetoken"
	"github.com/rosterhq/roster/ent/predicate"
	"github.com/rosterhq/roster/ent/user"
	"github.com/rosterhq/roster/internal/pulid"
)

// Status is where an account stands. It is never stored: it is derived
// from the account's timestamps, so it cannot disagree with them.
type Status string

// The statuses, in the order an account usually passes through them.
const (
	// StatusAccountData: created by an administrator or another system
	// and never invited; the person behind it cannot sign in yet.
	StatusAccountData Status = "ACCOUNT_DATA"
	// StatusInvited: an invitation was sent and not accepted yet.
	StatusInvited Status = "INVITED"
	// StatusConfirmationPending: the person signed up and has not
	// confirmed their email address yet.
	StatusConfirmationPending Status = "CONFIRMATION_PENDING"
	// StatusConfirmed: the email address is confirmed.
	StatusConfirmed Status = "CONFIRMED"
)

// StatusOf derives the status of u: confirmed when confirmedAt is set;
// otherwise invited when an invitation was sent; otherwise confirmation
// pending for self sign-ups and account data for everyone else.
func StatusOf(u *ent.User) Status {
	switch {
	case u.ConfirmedAt != nil:
		return StatusConfirmed
	case u.InvitationSentAt != nil:
		return StatusInvited
	case u.Source == user.SourceWEB:
		return StatusConfirmationPending
	default:
		return StatusAccountData
	}
}

// HasStatus is the query form of StatusOf: it matches exactly the users
// for which StatusOf returns s.
func HasStatus(s Status) (predicate.User, error) {
	switch s {
	case StatusConfirmed:
		return user.ConfirmedAtNotNil(), nil
	case StatusInvited:
		return user.And(user.ConfirmedAtIsNil(), user.InvitationSentAtNotNil()), nil
	case StatusConfirmationPending:
		return user.And(user.ConfirmedAtIsNil(), user.InvitationSentAtIsNil(), user.SourceEQ(user.SourceWEB)), nil
	case StatusAccountData:
		return user.And(user.ConfirmedAtIsNil(), user.InvitationSentAtIsNil(), user.SourceNEQ(user.SourceWEB)), nil
	default:
		return nil, fmt.Errorf("users: unknown status %q", string(s))
	}
}

// IsLocked reports whether u is locked at time now: a lock was set and
// has no expiry or expires after now.
func IsLocked(u *ent.User, now time.Time) bool {
	return u.LockedAt != nil && (u.LockExpiresAt == nil || u.LockExpiresAt.After(now))
}

// Locked is the query form of IsLocked.
func Locked(now time.Time) predicate.User {
	return user.And(user.LockedAtNotNil(), user.Or(user.LockExpiresAtIsNil(), user.LockExpiresAtGT(now)))
}

// InvitationExpired matches invited users none of whose invitation tokens
// can still be used at time now (all expired, used or invalidated).
func InvitationExpired(now time.Time) predicate.User {
	return user.And(
		user.ConfirmedAtIsNil(),
		user.InvitationSentAtNotNil(),
		user.Not(user.HasTokensWith(validInvitation(now))),
	)
}

// InvitationValid matches invited users who hold an invitation token that
// can still be used at time now.
func InvitationValid(now time.Time) predicate.User {
	return user.And(user.ConfirmedAtIsNil(), user.HasTokensWith(validInvitation(now)))
}

func validInvitation(now time.Time) predicate.OneTimeToken {
	return onetimetoken.And(
		onetimetoken.KindEQ(onetimetoken.KindINVITATION),
		onetimetoken.UsedAtIsNil(),
		onetimetoken.InvalidatedAtIsNil(),
		onetimetoken.ExpiresAtGT(now),
	)
}

// SearchParts splits the users of q that match the search text into
// disjoint queries whose union is exactly the users the text matches, so
// that a page can be read from each part with plans that use the indexes
// well (PaginateParts).
//
// Every word of text must appear, case-insensitively and anywhere, in the
// email address, a confirmed alias address, the first name or the last
// name. A text that is one whole user ID finds that user by its ID (no
// address or name contains one); an empty text matches everyone. Both
// give one part. Other texts give two:
//
//   - the users without a confirmed alias (most; alias_text is NULL),
//     whose words are matched against the email and the names;
//   - the users with one, whose words are matched against the email, the
//     names and alias_text, the confirmed alias addresses that
//     internal/aliastext keeps on the user's row.
//
// Each part is one pattern per word over one row, so a page of either
// part stops as soon as it has its rows, however many users the word
// matches: a word found in every address costs a page, not a check of
// every alias owner. On PostgreSQL each part has partial indexes of its
// own (internal/database/migrations/raw/postgres.sql): a trigram index on
// its text, for rare words, and an email index, for a common word's page
// in email order; the first part's holds the names, so that its walk
// reads the index alone.
func SearchParts(q *ent.UserQuery, text string) []*ent.UserQuery {
	words := splitWords(text)
	if len(words) == 0 {
		return []*ent.UserQuery{q}
	}
	if id := pulid.ID(words[0]); len(words) == 1 && id.Prefix() == "usr" {
		if t, err := id.Type(); err == nil && t == "User" {
			return []*ent.UserQuery{q.Where(user.IDEQ(id))}
		}
	}
	return []*ent.UserQuery{q.Clone().Where(wordsMatch(words, false)), q.Clone().Where(wordsMatch(words, true))}
}

// wordsMatch selects the users with confirmed aliases (aliased) or
// without, whose text contains every word of words.
func wordsMatch(words []string, aliased bool) predicate.User {
	return func(s *sql.Selector) {
		// PostgreSQL uses a part's partial indexes (WHERE alias_text IS
		// NULL, or IS NOT NULL) as this condition is the same.
		has := sql.IsNull(s.C(user.FieldAliasText))
		if aliased {
			has = sql.NotNull(s.C(user.FieldAliasText))
		}
		all := []*sql.Predicate{has}
		for _, w := range words {
			all = append(all, textContains(s, w, aliased))
		}
		s.Where(sql.And(all...))
	}
}

// textContains is the predicate "the user's text contains w". On
// PostgreSQL it matches one expression (see haystack); on SQLite each
// column in turn, which its covering index users_search holds
// (internal/database/migrations/raw/sqlite.sql).
func textContains(s *sql.Selector, w string, aliased bool) *sql.Predicate {
	if s.Dialect() == dialect.Postgres {
		// Column names are taken now: s may be aliased by the time the
		// statement is written (a count wraps it as a subquery).
		text, pattern := haystack(s, aliased), "%"+likeEscape(strings.ToLower(w))+"%"
		return sql.P(func(b *sql.Builder) { b.WriteString(text).WriteString(" LIKE ").Arg(pattern) })
	}
	// SQLite's LIKE ignores the case of ASCII letters, as its lower()
	// folds only those: LIKE alone matches what lower(column) LIKE did,
	// without a lower-cased copy of each column of each row it checks (a
	// third of a scan's time).
	columns := []string{user.FieldEmail, user.FieldFirstName, user.FieldLastName}
	if aliased {
		columns = append(columns, user.FieldAliasText)
	}
	pattern := "%" + likeEscape(strings.ToLower(w)) + "%"
	ors := make([]*sql.Predicate, len(columns))
	for i, c := range columns {
		c := s.C(c)
		ors[i] = sql.P(func(b *sql.Builder) { b.WriteString(c).WriteString(" LIKE ").Arg(pattern).WriteString(` ESCAPE '\'`) })
	}
	return sql.Or(ors...)
}

// haystack is the text PostgreSQL's search looks in:
//
//	lower(email || ' ' || coalesce(first_name, '') || ' ' || coalesce(last_name, ''))
//
// and for aliased users, whose alias_text is never NULL,
//
//	lower(email || ' ' || coalesce(first_name, '') || ' ' || coalesce(last_name, '') || ' ' || coalesce(alias_text, ''))
//
// (the coalesce makes the expression's statistics, over all users, those
// of a text every user has: see the migration's CREATE STATISTICS). A
// search word has no space, so it occurs in this text exactly when it
// occurs in the email, a name or an alias. The trigram indexes
// users_search_trgm and users_search_aliased_trgm
// (internal/database/migrations/raw/postgres.sql) are built on the same
// two expressions. Matching one lower-cased text with LIKE costs a third
// of matching each column with ILIKE, which lower-cases each one on every
// row: a common word's page checks thousands of rows that way
// (docs/performance.md#search).
func haystack(s *sql.Selector, aliased bool) string {
	text := fmt.Sprintf("%s || ' ' || coalesce(%s, '') || ' ' || coalesce(%s, '')",
		s.C(user.FieldEmail), s.C(user.FieldFirstName), s.C(user.FieldLastName))
	if aliased {
		text += fmt.Sprintf(" || ' ' || coalesce(%s, '')", s.C(user.FieldAliasText))
	}
	return "lower(" + text + ")"
}

// likeEscape escapes LIKE's wildcards (and its escape character, the
// backslash) in w.
func likeEscape(w string) string {
	return strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`).Replace(w)
}

// MarshalGQL writes the status as a GraphQL enum value.
func (s Status) MarshalGQL(w io.Writer) { _, _ = io.WriteString(w, strconv.Quote(string(s))) }

// UnmarshalGQL reads a GraphQL enum value.
func (s *Status) UnmarshalGQL(v any) error {
	str, ok := v.(string)
	if !ok {
		return fmt.Errorf("UserStatus must be an enum value, got %T", v)
	}
	switch Status(str) {
	case StatusAccountData, StatusInvited, StatusConfirmationPending, StatusConfirmed:
		*s = Status(str)
		return nil
	}
	return fmt.Errorf("%q is not a UserStatus", str)
}

// HasAnyStatus matches users whose status is one of ss; an empty list
// matches nobody.
func HasAnyStatus(ss []Status) (predicate.User, error) {
	ps := make([]predicate.User, 0, len(ss))
	for _, s := range ss {
		p, err := HasStatus(s)
		if err != nil {
			return nil, err
		}
		ps = append(ps, p)
	}
	if len(ps) == 0 {
		return user.IDIn(), nil
	}
	return user.Or(ps...), nil
}

// LockedIs matches locked users (locked true) or users not locked
// (locked false) at time now.
func LockedIs(locked bool, now time.Time) predicate.User {
	if locked {
		return Locked(now)
	}
	return user.Not(Locked(now))
}

// HasAddress selects the user whose primary email or confirmed alias is
// email (normalized already): who signs in, resets a password or is found
// by an OpenID Connect provider's address with it.
//
// Written as email = ? OR EXISTS (alias …), neither database can use an
// index for the OR: PostgreSQL read every user (300 ms a sign-in at a
// million users). Here both sides are index lookups: the email's unique
// index, and the primary key for the alias owners, which PostgreSQL takes
// as id = ANY(ARRAY(SELECT …)) (one bitmap of both) and SQLite as id IN
// (SELECT …) (its OR of two index lookups).
func HasAddress(email string) predicate.User {
	return func(s *sql.Selector) {
		owners := sql.Dialect(s.Dialect()).Select(emailalias.UserColumn).From(sql.Dialect(s.Dialect()).Table(emailalias.Table)).
			Where(sql.And(sql.EQ(emailalias.FieldEmail, email), sql.NotNull(emailalias.FieldConfirmedAt)))
		s.Where(sql.Or(sql.EQ(s.C(user.FieldEmail), email), idAmong(s, owners)))
	}
}

// idAmong is the predicate "the user's ID is one that ids (a statement of
// one column) returns": id = ANY(ARRAY(ids)) on PostgreSQL, whose planner
// then starts from ids however many rows it expects them to match, and
// id IN (ids) on SQLite. The column name is taken now, as s may be
// aliased by the time the statement is written.
func idAmong(s *sql.Selector, ids *sql.Selector) *sql.Predicate {
	id := s.C(user.FieldID)
	if s.Dialect() != dialect.Postgres {
		return sql.In(id, ids)
	}
	return sql.P(func(b *sql.Builder) {
		b.WriteString(id).WriteString(" = ANY(ARRAY")
		b.Wrap(func(b *sql.Builder) { b.Join(ids) })
		b.WriteString(")")
	})
}
