package requestlimit

import (
	"strings"
	"testing"

	"github.com/vektah/gqlparser/v2"
	"github.com/vektah/gqlparser/v2/ast"
)

const directive = `directive @budget(passwordHash: Boolean! = false, mail: Boolean! = false, mailIf: String) on FIELD_DEFINITION
`

func load(t *testing.T, sdl string) *ast.Schema {
	t.Helper()
	s, err := gqlparser.LoadSchema(&ast.Source{Input: directive + sdl})
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestBudgets(t *testing.T) {
	s := load(t, `
		type Query { a: Int }
		input In { send: Boolean, nested: Inner, many: [Boolean] }
		input Inner { flag: Boolean! }
		type Mutation {
			login: Int @budget(passwordHash: true)
			invite(input: In): Int @budget(mail: true, mailIf: "input.send")
			deep(input: In): Int @budget(mail: true, mailIf: "input.nested.flag")
			plain: Int
		}`)
	got, err := Budgets(s)
	if err != nil {
		t.Fatal(err)
	}
	if !got["Mutation.login"].passwordHash || got["Mutation.login"].mail {
		t.Errorf("login: %+v", got["Mutation.login"])
	}
	if fb := got["Mutation.invite"]; !fb.mail || strings.Join(fb.mailIf, ".") != "input.send" {
		t.Errorf("invite: %+v", fb)
	}
	if fb := got["Mutation.deep"]; strings.Join(fb.mailIf, ".") != "input.nested.flag" {
		t.Errorf("deep: %+v", fb)
	}
	if _, ok := got["Mutation.plain"]; ok {
		t.Error("plain declares nothing")
	}

	for name, sdl := range map[string]string{
		"not a root field":   `type Query { u: U } type U { x: Int @budget(mail: true) }`,
		"mailIf not bool":    `type Query { a: Int } type Mutation { m(n: Int): Int @budget(mail: true, mailIf: "n") }`,
		"mailIf unknown":     `type Query { a: Int } type Mutation { m(n: Boolean): Int @budget(mail: true, mailIf: "x") }`,
		"mailIf in a list":   `type Query { a: Int } input In { many: [Boolean] } type Mutation { m(i: In): Int @budget(mail: true, mailIf: "i.many") }`,
		"mailIf sans mail":   `type Query { a: Int } type Mutation { m(n: Boolean): Int @budget(mailIf: "n") }`,
		"mailIf past a leaf": `type Query { a: Int } type Mutation { m(n: Boolean): Int @budget(mail: true, mailIf: "n.x") }`,
	} {
		if _, err := Budgets(load(t, sdl)); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
}

func TestArgumentIsTrue(t *testing.T) {
	args := map[string]any{"input": map[string]any{"send": true, "off": false, "name": "x"}}
	for path, want := range map[string]bool{"input.send": true, "input.off": false, "input.name": false, "input.none": false, "input": false, "x.y": false} {
		if got := argumentIsTrue(args, strings.Split(path, ".")); got != want {
			t.Errorf("%s = %v, want %v", path, got, want)
		}
	}
}

func TestCountTokens(t *testing.T) {
	for q, want := range map[string]int{
		"":                        0,
		"{ a }":                   3,
		"query Q($v: Int) { a }":  11,
		"# a comment\n{ a }":      4, // comments count
		`{ a(s: "long string") }`: 8,
	} {
		if got := countTokens(q, 100); got != want {
			t.Errorf("countTokens(%q) = %d, want %d", q, got, want)
		}
	}
	if got := countTokens(strings.Repeat("{ ", 1000), 10); got != 11 {
		t.Errorf("count stops at limit+1: got %d", got)
	}
}

func TestWithDefaults(t *testing.T) {
	p := Policy{MaxDepth: 3}.WithDefaults()
	if p.MaxDepth != 3 || p.MaxAliases != DefaultMaxAliases || p.MaxPasswordHashes != DefaultMaxPasswordHashes ||
		p.MaxMails != DefaultMaxMails || p.MaxComplexity != DefaultMaxComplexity || p.MaxTokens != DefaultMaxTokens {
		t.Fatalf("%+v", p)
	}
}
