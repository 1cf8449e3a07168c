package tracing

import (
	"strings"
)

// MaxStatementText bounds the SQL text kept in a span (db.query.text);
// longer text is cut and ends in "…".
const MaxStatementText = 2048

// StatementInfo is what a span may say about one SQL statement.
type StatementInfo struct {
	// Operation is the statement's first keyword in upper case (SELECT,
	// INSERT, UPDATE, DELETE, WITH, BEGIN, ...), or "SQL" when it does not
	// start with one.
	Operation string
	// Table is the first table the statement names after FROM, INTO or
	// UPDATE, or "" when there is none.
	Table string
	// Text is the statement with every literal replaced (see Sanitize),
	// at most MaxStatementText bytes.
	Text string
}

// Statement describes query for a span: its operation, its main table and
// its text without literals.
func Statement(query string) StatementInfo {
	text := Sanitize(query)
	info := StatementInfo{Operation: "SQL"}
	words := keywords(text, 64)
	if len(words) > 0 && isKeyword(words[0]) {
		info.Operation = strings.ToUpper(words[0])
	}
	for i := 0; i+1 < len(words); i++ {
		switch strings.ToUpper(words[i]) {
		case "FROM", "INTO", "UPDATE":
			if t := unquote(words[i+1]); t != "" && !notTable[strings.ToUpper(t)] {
				info.Table = t
			}
		}
		if info.Table != "" {
			break
		}
	}
	if len(text) > MaxStatementText {
		cut := MaxStatementText
		for cut > 0 && text[cut]&0xC0 == 0x80 { // not inside a UTF-8 sequence
			cut--
		}
		text = text[:cut] + "…"
	}
	info.Text = text
	return info
}

// Sanitize returns query with every literal replaced by '?': strings in
// single quotes (also E'...', X'...'), dollar-quoted strings, and numbers
// that are not part of a name or a placeholder ($1 stays). Comments are
// dropped, since they may hold anything. Quoted identifiers ("users",
// `users`) are kept. What is left are keywords, names, operators and placeholders,
// which cannot carry a value of a user.
func Sanitize(query string) string {
	var b strings.Builder
	b.Grow(len(query))
	for i := 0; i < len(query); {
		c := query[i]
		switch {
		case c == '\'':
			i = skipQuoted(query, i, '\'')
			b.WriteByte('?')
		case c == '"' || c == '`':
			j := skipQuoted(query, i, c)
			b.WriteString(query[i:j])
			i = j
		case c == '-' && i+1 < len(query) && query[i+1] == '-':
			for i < len(query) && query[i] != '\n' {
				i++
			}
		case c == '/' && i+1 < len(query) && query[i+1] == '*':
			end := strings.Index(query[i+2:], "*/")
			if end < 0 {
				i = len(query)
			} else {
				i += 2 + end + 2
			}
			b.WriteByte(' ')
		case c == '$':
			j := i + 1
			for j < len(query) && isDigit(query[j]) {
				j++
			}
			if j > i+1 { // a placeholder: $1
				b.WriteString(query[i:j])
				i = j
				continue
			}
			// A dollar-quoted string: $tag$ ... $tag$.
			for j < len(query) && isNameByte(query[j]) {
				j++
			}
			if j < len(query) && query[j] == '$' {
				tag := query[i : j+1]
				end := strings.Index(query[j+1:], tag)
				if end < 0 {
					i = len(query)
				} else {
					i = j + 1 + end + len(tag)
				}
				b.WriteByte('?')
				continue
			}
			b.WriteByte(c)
			i++
		case isNameByte(c):
			j := i
			for j < len(query) && (isNameByte(query[j]) || (isDigit(query[i]) && query[j] == '.')) {
				j++
			}
			if isDigit(c) {
				b.WriteByte('?')
			} else {
				b.WriteString(query[i:j])
			}
			i = j
		case c == '.' && i+1 < len(query) && isDigit(query[i+1]) && (i == 0 || !isNameByte(query[i-1])):
			j := i + 1
			for j < len(query) && isNameByte(query[j]) {
				j++
			}
			b.WriteByte('?')
			i = j
		default:
			b.WriteByte(c)
			i++
		}
	}
	return b.String()
}

// skipQuoted returns the index after the quoted text starting at
// query[i] == q, where a doubled q stands for itself; the end of query
// when it is not closed.
func skipQuoted(query string, i int, q byte) int {
	for j := i + 1; j < len(query); j++ {
		if query[j] != q {
			continue
		}
		if j+1 < len(query) && query[j+1] == q {
			j++
			continue
		}
		return j + 1
	}
	return len(query)
}

// keywords returns up to n words of text outside parentheses (so not of
// subqueries): names and quoted names, nothing else.
func keywords(text string, n int) []string {
	var out []string
	depth := 0
	for i := 0; i < len(text) && len(out) < n; {
		c := text[i]
		switch {
		case c == '(':
			depth++
			i++
		case c == ')':
			depth = max(depth-1, 0)
			i++
		case c == '"' || c == '`':
			j := skipQuoted(text, i, c)
			if depth == 0 {
				out = append(out, text[i:j])
			}
			i = j
		case isNameByte(c):
			j := i
			for j < len(text) && (isNameByte(text[j]) || text[j] == '.') {
				j++
			}
			if depth == 0 {
				out = append(out, text[i:j])
			}
			i = j
		default:
			i++
		}
	}
	return out
}

// unquote returns the table name of word (a name, a quoted name, or
// schema.name), or "" when word is no plain name.
func unquote(word string) string {
	if i := strings.LastIndexByte(word, '.'); i >= 0 && !strings.HasPrefix(word, `"`) && !strings.HasPrefix(word, "`") {
		word = word[i+1:]
	}
	for _, q := range []string{`"`, "`"} {
		if strings.HasPrefix(word, q) {
			word = strings.TrimSuffix(strings.TrimPrefix(word, q), q)
		}
	}
	if word == "" || len(word) > 63 || isDigit(word[0]) {
		return ""
	}
	for i := 0; i < len(word); i++ {
		if !isNameByte(word[i]) {
			return ""
		}
	}
	return word
}

// notTable are the words after FROM, INTO or UPDATE that name no table
// (a subquery, a modifier).
var notTable = map[string]bool{"SELECT": true, "WITH": true, "LATERAL": true, "ONLY": true, "OR": true, "VALUES": true, "SET": true, "AS": true}

// isKeyword reports whether word can be an SQL statement's first keyword.
func isKeyword(word string) bool {
	if word == "" || len(word) > 16 {
		return false
	}
	for i := 0; i < len(word); i++ {
		c := word[i] | 0x20
		if c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func isNameByte(c byte) bool {
	return c == '_' || isDigit(c) || (c|0x20 >= 'a' && c|0x20 <= 'z') || c >= 0x80
}
