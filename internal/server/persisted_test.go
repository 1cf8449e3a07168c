package server_test

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/rosterhq/roster/internal/apitest"
	"github.com/rosterhq/roster/internal/persisted"
	"github.com/rosterhq/roster/internal/server"
)

const (
	manifestQuery = `query ViewerKind { viewer { kind } }`
	otherQuery    = `query Other { viewer { kind permissions } }`
)

func sha(s string) string {
	sum := sha256.Sum256([]byte(s))
	return hex.EncodeToString(sum[:])
}

// postJSON posts an arbitrary JSON body to /graphql.
func postJSON(t *testing.T, base, token string, body map[string]any) result {
	t.Helper()
	raw, _ := json.Marshal(body)
	headers := []string{"Content-Type", "application/json", "Accept", "application/graphql-response+json"}
	if token != "" {
		headers = append(headers, "Authorization", "Bearer "+token)
	}
	return do(t, http.MethodPost, base+"/graphql", string(raw), headers...)
}

// wantCode asserts a pre-execution error with the code.
func wantCode(t *testing.T, r result, code string) {
	t.Helper()
	_, hasData, errs := r.gql(t)
	if hasData || len(errs) != 1 || errs[0].Code() != code {
		t.Fatalf("want %s, got %d %s", code, r.status, r.body)
	}
}

// wantKind asserts an executed response with viewer.kind.
func wantKind(t *testing.T, r result) {
	t.Helper()
	data, hasData, errs := r.gql(t)
	if r.status != http.StatusOK || !hasData || len(errs) != 0 || !strings.Contains(string(data), `"kind"`) {
		t.Fatalf("want viewer.kind, got %d %s", r.status, r.body)
	}
}

func persistedQuery(hash string) map[string]any {
	return map[string]any{"persistedQuery": map[string]any{"version": 1, "sha256Hash": hash}}
}

// TestAutomaticPersistedQueries: a hash alone is unknown until the client
// sends it with its text; from then on the hash alone runs the document.
// A hash that does not match the text, a bad version, and a document that
// fails validation or a limit are never registered.
func TestAutomaticPersistedQueries(t *testing.T) {
	apitest.Each(t, func(t *testing.T, env *apitest.Env) {
		base, key := env.Server.URL, bearerToken(env)
		h := sha(manifestQuery)
		wantCode(t, postJSON(t, base, key, map[string]any{"extensions": persistedQuery(h)}), persisted.CodeQueryNotFound)
		wantKind(t, postJSON(t, base, key, map[string]any{"query": manifestQuery, "extensions": persistedQuery(h)}))
		wantKind(t, postJSON(t, base, key, map[string]any{"extensions": persistedQuery(h)}))
		// GET with the hash alone works too (cacheable by proxies).
		ext, _ := json.Marshal(persistedQuery(h))
		wantKind(t, do(t, http.MethodGet, base+"/graphql?extensions="+url.QueryEscape(string(ext)), "", "Authorization", "Bearer "+key))
		// The same text is reachable as documentId sha256:<hash>.
		wantKind(t, postJSON(t, base, key, map[string]any{"documentId": "sha256:" + h}))

		wantCode(t, postJSON(t, base, key, map[string]any{"query": otherQuery, "extensions": persistedQuery(h)}), persisted.CodeBadPersistedQuery)
		wantCode(t, postJSON(t, base, key, map[string]any{"extensions": map[string]any{"persistedQuery": map[string]any{"version": 2, "sha256Hash": h}}}), persisted.CodeBadPersistedQuery)
		wantCode(t, postJSON(t, base, key, map[string]any{"extensions": persistedQuery("abc")}), persisted.CodeBadPersistedQuery)

		invalid := `{ viewer { noSuchField } }`
		wantCode(t, postJSON(t, base, key, map[string]any{"query": invalid, "extensions": persistedQuery(sha(invalid))}), "GRAPHQL_VALIDATION_FAILED")
		wantCode(t, postJSON(t, base, key, map[string]any{"extensions": persistedQuery(sha(invalid))}), persisted.CodeQueryNotFound)
		tooMany := aliased(20, func(int) string { return `requestPasswordReset(input: {email: "x@example.com"}) { accepted }` })
		refused(t, postJSON(t, base, key, map[string]any{"query": tooMany, "extensions": persistedQuery(sha(tooMany))}), "")
		wantCode(t, postJSON(t, base, key, map[string]any{"extensions": persistedQuery(sha(tooMany))}), persisted.CodeQueryNotFound)

		off := newServer(t, env, server.Options{DisableAPQ: true})
		wantCode(t, postJSON(t, off.URL, key, map[string]any{"extensions": persistedQuery(h)}), persisted.CodeQueryNotSupported)
		wantKind(t, postJSON(t, off.URL, key, map[string]any{"query": manifestQuery, "extensions": persistedQuery(h)}))
	})
}

// TestPersistedDocuments: documents of the manifest run by documentId
// (the manifest's key, or sha256:<hash>) and by APQ hash; unknown IDs are
// refused; query and documentId together are a bad request.
func TestPersistedDocuments(t *testing.T) {
	apitest.Each(t, func(t *testing.T, env *apitest.Env) {
		manifest, err := persisted.ParseManifest([]byte(`{"a1b2c3": ` + jsonString(manifestQuery) + `}`))
		if err != nil {
			t.Fatal(err)
		}
		srv := newServer(t, env, server.Options{Documents: manifest})
		key := bearerToken(env)
		wantKind(t, postJSON(t, srv.URL, key, map[string]any{"documentId": "a1b2c3"}))
		wantKind(t, postJSON(t, srv.URL, key, map[string]any{"documentId": "sha256:" + sha(manifestQuery)}))
		wantKind(t, postJSON(t, srv.URL, key, map[string]any{"extensions": persistedQuery(sha(manifestQuery))}))
		wantKind(t, do(t, http.MethodGet, srv.URL+"/graphql?documentId=a1b2c3", "", "Authorization", "Bearer "+key))
		wantCode(t, postJSON(t, srv.URL, key, map[string]any{"documentId": "nope"}), persisted.CodeDocumentNotFound)
		r := postJSON(t, srv.URL, key, map[string]any{"documentId": "a1b2c3", "query": manifestQuery})
		if r.status != http.StatusBadRequest {
			t.Fatalf("query and documentId: %d %s", r.status, r.body)
		}
		wantCode(t, r, "BAD_REQUEST")
		// Neither query nor documentId nor a persisted query hash.
		wantCode(t, postJSON(t, srv.URL, key, map[string]any{"variables": map[string]any{}}), "BAD_REQUEST")
	})
}

// TestTrustedDocuments: in trusted-documents mode a browser session or an
// anonymous caller runs only the manifest's documents (by ID, by hash or
// as their exact text); any other document, introspection included, is
// refused and never registered. API keys may send any document.
func TestTrustedDocuments(t *testing.T) {
	apitest.Each(t, func(t *testing.T, env *apitest.Env) {
		manifest, err := persisted.ParseManifest([]byte(`{"a1b2c3": ` + jsonString(manifestQuery) + `}`))
		if err != nil {
			t.Fatal(err)
		}
		srv := newServer(t, env, server.Options{Documents: manifest, TrustedDocumentsOnly: true})
		session := env.SessionFor(env.NewUser("me@example.com", apitest.Confirmed))
		for _, caller := range []string{session, ""} {
			wantKind(t, postJSON(t, srv.URL, caller, map[string]any{"documentId": "a1b2c3"}))
			wantKind(t, postJSON(t, srv.URL, caller, map[string]any{"query": manifestQuery}))
			wantKind(t, postJSON(t, srv.URL, caller, map[string]any{"extensions": persistedQuery(sha(manifestQuery))}))
			wantCode(t, postJSON(t, srv.URL, caller, map[string]any{"query": otherQuery}), persisted.CodeTrustedDocumentRequired)
			wantCode(t, postJSON(t, srv.URL, caller, map[string]any{"query": manifestQuery + " "}), persisted.CodeTrustedDocumentRequired)
			wantCode(t, postJSON(t, srv.URL, caller, map[string]any{"query": `{ __schema { types { name } } }`}), persisted.CodeTrustedDocumentRequired)
			wantCode(t, postJSON(t, srv.URL, caller, map[string]any{"query": otherQuery, "extensions": persistedQuery(sha(otherQuery))}), persisted.CodeTrustedDocumentRequired)
			wantCode(t, postJSON(t, srv.URL, caller, map[string]any{"extensions": persistedQuery(sha(otherQuery))}), persisted.CodeQueryNotFound)
			wantCode(t, postJSON(t, srv.URL, caller, map[string]any{"documentId": "sha256:" + sha(otherQuery)}), persisted.CodeDocumentNotFound)
		}
		// An API key is exempt: integrations send their own documents.
		key := bearerToken(env)
		wantKind(t, postJSON(t, srv.URL, key, map[string]any{"query": otherQuery}))
		// What the key registered is not reachable for others.
		wantKind(t, postJSON(t, srv.URL, key, map[string]any{"query": otherQuery, "extensions": persistedQuery(sha(otherQuery))}))
		wantCode(t, postJSON(t, srv.URL, session, map[string]any{"extensions": persistedQuery(sha(otherQuery))}), persisted.CodeQueryNotFound)
	})
}

func jsonString(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}
