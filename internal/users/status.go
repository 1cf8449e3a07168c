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

// Search matches users for the admin search box. Every word of text must
// appear, case-insensitively and anywhere, in the email address, a
// confirmed alias address, the first name or the last name. A text that
// is one whole user ID finds that user by its ID (no address or name
// contains one). An empty text matches everyone.
//
// The ID is looked up instead of OR-ed with the word match on purpose:
// "id = ? OR id IN (subquery)" cannot become a semi-join, and PostgreSQL
// then probes the subquery for every row (for a word that matches
// everyone, work that grows with the square of the matches).
func Search(text string) predicate.User {
	words := splitWords(text)
	if len(words) == 0 {
		return func(*sql.Selector) {}
	}
	if id := pulid.ID(words[0]); len(words) == 1 && id.Prefix() == "usr" {
		if t, err := id.Type(); err == nil && t == "User" {
			return user.IDEQ(id)
		}
	}
	all := make([]predicate.User, 0, len(words))
	for _, w := range words {
		all = append(all, matching(w))
	}
	return user.And(all...)
}

// SearchParts splits the users of q that match the search text into
// disjoint queries whose union is exactly q.Where(Search(text)), so that
// a page can be read from each part with plans that use the indexes well
// (PaginateParts). A single word W gives two parts:
//
//   - the users whose email, first or last name contain W, a plain OR of
//     column patterns, which PostgreSQL reads from the trigram indexes —
//     or, when the word is common, by walking the ordering's index —
//     and whose count can stop at the cap;
//   - the users who do not, but have a confirmed alias containing W (few).
//
// The single-query form, "id IN (matches by column UNION ALL matches by
// alias)", collects every match and looks each one up by ID before it can
// order or count them: for a word that matches 25,000 of a million users,
// hundreds of milliseconds. Other texts (several words, a user ID, none)
// give q with the Search predicate as the only part.
func SearchParts(q *ent.UserQuery, text string) []*ent.UserQuery {
	words := splitWords(text)
	if len(words) != 1 {
		return []*ent.UserQuery{q.Where(Search(text))}
	}
	if id := pulid.ID(words[0]); id.Prefix() == "usr" {
		if t, err := id.Type(); err == nil && t == "User" {
			return []*ent.UserQuery{q.Where(user.IDEQ(id))}
		}
	}
	w := words[0]
	return []*ent.UserQuery{q.Clone().Where(columnsMatch(w)), q.Clone().Where(onlyAliasMatches(w))}
}

// columnsMatch selects the users whose email, first or last name contain
// w.
func columnsMatch(w string) predicate.User {
	return func(s *sql.Selector) { s.Where(columnsContain(s, w)) }
}

// columnsContain is the predicate of columnsMatch. On PostgreSQL it
// matches one expression, the email and the names lower-cased and joined
// by spaces (see haystack); elsewhere each column in turn.
func columnsContain(s *sql.Selector, w string) *sql.Predicate {
	if s.Dialect() == dialect.Postgres {
		// Column names are taken now: s may be aliased by the time the
		// statement is written (a count wraps it as a subquery).
		text, pattern := haystack(s), "%"+likeEscape(strings.ToLower(w))+"%"
		return sql.P(func(b *sql.Builder) { b.WriteString(text).WriteString(" LIKE ").Arg(pattern) })
	}
	return sql.Or(sql.ContainsFold(s.C(user.FieldEmail), w),
		sql.And(sql.NotNull(s.C(user.FieldFirstName)), sql.ContainsFold(s.C(user.FieldFirstName), w)),
		sql.And(sql.NotNull(s.C(user.FieldLastName)), sql.ContainsFold(s.C(user.FieldLastName), w)))
}

// haystack is the text PostgreSQL's one-word search looks in:
//
//	lower(email || ' ' || coalesce(first_name, '') || ' ' || coalesce(last_name, ''))
//
// A search word has no space, so it occurs in this text exactly when it
// occurs in the email or a name. The trigram index users_search_trgm
// (internal/database/migrations/raw/postgres.sql) is built on the same
// expression. Matching one lower-cased text with LIKE costs a third of
// matching three columns with ILIKE, which lower-cases each one on every
// row: a common word's page checks thousands of rows that way
// (docs/performance.md#search).
func haystack(s *sql.Selector) string {
	return fmt.Sprintf("lower(%s || ' ' || coalesce(%s, '') || ' ' || coalesce(%s, ''))",
		s.C(user.FieldEmail), s.C(user.FieldFirstName), s.C(user.FieldLastName))
}

// likeEscape escapes LIKE's wildcards (and its escape character, the
// backslash) in w.
func likeEscape(w string) string {
	return strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`).Replace(w)
}

// onlyAliasMatches selects the users that columnsMatch does not select
// but who have a confirmed alias containing w. (The names are tested for
// NULL first, so that NOT of the match is true, not NULL, for a user
// without a first or last name.)
//
// On PostgreSQL the aliases are read first, as an array: id = ANY(ARRAY(
// SELECT ...)). Written as id IN (SELECT ...), the planner may estimate
// that thousands of users match and walk the users in the page's order
// looking for them; when the alias matches all belong to users who match
// by their columns (aliases made of the same names), none is found and
// the walk reads every user: 2.7 s at a million users. The array form
// always starts from the alias matches (the trigram index), however many
// users there are.
func onlyAliasMatches(w string) predicate.User {
	return func(s *sql.Selector) {
		byAlias := sql.Dialect(s.Dialect()).Select(emailalias.UserColumn).From(sql.Table(emailalias.Table)).
			Where(sql.And(sql.NotNull(emailalias.FieldConfirmedAt), sql.ContainsFold(emailalias.FieldEmail, w)))
		s.Where(sql.And(idAmong(s, byAlias), sql.Not(columnsContain(s, w))))
	}
}

// matching selects the users one search word matches, as
//
//	id IN (SELECT id FROM users WHERE email, first or last name contain w
//	       UNION ALL
//	       SELECT user FROM email_aliases WHERE confirmed and email contains w)
//
// Both branches are plain ORs of column patterns, which PostgreSQL answers
// from the trigram indexes (see internal/database); the same condition
// written as one OR with an alias subquery forces a scan of every user.
func matching(w string) predicate.User {
	return func(s *sql.Selector) {
		byUser := sql.Dialect(s.Dialect()).Select(user.FieldID).From(sql.Table(user.Table)).
			Where(sql.Or(sql.ContainsFold(user.FieldEmail, w), sql.ContainsFold(user.FieldFirstName, w), sql.ContainsFold(user.FieldLastName, w)))
		byAlias := sql.Dialect(s.Dialect()).Select(emailalias.UserColumn).From(sql.Table(emailalias.Table)).
			Where(sql.And(sql.NotNull(emailalias.FieldConfirmedAt), sql.ContainsFold(emailalias.FieldEmail, w)))
		s.Where(sql.In(s.C(user.FieldID), byUser.UnionAll(byAlias)))
	}
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
