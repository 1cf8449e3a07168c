package server

import (
	"bytes"
	"io/fs"
	"net/http"
	"strings"
	"time"

	"github.com/rosterhq/roster/internal/mail"
	"github.com/rosterhq/roster/web"
)

// mountConsole serves the embedded web build (package web):
//
//   - /admin/... and /account/...: the console's single page, which routes
//     in the browser; with o.MailLinkPages also the paths of mail links
//     (/accept-invitation, /reset-password, ...), which the console
//     answers with the matching page;
//   - /graphiql: GraphiQL, bundled;
//   - /assets/...: the scripts, styles and fonts, cached for a year
//     (their names carry a hash of their content);
//   - /: a redirect to the console, with the query.
func mountConsole(mux *http.ServeMux, o Options) {
	files := web.Dist()
	console := pageHandler(files, "index.html")
	mux.Handle("GET /admin/", console)
	mux.Handle("GET /account/", console)
	if o.MailLinkPages {
		for _, path := range mail.LinkPaths() {
			mux.Handle("GET "+path, console)
		}
	}
	mux.Handle("GET /graphiql", pageHandler(files, "graphiql.html"))
	mux.Handle("GET /assets/", assetHandler(files))
	mux.HandleFunc("GET /{$}", func(w http.ResponseWriter, r *http.Request) {
		// The query goes along: the OpenID Connect callback reports a
		// failed sign-in as ?oidc_error=CODE, which the console shows.
		target := "/admin/"
		if r.URL.RawQuery != "" {
			target += "?" + r.URL.RawQuery
		}
		http.Redirect(w, r, target, http.StatusFound)
	})
}

// pageHandler answers with one HTML page of the build, never cached (it
// names the current assets). The pages work under ContentSecurityPolicy,
// which securityHeaders sets on every response: the build has no inline
// script and loads nothing from elsewhere.
func pageHandler(files fs.FS, name string) http.Handler {
	page, err := fs.ReadFile(files, name)
	if err != nil {
		panic("server: the web build has no " + name + ": " + err.Error())
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("Content-Type", "text/html; charset=utf-8")
		h.Set("Cache-Control", "no-store")
		http.ServeContent(w, r, name, time.Time{}, bytes.NewReader(page))
	})
}

// assetHandler serves assets/ of the build. Folders are not listed.
func assetHandler(files fs.FS) http.Handler {
	fileServer := http.FileServerFS(files)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if strings.HasSuffix(r.URL.Path, "/") {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Cache-Control", "public, max-age=31536000, immutable")
		fileServer.ServeHTTP(w, r)
	})
}
