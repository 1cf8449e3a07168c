// Command gqlgen runs gqlgen (`make generate`) with gqlgen.yml and two
// changes to what it generates: the fields of objects, and the elements of
// lists, are resolved one after another instead of each in a goroutine of
// its own.
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
package main

import (
	"bytes"
	"fmt"
	"os"

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
	if err := listsInOrder(cfg.Exec.Filename); err != nil {
		fmt.Fprintln(os.Stderr, "gqlgen:", err)
		os.Exit(4)
	}
}

// listsInOrder rewrites gqlgen's concurrent list marshalling in the
// generated file to graph.marshalSliceInOrder (same arguments).
func listsInOrder(filename string) error {
	const from, to = "graphql.MarshalSliceConcurrently(", "marshalSliceInOrder("
	src, err := os.ReadFile(filename)
	if err != nil {
		return err
	}
	if !bytes.Contains(src, []byte(from)) {
		return fmt.Errorf("%s: no call of %s to rewrite; see graph/gqlgen", filename, from)
	}
	return os.WriteFile(filename, bytes.ReplaceAll(src, []byte(from), []byte(to)), 0o644)
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
