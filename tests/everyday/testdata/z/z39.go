package main

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

type TokenKind int

const (
	EOF TokenKind = iota
	Ident
	Number
	String
	Keyword
	Operator
	Punct
	Illegal
)

func (k TokenKind) String() string {
	if names := [...]string{"EOF", "Ident", "Number", "String", "Keyword", "Operator", "Punct", "Illegal"}; int(k) < len(names) {
		return names[k]
	}
	return fmt.Sprintf("TokenKind(%d)", int(k))
}

type Token struct {
	Kind      TokenKind
	Text      string
	Line, Col int
}

func (t Token) String() string { return fmt.Sprintf("%d:%d %v %q", t.Line, t.Col, t.Kind, t.Text) }

var keywords = map[string]bool{"let": true, "fn": true, "if": true, "else": true, "return": true}

type Lexer struct {
	src       string
	pos       int
	line, col int
}

func NewLexer(src string) *Lexer { return &Lexer{src: src, line: 1, col: 1} }

func (l *Lexer) next() rune {
	r, w := utf8.DecodeRuneInString(l.src[l.pos:])
	l.pos += w
	if r == '\n' {
		l.line, l.col = l.line+1, 1
	} else {
		l.col++
	}
	return r
}

func (l *Lexer) peek() rune {
	r, _ := utf8.DecodeRuneInString(l.src[l.pos:])
	return r
}

func (l *Lexer) takeWhile(pred func(rune) bool) {
	for l.pos < len(l.src) && pred(l.peek()) {
		l.next()
	}
}

func (l *Lexer) Next() Token {
	l.takeWhile(unicode.IsSpace)
	start, line, col := l.pos, l.line, l.col
	tok := func(k TokenKind) Token { return Token{k, l.src[start:l.pos], line, col} }
	if l.pos >= len(l.src) {
		return Token{EOF, "", line, col}
	}
	r := l.next()
	switch {
	case unicode.IsLetter(r) || r == '_':
		l.takeWhile(func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_' })
		if keywords[l.src[start:l.pos]] {
			return tok(Keyword)
		}
		return tok(Ident)
	case unicode.IsDigit(r):
		l.takeWhile(func(r rune) bool { return unicode.IsDigit(r) || r == '.' })
		return tok(Number)
	case r == '"':
		l.takeWhile(func(r rune) bool { return r != '"' && r != '\n' })
		if l.peek() != '"' {
			return tok(Illegal)
		}
		l.next()
		return tok(String)
	case strings.ContainsRune("=!<>+-*/", r):
		if strings.ContainsRune("=!<>", r) && l.peek() == '=' {
			l.next()
		}
		return tok(Operator)
	case strings.ContainsRune("(){},;", r):
		return tok(Punct)
	}
	return tok(Illegal)
}

const program = `let x = 42;
fn add(a, b) { return a + b; }
if x >= 10 { let s = "héllo wörld"; } else { x = x - 1.5; }
let π = 3.14 @ "unterminated`

func main() {
	lx := NewLexer(program)
	counts := map[TokenKind]int{}
	var idents []string
	for {
		t := lx.Next()
		counts[t.Kind]++
		if t.Kind == EOF {
			break
		}
		if t.Kind == Ident || t.Kind == Illegal || t.Kind == String {
			fmt.Println(t)
		}
		if t.Kind == Ident {
			idents = append(idents, t.Text)
		}
	}
	fmt.Println(counts, strings.Join(idents, ","), TokenKind(42))
	fmt.Printf("%+v\n", NewLexer("a<=b").Next())
}
