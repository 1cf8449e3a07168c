package graph

import (
	"context"
	"fmt"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/99designs/gqlgen/graphql"

	"github.com/rosterhq/roster/internal/access"
	"github.com/rosterhq/roster/internal/problem"
)

// Limits every argument of every field is held to, whatever its type.
const (
	// MaxListLength bounds any list in an argument (idIn, emailIn,
	// customerIDs ...). A longer one is BAD_USER_INPUT (TOO_MANY_ITEMS).
	MaxListLength = 1000
	// MaxStringBytes bounds any string in an argument. Fields with a
	// tighter rule (names, addresses) check it themselves.
	MaxStringBytes = 10000
)

// GuardArguments is a field middleware that runs before each field's
// directives and resolver. It refuses, as BAD_USER_INPUT naming the
// argument path, any string holding a NUL byte or invalid UTF-8 (which no
// database stores and PostgreSQL rejects), strings longer than
// MaxStringBytes and lists longer than MaxListLength; and it prepares
// every where argument with access.GuardWhere, so edge filters see only
// what the caller may see. Bad input never reaches SQL as an internal
// error.
func GuardArguments(ctx context.Context, next graphql.Resolver) (any, error) {
	fc := graphql.GetFieldContext(ctx)
	if fc == nil || len(fc.Args) == 0 {
		return next(ctx)
	}
	names := make([]string, 0, len(fc.Args))
	for name := range fc.Args {
		names = append(names, name)
	}
	slices.Sort(names)
	for _, name := range names {
		if err := checkValue(reflect.ValueOf(fc.Args[name]), name, 0); err != nil {
			return nil, err
		}
	}
	if where, ok := fc.Args["where"]; ok {
		if err := access.GuardWhere(ctx, where, "where"); err != nil {
			return nil, err
		}
	}
	return next(ctx)
}

var timeType = reflect.TypeFor[time.Time]()

// checkValue walks a decoded argument: strings, lists, maps, structs
// (input objects, by their JSON names; unexported fields such as an
// Omittable's value are transparent) and pointers.
func checkValue(v reflect.Value, path string, depth int) error {
	if !v.IsValid() || depth > 64 {
		return nil
	}
	switch v.Kind() {
	case reflect.String:
		return checkString(v.String(), path)
	case reflect.Pointer, reflect.Interface:
		if v.IsNil() {
			return nil
		}
		return checkValue(v.Elem(), path, depth+1)
	case reflect.Slice, reflect.Array:
		if v.Kind() == reflect.Slice && v.Type().Elem().Kind() == reflect.Func {
			return nil // predicates added while decoding
		}
		if v.Len() > MaxListLength {
			return problem.Invalid(path, "TOO_MANY_ITEMS", fmt.Sprintf("at most %d items", MaxListLength))
		}
		for i := 0; i < v.Len(); i++ {
			if err := checkValue(v.Index(i), path+"."+strconv.Itoa(i), depth+1); err != nil {
				return err
			}
		}
	case reflect.Map:
		if v.Len() > MaxListLength {
			return problem.Invalid(path, "TOO_MANY_ITEMS", fmt.Sprintf("at most %d entries", MaxListLength))
		}
		iter := v.MapRange()
		for iter.Next() {
			key := fmt.Sprint(iter.Key())
			if err := checkString(key, path); err != nil {
				return err
			}
			if err := checkValue(iter.Value(), path+"."+key, depth+1); err != nil {
				return err
			}
		}
	case reflect.Struct:
		if v.Type() == timeType {
			return nil
		}
		t := v.Type()
		for i := 0; i < t.NumField(); i++ {
			f := t.Field(i)
			p := path
			if f.IsExported() {
				name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
				if name == "-" {
					continue
				}
				if name == "" {
					name = strings.ToLower(f.Name[:1]) + f.Name[1:]
				}
				p = path + "." + name
			}
			if err := checkValue(v.Field(i), p, depth+1); err != nil {
				return err
			}
		}
	}
	return nil
}

func checkString(s, path string) error {
	switch {
	case strings.IndexByte(s, 0) >= 0:
		return problem.Invalid(path, "INVALID_CHARACTER", "the text holds a NUL character")
	case !utf8.ValidString(s):
		return problem.Invalid(path, "INVALID_CHARACTER", "the text is not valid UTF-8")
	case len(s) > MaxStringBytes:
		return problem.Invalid(path, "TOO_LONG", fmt.Sprintf("at most %d bytes", MaxStringBytes))
	}
	return nil
}
