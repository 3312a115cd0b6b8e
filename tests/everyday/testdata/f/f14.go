// f14: hand-written lexer for a log query language with line:col positions and error recovery.
package main

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

type Kind int

const (
	EOF Kind = iota
	Ident
	Keyword
	String
	Number
	Duration
	Op
	Punct
	Illegal
)

func (k Kind) String() string {
	return [...]string{"EOF", "IDENT", "KEYWORD", "STRING", "NUMBER", "DURATION", "OP", "PUNCT", "ILLEGAL"}[k]
}

var keywords = map[string]bool{"where": true, "and": true, "or": true, "not": true, "in": true, "since": true, "limit": true}

type Token struct {
	Kind      Kind
	Text      string
	Line, Col int
}

type Lexer struct {
	src            string
	off, line, col int
	errs           []string
}

func (l *Lexer) peek() rune {
	r, _ := utf8.DecodeRuneInString(l.src[l.off:])
	return r
}

func (l *Lexer) advance() rune {
	r, size := utf8.DecodeRuneInString(l.src[l.off:])
	l.off += size
	if r == '\n' {
		l.line, l.col = l.line+1, 1
	} else {
		l.col++
	}
	return r
}

func (l *Lexer) acceptWhile(pred func(rune) bool) {
	for l.off < len(l.src) && pred(l.peek()) {
		l.advance()
	}
}

func (l *Lexer) Next() Token {
	l.acceptWhile(unicode.IsSpace)
	start, line, col := l.off, l.line, l.col
	tok := func(k Kind) Token { return Token{k, l.src[start:l.off], line, col} }
	if l.off >= len(l.src) {
		return tok(EOF)
	}
	switch r := l.advance(); {
	case r == utf8.RuneError:
		l.errs = append(l.errs, fmt.Sprintf("%d:%d: invalid UTF-8 byte", line, col))
		return tok(Illegal)
	case unicode.IsLetter(r) || r == '_':
		l.acceptWhile(func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_' || r == '.' })
		t := tok(Ident)
		if keywords[strings.ToLower(t.Text)] {
			t.Kind = Keyword
		}
		return t
	case unicode.IsDigit(r):
		l.acceptWhile(func(r rune) bool { return unicode.IsDigit(r) || r == '.' })
		if strings.ContainsRune("smhd", l.peek()) && l.off < len(l.src) {
			l.acceptWhile(unicode.IsLetter)
			return tok(Duration)
		}
		return tok(Number)
	case r == '"' || r == '\'':
		for l.off < len(l.src) && l.peek() != r && l.peek() != '\n' {
			if l.advance() == '\\' && l.off < len(l.src) {
				l.advance()
			}
		}
		if l.off >= len(l.src) || l.peek() != r {
			l.errs = append(l.errs, fmt.Sprintf("%d:%d: unterminated string", line, col))
			return tok(Illegal)
		}
		l.advance()
		return tok(String)
	case strings.ContainsRune("=!<>~", r):
		if l.peek() == '=' || (r == '!' && l.peek() == '~') {
			l.advance()
		}
		if t := tok(Op); t.Text != "!" {
			return t
		}
		l.errs = append(l.errs, fmt.Sprintf("%d:%d: '!' must be followed by '=' or '~'", line, col))
		return tok(Illegal)
	case strings.ContainsRune("(),|", r):
		return tok(Punct)
	default:
		l.errs = append(l.errs, fmt.Sprintf("%d:%d: unexpected %q", line, col, r))
		return tok(Illegal)
	}
}

func main() {
	queries := []string{
		`service = "billing" AND level IN ("warn", "error") since 15m | limit 100`,
		"where http.status >= 500\n  and not path ~ '^/health'\n  and latency_ms > 250.5",
		`msg != "unterminated`,
		"user ! admin & x = 1",
		"naïve_field = 'ok' or bad\xff = 2",
	}
	for qi, q := range queries {
		fmt.Printf("query %d:\n", qi+1)
		lx := &Lexer{src: q, line: 1, col: 1}
		counts := map[Kind]int{}
		for {
			t := lx.Next()
			counts[t.Kind]++
			if t.Kind == EOF {
				break
			}
			fmt.Printf("  %2d:%-3d %-8s %q\n", t.Line, t.Col, t.Kind, t.Text)
		}
		var summary []string
		for k := Ident; k <= Illegal; k++ {
			if counts[k] > 0 {
				summary = append(summary, fmt.Sprintf("%s=%d", k, counts[k]))
			}
		}
		fmt.Println("  summary:", strings.Join(summary, " "))
		for _, e := range lx.errs {
			fmt.Println("  error:", e)
		}
	}
}
