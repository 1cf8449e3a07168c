// Package web holds Roster's browser front end, built: the admin console
// and account pages (index.html) and GraphiQL (graphiql.html) with their
// assets, as `make web` writes them into dist/ from the React, Relay and
// Vite sources beside this file. The build is committed, so building
// Roster needs only Go; CI rebuilds it from a clean `npm ci` and fails when
// the result differs from the committed files.
package web

import (
	"embed"
	"io/fs"
)

//go:embed all:dist
var dist embed.FS

// Dist returns the built files: index.html, graphiql.html and assets/.
func Dist() fs.FS {
	sub, err := fs.Sub(dist, "dist")
	if err != nil {
		panic("web: the embedded build has no dist folder: " + err.Error())
	}
	return sub
}
