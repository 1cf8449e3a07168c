package graph

import (
	"context"

	"github.com/99designs/gqlgen/graphql"
)

// marshalSliceInOrder marshals the elements of a list one after another,
// in the goroutine of the list's field. It stands in for gqlgen's
// graphql.MarshalSliceConcurrently in the generated code (make generate
// writes the call; see graph/gqlgen) and keeps its contract: each element
// gets a field context with its index, and a panic while marshalling an
// element is reported as an error on that element's path, which becomes
// null, unless the generated code omits panic handlers. workerLimit is
// gqlgen's bound on concurrent elements, which one at a time always meets.
func marshalSliceInOrder(ctx context.Context, length int, workerLimit int64, omitPanicHandler bool, marshalElement func(ctx context.Context, i int) graphql.Marshaler) graphql.Array {
	_ = workerLimit
	ret := make(graphql.Array, length)
	for i := range length {
		index := i
		childCtx := graphql.WithFieldContext(ctx, &graphql.FieldContext{Index: &index})
		if omitPanicHandler {
			ret[i] = marshalElement(childCtx, i)
			continue
		}
		func() {
			defer func() {
				if r := recover(); r != nil {
					graphql.AddError(childCtx, graphql.Recover(childCtx, r))
					ret[i] = graphql.Null
				}
			}()
			ret[i] = marshalElement(childCtx, i)
		}()
	}
	return ret
}
