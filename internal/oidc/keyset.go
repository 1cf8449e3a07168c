package oidc

import (
	"context"
	"errors"
	"sync/atomic"

	gooidc "github.com/coreos/go-oidc/v3/oidc"
)

// keySet is a provider's remote JSON Web Key Set that also reports,
// through the verification context, whether the keys could not be
// fetched: go-oidc folds every verification failure into one opaque
// error, but a missing key set says nothing about the token.
type keySet struct {
	remote *gooidc.RemoteKeySet
}

func newKeySet(ctx context.Context, jwksURL string) *keySet {
	return &keySet{remote: gooidc.NewRemoteKeySet(ctx, jwksURL)}
}

type fetchProbeKey struct{}

// fetchProbe records a failed key fetch during one verification.
type fetchProbe struct{ failed atomic.Bool }

// withFetchProbe returns ctx carrying a new probe.
func withFetchProbe(ctx context.Context) (context.Context, *fetchProbe) {
	p := new(fetchProbe)
	return context.WithValue(ctx, fetchProbeKey{}, p), p
}

// VerifySignature implements go-oidc's KeySet.
func (k *keySet) VerifySignature(ctx context.Context, jwt string) ([]byte, error) {
	payload, err := k.remote.VerifySignature(ctx, jwt)
	// RemoteKeySet wraps (with %w) only the errors of fetching the key
	// set; signature and format failures are plain errors.
	if err != nil && errors.Unwrap(err) != nil {
		if p, ok := ctx.Value(fetchProbeKey{}).(*fetchProbe); ok {
			p.failed.Store(true)
		}
	}
	return payload, err
}
