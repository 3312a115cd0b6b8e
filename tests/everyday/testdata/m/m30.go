package main

import (
	"fmt"
	"strings"
	"unicode"
)

type Kind int

const (
	EOF Kind = iota
	Ident
	Keyword
	Int
	Float
	String
	Operator
	Illegal
)

func (k Kind) String() string {
	return [...]string{"EOF", "Ident", "Keyword", "Int", "Float", "String", "Operator", "Illegal"}[k]
}

type Token struct {
	Kind      Kind
	Text      string
	Line, Col int
}

var keywords = map[string]bool{"func": true, "var": true, "if": true, "else": true, "for": true, "return": true}

// Longest operators first so that ":=" wins over ":".
var operators = []string{"<<=", "...", ":=", "==", "!=", "<=", ">=", "&&", "||", "++", "+=", "<<",
	"+", "-", "*", "/", "%", "<", ">", "=", "!", "(", ")", "{", "}", "[", "]", ",", ";", ":", "."}

type Lexer struct {
	src       string
	pos       int
	line, col int
	Errors    []string
}

func (l *Lexer) advance(n int) string {
	s := l.src[l.pos : l.pos+n]
	for _, r := range s {
		if r == '\n' {
			l.line, l.col = l.line+1, 1
		} else {
			l.col++
		}
	}
	l.pos += n
	return s
}

func (l *Lexer) span(ok func(rune) bool) int {
	n := strings.IndexFunc(l.src[l.pos:], func(r rune) bool { return !ok(r) })
	if n < 0 {
		n = len(l.src) - l.pos
	}
	return n
}

func (l *Lexer) Next() Token {
skip:
	for l.pos < len(l.src) {
		switch rest := l.src[l.pos:]; {
		case unicode.IsSpace(rune(rest[0])):
			l.advance(1)
		case strings.HasPrefix(rest, "//"):
			l.advance(l.span(func(r rune) bool { return r != '\n' }))
		default:
			break skip
		}
	}
	tok := Token{Line: l.line, Col: l.col}
	if l.pos >= len(l.src) {
		return tok
	}
	rest := l.src[l.pos:]
	switch c := rune(rest[0]); {
	case unicode.IsLetter(c) || c == '_':
		tok.Text = l.advance(l.span(func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_' }))
		tok.Kind = map[bool]Kind{true: Keyword, false: Ident}[keywords[tok.Text]]
	case unicode.IsDigit(c):
		tok.Kind, tok.Text = Int, l.advance(l.span(func(r rune) bool { return unicode.IsDigit(r) || r == '.' }))
		if strings.Contains(tok.Text, ".") {
			tok.Kind = Float
		}
	case c == '"':
		end := strings.IndexAny(rest[1:], "\"\n")
		if end < 0 || rest[1+end] == '\n' {
			tok.Kind, tok.Text = Illegal, l.advance(max(end+1, 1))
			l.Errors = append(l.Errors, fmt.Sprintf("%d:%d: unterminated string", tok.Line, tok.Col))
			return tok
		}
		tok.Kind, tok.Text = String, l.advance(end+2)
	default:
		for _, op := range operators {
			if strings.HasPrefix(rest, op) {
				tok.Kind, tok.Text = Operator, l.advance(len(op))
				return tok
			}
		}
		tok.Kind, tok.Text = Illegal, l.advance(1)
		l.Errors = append(l.Errors, fmt.Sprintf("%d:%d: unexpected %q", tok.Line, tok.Col, c))
	}
	return tok
}

const src = `func sum(xs []int) int {
	total := 0 // running total
	for i := 0; i <= len(xs); i++ { total += xs[i] }
	if total >= 10 && ok { return total << 1 }
	var s = "hi" @ 3.14
	return "oops
}`

func main() {
	lx := &Lexer{src: src, line: 1, col: 1}
	counts := map[Kind]int{}
	var line []string
	lastLine := 1
	for tok := lx.Next(); ; tok = lx.Next() {
		if tok.Line != lastLine || tok.Kind == EOF {
			fmt.Printf("line %d: %s\n", lastLine, strings.Join(line, " "))
			line, lastLine = nil, tok.Line
		}
		if tok.Kind == EOF {
			break
		}
		counts[tok.Kind]++
		line = append(line, fmt.Sprintf("%s(%s)@%d", tok.Kind, tok.Text, tok.Col))
	}
	for k := Ident; k <= Illegal; k++ {
		fmt.Printf("%-8v %d\n", k, counts[k])
	}
	for _, e := range lx.Errors {
		fmt.Println("error:", e)
	}
}
