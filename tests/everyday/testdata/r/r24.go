package main

import (
	"fmt"
	"strings"
	"unicode"
)

type Kind int

const (
	Ident Kind = iota
	Keyword
	Number
	String
	Symbol
	End
)

var kindNames = []string{"IDENT", "KEYWORD", "NUMBER", "STRING", "SYMBOL", "END"}

func (k Kind) String() string { return kindNames[k] }

type Tok struct {
	Kind Kind
	Val  string
}

var keywords = map[string]bool{"SELECT": true, "FROM": true, "WHERE": true, "AND": true, "OR": true, "ORDER": true, "BY": true, "LIMIT": true, "DESC": true, "ASC": true}

type Lexer struct {
	src []rune
	pos int
}

func (l *Lexer) Next() (Tok, error) {
	for l.pos < len(l.src) && unicode.IsSpace(l.src[l.pos]) {
		l.pos++
	}
	if l.pos >= len(l.src) {
		return Tok{End, ""}, nil
	}
	start := l.pos
	r := l.src[l.pos]
	take := func(pred func(rune) bool) string {
		for l.pos < len(l.src) && pred(l.src[l.pos]) {
			l.pos++
		}
		return string(l.src[start:l.pos])
	}
	switch {
	case unicode.IsLetter(r) || r == '_':
		w := take(func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_' })
		if up := strings.ToUpper(w); keywords[up] {
			return Tok{Keyword, up}, nil
		}
		return Tok{Ident, w}, nil
	case unicode.IsDigit(r):
		return Tok{Number, take(func(r rune) bool { return unicode.IsDigit(r) || r == '.' })}, nil
	case r == '\'':
		var b strings.Builder
		l.pos++
		for l.pos < len(l.src) {
			c := l.src[l.pos]
			l.pos++
			if c == '\'' {
				if l.pos < len(l.src) && l.src[l.pos] == '\'' { // escaped ''
					b.WriteRune('\'')
					l.pos++
					continue
				}
				return Tok{String, b.String()}, nil
			}
			b.WriteRune(c)
		}
		return Tok{}, fmt.Errorf("unterminated string starting at %d", start)
	}
	for _, op := range []string{"<=", ">=", "!=", "<>", "=", "<", ">", ",", "*", "(", ")"} {
		if strings.HasPrefix(string(l.src[l.pos:]), op) {
			l.pos += len(op)
			return Tok{Symbol, op}, nil
		}
	}
	return Tok{}, fmt.Errorf("unexpected character %q at %d", r, start)
}

func Lex(q string) ([]Tok, error) {
	l := &Lexer{src: []rune(q)}
	var toks []Tok
	for {
		t, err := l.Next()
		if err != nil {
			return toks, err
		}
		if t.Kind == End {
			return toks, nil
		}
		toks = append(toks, t)
	}
}

func main() {
	queries := []string{
		"SELECT name, age FROM users WHERE age >= 21 AND city = 'São Paulo' ORDER BY age DESC LIMIT 10",
		"select * from logs where msg = 'it''s broken' or level <> 'info'",
		"SELECT total FROM orders WHERE amount > 99.95",
		"SELECT x FROM t WHERE y = 'oops",
		"SELECT a FROM b WHERE c ~ 1",
	}
	for _, q := range queries {
		fmt.Println("query:", q)
		toks, err := Lex(q)
		counts := map[Kind]int{}
		var parts []string
		for _, t := range toks {
			counts[t.Kind]++
			parts = append(parts, fmt.Sprintf("%s:%s", t.Kind.String()[:3], t.Val))
		}
		fmt.Println("  ", strings.Join(parts, " "))
		var summary []string
		for k := range End {
			if counts[k] > 0 {
				summary = append(summary, fmt.Sprintf("%s=%d", k, counts[k]))
			}
		}
		fmt.Println("   counts:", strings.Join(summary, " "))
		if err != nil {
			fmt.Println("   error:", err)
		}
	}
}
