// Command gqlgen runs gqlgen (`make generate`) with gqlgen.yml and three
// changes to what it generates: the fields of objects, and the elements of
// lists, are resolved one after another instead of each in a goroutine of
// its own, and objects do not prepare for @defer, which Roster does not
// serve.
//
// gqlgen starts a goroutine for every field whose resolver takes a
// context, so that independent fetches can overlap. Roster's resolvers do
// not fetch per field: a list's edges are loaded with the list, in one
// statement per edge (field collection), and everything else is in
// memory. The goroutines then only cost: at 50 users a page started some
// 250 of them, and growing and copying their stacks was a fifth of the
// server's CPU time per request (docs/performance.md). Root fields of a
// query still run concurrently, as gqlgen does.
//
// Lists: gqlgen marshals each element of a list of objects in a goroutine
// (graphql.MarshalSliceConcurrently); a users page started 50, and each
// grew its stack by copying as it descended into the user's fields. The
// generated calls are rewritten to graph.marshalSliceInOrder, which keeps
// the same contract in the list's own goroutine. The rewrite fails, and
// make generate with it, if gqlgen no longer writes such calls.
//
// @defer: every object's marshaller starts with
// graphql.NewDeferredGroup(ctx), which builds the object's path, a field
// set and a map for deferred fragments (about 6 % of the CPU of a users
// page). Roster's transport does not offer incremental delivery, and no
// generated code adds to the group, so it is rewritten to the zero group.
// The rewrite fails if the generated code ever uses the group otherwise.
package main

import (
	"bytes"
	"fmt"
	"os"
	"regexp"

	"github.com/99designs/gqlgen/api"
	"github.com/99designs/gqlgen/codegen"
	"github.com/99designs/gqlgen/codegen/config"
)

func main() {
	cfg, err := config.LoadConfigFromDefaultLocations()
	if err != nil {
		fmt.Fprintln(os.Stderr, "gqlgen: load config:", err)
		os.Exit(2)
	}
	if err := api.Generate(cfg, api.AddPlugin(sequentialFields{})); err != nil {
		fmt.Fprintln(os.Stderr, "gqlgen:", err)
		os.Exit(3)
	}
	if err := rewrite(cfg.Exec.Filename); err != nil {
		fmt.Fprintln(os.Stderr, "gqlgen:", err)
		os.Exit(4)
	}
}

// sequentialFields is the gqlgen plugin that turns off per-field
// goroutines on every object but the root types.
type sequentialFields struct{}

func (sequentialFields) Name() string { return "sequentialfields" }

// GenerateCode runs before gqlgen renders the executable schema, on the
// data it renders it from.
func (sequentialFields) GenerateCode(data *codegen.Data) error {
	for _, o := range data.Objects {
		if !o.Root {
			o.DisableConcurrency = true
		}
	}
	return nil
}

// rewrite makes the two rewrites of the generated file: gqlgen's
// concurrent list marshalling becomes graph.marshalSliceInOrder (same
// arguments), and the deferred group of each object the zero group.
func rewrite(filename string) error {
	src, err := os.ReadFile(filename)
	if err != nil {
		return err
	}
	for _, r := range []struct{ from, to string }{
		{"graphql.MarshalSliceConcurrently(", "marshalSliceInOrder("},
		{"deferred := graphql.NewDeferredGroup(ctx)", "var deferred graphql.DeferredGroup // @defer is not served (graph/gqlgen)"},
	} {
		if !bytes.Contains(src, []byte(r.from)) {
			return fmt.Errorf("%s: nothing to rewrite: %q is not there any more; see graph/gqlgen", filename, r.from)
		}
		src = bytes.ReplaceAll(src, []byte(r.from), []byte(r.to))
	}
	// The group may only be read: any other use of it in the generated
	// code (adding a deferred fragment, passing its address on) would mean
	// gqlgen expects @defer to work.
	allowed := map[string]bool{
		"var deferred graphql.DeferredGroup // @defer is not served (graph/gqlgen)": true,
		"if n := len(deferred.Defers); n > 0 {":                                     true,
		"ec.ProcessDeferredGroup(deferred)":                                         true,
	}
	group := regexp.MustCompile(`\bdeferred\b`)
	for _, line := range bytes.Split(src, []byte("\n")) {
		if group.Match(line) && !allowed[string(bytes.TrimSpace(line))] {
			return fmt.Errorf("%s: the generated code uses the deferred group (%s); see graph/gqlgen", filename, bytes.TrimSpace(line))
		}
	}
	return os.WriteFile(filename, src, 0o644)
}
