// Package persisted lets clients send the identifier of a GraphQL document
// instead of its text, and lets an operator allow only known documents.
//
// Three mechanisms, all in one gqlgen handler extension ([Documents]):
//
//   - Persisted documents from a manifest: a JSON object that maps each
//     document identifier to the document's text, as the Relay compiler
//     writes it (persistConfig). A client sends the identifier as the
//     request parameter documentId (GraphQL-over-HTTP persisted
//     documents; the transport in internal/graphqlhttp reads it), or as
//     the hash of an automatic persisted query. documentId
//     "sha256:<hex>" names a document by the SHA-256 of its text; any
//     other documentId must be a key of the manifest.
//   - Automatic persisted queries: the client sends
//     extensions.persistedQuery {version: 1, sha256Hash}. Without the
//     text, the server looks the hash up (manifest first, then a cache of
//     documents clients registered) and answers PERSISTED_QUERY_NOT_FOUND
//     when it does not know it; the client then sends text and hash
//     together, which registers the text once it has passed parsing,
//     validation and the request limits. The cache lives in each process
//     and is bounded by entries and bytes.
//   - Trusted documents: with TrustedOnly, a request runs only a document
//     of the manifest (sent by identifier, by hash, or as its exact text);
//     anything else is refused with TRUSTED_DOCUMENT_REQUIRED and no
//     document is registered. Callers for which Exempt answers true (API
//     keys, in Roster) may still send any document.
//
// Every refusal happens before parsing, with an error whose
// extensions.code is one of the Code constants.
package persisted

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"strings"
	"sync"

	"github.com/99designs/gqlgen/graphql"
	"github.com/hashicorp/golang-lru/v2/simplelru"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/rosterhq/roster/internal/graphqlhttp"
)

// Values of extensions.code of refused requests.
const (
	// CodeDocumentNotFound: the documentId names no known document.
	CodeDocumentNotFound = "PERSISTED_DOCUMENT_NOT_FOUND"
	// CodeQueryNotFound: an automatic persisted query hash the server
	// does not know; send the text with the hash.
	CodeQueryNotFound = "PERSISTED_QUERY_NOT_FOUND"
	// CodeQueryNotSupported: automatic persisted queries are switched
	// off; send the text.
	CodeQueryNotSupported = "PERSISTED_QUERY_NOT_SUPPORTED"
	// CodeBadPersistedQuery: extensions.persistedQuery is malformed, has
	// another version than 1, or its hash does not match the text sent.
	CodeBadPersistedQuery = "BAD_PERSISTED_QUERY"
	// CodeTrustedDocumentRequired: the server runs only documents of its
	// manifest, and this one is not among them.
	CodeTrustedDocumentRequired = "TRUSTED_DOCUMENT_REQUIRED"
)

// Manifest is a set of persisted documents, keyed by identifier and by the
// SHA-256 of their text. It is read-only once built.
type Manifest struct {
	byID   map[string]string
	byHash map[string]string // hex SHA-256 of the text → text
}

// ParseManifest reads a manifest: one JSON object whose members map
// document identifiers to document texts. Empty identifiers or texts are
// errors.
func ParseManifest(data []byte) (*Manifest, error) {
	var raw map[string]string
	if err := json.Unmarshal(data, &raw); err != nil {
		return nil, fmt.Errorf("persisted: the manifest must be a JSON object of document identifiers and texts: %w", err)
	}
	if raw == nil {
		return nil, errors.New("persisted: the manifest must be a JSON object, not null")
	}
	m := &Manifest{byID: make(map[string]string, len(raw)), byHash: make(map[string]string, len(raw))}
	for id, text := range raw {
		if strings.TrimSpace(id) == "" || strings.TrimSpace(text) == "" {
			return nil, fmt.Errorf("persisted: manifest entry %q: identifier and text must not be empty", id)
		}
		m.byID[id] = text
		m.byHash[hash(text)] = text
	}
	return m, nil
}

// LoadManifest reads the manifest file at path.
func LoadManifest(path string) (*Manifest, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("persisted: read the manifest: %w", err)
	}
	m, err := ParseManifest(data)
	if err != nil {
		return nil, fmt.Errorf("%w (%s)", err, path)
	}
	return m, nil
}

// Len returns the number of documents.
func (m *Manifest) Len() int {
	if m == nil {
		return 0
	}
	return len(m.byID)
}

// byDocumentID finds a document by its documentId.
func (m *Manifest) byDocumentID(id string) (string, bool) {
	if m == nil {
		return "", false
	}
	if text, ok := m.byID[id]; ok {
		return text, true
	}
	if h, ok := strings.CutPrefix(id, "sha256:"); ok {
		text, ok := m.byHash[strings.ToLower(h)]
		return text, ok
	}
	return "", false
}

// byQueryHash finds a document by the hash of an automatic persisted
// query: the SHA-256 of its text, or its identifier when the compiler
// named documents by that hash.
func (m *Manifest) byQueryHash(h string) (string, bool) {
	if m == nil {
		return "", false
	}
	if text, ok := m.byHash[h]; ok {
		return text, true
	}
	text, ok := m.byID[h]
	return text, ok
}

// contains reports whether text is exactly one of the documents.
func (m *Manifest) contains(text string) bool {
	if m == nil {
		return false
	}
	_, ok := m.byHash[hash(text)]
	return ok
}

func hash(text string) string {
	sum := sha256.Sum256([]byte(text))
	return hex.EncodeToString(sum[:])
}

// Cache holds the documents clients registered as automatic persisted
// queries, least recently used first out, bounded by entries and bytes.
// It is safe for concurrent use.
type Cache struct {
	mu       sync.Mutex
	lru      *simplelru.LRU[string, string]
	bytes    int
	maxBytes int
}

// NewCache returns a cache of at most entries documents and maxBytes bytes
// of text.
func NewCache(entries, maxBytes int) *Cache {
	c := &Cache{maxBytes: maxBytes}
	l, err := simplelru.NewLRU[string, string](max(entries, 1), func(_ string, text string) { c.bytes -= len(text) })
	if err != nil {
		panic(err) // only for a size below 1
	}
	c.lru = l
	return c
}

func (c *Cache) get(h string) (string, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.lru.Get(h)
}

// add stores text under its hash; a text larger than a quarter of the
// byte budget is not stored.
func (c *Cache) add(h, text string) {
	if len(text) > c.maxBytes/4 {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.lru.Contains(h) {
		return
	}
	c.lru.Add(h, text)
	c.bytes += len(text)
	for c.bytes > c.maxBytes {
		if _, _, ok := c.lru.RemoveOldest(); !ok {
			break
		}
	}
}

// Len returns the number of cached documents.
func (c *Cache) Len() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.lru.Len()
}

// Documents is the gqlgen extension that resolves persisted documents and
// enforces trusted documents. Add it to the server before every extension
// that checks documents (internal/requestlimit), since it supplies their
// text, and its Registration after them, so that an automatic persisted
// query is registered only once it passed every check.
type Documents struct {
	// Manifest holds the persisted documents; nil for none.
	Manifest *Manifest
	// APQ caches automatic persisted queries; nil switches them off.
	APQ *Cache
	// TrustedOnly runs only documents of the Manifest.
	TrustedOnly bool
	// Exempt reports callers that may send any document although
	// TrustedOnly is set; nil exempts nobody.
	Exempt func(ctx context.Context) bool
}

var _ interface {
	graphql.HandlerExtension
	graphql.OperationParameterMutator
} = (*Documents)(nil)

// ExtensionName implements graphql.HandlerExtension.
func (d *Documents) ExtensionName() string { return "PersistedDocuments" }

// Validate implements graphql.HandlerExtension.
func (d *Documents) Validate(graphql.ExecutableSchema) error {
	if d.TrustedOnly && d.Manifest.Len() == 0 {
		return errors.New("persisted: trusted documents need a manifest with at least one document")
	}
	return nil
}

// statsKey names the pending registration in the operation's stats.
const statsKey = "PersistedDocuments"

// registration is an automatic persisted query to store once the
// operation passed validation.
type registration struct{ hash, text string }

// MutateOperationParameters implements graphql.OperationParameterMutator.
func (d *Documents) MutateOperationParameters(ctx context.Context, p *graphql.RawParams) *gqlerror.Error {
	trusted := d.TrustedOnly && (d.Exempt == nil || !d.Exempt(ctx))

	if id, ok := graphqlhttp.DocumentID(ctx); ok {
		text, found := d.Manifest.byDocumentID(id)
		if !found && !trusted && d.APQ != nil {
			if h, isHash := strings.CutPrefix(id, "sha256:"); isHash {
				text, found = d.APQ.get(strings.ToLower(h))
			}
		}
		if !found {
			return coded(CodeDocumentNotFound, "no persisted document has this documentId")
		}
		p.Query = text
		return nil
	}

	if raw, ok := p.Extensions["persistedQuery"]; ok && raw != nil {
		h, err := queryHash(raw)
		if err != nil {
			return err
		}
		if p.Query == "" {
			if text, ok := d.Manifest.byQueryHash(h); ok {
				p.Query = text
				return nil
			}
			if d.APQ == nil || trusted {
				if d.APQ == nil && !trusted {
					return coded(CodeQueryNotSupported, "automatic persisted queries are switched off: send the query text")
				}
				return coded(CodeQueryNotFound, "PersistedQueryNotFound")
			}
			text, ok := d.APQ.get(h)
			if !ok {
				return coded(CodeQueryNotFound, "PersistedQueryNotFound")
			}
			p.Query = text
			return nil
		}
		if hash(p.Query) != h {
			return coded(CodeBadPersistedQuery, "extensions.persistedQuery.sha256Hash is not the SHA-256 of the query")
		}
		if trusted && !d.Manifest.contains(p.Query) {
			return untrusted()
		}
		if d.APQ != nil && !trusted {
			if graphql.HasOperationContext(ctx) {
				graphql.GetOperationContext(ctx).Stats.SetExtension(statsKey, &registration{hash: h, text: p.Query})
			}
		}
		return nil
	}

	if trusted && !d.Manifest.contains(p.Query) {
		return untrusted()
	}
	return nil
}

// Registration returns the extension that stores the automatic persisted
// queries clients register with d. Add it to the server after every
// extension that checks documents.
func (d *Documents) Registration() graphql.HandlerExtension { return registrar{d} }

// registrar stores a registered automatic persisted query once it passed
// parsing, validation and the extensions before it.
type registrar struct{ d *Documents }

var _ interface {
	graphql.HandlerExtension
	graphql.OperationContextMutator
} = registrar{}

// ExtensionName implements graphql.HandlerExtension.
func (registrar) ExtensionName() string { return "PersistedDocumentsRegistration" }

// Validate implements graphql.HandlerExtension.
func (registrar) Validate(graphql.ExecutableSchema) error { return nil }

// MutateOperationContext implements graphql.OperationContextMutator.
func (r registrar) MutateOperationContext(_ context.Context, opCtx *graphql.OperationContext) *gqlerror.Error {
	if reg, ok := opCtx.Stats.GetExtension(statsKey).(*registration); ok && r.d.APQ != nil {
		r.d.APQ.add(reg.hash, reg.text)
	}
	return nil
}

// queryHash reads extensions.persistedQuery: version 1 and a SHA-256 hash
// in lowercase hex.
func queryHash(raw any) (string, *gqlerror.Error) {
	bad := coded(CodeBadPersistedQuery, "extensions.persistedQuery must be {\"version\": 1, \"sha256Hash\": \"<64 hex digits>\"}")
	m, ok := raw.(map[string]any)
	if !ok {
		return "", bad
	}
	if v, ok := m["version"].(json.Number); !ok || v.String() != "1" {
		if f, isFloat := m["version"].(float64); !isFloat || f != 1 {
			return "", bad
		}
	}
	h, ok := m["sha256Hash"].(string)
	if !ok || len(h) != 64 {
		return "", bad
	}
	h = strings.ToLower(h)
	if _, err := hex.DecodeString(h); err != nil {
		return "", bad
	}
	return h, nil
}

func untrusted() *gqlerror.Error {
	return coded(CodeTrustedDocumentRequired, "this server runs only the documents of its manifest: send a documentId")
}

func coded(code, message string) *gqlerror.Error {
	return &gqlerror.Error{Message: message, Extensions: map[string]any{"code": code}}
}
