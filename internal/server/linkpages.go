package server

import (
	"encoding/json"
	"html/template"
	"net/http"
	"strings"
)

// linkPages are the operations the pages behind mail links run, by path
// (see mail.LinkPaths). A real frontend serves these pages; when none is
// configured (the frontend URL defaults to Roster itself), Roster answers
// them with a page that shows the operation and its variables, the link's
// token included, to paste into GraphiQL.
var linkPages = map[string]struct {
	operation string
	variables map[string]any
}{
	"/accept-invitation": {
		`# Choose a password, then run this to accept the invitation.
mutation AcceptInvitation($token: String!, $password: String!) {
  acceptInvitation(input: {token: $token, password: $password}) {
    token
    user { email status }
  }
}`, map[string]any{"password": "choose a long passphrase"}},
	"/confirm-email": {
		`# Run this to confirm the address.
mutation ConfirmEmail($token: String!) {
  confirmEmail(input: {token: $token}) { email }
}`, nil},
	"/confirm-email-change": {
		`# Run this to confirm the new address.
mutation ConfirmEmailChange($token: String!) {
  confirmEmail(input: {token: $token}) { email }
}`, nil},
	"/confirm-alias": {
		`# Run this to confirm the additional address.
mutation ConfirmAlias($token: String!) {
  confirmEmailAlias(input: {token: $token}) { emailAlias { email confirmedAt } }
}`, nil},
	"/reset-password": {
		`# Choose a new password, then run this.
mutation ResetPassword($token: String!, $password: String!) {
  resetPassword(input: {token: $token, password: $password}) { email }
}`, map[string]any{"password": "choose a long passphrase"}},
}

// linkPage shows the operation and its variables to paste into GraphiQL.
// GraphiQL is not filled in by URL: it would write what is typed into its
// editors — a new password here — back into the address bar and the
// browser history.
var linkPage = template.Must(template.New("link").Parse(`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Roster: {{.Title}}</title></head>
<body style="font-family: sans-serif; max-width: 48em; margin: 2em auto; line-height: 1.5">
<h1>{{.Title}}</h1>
<p>No frontend is configured (<code>--frontend-url</code>), so Roster shows the operation this link stands for.
Open <a href="/" target="_blank" rel="noopener">GraphiQL</a>, paste the operation and the variables, adjust them, and run it.</p>
<h2>Operation</h2>
<pre id="query" style="background:#f4f4f4;padding:1em">{{.Query}}</pre>
<h2>Variables</h2>
<pre id="variables" style="background:#f4f4f4;padding:1em">{{.Variables}}</pre>
</body></html>
`))

// linkPageHandler answers a mail link with its operation.
func linkPageHandler(path string) http.HandlerFunc {
	page := linkPages[path]
	return func(w http.ResponseWriter, r *http.Request) {
		vars := map[string]any{"token": r.URL.Query().Get("token")}
		for k, v := range page.variables {
			vars[k] = v
		}
		b, _ := json.MarshalIndent(vars, "", "  ")
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Header().Set("Cache-Control", "no-store")
		w.Header().Set("Referrer-Policy", "no-referrer")
		_ = linkPage.Execute(w, map[string]string{"Title": strings.TrimPrefix(path, "/"), "Query": page.operation, "Variables": string(b)})
	}
}
