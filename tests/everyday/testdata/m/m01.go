package main

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
)

type Kind int

const (
	EOF Kind = iota
	Number
	Ident
	Plus
	Minus
	Star
	Slash
	LParen
	RParen
	Assign
	Illegal
)

var kindNames = [...]string{"EOF", "Number", "Ident", "Plus", "Minus", "Star", "Slash", "LParen", "RParen", "Assign", "Illegal"}

func (k Kind) String() string {
	if int(k) >= 0 && int(k) < len(kindNames) {
		return kindNames[k]
	}
	return fmt.Sprintf("Kind(%d)", int(k))
}

type Pos struct{ Line, Col int }

func (p Pos) String() string { return fmt.Sprintf("%d:%d", p.Line, p.Col) }

type Token struct {
	Kind Kind
	Text string
	Pos
}

type Lexer struct {
	src       []rune
	i         int
	line, col int
}

func NewLexer(s string) *Lexer { return &Lexer{src: []rune(s), line: 1, col: 1} }

func (l *Lexer) peek() rune {
	if l.i >= len(l.src) {
		return 0
	}
	return l.src[l.i]
}

func (l *Lexer) advance() rune {
	r := l.src[l.i]
	l.i++
	if r == '\n' {
		l.line++
		l.col = 1
	} else {
		l.col++
	}
	return r
}

var singles = map[rune]Kind{'+': Plus, '-': Minus, '*': Star, '/': Slash, '(': LParen, ')': RParen, '=': Assign}

func (l *Lexer) Next() Token {
	for l.i < len(l.src) {
		if r := l.peek(); unicode.IsSpace(r) {
			l.advance()
		} else if r == '#' {
			for l.i < len(l.src) && l.peek() != '\n' {
				l.advance()
			}
		} else {
			break
		}
	}
	start := Pos{l.line, l.col}
	if l.i >= len(l.src) {
		return Token{EOF, "", start}
	}
	var sb strings.Builder
	switch r := l.peek(); {
	case unicode.IsDigit(r):
		seenDot := false
		for unicode.IsDigit(l.peek()) || (l.peek() == '.' && !seenDot) {
			if l.peek() == '.' {
				seenDot = true
			}
			sb.WriteRune(l.advance())
		}
		return Token{Number, sb.String(), start}
	case unicode.IsLetter(r) || r == '_':
		for p := l.peek(); unicode.IsLetter(p) || unicode.IsDigit(p) || p == '_'; p = l.peek() {
			sb.WriteRune(l.advance())
		}
		return Token{Ident, sb.String(), start}
	}
	r := l.advance()
	if k, ok := singles[r]; ok {
		return Token{k, string(r), start}
	}
	return Token{Illegal, string(r), start}
}

func main() {
	src := "rate = 1.25 # hourly\ntotal = (hours + 2) * rate\nbonus = total / 3 - x_1 $ 7.5.2"
	lx := NewLexer(src)
	next := lx.Next // method value
	counts := map[Kind]int{}
	for t := next(); ; t = next() {
		counts[t.Kind]++
		fmt.Printf("%-5s %-8v %q\n", t.Pos, t.Kind, t.Text)
		if t.Kind == EOF {
			break
		}
	}
	kinds := make([]Kind, 0, len(counts))
	for k := range counts {
		kinds = append(kinds, k)
	}
	sort.Slice(kinds, func(i, j int) bool { return kinds[i] < kinds[j] })
	fmt.Println("--- summary ---")
	for _, k := range kinds {
		fmt.Printf("%-8v %d\n", k, counts[k])
	}
}
