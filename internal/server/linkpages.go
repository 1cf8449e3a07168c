package server

import (
	"encoding/json"
	"net/http"
	"net/url"
)

// linkPages are the operations the pages behind mail links run, by path
// (see mail.LinkPaths). A real frontend serves these pages; when none is
// configured (the frontend URL defaults to Roster itself), Roster answers
// them by opening GraphiQL with the operation and the link's token filled
// in, so a newcomer can follow a link from the log and press run.
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

// linkGraphiQL is the GraphiQL page the link pages redirect to.
const linkGraphiQL = "/graphiql/mail-link"

// linkPageHandler redirects a mail link to GraphiQL, prefilled.
func linkPageHandler(path string) http.HandlerFunc {
	page := linkPages[path]
	return func(w http.ResponseWriter, r *http.Request) {
		vars := map[string]any{"token": r.URL.Query().Get("token")}
		for k, v := range page.variables {
			vars[k] = v
		}
		b, _ := json.MarshalIndent(vars, "", "  ")
		q := url.Values{"query": {page.operation}, "variables": {string(b)}}
		w.Header().Set("Cache-Control", "no-store")
		w.Header().Set("Referrer-Policy", "no-referrer")
		http.Redirect(w, r, linkGraphiQL+"?"+q.Encode(), http.StatusFound)
	}
}
