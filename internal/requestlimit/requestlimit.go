// Package requestlimit bounds what one GraphQL request may ask for, and
// refuses a request over a limit before any resolver runs. It is a gqlgen
// handler extension ([Extension]) that checks, in this order:
//
//   - the number of lexical tokens of the document, before it is parsed;
//   - introspection (__schema, __type), when it is switched off;
//   - the depth of field nesting (fragments expanded; fields below
//     __schema and __type do not count, since the validator bounds
//     introspection on its own);
//   - the number of aliased fields, counted in the document with every
//     fragment expanded where it is spread;
//   - the number of root fields, and for a mutation the number of
//     mutations (root fields merged and @skip/@include applied, as they
//     will execute);
//   - the per-request budget: the root fields that hash a password and
//     those that send mail, as the schema declares them with @budget;
//   - the complexity: every field costs 1 unless the schema's complexity
//     functions say otherwise (connections multiply by their page size).
//
// A refused request gets one error with extensions.code LIMIT_EXCEEDED,
// extensions.reason naming the limit (DEPTH, ALIASES, ...) and
// extensions.limit giving its value; see the Reason constants. The
// walks over the document remember each fragment's result, so a document
// that spreads fragments exponentially often costs linear time to check.
//
// The extension also declares each running root field's budget in the
// context (package budget), so that hashing or mailing code can check that
// the field declared the work it does.
package requestlimit

import (
	"context"
	"errors"
	"fmt"
	"math"
	"strings"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"
	"github.com/vektah/gqlparser/v2/lexer"

	"github.com/rosterhq/roster/internal/budget"
)

// Code is the extensions.code of a request refused by a limit.
const Code = "LIMIT_EXCEEDED"

// Values of extensions.reason: which limit a request exceeded.
const (
	ReasonTokens         = "TOKENS"
	ReasonDepth          = "DEPTH"
	ReasonAliases        = "ALIASES"
	ReasonRootFields     = "ROOT_FIELDS"
	ReasonMutations      = "MUTATIONS"
	ReasonPasswordHashes = "PASSWORD_HASHES"
	ReasonMails          = "MAILS"
	ReasonComplexity     = "COMPLEXITY"
)

// CodeForbidden and ReasonIntrospectionDisabled mark a request that
// selects __schema or __type while introspection is switched off.
const (
	CodeForbidden               = "FORBIDDEN"
	ReasonIntrospectionDisabled = "INTROSPECTION_DISABLED"
)

// Default limits, used for every Policy field left at zero.
const (
	DefaultMaxTokens         = 5000
	DefaultMaxDepth          = 15
	DefaultMaxAliases        = 30
	DefaultMaxRootFields     = 20
	DefaultMaxMutations      = 10
	DefaultMaxPasswordHashes = 1
	DefaultMaxMails          = 3
	DefaultMaxComplexity     = 20000
)

// Policy holds the limits of one request. A zero field takes its default.
type Policy struct {
	// MaxTokens bounds the lexical tokens of the document.
	MaxTokens int
	// MaxDepth bounds how deeply fields nest; a root field is at depth 1.
	MaxDepth int
	// MaxAliases bounds the aliased fields of the operation.
	MaxAliases int
	// MaxRootFields bounds the root fields of a query or mutation.
	MaxRootFields int
	// MaxMutations bounds the root fields of a mutation.
	MaxMutations int
	// MaxPasswordHashes bounds the root fields declared with
	// @budget(passwordHash: true).
	MaxPasswordHashes int
	// MaxMails bounds the root fields declared with @budget(mail: true)
	// (whose mailIf condition, if any, holds).
	MaxMails int
	// MaxComplexity bounds the operation's complexity.
	MaxComplexity int
	// DisableIntrospection refuses __schema and __type.
	DisableIntrospection bool
}

// WithDefaults returns p with every zero limit set to its default.
func (p Policy) WithDefaults() Policy {
	set := func(v *int, def int) {
		if *v <= 0 {
			*v = def
		}
	}
	set(&p.MaxTokens, DefaultMaxTokens)
	set(&p.MaxDepth, DefaultMaxDepth)
	set(&p.MaxAliases, DefaultMaxAliases)
	set(&p.MaxRootFields, DefaultMaxRootFields)
	set(&p.MaxMutations, DefaultMaxMutations)
	set(&p.MaxPasswordHashes, DefaultMaxPasswordHashes)
	set(&p.MaxMails, DefaultMaxMails)
	set(&p.MaxComplexity, DefaultMaxComplexity)
	return p
}

// Extension enforces a Policy. Create it with New and add it to a gqlgen
// server with Use; it is safe for concurrent use.
type Extension struct {
	policy  Policy
	es      graphql.ExecutableSchema
	budgets map[string]fieldBudget // "Mutation.signUp" → declaration
	// Refused, when set, is called with the reason of every refused
	// request (for metrics).
	Refused func(ctx context.Context, reason string)
}

var _ interface {
	graphql.HandlerExtension
	graphql.OperationParameterMutator
	graphql.OperationContextMutator
	graphql.RootFieldInterceptor
} = (*Extension)(nil)

// New returns an extension that enforces p (zero limits take defaults).
func New(p Policy) *Extension {
	return &Extension{policy: p.WithDefaults()}
}

// Policy returns the limits in force, defaults filled in.
func (e *Extension) Policy() Policy { return e.policy }

// ExtensionName implements graphql.HandlerExtension.
func (e *Extension) ExtensionName() string { return "RequestLimits" }

// Validate implements graphql.HandlerExtension: it reads the @budget
// declarations of the schema's root fields and fails on a malformed one.
func (e *Extension) Validate(es graphql.ExecutableSchema) error {
	budgets, err := Budgets(es.Schema())
	if err != nil {
		return err
	}
	e.es, e.budgets = es, budgets
	return nil
}

// MutateOperationParameters implements graphql.OperationParameterMutator:
// it counts the document's tokens before gqlgen parses it.
func (e *Extension) MutateOperationParameters(ctx context.Context, params *graphql.RawParams) *gqlerror.Error {
	if n := countTokens(params.Query, e.policy.MaxTokens); n > e.policy.MaxTokens {
		return e.refuse(ctx, ReasonTokens, e.policy.MaxTokens,
			fmt.Sprintf("the document has more than %d tokens", e.policy.MaxTokens))
	}
	return nil
}

// countTokens counts the tokens of query, stopping after limit+1. A
// lexical error ends the count; the parser reports it.
func countTokens(query string, limit int) int {
	lex := lexer.New(&ast.Source{Input: query})
	n := 0
	for n <= limit {
		tok, err := lex.ReadToken()
		if err != nil || tok.Kind == lexer.EOF {
			break
		}
		n++
	}
	return n
}

// MutateOperationContext implements graphql.OperationContextMutator: it
// checks the validated operation against every limit but the tokens.
func (e *Extension) MutateOperationContext(ctx context.Context, opCtx *graphql.OperationContext) *gqlerror.Error {
	op := opCtx.Operation
	if op == nil {
		return nil
	}
	p := e.policy
	w := &walker{ctx: ctx, es: e.es, schema: e.es.Schema(), vars: opCtx.Variables, fragments: map[string]*shape{}}
	s := w.selectionSet(op.SelectionSet)

	if s.introspection && p.DisableIntrospection {
		if e.Refused != nil {
			e.Refused(ctx, ReasonIntrospectionDisabled)
		}
		return &gqlerror.Error{
			Message:    "introspection is switched off on this server",
			Extensions: map[string]any{"code": CodeForbidden, "reason": ReasonIntrospectionDisabled},
		}
	}
	if !p.DisableIntrospection {
		opCtx.DisableIntrospection = false
	}
	if s.depth > p.MaxDepth {
		return e.refuse(ctx, ReasonDepth, p.MaxDepth,
			fmt.Sprintf("the operation nests fields %d levels deep", s.depth))
	}
	if s.aliases > p.MaxAliases {
		return e.refuse(ctx, ReasonAliases, p.MaxAliases,
			fmt.Sprintf("the operation has %s aliased fields", count(s.aliases)))
	}

	root := rootType(e.es.Schema(), op.Operation)
	var fields []graphql.CollectedField
	if root != nil {
		fields = graphql.CollectFields(opCtx, op.SelectionSet, []string{root.Name})
	}
	if len(fields) > p.MaxRootFields {
		return e.refuse(ctx, ReasonRootFields, p.MaxRootFields,
			fmt.Sprintf("the operation has %d root fields", len(fields)))
	}
	if op.Operation == ast.Mutation && len(fields) > p.MaxMutations {
		return e.refuse(ctx, ReasonMutations, p.MaxMutations,
			fmt.Sprintf("the request has %d mutations", len(fields)))
	}
	var hashing, mailing []string
	for _, f := range fields {
		d := e.declaration(root, f, opCtx.Variables)
		if d.PasswordHash {
			hashing = append(hashing, f.Name)
		}
		if d.Mail {
			mailing = append(mailing, f.Name)
		}
	}
	if len(hashing) > p.MaxPasswordHashes {
		return e.refuse(ctx, ReasonPasswordHashes, p.MaxPasswordHashes,
			fmt.Sprintf("the request has %d fields that check or set a password (%s)", len(hashing), summary(hashing)))
	}
	if len(mailing) > p.MaxMails {
		return e.refuse(ctx, ReasonMails, p.MaxMails,
			fmt.Sprintf("the request has %d fields that send mail (%s)", len(mailing), summary(mailing)))
	}
	if s.complexity > p.MaxComplexity {
		return e.refuse(ctx, ReasonComplexity, p.MaxComplexity,
			fmt.Sprintf("the operation has complexity %s", count(s.complexity)))
	}
	return nil
}

// InterceptRootField implements graphql.RootFieldInterceptor: the field
// runs with its budget declaration in the context.
func (e *Extension) InterceptRootField(ctx context.Context, next graphql.RootResolver) graphql.Marshaler {
	fc := graphql.GetRootFieldContext(ctx)
	if fc == nil {
		return next(ctx)
	}
	var vars map[string]any
	if graphql.HasOperationContext(ctx) {
		vars = graphql.GetOperationContext(ctx).Variables
	}
	var root *ast.Definition
	if fc.Field.ObjectDefinition != nil {
		root = fc.Field.ObjectDefinition
	}
	return next(budget.Declare(ctx, e.declaration(root, fc.Field, vars)))
}

// declaration evaluates a root field's @budget for this request.
func (e *Extension) declaration(root *ast.Definition, f graphql.CollectedField, vars map[string]any) budget.Declaration {
	d := budget.Declaration{Field: f.Name}
	if root == nil {
		return d
	}
	fb, ok := e.budgets[root.Name+"."+f.Name]
	if !ok {
		return d
	}
	d.PasswordHash = fb.passwordHash
	d.Mail = fb.mail
	if d.Mail && fb.mailIf != nil {
		d.Mail = argumentIsTrue(f.ArgumentMap(vars), fb.mailIf)
	}
	return d
}

// argumentIsTrue follows path through the argument values and reports
// whether it ends at the Boolean true.
func argumentIsTrue(args map[string]any, path []string) bool {
	var v any = args
	for _, name := range path {
		m, ok := v.(map[string]any)
		if !ok {
			return false
		}
		v = m[name]
	}
	b, ok := v.(bool)
	return ok && b
}

func (e *Extension) refuse(ctx context.Context, reason string, limit int, what string) *gqlerror.Error {
	if e.Refused != nil {
		e.Refused(ctx, reason)
	}
	return &gqlerror.Error{
		Message:    fmt.Sprintf("%s; the limit is %d (%s)", what, limit, reason),
		Extensions: map[string]any{"code": Code, "reason": reason, "limit": limit},
	}
}

// summary names at most five fields.
func summary(names []string) string {
	if len(names) > 5 {
		return strings.Join(names[:5], ", ") + ", …"
	}
	return strings.Join(names, ", ")
}

// count prints a saturated count.
func count(n int) string {
	if n >= saturated {
		return "more than " + fmt.Sprint(saturated)
	}
	return fmt.Sprint(n)
}

func rootType(s *ast.Schema, op ast.Operation) *ast.Definition {
	switch op {
	case ast.Query:
		return s.Query
	case ast.Mutation:
		return s.Mutation
	case ast.Subscription:
		return s.Subscription
	}
	return nil
}

// saturated caps every count, so that sums cannot overflow.
const saturated = math.MaxInt32

func add(a, b int) int {
	if a >= saturated-b {
		return saturated
	}
	return a + b
}

// shape is what the walker learns about a selection set.
type shape struct {
	depth, aliases, complexity int
	introspection              bool
}

// walker computes the shape of an operation, each fragment once.
type walker struct {
	ctx       context.Context
	es        graphql.ExecutableSchema
	schema    *ast.Schema
	vars      map[string]any
	fragments map[string]*shape // nil value: being computed (a cycle)
}

func (w *walker) selectionSet(set ast.SelectionSet) shape {
	var s shape
	merge := func(c shape, depthOffset int) {
		s.depth = max(s.depth, add(c.depth, depthOffset))
		s.aliases = add(s.aliases, c.aliases)
		s.complexity = add(s.complexity, c.complexity)
		s.introspection = s.introspection || c.introspection
	}
	for _, sel := range set {
		switch sel := sel.(type) {
		case *ast.Field:
			merge(w.field(sel), 0)
		case *ast.InlineFragment:
			merge(w.selectionSet(sel.SelectionSet), 0)
		case *ast.FragmentSpread:
			if c, ok := w.fragments[sel.Name]; ok {
				if c != nil {
					merge(*c, 0)
				}
				continue
			}
			if sel.Definition == nil {
				continue
			}
			w.fragments[sel.Name] = nil
			c := w.selectionSet(sel.Definition.SelectionSet)
			w.fragments[sel.Name] = &c
			merge(c, 0)
		}
	}
	return s
}

func (w *walker) field(f *ast.Field) shape {
	var s shape
	if f.Alias != "" && f.Alias != f.Name {
		s.aliases = 1
	}
	if f.Name == "__schema" || f.Name == "__type" {
		// Introspection reads the static schema; gqlparser's
		// MaxIntrospectionDepth rule bounds its nesting, and it costs
		// nothing in complexity.
		s.depth, s.introspection = 1, true
		inner := w.selectionSet(f.SelectionSet)
		s.aliases = add(s.aliases, inner.aliases)
		return s
	}
	inner := w.selectionSet(f.SelectionSet)
	s.depth = add(inner.depth, 1)
	s.aliases = add(s.aliases, inner.aliases)
	s.introspection = inner.introspection
	s.complexity = w.complexity(f, inner.complexity)
	return s
}

// complexity is the field's cost given its selection's cost: the
// schema's complexity function when it has one, else 1 plus the child.
func (w *walker) complexity(f *ast.Field, child int) int {
	if f.Definition == nil || f.ObjectDefinition == nil {
		return add(1, child)
	}
	args := f.ArgumentMap(w.vars)
	fieldType := w.schema.Types[f.Definition.Type.Name()]
	kind := ast.Object
	if fieldType != nil {
		kind = fieldType.Kind
	}
	if kind == ast.Scalar || kind == ast.Enum {
		child = 0
	}
	if f.ObjectDefinition.Kind == ast.Interface {
		// An interface field costs what its most expensive implementation
		// costs.
		worst := 0
		for _, t := range w.schema.GetPossibleTypes(f.ObjectDefinition) {
			worst = max(worst, w.fieldComplexity(t.Name, f.Name, child, args))
		}
		return worst
	}
	return w.fieldComplexity(f.ObjectDefinition.Name, f.Name, child, args)
}

func (w *walker) fieldComplexity(typeName, field string, child int, args map[string]any) int {
	if c, ok := w.es.Complexity(w.ctx, typeName, field, child, args); ok && c >= 1 {
		return min(c, saturated)
	}
	return add(1, child)
}

// fieldBudget is a root field's @budget directive.
type fieldBudget struct {
	passwordHash, mail bool
	mailIf             []string // argument path, nil: unconditional
}

// DirectiveName is the schema directive that declares a root field's
// budget.
const DirectiveName = "budget"

// Budgets reads the @budget directives of the root fields of schema,
// keyed "Type.field". It fails when a directive sits on a field that is
// not a root field, or names in mailIf an argument path that is not a
// Boolean argument of the field.
func Budgets(schema *ast.Schema) (map[string]fieldBudget, error) {
	roots := map[*ast.Definition]bool{}
	for _, r := range []*ast.Definition{schema.Query, schema.Mutation, schema.Subscription} {
		if r != nil {
			roots[r] = true
		}
	}
	out := map[string]fieldBudget{}
	var errs []error
	for _, def := range schema.Types {
		for _, f := range def.Fields {
			dir := f.Directives.ForName(DirectiveName)
			if dir == nil {
				continue
			}
			key := def.Name + "." + f.Name
			if !roots[def] {
				errs = append(errs, fmt.Errorf("requestlimit: @%s on %s: only root fields have a budget", DirectiveName, key))
				continue
			}
			fb := fieldBudget{passwordHash: boolArgument(dir, "passwordHash"), mail: boolArgument(dir, "mail")}
			if a := dir.Arguments.ForName("mailIf"); a != nil && a.Value != nil && a.Value.Kind == ast.StringValue {
				fb.mailIf = strings.Split(a.Value.Raw, ".")
				if !fb.mail {
					errs = append(errs, fmt.Errorf("requestlimit: @%s on %s: mailIf without mail: true", DirectiveName, key))
				}
				if !booleanArgumentPath(schema, f.Arguments, fb.mailIf) {
					errs = append(errs, fmt.Errorf("requestlimit: @%s on %s: mailIf %q is not a Boolean argument of the field", DirectiveName, key, a.Value.Raw))
				}
			}
			out[key] = fb
		}
	}
	return out, errors.Join(errs...)
}

func boolArgument(dir *ast.Directive, name string) bool {
	a := dir.Arguments.ForName(name)
	return a != nil && a.Value != nil && a.Value.Kind == ast.BooleanValue && a.Value.Raw == "true"
}

// booleanArgumentPath reports whether path names a Boolean argument, or a
// Boolean field of input objects reached through arguments.
func booleanArgumentPath(schema *ast.Schema, args ast.ArgumentDefinitionList, path []string) bool {
	if len(path) == 0 {
		return false
	}
	arg := args.ForName(path[0])
	if arg == nil {
		return false
	}
	t := arg.Type
	for _, name := range path[1:] {
		def := schema.Types[t.Name()]
		if def == nil || def.Kind != ast.InputObject || t.Elem != nil {
			return false
		}
		f := def.Fields.ForName(name)
		if f == nil {
			return false
		}
		t = f.Type
	}
	return t.Elem == nil && t.Name() == "Boolean"
}
