package users

import (
	"context"
	"fmt"
	"slices"
	"sync"
	"time"

	"entgo.io/contrib/entgql"
	"entgo.io/ent/dialect/sql"
	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"

	"github.com/rosterhq/roster/ent"
	"github.com/rosterhq/roster/ent/user"
	"github.com/rosterhq/roster/internal/paging"
	"github.com/rosterhq/roster/internal/problem"
	"github.com/rosterhq/roster/internal/pulid"
)

// ordering is one ordering of the users connection.
type ordering struct {
	// column is the ordering column; graphQL its field on User.
	column, graphQL string
	// nullable columns page through users without a value after all
	// others; unique columns need no ID to break ties.
	nullable, unique bool
	// time columns take a time as cursor value, the others a string.
	time bool
}

// orderings maps each UserOrderField to its column. Every one has an
// index on (column, id) (email: its unique index), declared in
// ent/schema/user.go, so that every page below reads ~first rows.
var orderings = map[string]ordering{
	"EMAIL":              {column: user.FieldEmail, graphQL: "email", unique: true},
	"LAST_NAME":          {column: user.FieldLastName, graphQL: "lastName", nullable: true},
	"CREATED_AT":         {column: user.FieldCreatedAt, graphQL: "createdAt", time: true},
	"UPDATED_AT":         {column: user.FieldUpdatedAt, graphQL: "updatedAt", time: true},
	"LAST_ACTIVE_AT":     {column: user.FieldLastActiveAt, graphQL: "lastActiveAt", nullable: true, time: true},
	"CURRENT_SIGN_IN_AT": {column: user.FieldCurrentSignInAt, graphQL: "currentSignInAt", nullable: true, time: true},
	"LAST_SIGN_IN_AT":    {column: user.FieldLastSignInAt, graphQL: "lastSignInAt", nullable: true, time: true},
}

// byID is the default ordering.
var byID = ordering{column: user.FieldID, graphQL: "id", unique: true}

// Paginate returns one page of the users connection q (filters, search
// and the privacy filter already applied).
//
// Order. Users are ordered by the ordering's column and then by ID. Users
// without a value (no last name, never active, never signed in) come after
// all others in both directions, ordered by ID. The list is read as two
// segments: the users with a value, in the order of the (column, id)
// index, then the users without one, in the order of the same index's
// NULL part; each cursor carries the value (null in the second segment)
// and the ID. Both segments are keyset ranges of that index, on SQLite and
// PostgreSQL alike, so any page, however deep, reads about first rows.
//
// Cost. One statement reads the page, with the capped count (see
// internal/paging) as an extra column when totalCount is selected; then
// one statement per edge the query selects (role, customers, aliases),
// whatever the page size. Only the columns the selection needs are read,
// never the password hash. The one page that crosses from the users with
// a value to those without reads each segment with a statement of its own;
// a page after the last one, or first: 0, counts in a statement of its
// own.
func Paginate(ctx context.Context, q *ent.UserQuery, after *entgql.Cursor[pulid.ID], first *int, before *entgql.Cursor[pulid.ID], last *int, order *ent.UserOrder) (*ent.UserConnection, error) {
	return PaginateParts(ctx, q, []*ent.UserQuery{q}, after, first, before, last, order)
}

// PaginateParts is Paginate over the union of disjoint parts of base (see
// SearchParts): base with further predicates that no two parts share a
// user through. With one part it is Paginate. With several, each keyset
// range is read from every part — IDs and the ordering column only — and
// one more statement reads the first users of those candidates through
// base, in the page's order (so the database's collation orders them, as
// it orders cursors), with the fields and edges the query selects.
// totalCount is the sum of the parts' counts, capped: a part that, on a
// page without a cursor, returned fewer rows than asked is counted from
// those rows; any other part by a capped count of its own. So a rare
// word costs one trigram lookup per part, not two.
func PaginateParts(ctx context.Context, base *ent.UserQuery, parts []*ent.UserQuery, after *entgql.Cursor[pulid.ID], first *int, before *entgql.Cursor[pulid.ID], last *int, order *ent.UserOrder) (*ent.UserConnection, error) {
	o, desc := byID, false
	if order != nil && order.Field != nil {
		var ok bool
		if o, ok = orderings[order.Field.String()]; !ok {
			return nil, problem.Invalid("orderBy.field", "UNKNOWN_ORDER", "unknown ordering")
		}
		desc = order.Direction == entgql.OrderDirectionDesc
	}
	for name, c := range map[string]*entgql.Cursor[pulid.ID]{"after": after, "before": before} {
		if err := o.check(c, name); err != nil {
			return nil, err
		}
	}
	conn := &ent.UserConnection{Edges: []*ent.UserEdge{}}
	count := paging.WantsCount(ctx)
	limit := 0
	switch {
	case first != nil:
		limit = *first
	case last != nil:
		limit = *last
	}
	if limit == 0 || !paging.WantsPage(ctx) {
		if count {
			total := 0
			for _, part := range parts {
				n, err := part.CountAtMost(ctx, paging.CountLimit)
				if err != nil {
					return nil, fmt.Errorf("users: count: %w", err)
				}
				total += n
			}
			conn.TotalCount = min(total, paging.CountLimit)
		}
		return conn, nil
	}
	backward := last != nil
	selection, plan := nodeSelection(ctx, base.Dialect(), o)
	nodeCtx := paging.WithField(ctx, selection)
	subs, err := plan.subqueries(ctx, base)
	if err != nil {
		return nil, err
	}
	counts := make([]int, len(parts))
	counted := make([]bool, len(parts))
	// With several parts, a part's count is not read with its page: when
	// there is no cursor and the part returned fewer rows than asked in
	// every segment, its rows are all its matches, and counting them again
	// would repeat the part's whole search (a rare word's trigram lookup);
	// only a part that filled its page is counted, by a statement of its
	// own (below), which is not the page's statement: under concurrent
	// writes the total may differ a little from the rows shown, as it may
	// between two pages. short[i] stays true while part i has come up short;
	// it is counted once it did so in the last segment (a page filled
	// before that segment leaves the part's rows there unseen).
	short := make([]bool, len(parts))
	for i := range short {
		short[i] = after == nil && before == nil
	}
	// A part that needs a count of its own gets it while the other parts
	// and the page's users are read, on a connection of its own: a common
	// word's count (up to the cap, each match checked) costs about as much
	// as the rest of the page. The statements do not share a transaction
	// (the parts are read from the client, not one); the counts run one at
	// a time (see partCounts), and the page waits for them before it
	// returns.
	counting := &partCounts{parent: ctx, parts: parts}
	defer counting.stop()
	segments := o.segments(desc, backward, after, before)
	var nodes []*ent.User
	for k, seg := range segments {
		want := limit + 1 - len(nodes)
		var got []*ent.User
		if len(parts) == 1 {
			sq, err := parts[0].Clone().Order(seg.order).Limit(want).CollectFields(nodeCtx)
			if err != nil {
				return nil, fmt.Errorf("users: collect fields: %w", err)
			}
			if got, err = readRange(ctx, sq, seg, count && !counted[0], &counts[0], &counted[0], plan, subs); err != nil {
				return nil, err
			}
		} else {
			var ids []pulid.ID
			for i, part := range parts {
				sq := part.Clone().Order(seg.order).Limit(want)
				if o.column == user.FieldID {
					sq.Select(user.FieldID)
				} else {
					sq.Select(user.FieldID, o.column)
				}
				rows, err := readRange(ctx, sq, seg, false, nil, nil, nil, nil)
				if err != nil {
					return nil, err
				}
				if short[i] = short[i] && len(rows) < want; short[i] {
					counts[i] += len(rows)
					counted[i] = k == len(segments)-1
				} else if count {
					counting.start(i)
				}
				for _, r := range rows {
					ids = append(ids, r.ID)
				}
			}
			if len(ids) > 0 {
				sq, err := base.Clone().Where(user.IDIn(ids...)).Order(seg.order).Limit(want).CollectFields(nodeCtx)
				if err != nil {
					return nil, fmt.Errorf("users: collect fields: %w", err)
				}
				sq.Modify(func(s *sql.Selector) { plan.appendExtra(s, nil, subs) })
				if got, err = sq.All(ctx); err != nil {
					return nil, err
				}
				if err := plan.assign(got); err != nil {
					return nil, err
				}
			}
		}
		nodes = append(nodes, got...)
		if len(nodes) > limit {
			break
		}
	}
	if count {
		total, pending := 0, 0
		for i := range parts {
			if !counted[i] && (len(parts) > 1 || after != nil || before != nil) {
				// Not counted with the page: no row of this part lay in
				// the page's ranges (without a cursor, no row means none
				// match), or it is one of several parts (see short).
				counting.start(i)
				pending++
				continue
			}
			total += counts[i]
		}
		total, err := counting.sum(pending, total)
		if err != nil {
			return nil, fmt.Errorf("users: count: %w", err)
		}
		conn.TotalCount = min(total, paging.CountLimit)
	}
	more := len(nodes) > limit
	if more {
		nodes = nodes[:limit]
	}
	if backward {
		slices.Reverse(nodes)
		conn.PageInfo.HasPreviousPage, conn.PageInfo.HasNextPage = more, before != nil
	} else {
		conn.PageInfo.HasNextPage, conn.PageInfo.HasPreviousPage = more, after != nil
	}
	for _, n := range nodes {
		conn.Edges = append(conn.Edges, &ent.UserEdge{Node: n, Cursor: entgql.Cursor[pulid.ID]{ID: n.ID, Value: o.value(n)}})
	}
	if len(conn.Edges) > 0 {
		conn.PageInfo.StartCursor = &conn.Edges[0].Cursor
		conn.PageInfo.EndCursor = &conn.Edges[len(conn.Edges)-1].Cursor
	}
	return conn, nil
}

// readRange reads one keyset range of sq (ordered and limited already),
// with the capped count of sq's matches as an extra column when withCount
// is set (a row read stores the count in *n and sets *counted), and the
// edges of plan inline.
func readRange(ctx context.Context, sq *ent.UserQuery, seg segment, withCount bool, n *int, counted *bool, plan inlinePlan, subs []sql.Querier) ([]*ent.User, error) {
	sq.Modify(func(s *sql.Selector) {
		var count sql.Querier
		if withCount {
			count = cappedCount(s)
		}
		plan.appendExtra(s, count, subs)
		seg.where(s)
	})
	got, err := sq.All(ctx)
	if err != nil {
		return nil, err
	}
	if err := plan.assign(got); err != nil {
		return nil, err
	}
	if withCount && len(got) > 0 {
		v, err := countValue(got[0])
		if err != nil {
			return nil, err
		}
		*n, *counted = v, true
	}
	return got, nil
}

// partCounts runs the capped counts of a page's parts, one at a time, in
// the order they were started, in a goroutine beside the page. Once the
// counts run so far reach the cap, the total is the cap whatever the
// others would add, and they are not run: a word in every address fills
// both parts, and the first one's count spares the database the second's.
// Running them one after another instead of at once costs a page whose
// parts both need a count below the cap the shorter of the two counts;
// cancelling a running count instead would cost PostgreSQL's connection
// (lib/pq drops a connection whose statement it cancelled). Its zero
// value with parent and parts set is ready; nothing is allocated until a
// count starts (a users page without search never starts one).
type partCounts struct {
	parent context.Context
	parts  []*ent.UserQuery
	ctx    context.Context
	cancel context.CancelFunc
	// queries are the started parts' copies, in starting order.
	queries []*ent.UserQuery
	started []bool
	queue   []int
	running bool
	mu      sync.Mutex
	// total and failed are the counts' sum so far and whether one failed,
	// kept by the goroutine that runs them (one at a time: a new one
	// starts only after the last one said, under mu, that it stopped).
	total  int
	failed bool
	// finished receives the index of each started part once its count
	// ended or was skipped.
	finished chan int
	n        []int
	err      []error
	wg       sync.WaitGroup
}

// start queues the count of part i, unless it is queued already.
func (c *partCounts) start(i int) {
	if c.cancel == nil {
		c.ctx, c.cancel = context.WithCancel(c.parent)
		c.started, c.n, c.err = make([]bool, len(c.parts)), make([]int, len(c.parts)), make([]error, len(c.parts))
		c.queries = make([]*ent.UserQuery, len(c.parts))
		c.finished = make(chan int, len(c.parts))
	}
	if c.started[i] {
		return
	}
	c.started[i] = true
	// The count runs on a copy: preparing a query runs its privacy rules
	// and interceptors, which may add to it and set its operation, while
	// the page goes on cloning the part.
	c.queries[i] = c.parts[i].Clone()
	c.mu.Lock()
	c.queue = append(c.queue, i)
	run := !c.running
	c.running = true
	c.mu.Unlock()
	if run {
		c.wg.Add(1)
		go c.work()
	}
}

// work counts the queued parts until none is left. After a count fails
// or the counts reach the cap, the parts left are skipped (no count, no
// error).
func (c *partCounts) work() {
	defer c.wg.Done()
	for {
		c.mu.Lock()
		if len(c.queue) == 0 {
			c.running = false
			c.mu.Unlock()
			return
		}
		i := c.queue[0]
		c.queue = c.queue[1:]
		c.mu.Unlock()
		if !c.failed && c.total < paging.CountLimit {
			c.count(i)
			c.total += c.n[i]
			c.failed = c.err[i] != nil
		}
		c.finished <- i
	}
}

// count runs the count of part i. A panic here would end the process, not
// the request, as gqlgen recovers only its own goroutines: it becomes the
// count's error.
func (c *partCounts) count(i int) {
	defer func() {
		if v := recover(); v != nil {
			c.err[i] = fmt.Errorf("users: count panicked: %v", v)
		}
	}()
	c.n[i], c.err[i] = c.queries[i].CountAtMost(c.ctx, paging.CountLimit)
}

// sum returns known plus the counts of the pending parts (every part
// started so far), waiting for each to end or be skipped; the first
// error if one failed.
func (c *partCounts) sum(pending, known int) (int, error) {
	var err error
	for range pending {
		i := <-c.finished
		if err == nil {
			err = c.err[i]
		}
		known += c.n[i]
	}
	return known, err
}

// stop cancels the count still running (the page failed) and waits for
// the counts' goroutine, so that none outlives the request.
func (c *partCounts) stop() {
	if c.cancel != nil {
		c.cancel()
		c.wg.Wait()
	}
}

// cappedCount is the scalar subquery that counts, up to the cap, the rows
// of s's table that match s's filters so far (before the page's cursor
// predicate is added):
//
//	(SELECT COUNT(*) FROM (SELECT 1 FROM users WHERE <filters> LIMIT 10001))
//
// The inner FROM names the table exactly as the outer query does, so the
// filters' column references bind to it.
func cappedCount(s *sql.Selector) sql.Querier {
	b := sql.Dialect(s.Dialect())
	inner := b.Select(user.FieldID).From(b.Table(user.Table)).Limit(paging.CountLimit)
	if p := s.P(); p != nil {
		inner.Where(p)
	}
	return sql.Dialect(s.Dialect()).Select(sql.Count("*")).From(inner.As("capped"))
}

// countValue reads the capped count a page statement returned in its
// extra column.
func countValue(u *ent.User) (int, error) {
	parser := extraParsers.Get()
	defer extraParsers.Put(parser)
	extra, ok, err := readExtra(parser, u)
	if err != nil {
		return 0, err
	}
	if !ok || extra.Get("n") == nil {
		return 0, fmt.Errorf("users: the page statement returned no count")
	}
	n, err := extra.Get("n").Int()
	if err != nil {
		return 0, fmt.Errorf("users: the page statement's count: %w", err)
	}
	return n, nil
}

// segment is one keyset range of a page: its filter and its order.
type segment struct {
	where func(*sql.Selector)
	order func(*sql.Selector)
}

// segments returns the ranges to read, in reading order, for a page after
// the cursor after and before the cursor before. desc is the ordering's
// direction; backward pages (last) are read from their end.
func (o ordering) segments(desc, backward bool, after, before *entgql.Cursor[pulid.ID]) []segment {
	scanDesc := desc != backward
	var out []segment
	// The users with a value (all users for NOT NULL columns).
	if (after == nil || after.Value != nil || !o.nullable) && o.column != user.FieldID {
		out = append(out, segment{
			where: func(s *sql.Selector) {
				col := s.C(o.column)
				if o.nullable {
					s.Where(sql.NotNull(col))
				}
				if after != nil {
					s.Where(o.beyond(s, col, desc, after))
				}
				if before != nil && before.Value != nil {
					s.Where(o.beyond(s, col, !desc, before))
				}
			},
			order: func(s *sql.Selector) {
				s.OrderBy(term(s.C(o.column), scanDesc))
				if !o.unique {
					s.OrderBy(term(s.C(user.FieldID), scanDesc))
				}
			},
		})
	}
	// Ordered by ID alone: the default ordering, and the users without a
	// value, who follow all others.
	if o.column == user.FieldID || (o.nullable && (before == nil || before.Value == nil)) {
		out = append(out, segment{
			where: func(s *sql.Selector) {
				id := s.C(user.FieldID)
				if o.nullable {
					s.Where(sql.IsNull(s.C(o.column)))
				}
				if after != nil && (after.Value == nil || o.column == user.FieldID) {
					s.Where(cmp(id, desc, after.ID))
				}
				if before != nil && (before.Value == nil || o.column == user.FieldID) {
					s.Where(cmp(id, !desc, before.ID))
				}
			},
			order: func(s *sql.Selector) { s.OrderBy(term(s.C(user.FieldID), scanDesc)) },
		})
	}
	if backward {
		slices.Reverse(out)
	}
	return out
}

// beyond is the predicate of the rows after cursor c in the order of the
// column (descending when desc) and the ID: one row-value comparison,
// (col, id) > (value, id), which both databases answer as a range of the
// (col, id) index. Unique columns compare the value alone.
func (o ordering) beyond(s *sql.Selector, col string, desc bool, c *entgql.Cursor[pulid.ID]) *sql.Predicate {
	if o.unique {
		return cmp(col, desc, c.Value)
	}
	cols := []string{col, s.C(user.FieldID)}
	if desc {
		return sql.CompositeLT(cols, c.Value, c.ID)
	}
	return sql.CompositeGT(cols, c.Value, c.ID)
}

func cmp(col string, desc bool, v any) *sql.Predicate {
	if desc {
		return sql.LT(col, v)
	}
	return sql.GT(col, v)
}

func term(col string, desc bool) string {
	if desc {
		return sql.Desc(col)
	}
	return sql.Asc(col)
}

// check refuses a cursor whose value cannot belong to this ordering (a
// forged cursor, or one from another ordering), which the database would
// otherwise reject with an internal error.
func (o ordering) check(c *entgql.Cursor[pulid.ID], arg string) error {
	if c == nil {
		return nil
	}
	if t, err := c.ID.Type(); err != nil || t != "User" {
		return problem.Invalid(arg, "INVALID_CURSOR", "the cursor does not belong to this list")
	}
	ok := false
	switch v := c.Value.(type) {
	case nil:
		ok = o.nullable || o.column == user.FieldID
	case string:
		ok = !o.time && o.column != user.FieldID
	case time.Time:
		ok = o.time
		c.Value = v.UTC()
	}
	if !ok {
		return problem.Invalid(arg, "INVALID_CURSOR", "the cursor does not belong to this ordering")
	}
	return nil
}

// value is the cursor value of u: its ordering column, nil for the
// default ordering and for users without a value.
func (o ordering) value(u *ent.User) any {
	switch o.column {
	case user.FieldEmail:
		return u.Email
	case user.FieldLastName:
		return deref(u.LastName)
	case user.FieldCreatedAt:
		return u.CreatedAt
	case user.FieldUpdatedAt:
		return u.UpdatedAt
	case user.FieldLastActiveAt:
		return deref(u.LastActiveAt)
	case user.FieldCurrentSignInAt:
		return deref(u.CurrentSignInAt)
	case user.FieldLastSignInAt:
		return deref(u.LastSignInAt)
	}
	return nil
}

func deref[T any](p *T) any {
	if p == nil {
		return nil
	}
	return *p
}

// extensionFields are the User fields that schema.graphqls adds to the
// ent type (so ent's field collection does not know them), with the ent
// fields each one reads. A field missing here makes ent read every column.
var extensionFields = map[string][]string{
	"status":               {"confirmedAt", "invitationSentAt", "source"},
	"locked":               {"lockedAt", "lockExpiresAt"},
	"blockedProfileFields": {"blockedFields"},
	"history":              {},
}

// nodeSelection is the selection of each user of the page as ent's field
// collection should read it: what the query selects under edges.node,
// with the fields of extensionFields replaced by the ent fields they
// read, plus the ordering column for the cursors, less the edges the page
// statement reads inline (the returned plan, see inline.go). So the page
// statement reads exactly the columns the query needs (never the password
// hash) and eager-loads only the edges it cannot read itself.
func nodeSelection(ctx context.Context, d string, o ordering) (graphql.CollectedField, inlinePlan) {
	node, _ := paging.Node(ctx)
	var sels ast.SelectionSet
	add := func(name string) {
		sels = append(sels, &ast.Field{Alias: name, Name: name})
	}
	var plan inlinePlan
	if node.Field != nil {
		var fields []graphql.CollectedField
		fields, plan = splitInline(ctx, d, graphql.CollectFields(graphql.GetOperationContext(ctx), node.Selections, nil))
		for _, f := range fields {
			if needs, ok := extensionFields[f.Name]; ok {
				for _, n := range needs {
					add(n)
				}
				continue
			}
			sels = append(sels, &ast.Field{Alias: f.Alias, Name: f.Name, Arguments: f.Arguments,
				Definition: f.Definition, ObjectDefinition: f.ObjectDefinition, SelectionSet: f.Selections})
		}
	}
	add(o.graphQL)
	field := &ast.Field{Alias: "node", Name: "node", SelectionSet: sels}
	if node.Field != nil {
		field.Definition, field.ObjectDefinition = node.Definition, node.ObjectDefinition
	}
	return graphql.CollectedField{Field: field, Selections: sels}, plan
}
