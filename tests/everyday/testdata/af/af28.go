package main

import (
	"fmt"
	"strings"
)

type Kind int

const (
	EOF Kind = iota
	Illegal
	Ident
	Keyword
	Int
	Float
	String
	Char
	Operator
	Punct
	Comment
)

var kindNames = [...]string{"EOF", "ILLEGAL", "IDENT", "KEYWORD", "INT", "FLOAT", "STRING", "CHAR", "OP", "PUNCT", "COMMENT"}

func (k Kind) String() string { return kindNames[k] }

type Pos struct{ Line, Col int }

type Token struct {
	Kind Kind
	Text string
	Pos  Pos
	Err  string
}

var keywords = map[string]bool{"int": true, "float": true, "if": true, "else": true, "while": true, "return": true, "struct": true, "char": true, "void": true}

// operators sorted longest first so the scanner can do maximal munch.
var operators = []string{"<<=", ">>=", "==", "!=", "<=", ">=", "&&", "||", "++", "--", "+=", "-=", "->", "<<", ">>",
	"+", "-", "*", "/", "%", "=", "<", ">", "!", "&", "|", "^", "~", "?", ":"}

type Lexer struct {
	src       string
	off       int
	line, col int
}

func (l *Lexer) advance(n int) {
	for _, c := range l.src[l.off : l.off+n] {
		if c == '\n' {
			l.line, l.col = l.line+1, 1
		} else {
			l.col++
		}
	}
	l.off += n
}

func isLetter(c byte) bool { return c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }
func isDigit(c byte) bool  { return c >= '0' && c <= '9' }

func (l *Lexer) Next() Token {
	for l.off < len(l.src) && strings.IndexByte(" \t\r\n", l.src[l.off]) >= 0 {
		l.advance(1)
	}
	start, pos := l.off, Pos{l.line, l.col}
	tok := func(k Kind, n int, err string) Token {
		l.advance(n)
		return Token{k, l.src[start:l.off], pos, err}
	}
	if l.off >= len(l.src) {
		return Token{EOF, "", pos, ""}
	}
	rest := l.src[l.off:]
	c := rest[0]
	n := 1
	switch {
	case strings.HasPrefix(rest, "//"):
		if n = strings.IndexByte(rest, '\n'); n < 0 {
			n = len(rest)
		}
		return tok(Comment, n, "")
	case strings.HasPrefix(rest, "/*"):
		if n = strings.Index(rest[2:], "*/"); n < 0 {
			return tok(Illegal, len(rest), "unterminated block comment")
		}
		return tok(Comment, n+4, "")
	case isLetter(c):
		for n < len(rest) && (isLetter(rest[n]) || isDigit(rest[n])) {
			n++
		}
		if keywords[rest[:n]] {
			return tok(Keyword, n, "")
		}
		return tok(Ident, n, "")
	case isDigit(c) || c == '.' && len(rest) > 1 && isDigit(rest[1]):
		kind := Int
		if strings.HasPrefix(rest, "0x") || strings.HasPrefix(rest, "0X") {
			for n = 2; n < len(rest) && strings.IndexByte("0123456789abcdefABCDEF", rest[n]) >= 0; n++ {
			}
			if n == 2 {
				return tok(Illegal, n, "hex literal has no digits")
			}
			return tok(Int, n, "")
		}
		for n = 0; n < len(rest) && (isDigit(rest[n]) || rest[n] == '.' || rest[n] == 'e' && kind == Float); n++ {
			if rest[n] == '.' {
				if kind == Float {
					return tok(Illegal, n+1, "second decimal point")
				}
				kind = Float
			}
		}
		return tok(kind, n, "")
	case c == '"' || c == '\'':
		for n < len(rest) && rest[n] != c && rest[n] != '\n' {
			if rest[n] == '\\' {
				n++
			}
			n++
		}
		if n >= len(rest) || rest[n] != c {
			return tok(Illegal, n, "unterminated literal")
		}
		if c == '\'' {
			return tok(Char, n+1, "")
		}
		return tok(String, n+1, "")
	case strings.IndexByte("(){}[];,.", c) >= 0:
		return tok(Punct, 1, "")
	}
	for _, op := range operators {
		if strings.HasPrefix(rest, op) {
			return tok(Operator, len(op), "")
		}
	}
	return tok(Illegal, 1, fmt.Sprintf("unexpected character %q", c))
}

const source = `/* compute things */
int main(void) {
    float x = 3.25e2, y = .5;
    int mask = 0xFF << 2;
    if (x >= y && mask != 0) x += y; // bump
    char *s = "tab\there \"quoted\"";
    return s->len == 'a' ? 1 : -1;
}
int bad = 1.2.3 @ 0x;
char *oops = "never closed
/* dangling`

func main() {
	l := &Lexer{src: source, line: 1, col: 1}
	counts := make([]int, len(kindNames))
	var line []string
	lastLine := 1
	for {
		t := l.Next()
		if t.Pos.Line != lastLine || t.Kind == EOF {
			fmt.Printf("%2d| %s\n", lastLine, strings.Join(line, " "))
			line, lastLine = nil, t.Pos.Line
		}
		counts[t.Kind]++
		if t.Kind == EOF {
			break
		}
		if t.Kind == Illegal {
			fmt.Printf("  error %d:%d: %s (text %q)\n", t.Pos.Line, t.Pos.Col, t.Err, t.Text)
		}
		line = append(line, fmt.Sprintf("%v(%s)", t.Kind, t.Text))
	}
	for k, n := range counts {
		if n > 0 {
			fmt.Printf("%-8v %d\n", Kind(k), n)
		}
	}
}
