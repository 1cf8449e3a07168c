package access

import (
	"context"
	"fmt"
	"reflect"
	"strconv"
	"strings"

	"entgo.io/ent/dialect/sql"

	"github.com/rosterhq/roster/internal/problem"
	"github.com/rosterhq/roster/internal/viewer"
)

// Reasons of refused filters, in extensions.reason.
const (
	// ReasonEmptyFilter: a nested filter (not, and, or, has…With) states no
	// condition.
	ReasonEmptyFilter = "EMPTY_FILTER"
)

// GuardWhere prepares a where-input (an ent …WhereInput, as gqlgen decoded
// it) for the caller of ctx, before it becomes SQL:
//
//   - every edge filter — hasXWith: [...] and hasX: true/false — is
//     limited to the neighbours the caller may see, with the same
//     predicates the query policies use; so a filter cannot test a
//     condition on a row the caller cannot read ("users who locked
//     someone whose address starts with a", "entries written by the admin
//     whose address starts with b"), and totalCount counts nothing beyond
//     what the caller may see. An edge into an entity without a known
//     visibility predicate is refused (FORBIDDEN);
//   - a nested filter without any condition (not: {}, and: [{}],
//     hasCustomersWith: [{}]) is BAD_USER_INPUT with its path, instead of
//     an internal error later;
//   - an empty …In list (idIn: []) matches nothing, as a set membership
//     test on the empty set does, instead of being ignored.
//
// path names the argument (for example "where") in error fields. A nil
// where-input is left alone; an empty top-level one filters nothing.
func GuardWhere(ctx context.Context, where any, path string) error {
	v := reflect.ValueOf(where)
	if !v.IsValid() || v.Kind() != reflect.Pointer || v.IsNil() {
		return nil
	}
	return guard(viewer.FromContext(ctx), v, path, false, 0)
}

// maxFilterDepth bounds how deeply filters nest.
const maxFilterDepth = 16

func guard(vw *viewer.Viewer, in reflect.Value, path string, nested bool, depth int) error {
	if depth > maxFilterDepth {
		return problem.Invalid(path, "FILTER_TOO_DEEP", fmt.Sprintf("filters nest at most %d levels", maxFilterDepth))
	}
	s := in.Elem()
	if nested && emptyWhere(s) {
		return problem.Invalid(path, ReasonEmptyFilter, "this filter states no condition; leave it out")
	}
	t := s.Type()
	var after []func() error // rewrites that must not be guarded twice
	for i := 0; i < t.NumField(); i++ {
		f, fv := t.Field(i), s.Field(i)
		if !f.IsExported() || f.Name == "Predicates" {
			continue
		}
		name := jsonName(f)
		switch {
		case f.Name == "Not":
			if !fv.IsNil() {
				if err := guard(vw, fv, path+".not", true, depth+1); err != nil {
					return err
				}
			}
		case f.Name == "And" || f.Name == "Or":
			for j := 0; j < fv.Len(); j++ {
				if err := guard(vw, fv.Index(j), path+"."+name+"."+strconv.Itoa(j), true, depth+1); err != nil {
					return err
				}
			}
		case strings.HasPrefix(f.Name, "Has") && strings.HasSuffix(f.Name, "With"):
			for j := 0; j < fv.Len(); j++ {
				elem := fv.Index(j)
				p := path + "." + name + "." + strconv.Itoa(j)
				if elem.IsNil() {
					return problem.Invalid(p, ReasonEmptyFilter, "this filter states no condition; leave it out")
				}
				if err := guard(vw, elem, p, true, depth+1); err != nil {
					return err
				}
				if err := limitToVisible(vw, elem, p); err != nil {
					return err
				}
			}
		case strings.HasPrefix(f.Name, "Has") && f.Type == reflect.TypeFor[*bool]():
			if !fv.IsNil() {
				want, field, p := *fv.Interface().(*bool), f.Name, path+"."+name
				fv.Set(reflect.Zero(f.Type))
				after = append(after, func() error { return edgeExistence(vw, s, field, want, p) })
			}
		case strings.HasSuffix(f.Name, "In") && !strings.HasSuffix(f.Name, "NotIn") && fv.Kind() == reflect.Slice:
			if !fv.IsNil() && fv.Len() == 0 {
				addPredicate(s, func(sel *sql.Selector) { sel.Where(sql.False()) })
			}
		}
	}
	for _, f := range after {
		if err := f(); err != nil {
			return err
		}
	}
	return nil
}

// emptyWhere reports whether a where-input states no condition: every
// field is unset and no predicate was added (custom fields such as
// status add predicates when decoded).
func emptyWhere(s reflect.Value) bool {
	for i := 0; i < s.NumField(); i++ {
		if s.Type().Field(i).IsExported() && !s.Field(i).IsZero() {
			if s.Field(i).Kind() == reflect.Slice && s.Field(i).Len() == 0 && !strings.HasSuffix(s.Type().Field(i).Name, "In") {
				continue
			}
			return false
		}
	}
	return true
}

// limitToVisible adds to the neighbour filter elem the predicate of the
// rows of its entity the viewer may see.
func limitToVisible(vw *viewer.Viewer, elem reflect.Value, path string) error {
	visible, ok := neighbours[elem.Type().Elem()]
	if !ok {
		return &problem.Error{Code: problem.Forbidden, Field: path, Reason: "FILTER_NOT_ALLOWED",
			Message: "this relation cannot be filtered on"}
	}
	elem.MethodByName("AddPredicates").Call([]reflect.Value{reflect.ValueOf(visible(vw))})
	return nil
}

// edgeExistence rewrites hasX: true into hasXWith: [{visible}] and
// hasX: false into not: {hasXWith: [{visible}]} on the where-input s, so
// that only neighbours the viewer may see count.
func edgeExistence(vw *viewer.Viewer, s reflect.Value, field string, want bool, path string) error {
	with := s.FieldByName(field + "With")
	if !with.IsValid() {
		return &problem.Error{Code: problem.Forbidden, Field: path, Reason: "FILTER_NOT_ALLOWED",
			Message: "this relation cannot be filtered on"}
	}
	elem := reflect.New(with.Type().Elem().Elem())
	if err := limitToVisible(vw, elem, path); err != nil {
		return err
	}
	if want {
		with.Set(reflect.Append(with, elem))
		return nil
	}
	// not: {hasXWith: [visible]}, added as one more and-condition so an
	// existing not stays as it is.
	inner := reflect.New(s.Type())
	inner.Elem().FieldByName(field + "With").Set(reflect.Append(reflect.Zero(with.Type()), elem))
	outer := reflect.New(s.Type())
	outer.Elem().FieldByName("Not").Set(inner)
	and := s.FieldByName("And")
	and.Set(reflect.Append(and, outer))
	return nil
}

// addPredicate adds a raw SQL predicate to the where-input s, converted to
// its entity's predicate type.
func addPredicate(s reflect.Value, p func(*sql.Selector)) {
	add := s.Addr().MethodByName("AddPredicates")
	typ := add.Type().In(0).Elem()
	add.Call([]reflect.Value{reflect.ValueOf(p).Convert(typ)})
}

func jsonName(f reflect.StructField) string {
	name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
	if name == "" || name == "-" {
		return strings.ToLower(f.Name[:1]) + f.Name[1:]
	}
	return name
}
