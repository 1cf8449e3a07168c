package graphqlhttp

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"mime"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"
	"github.com/vektah/gqlparser/v2/parser"

	"github.com/rosterhq/roster/internal/problem"
)

// Media types of GraphQL responses. Responses name them with
// "; charset=utf-8" appended.
const (
	// MediaTypeGraphQLResponseJSON is the preferred response media type.
	// With it, a status outside 2xx means that no operation was executed.
	MediaTypeGraphQLResponseJSON = "application/graphql-response+json"
	// MediaTypeJSON is the legacy response media type, and the only
	// media type accepted for POST request bodies.
	MediaTypeJSON = "application/json"
)

// Values of extensions.code that [Transport] sets on the errors of requests
// it rejects before handing them to gqlgen. Parse and validation failures
// keep gqlgen's own codes, GRAPHQL_PARSE_FAILED and
// GRAPHQL_VALIDATION_FAILED.
const (
	// CodeBadRequest marks a request that is not a well-formed
	// GraphQL-over-HTTP request: an unreadable URL query or body, a body
	// that is not a JSON object, a missing query, a parameter of the wrong
	// type or a repeated GET parameter. The status is 400.
	CodeBadRequest = "BAD_REQUEST"
	// CodeMethodNotAllowed marks a request with a method other than GET or
	// POST, or a GET request that selects a mutation. The status is 405 and
	// the Allow header names the methods that would be accepted.
	CodeMethodNotAllowed = "METHOD_NOT_ALLOWED"
	// CodeUnsupportedMediaType marks a POST request whose Content-Type is
	// missing or not application/json with UTF-8, or whose body has a
	// Content-Encoding. The status is 415.
	CodeUnsupportedMediaType = "UNSUPPORTED_MEDIA_TYPE"
	// CodePayloadTooLarge marks a POST request whose body exceeds
	// [Transport.MaxBodyBytes]. The status is 413.
	CodePayloadTooLarge = "PAYLOAD_TOO_LARGE"
	// CodeOperationNotSupported marks a well-formed request that selects a
	// subscription, which this transport cannot stream. The status is 400
	// with application/graphql-response+json and 200 with application/json.
	CodeOperationNotSupported = "OPERATION_NOT_SUPPORTED"
	// CodeInternalServerError marks a response that could not be produced:
	// execution yielded no response (the request was cancelled, or
	// response middleware returned nil) or the response could not be
	// encoded as JSON. The status is 500.
	CodeInternalServerError = "INTERNAL_SERVER_ERROR"
)

// DefaultMaxBodyBytes is the POST body limit of a [Transport] whose
// MaxBodyBytes is zero: 1 MiB.
const DefaultMaxBodyBytes int64 = 1 << 20

// Transport serves GraphQL queries and mutations over HTTP GET and POST as
// the GraphQL-over-HTTP specification requires; the package documentation
// details the requests it accepts and the responses it gives. The zero value
// is ready to use, and a Transport is safe for concurrent use.
type Transport struct {
	// MaxBodyBytes bounds the size of a POST request body. A larger body is
	// answered 413 Content Too Large without being executed; a request whose
	// Content-Length announces a larger body is refused before any of the
	// body is read. Zero or a negative value means [DefaultMaxBodyBytes].
	MaxBodyBytes int64
}

var _ graphql.Transport = Transport{}

// Supports reports whether t handles r: it does for every request except a
// WebSocket upgrade, so that t answers for the whole endpoint, including
// unsupported methods and media types, instead of leaving gqlgen to reply
// "transport not supported". Transports that also claim plain GET or POST
// requests, such as gqlgen's SSE and MultipartMixed, must therefore be added
// to the server before t.
func (t Transport) Supports(r *http.Request) bool {
	for _, v := range r.Header.Values("Upgrade") {
		for token := range strings.SplitSeq(v, ",") {
			name, _, _ := strings.Cut(strings.TrimSpace(token), "/")
			if strings.EqualFold(name, "websocket") {
				return false
			}
		}
	}
	return true
}

// Do answers r. It writes exactly one response: a GraphQL response labelled
// with the negotiated media type and "; charset=utf-8", or, when the Accept
// header admits neither supported media type, 406 Not Acceptable with a
// plain-text body. It executes only queries and mutations that passed
// parsing and validation, and never executes a mutation requested by GET.
//
// Do expects r to come through a gqlgen handler.Server, which starts the
// operation trace that exec relies on.
func (t Transport) Do(w http.ResponseWriter, r *http.Request, exec graphql.GraphExecutor) {
	ctx := r.Context()
	w.Header().Add("Vary", "Accept")
	mediaType, acceptable := negotiate(r.Header.Values("Accept"))

	if r.Method != http.MethodGet && r.Method != http.MethodPost {
		if !acceptable {
			// RFC 9110 lets an error response disregard Accept.
			mediaType = MediaTypeGraphQLResponseJSON
		}
		w.Header().Set("Allow", "GET, POST")
		writeRequestError(ctx, w, exec, mediaType, &requestError{
			status:  http.StatusMethodNotAllowed,
			code:    CodeMethodNotAllowed,
			message: "the method is not allowed: send GraphQL requests with GET or POST",
		})
		return
	}
	if !acceptable {
		writeNotAcceptable(w)
		return
	}

	start := graphql.Now()
	var (
		params *requestParams
		reqErr *requestError
	)
	if r.Method == http.MethodGet {
		params, reqErr = readGET(r)
	} else {
		params, reqErr = t.readPOST(w, r)
	}
	if reqErr != nil {
		for k, v := range reqErr.header {
			w.Header().Set(k, v)
		}
		writeRequestError(ctx, w, exec, mediaType, reqErr)
		return
	}
	params.Headers = r.Header
	params.ReadTime = graphql.TraceTiming{Start: start, End: graphql.Now()}
	if params.documentID != "" {
		ctx = context.WithValue(ctx, documentIDKey{}, params.documentID)
	}

	// Errors past this point concern a well-formed GraphQL-over-HTTP
	// request, which application/json answers with 200.
	wellFormedStatus := http.StatusOK
	if mediaType == MediaTypeGraphQLResponseJSON {
		wellFormedStatus = http.StatusBadRequest
	}

	opCtx, gqlErrs := exec.CreateOperationContext(ctx, &params.RawParams)
	if gqlErrs != nil {
		if r.Method == http.MethodGet && selectsMutation(opCtx, &params.RawParams) {
			writeMutationOverGET(ctx, w, exec, mediaType)
			return
		}
		if opCtx != nil {
			ctx = graphql.WithOperationContext(ctx, opCtx)
		}
		writeErrors(w, mediaType, wellFormedStatus, exec.DispatchError(ctx, gqlErrs), gqlErrs)
		return
	}

	switch opCtx.Operation.Operation {
	case ast.Mutation:
		if r.Method == http.MethodGet {
			writeMutationOverGET(ctx, w, exec, mediaType)
			return
		}
	case ast.Subscription:
		writeRequestError(graphql.WithOperationContext(ctx, opCtx), w, exec, mediaType, &requestError{
			status:  wellFormedStatus,
			code:    CodeOperationNotSupported,
			message: "subscriptions are not supported over plain HTTP: use a streaming transport",
		})
		return
	}

	responses, ctx := exec.DispatchOperation(ctx, opCtx)
	resp := responses(ctx)
	if resp == nil {
		// A cancelled request or a faulty response middleware yields no
		// response; tell whoever is left.
		writeRequestError(ctx, w, exec, mediaType, &requestError{
			status:  http.StatusInternalServerError,
			code:    CodeInternalServerError,
			message: "internal server error: the operation produced no response",
		})
		return
	}
	writeResult(w, mediaType, resp)
}

// maxBodyBytes returns the effective POST body limit.
func (t Transport) maxBodyBytes() int64 {
	if t.MaxBodyBytes <= 0 {
		return DefaultMaxBodyBytes
	}
	return t.MaxBodyBytes
}

// requestError describes a request refused before gqlgen sees it.
type requestError struct {
	status  int
	code    string
	message string
	header  map[string]string // extra response headers
}

func badRequest(message string) *requestError {
	return &requestError{status: http.StatusBadRequest, code: CodeBadRequest, message: message}
}

// GET and POST parameter names.
const (
	paramQuery         = "query"
	paramOperationName = "operationName"
	paramVariables     = "variables"
	paramExtensions    = "extensions"
	paramDocumentID    = "documentId"
)

// requestParams are the parameters of one request: gqlgen's, plus the
// documentId of a persisted document.
type requestParams struct {
	graphql.RawParams
	documentID string
}

type documentIDKey struct{}

// DocumentID returns the documentId parameter of the request ctx belongs
// to: the identifier of a persisted document the client sent instead of
// the document's text. A gqlgen extension that knows the documents (an
// OperationParameterMutator) reads it and fills in the query.
func DocumentID(ctx context.Context) (string, bool) {
	id, ok := ctx.Value(documentIDKey{}).(string)
	return id, ok
}

// checkDocument enforces that a request carries a document one way: its
// text (query), the identifier of a persisted document (documentId), or
// an automatic persisted query hash (extensions.persistedQuery), which may
// come with the text or without.
func checkDocument(p *requestParams, hasQuery bool) *requestError {
	if p.documentID != "" && hasQuery {
		return badRequest("send either query or documentId, not both")
	}
	if !hasQuery && p.documentID == "" && p.Extensions["persistedQuery"] == nil {
		return badRequest("the query parameter is required (or documentId, for a persisted document)")
	}
	return nil
}

// readGET reads the request parameters from the URL query component.
func readGET(r *http.Request) (*requestParams, *requestError) {
	values, err := url.ParseQuery(r.URL.RawQuery)
	if err != nil {
		return nil, badRequest("the URL query component is not valid application/x-www-form-urlencoded data")
	}
	for _, name := range [...]string{paramQuery, paramOperationName, paramVariables, paramExtensions, paramDocumentID} {
		if len(values[name]) > 1 {
			return nil, badRequest("the " + name + " parameter must not be repeated")
		}
	}
	params := &requestParams{
		RawParams: graphql.RawParams{
			Query:         values.Get(paramQuery),
			OperationName: values.Get(paramOperationName),
		},
		documentID: values.Get(paramDocumentID),
	}
	if v := values.Get(paramVariables); v != "" {
		if params.Variables, err = decodeObject([]byte(v)); err != nil {
			return nil, badRequest("the variables parameter must be a JSON-encoded object")
		}
	}
	if v := values.Get(paramExtensions); v != "" {
		if params.Extensions, err = decodeObject([]byte(v)); err != nil {
			return nil, badRequest("the extensions parameter must be a JSON-encoded object")
		}
	}
	if reqErr := checkDocument(params, values.Has(paramQuery)); reqErr != nil {
		return nil, reqErr
	}
	return params, nil
}

// readPOST reads the request parameters from a JSON request body.
func (t Transport) readPOST(w http.ResponseWriter, r *http.Request) (*requestParams, *requestError) {
	if reqErr := checkContentHeaders(r.Header); reqErr != nil {
		return nil, reqErr
	}
	limit := t.maxBodyBytes()
	tooLarge := &requestError{
		status:  http.StatusRequestEntityTooLarge,
		code:    CodePayloadTooLarge,
		message: "the request body is too large",
	}
	if r.ContentLength > limit {
		return nil, tooLarge
	}
	var body []byte
	if r.Body != nil {
		var err error
		body, err = io.ReadAll(http.MaxBytesReader(w, r.Body, limit))
		if _, ok := errors.AsType[*http.MaxBytesError](err); ok {
			return nil, tooLarge
		}
		if err != nil {
			return nil, badRequest("the request body could not be read")
		}
	}
	return decodeBody(body)
}

// checkContentHeaders accepts only an identity-coded application/json body in
// UTF-8.
func checkContentHeaders(h http.Header) *requestError {
	for _, v := range h.Values("Content-Encoding") {
		for coding := range strings.SplitSeq(v, ",") {
			if c := strings.TrimSpace(coding); c != "" && !strings.EqualFold(c, "identity") {
				return &requestError{
					status:  http.StatusUnsupportedMediaType,
					code:    CodeUnsupportedMediaType,
					message: "the request body must not have a content coding",
					header:  map[string]string{"Accept-Encoding": "identity"},
				}
			}
		}
	}
	unsupported := &requestError{
		status:  http.StatusUnsupportedMediaType,
		code:    CodeUnsupportedMediaType,
		message: "the request body must be application/json in UTF-8",
		header:  map[string]string{"Accept-Post": MediaTypeJSON + "; charset=utf-8"},
	}
	mediaType, params, err := mime.ParseMediaType(h.Get("Content-Type"))
	if err != nil || mediaType != MediaTypeJSON {
		return unsupported
	}
	if cs, ok := params["charset"]; ok && !strings.EqualFold(cs, "utf-8") {
		return unsupported
	}
	return nil
}

// decodeBody decodes a JSON request body into request parameters.
func decodeBody(body []byte) (*requestParams, *requestError) {
	if !utf8.Valid(body) {
		return nil, badRequest("the request body is not valid UTF-8")
	}
	if len(bytes.TrimSpace(body)) == 0 {
		return nil, badRequest("the request body is empty")
	}
	var members map[string]json.RawMessage
	if err := json.Unmarshal(body, &members); err != nil {
		if syntaxErr, ok := errors.AsType[*json.SyntaxError](err); ok {
			// The offset locates the problem without repeating the body.
			return nil, badRequest("the request body is not valid JSON: syntax error near byte " +
				strconv.FormatInt(syntaxErr.Offset, 10))
		}
		return nil, badRequest("the request body must be a JSON object")
	}
	if members == nil { // the body was null
		return nil, badRequest("the request body must be a JSON object")
	}

	params := &requestParams{}
	query, hasQuery, err := decodeString(members[paramQuery])
	if err != nil {
		return nil, badRequest("the query member must be a string")
	}
	params.Query = query
	if params.documentID, _, err = decodeString(members[paramDocumentID]); err != nil {
		return nil, badRequest("the documentId member must be a string or null")
	}
	if params.OperationName, _, err = decodeString(members[paramOperationName]); err != nil {
		return nil, badRequest("the operationName member must be a string or null")
	}
	if raw := members[paramVariables]; raw != nil {
		if params.Variables, err = decodeObject(raw); err != nil {
			return nil, badRequest("the variables member must be an object or null")
		}
	}
	if raw := members[paramExtensions]; raw != nil {
		if params.Extensions, err = decodeObject(raw); err != nil {
			return nil, badRequest("the extensions member must be an object or null")
		}
	}
	if reqErr := checkDocument(params, hasQuery); reqErr != nil {
		return nil, reqErr
	}
	return params, nil
}

var errNotObject = errors.New("not a JSON object")

// decodeString decodes a JSON string member. An absent or null member is not
// present.
func decodeString(raw json.RawMessage) (s string, present bool, err error) {
	if raw == nil || string(raw) == "null" {
		return "", false, nil
	}
	if err := json.Unmarshal(raw, &s); err != nil {
		return "", false, err
	}
	return s, true, nil
}

// decodeObject decodes a JSON object, keeping numbers as json.Number so that
// gqlgen coerces them without loss. null decodes to a nil map; any other
// non-object, or trailing data, is an error.
func decodeObject(raw []byte) (map[string]any, error) {
	trimmed := bytes.TrimSpace(raw)
	if string(trimmed) == "null" {
		return nil, nil
	}
	if len(trimmed) == 0 || trimmed[0] != '{' {
		return nil, errNotObject
	}
	dec := json.NewDecoder(bytes.NewReader(trimmed))
	dec.UseNumber()
	var m map[string]any
	if err := dec.Decode(&m); err != nil {
		return nil, err
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, errNotObject
	}
	return m, nil
}

// selectsMutation reports whether the request selects a mutation, even when
// gqlgen refused it before choosing the operation (for example because it
// failed validation).
func selectsMutation(opCtx *graphql.OperationContext, params *graphql.RawParams) bool {
	if opCtx != nil && opCtx.Operation != nil {
		return opCtx.Operation.Operation == ast.Mutation
	}
	doc, err := parser.ParseQuery(&ast.Source{Input: params.Query})
	if err != nil {
		return false
	}
	op := doc.Operations.ForName(params.OperationName)
	return op != nil && op.Operation == ast.Mutation
}

func writeMutationOverGET(ctx context.Context, w http.ResponseWriter, exec graphql.GraphExecutor, mediaType string) {
	w.Header().Set("Allow", "POST")
	writeRequestError(ctx, w, exec, mediaType, &requestError{
		status:  http.StatusMethodNotAllowed,
		code:    CodeMethodNotAllowed,
		message: "mutations cannot be sent with GET: use POST",
	})
}

// writeRequestError writes reqErr as a GraphQL response without data, after
// passing it through the server's error presenter and response middleware.
func writeRequestError(ctx context.Context, w http.ResponseWriter, exec graphql.GraphExecutor, mediaType string, reqErr *requestError) {
	errs := gqlerror.List{{
		Message:    reqErr.message,
		Extensions: map[string]any{"code": reqErr.code},
	}}
	writeErrors(w, mediaType, reqErr.status, exec.DispatchError(ctx, errs), errs)
}

// errorsBody is a GraphQL response to a request that was not executed. It
// has no data member at all, as the GraphQL specification requires.
type errorsBody struct {
	Errors     gqlerror.List  `json:"errors"`
	Extensions map[string]any `json:"extensions,omitempty"`
}

// resultBody is a GraphQL response to an executed request. Its data member
// is always present, null if there is no data.
type resultBody struct {
	Errors     gqlerror.List   `json:"errors,omitempty"`
	Data       json.RawMessage `json:"data"`
	Extensions map[string]any  `json:"extensions,omitempty"`
}

// writeErrors writes the response DispatchError produced, ignoring any data
// in it. If middleware left no errors, the original ones are written, since
// a response without data must have errors.
func writeErrors(w http.ResponseWriter, mediaType string, status int, resp *graphql.Response, original gqlerror.List) {
	body := errorsBody{Errors: original}
	if resp != nil {
		if len(resp.Errors) > 0 {
			body.Errors = resp.Errors
		}
		body.Extensions = resp.Extensions
	}
	writeJSON(w, mediaType, status, body)
}

func writeResult(w http.ResponseWriter, mediaType string, resp *graphql.Response) {
	body := resultBody{Errors: resp.Errors, Data: resp.Data, Extensions: resp.Extensions}
	if len(bytes.TrimSpace(body.Data)) == 0 {
		body.Data = json.RawMessage("null")
	}
	status := http.StatusOK
	if unavailable(body) {
		// Nothing could be answered because the database (or another
		// service) cannot be reached: say so in the status too, so that
		// load balancers, proxies and clients retry instead of treating
		// the answer as final.
		status = http.StatusServiceUnavailable
		w.Header().Set("Retry-After", strconv.Itoa(problem.RetryAfterSeconds))
	}
	b, err := body.encode()
	writeEncoded(w, mediaType, status, b, err)
}

// encode writes the body as json.Marshal would, byte for byte, without
// validating the data member again: gqlgen wrote it as JSON already, and
// re-reading a page of 50 users cost a twentieth of the server's CPU
// time. It is only compacted (gqlgen's map and Any scalars end in a
// newline) and escaped as json.Marshal escapes (<, >, & and the line and
// paragraph separators), so that responses keep the bytes encoding/json
// gave them.
func (b resultBody) encode() ([]byte, error) {
	out := make([]byte, 0, len(b.Data)+64)
	out = append(out, '{')
	if len(b.Errors) > 0 {
		errs, err := json.Marshal(b.Errors)
		if err != nil {
			return nil, err
		}
		out = append(append(append(out, `"errors":`...), errs...), ',')
	}
	out = appendCompactHTMLSafe(append(out, `"data":`...), b.Data)
	if len(b.Extensions) > 0 {
		ext, err := json.Marshal(b.Extensions)
		if err != nil {
			return nil, err
		}
		out = append(append(out, `,"extensions":`...), ext...)
	}
	return append(out, '}'), nil
}

// appendCompactHTMLSafe appends the JSON text src to dst without the
// whitespace between tokens, and with <, >, &, U+2028 and U+2029 written
// as \u escapes, as encoding/json writes them (they can only occur inside
// strings, where the escape means the same character).
func appendCompactHTMLSafe(dst, src []byte) []byte {
	start := 0
	inString, escaped := false, false
	for i := 0; i < len(src); {
		c := src[i]
		switch {
		case inString && escaped:
			escaped = false
		case inString && c == '\\':
			escaped = true
		case c == '"':
			inString = !inString
		case !inString && (c == ' ' || c == '\t' || c == '\n' || c == '\r'):
			dst = append(dst, src[start:i]...)
			i++
			start = i
			continue
		case c == '<' || c == '>' || c == '&':
			dst = append(append(dst, src[start:i]...), `\u00`...)
			dst = append(dst, hexDigits[c>>4], hexDigits[c&0xf])
			i++
			start = i
			continue
		case c == 0xe2 && i+2 < len(src) && src[i+1] == 0x80 && src[i+2]&^1 == 0xa8:
			dst = append(append(dst, src[start:i]...), `\u202`...)
			dst = append(dst, hexDigits[src[i+2]&0xf])
			i += 3
			start = i
			continue
		}
		i++
	}
	return append(dst, src[start:]...)
}

const hexDigits = "0123456789abcdef"

// unavailable reports whether a result has no data and only errors with
// code UNAVAILABLE.
func unavailable(body resultBody) bool {
	if !bytes.Equal(bytes.TrimSpace(body.Data), []byte("null")) || len(body.Errors) == 0 {
		return false
	}
	for _, e := range body.Errors {
		if code, _ := e.Extensions["code"].(string); code != string(problem.Unavailable) {
			return false
		}
	}
	return true
}

// encodeFailure is written when a response cannot be encoded, which only a
// faulty extension or error presenter can cause.
const encodeFailure = `{"errors":[{"message":"internal server error: the response could not be encoded","extensions":{"code":"` +
	CodeInternalServerError + `"}}]}`

func writeJSON(w http.ResponseWriter, mediaType string, status int, body any) {
	b, err := json.Marshal(body)
	writeEncoded(w, mediaType, status, b, err)
}

// writeEncoded writes the JSON body b, or the encoding failure err.
func writeEncoded(w http.ResponseWriter, mediaType string, status int, b []byte, err error) {
	if err != nil {
		status, b = http.StatusInternalServerError, []byte(encodeFailure)
	}
	w.Header().Set("Content-Type", mediaType+"; charset=utf-8")
	// With its length known, a response larger than net/http's buffer is
	// written as it is rather than in chunks.
	w.Header().Set("Content-Length", strconv.Itoa(len(b)))
	w.WriteHeader(status)
	_, _ = w.Write(b) // a failed write means the client has gone
}

func writeNotAcceptable(w http.ResponseWriter) {
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(http.StatusNotAcceptable)
	_, _ = io.WriteString(w, "406 Not Acceptable: responses are available as "+
		MediaTypeGraphQLResponseJSON+" or "+MediaTypeJSON+", in UTF-8\n")
}
