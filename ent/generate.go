// Package ent is the generated data layer. Only schema/, entc.go and
// generate.go are written by hand; everything else is produced by
// `make generate`, which runs entc.go from the repository root.
package ent
