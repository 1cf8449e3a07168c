// Command gqlgen runs gqlgen (`make generate`) with gqlgen.yml and one
// change to what it generates: the fields of objects are resolved one
// after another instead of each in a goroutine of its own.
//
// gqlgen starts a goroutine for every field whose resolver takes a
// context, so that independent fetches can overlap. Roster's resolvers do
// not fetch per field: a list's edges are loaded with the list, in one
// statement per edge (field collection), and everything else is in
// memory. The goroutines then only cost: at 50 users a page started some
// 250 of them, and growing and copying their stacks was a fifth of the
// server's CPU time per request (docs/performance.md). Root fields of a
// query still run concurrently, as gqlgen does.
package main

import (
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
