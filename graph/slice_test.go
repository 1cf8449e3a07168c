package graph

import (
	"context"
	"fmt"
	"testing"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
)

// TestMarshalSliceInOrder: the in-order list marshaller keeps the contract
// of gqlgen's concurrent one. Each element sees its own index in its field
// context, and a panic in one element makes that element null with an
// error on its path while the others are marshalled.
func TestMarshalSliceInOrder(t *testing.T) {
	ctx := graphql.WithResponseContext(context.Background(), graphql.DefaultErrorPresenter, func(_ context.Context, v any) error {
		return fmt.Errorf("panic: %v", v)
	})
	ctx = graphql.WithFieldContext(ctx, &graphql.FieldContext{Object: "Query", Field: graphql.CollectedField{}})
	var seen []int
	ret := marshalSliceInOrder(ctx, 3, 0, false, func(ctx context.Context, i int) graphql.Marshaler {
		seen = append(seen, *graphql.GetFieldContext(ctx).Index)
		if i == 1 {
			panic("element one")
		}
		return graphql.MarshalInt(i)
	})
	if len(seen) != 3 || seen[0] != 0 || seen[1] != 1 || seen[2] != 2 {
		t.Fatalf("indexes seen: %v", seen)
	}
	if len(ret) != 3 || ret[1] != graphql.Null || ret[0] == graphql.Null || ret[2] == graphql.Null {
		t.Fatalf("result: %v", ret)
	}
	errs := graphql.GetErrors(ctx)
	if len(errs) != 1 || len(errs[0].Path) == 0 || errs[0].Path[len(errs[0].Path)-1] != ast.PathIndex(1) {
		t.Fatalf("errors: %v", errs)
	}
	if got := marshalSliceInOrder(ctx, 0, 0, false, nil); len(got) != 0 {
		t.Fatalf("empty list: %v", got)
	}
}
