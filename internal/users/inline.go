package users

import (
	"context"
	"fmt"
	"strings"

	"entgo.io/ent/dialect"
	"entgo.io/ent/dialect/sql"
	"github.com/99designs/gqlgen/graphql"
	"github.com/valyala/fastjson"

	"github.com/rosterhq/roster/ent"
	"github.com/rosterhq/roster/ent/customer"
	"github.com/rosterhq/roster/ent/emailalias"
	"github.com/rosterhq/roster/ent/role"
	"github.com/rosterhq/roster/ent/user"
	"github.com/rosterhq/roster/internal/pulid"
)

// Inline edges. A users page that shows each user's role, customers and
// aliases would otherwise run one statement per edge after the page (ent's
// eager loading): three more round trips, three more plans, and three
// more result sets to decode. When the query selects only plain fields of
// an edge (the console's users page: role { name }, customers { name },
// emailAliases { email }), the page statement reads the edge itself: the
// JSON of each such edge field goes into the statement's extra column
// (extraColumn), from a subquery
//
//	(SELECT COALESCE(json_agg(json_build_object('id', x.id, 'name', x.name) ORDER BY x.id), '[]')
//	   FROM (<the edge's query>) AS x)
//
// where <the edge's query> is the edge type's own ent query, with its
// privacy policy applied exactly as eager loading applies it (Selector),
// narrowed to the rows of the outer user. A selection with any other
// field of the edge (times, lists, nested edges, arguments) leaves that
// edge to eager loading.
//
// On PostgreSQL only. There each statement is a round trip, and the
// planner computes such columns after the LIMIT, for the page's rows
// alone. SQLite runs in the process (a statement costs no round trip),
// and when it sorts a filtered page in a temporary B-tree it computes the
// output columns of every match before the LIMIT: the JSON of 10,000
// invited users for a page of 50.

// inlineFields are the edges that may be read inline and, for each, the
// fields that may be selected (GraphQL name to column). They are the
// fields whose JSON form decodes into the ent type as it is (strings); the
// ID is always read.
var inlineFields = map[string]map[string]string{
	"role":         {"id": role.FieldID, "name": role.FieldName, "description": role.FieldDescription},
	"customers":    {"id": customer.FieldID, "name": customer.FieldName, "externalID": customer.FieldExternalID},
	"emailAliases": {"id": emailalias.FieldID, "email": emailalias.FieldEmail},
}

// inlineEdge is one edge field of the page's users read inline.
type inlineEdge struct {
	// edge is the edge's GraphQL name; alias the response key its
	// resolver looks the loaded rows up by (to-many edges).
	edge, alias string
	// columns are the edge table's columns to read, the ID first.
	columns []string
}

// inlinePlan is what a page statement reads inline; the zero plan reads
// nothing.
type inlinePlan []inlineEdge

// splitInline takes the edge fields that can be read inline out of a
// node's fields: it returns the others (for ent's field collection) and
// the plan. Every selection of role must be inline-able for any to be.
func splitInline(ctx context.Context, d string, fields []graphql.CollectedField) ([]graphql.CollectedField, inlinePlan) {
	if d != dialect.Postgres {
		return fields, nil
	}
	op := graphql.GetOperationContext(ctx)
	var rest []graphql.CollectedField
	var plan inlinePlan
	roleCols, roleOK, roleSeen := []string{role.FieldID}, true, false
	for _, f := range fields {
		allowed, ok := inlineFields[f.Name]
		if !ok {
			rest = append(rest, f)
			continue
		}
		cols := []string{allowed["id"]}
		inline := len(f.Arguments) == 0
		for _, sub := range graphql.CollectFields(op, f.Selections, nil) {
			col, known := allowed[sub.Name]
			switch {
			case sub.Name == "__typename" || sub.Name == "id":
			case known:
				cols = appendNew(cols, col)
			default:
				inline = false
			}
		}
		if f.Name == "role" {
			roleSeen = true
			roleOK = roleOK && inline
			for _, c := range cols {
				roleCols = appendNew(roleCols, c)
			}
			rest = append(rest, f)
			continue
		}
		if !inline {
			rest = append(rest, f)
			continue
		}
		plan = append(plan, inlineEdge{edge: f.Name, alias: f.Alias, columns: cols})
	}
	if roleSeen && roleOK {
		kept := rest[:0]
		for _, f := range rest {
			if f.Name != "role" {
				kept = append(kept, f)
			}
		}
		rest = kept
		plan = append(plan, inlineEdge{edge: "role", columns: roleCols})
	}
	return rest, plan
}

func appendNew(list []string, s string) []string {
	for _, have := range list {
		if have == s {
			return list
		}
	}
	return append(list, s)
}

// key is the name of the plan's i-th edge in the extra column.
func (p inlinePlan) key(i int) string {
	if i < len(edgeKeys) {
		return edgeKeys[i]
	}
	return fmt.Sprintf("e%d", i)
}

// edgeKeys are the first keys, written once (a plan has at most one edge
// per field of the selection, and pages are read often).
var edgeKeys = [...]string{"e0", "e1", "e2", "e3", "e4", "e5", "e6", "e7"}

// subqueries returns the JSON column of each edge of the plan (see
// aggregateJSON) over the edge type's query under its privacy policy,
// narrowed to the outer user of base's table, with the plan's columns.
func (p inlinePlan) subqueries(ctx context.Context, base *ent.UserQuery) ([]sql.Querier, error) {
	out := make([]sql.Querier, len(p))
	for i, e := range p {
		var (
			sel *sql.Selector
			err error
		)
		switch e.edge {
		case "role":
			sel, err = base.RoleQuery().Where(func(s *sql.Selector) {
				s.Where(sql.ColumnsEQ(s.C(role.FieldID), sql.Dialect(s.Dialect()).Table(user.Table).C(user.RoleColumn)))
			}).Select(e.columns...).Selector(ctx)
		case "customers":
			sel, err = base.CustomersQuery().Where(func(s *sql.Selector) {
				b := sql.Dialect(s.Dialect())
				t := b.Table(user.CustomersTable)
				s.Where(sql.In(s.C(customer.FieldID), b.Select(t.C(user.CustomersPrimaryKey[1])).From(t).
					Where(sql.ColumnsEQ(t.C(user.CustomersPrimaryKey[0]), b.Table(user.Table).C(user.FieldID)))))
			}).Select(e.columns...).Selector(ctx)
		case "emailAliases":
			sel, err = base.EmailAliasesQuery().Where(func(s *sql.Selector) {
				s.Where(sql.ColumnsEQ(s.C(user.EmailAliasesColumn), sql.Dialect(s.Dialect()).Table(user.Table).C(user.FieldID)))
			}).Select(e.columns...).Selector(ctx)
		}
		if err != nil {
			return nil, fmt.Errorf("users: %s of the page: %w", e.edge, err)
		}
		out[i] = aggregateJSON(sel.Dialect(), sel, e)
	}
	return out, nil
}

// extraColumn is the one column a page statement adds to the users'
// own, when it adds any: a JSON object with the capped count ("n") and the
// JSON of each inline edge ("e0", "e1", …). One column rather than one per
// value, because ent asks the driver for the types of all columns, for
// every row, for each column it does not know.
const extraColumn = "roster_extra"

// appendExtra adds the extra column to s: the capped count when count is
// not nil, and the plan's edges from the subqueries subqueries returned.
func (p inlinePlan) appendExtra(s *sql.Selector, count sql.Querier, subs []sql.Querier) {
	if count == nil && len(p) == 0 {
		return
	}
	pg := s.Dialect() == dialect.Postgres
	s.AppendSelectExprAs(sql.ExprFunc(func(b *sql.Builder) {
		if pg {
			b.WriteString("json_build_object(")
		} else {
			b.WriteString("json_object(")
		}
		sep := ""
		value := func(name string, q sql.Querier) {
			b.WriteString(sep + "'" + name + "', ")
			sep = ", "
			b.Wrap(func(b *sql.Builder) { b.Join(q) })
		}
		if count != nil {
			value("n", count)
		}
		for i := range p { // PostgreSQL only (splitInline)
			value(p.key(i), subs[i])
		}
		b.WriteString(")")
	}), extraColumn)
}

// extraParsers parse the extra column, one parser per page at a time.
// The column is decoded without reflection: decoding it into ent's types
// with encoding/json was a seventh of the server's CPU time per users page
// (docs/performance.md).
var extraParsers fastjson.ParserPool

// readExtra parses the extra column of a user row with p; ok is false
// when the statement added none. The value lives until p's next parse.
func readExtra(p *fastjson.Parser, u *ent.User) (extra *fastjson.Value, ok bool, err error) {
	v, err := u.Value(extraColumn)
	if err != nil {
		return nil, false, nil
	}
	switch v := v.(type) {
	case []byte:
		extra, err = p.ParseBytes(v)
	case string:
		extra, err = p.Parse(v)
	case nil:
		return nil, false, nil
	default:
		return nil, false, fmt.Errorf("users: extra column of type %T", v)
	}
	if err == nil && extra.Type() != fastjson.TypeObject {
		err = fmt.Errorf("a JSON %s, not an object", extra.Type())
	}
	if err != nil {
		return nil, false, fmt.Errorf("users: decode the extra column: %w", err)
	}
	return extra, true, nil
}

// aggregateJSON is the scalar subquery (PostgreSQL) that returns the rows
// of sub as JSON: an array of objects ordered by ID, or one object (or
// NULL) for the to-one role.
func aggregateJSON(d string, sub *sql.Selector, e inlineEdge) sql.Querier {
	b := sql.Dialect(d)
	x := b.Table("x")
	pairs := make([]string, 0, 2*len(e.columns))
	for _, c := range e.columns {
		pairs = append(pairs, "'"+c+"'", x.C(c))
	}
	expr := fmt.Sprintf("json_build_object(%s)", strings.Join(pairs, ", "))
	if e.edge != "role" {
		expr = fmt.Sprintf("COALESCE(json_agg(%s ORDER BY %s), '[]')", expr, x.C("id"))
	}
	return b.Select().AppendSelectExpr(sql.Expr(expr)).From(sub.As("x"))
}

// assign sets the edges the plan read on each user, as eager loading
// would have.
func (p inlinePlan) assign(nodes []*ent.User) error {
	if len(p) == 0 {
		return nil
	}
	parser := extraParsers.Get()
	defer extraParsers.Put(parser)
	for _, u := range nodes {
		extra, ok, err := readExtra(parser, u)
		if err != nil {
			return err
		}
		if !ok {
			return fmt.Errorf("users: the page statement returned no %s column", extraColumn)
		}
		for i, e := range p {
			v := extra.Get(p.key(i))
			if v == nil || v.Type() == fastjson.TypeNull {
				if e.edge == "role" {
					continue // not visible: the resolver looks it up (and finds nothing)
				}
				v = emptyArray
			}
			switch e.edge {
			case "role":
				r := new(ent.Role)
				if err := decodeObject(v, r, setRole); err != nil {
					return fmt.Errorf("users: decode role: %w", err)
				}
				u.Edges.Role = r
			case "customers":
				list, err := decodeList(v, setCustomer)
				if err != nil {
					return fmt.Errorf("users: decode customers: %w", err)
				}
				u.SetNamedCustomers(e.alias, list...)
			case "emailAliases":
				list, err := decodeList(v, setEmailAlias)
				if err != nil {
					return fmt.Errorf("users: decode aliases: %w", err)
				}
				u.SetNamedEmailAliases(e.alias, list...)
			}
		}
	}
	return nil
}

var emptyArray = fastjson.MustParse("[]")

// decodeList decodes a JSON array of objects, each with set.
func decodeList[T any](v *fastjson.Value, set func(*T, string, *fastjson.Value) error) ([]*T, error) {
	items, err := v.Array()
	if err != nil {
		return nil, err
	}
	out := make([]*T, len(items))
	for i, item := range items {
		out[i] = new(T)
		if err := decodeObject(item, out[i], set); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// decodeObject decodes a JSON object into t, member by member with set.
func decodeObject[T any](v *fastjson.Value, t *T, set func(*T, string, *fastjson.Value) error) error {
	o, err := v.Object()
	if err != nil {
		return err
	}
	o.Visit(func(k []byte, member *fastjson.Value) {
		if err == nil {
			err = set(t, string(k), member)
		}
	})
	return err
}

// The setters of the columns inlineFields allows: each sets a column's
// string value (null says the JSON was null) on the ent type.
var (
	setRole = columnSetter(map[string]func(*ent.Role, string, bool){
		role.FieldID:          func(r *ent.Role, s string, _ bool) { r.ID = pulid.ID(s) },
		role.FieldName:        func(r *ent.Role, s string, _ bool) { r.Name = s },
		role.FieldDescription: func(r *ent.Role, s string, _ bool) { r.Description = s },
	})
	setCustomer = columnSetter(map[string]func(*ent.Customer, string, bool){
		customer.FieldID:   func(c *ent.Customer, s string, _ bool) { c.ID = pulid.ID(s) },
		customer.FieldName: func(c *ent.Customer, s string, _ bool) { c.Name = s },
		customer.FieldExternalID: func(c *ent.Customer, s string, null bool) {
			if !null {
				c.ExternalID = &s
			}
		},
	})
	setEmailAlias = columnSetter(map[string]func(*ent.EmailAlias, string, bool){
		emailalias.FieldID:    func(a *ent.EmailAlias, s string, _ bool) { a.ID = pulid.ID(s) },
		emailalias.FieldEmail: func(a *ent.EmailAlias, s string, _ bool) { a.Email = s },
	})
)

// columnSetter returns the member setter of decodeObject for the string
// columns of setters.
func columnSetter[T any](setters map[string]func(*T, string, bool)) func(*T, string, *fastjson.Value) error {
	return func(t *T, column string, v *fastjson.Value) error {
		set, ok := setters[column]
		if !ok {
			return fmt.Errorf("unexpected column %q", column)
		}
		s, null, err := jsonString(column, v)
		if err != nil {
			return err
		}
		set(t, s, null)
		return nil
	}
}

// jsonString reads a string column's JSON value; null is reported as
// such (and read as "").
func jsonString(column string, v *fastjson.Value) (s string, null bool, err error) {
	if v.Type() == fastjson.TypeNull {
		return "", true, nil
	}
	b, err := v.StringBytes()
	if err != nil {
		return "", false, fmt.Errorf("column %s: %w", column, err)
	}
	return string(b), false, nil
}
