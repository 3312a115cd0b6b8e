package main

import (
	"fmt"
	"strings"
	"unicode"
)

type TokenKind int

const (
	TokError TokenKind = iota
	TokEOF
	TokSection
	TokKey
	TokEquals
	TokString
	TokNumber
	TokBool
	TokComment
)

func (k TokenKind) String() string {
	return [...]string{"ERROR", "EOF", "SECTION", "KEY", "EQUALS", "STRING", "NUMBER", "BOOL", "COMMENT"}[k]
}

type Token struct {
	Kind TokenKind
	Val  string
	Line int
}

func (t Token) String() string {
	return fmt.Sprintf("%d:%-8v %q", t.Line, t.Kind, t.Val)
}

// stateFn represents the lexer state as a function returning the next state.
type stateFn func(*lexer) stateFn

type lexer struct {
	input  string
	start  int
	pos    int
	line   int
	tokens []Token
}

func lex(input string) []Token {
	l := &lexer{input: input, line: 1}
	for state := lexLineStart; state != nil; {
		state = state(l)
	}
	return l.tokens
}

func (l *lexer) emit(k TokenKind) {
	l.tokens = append(l.tokens, Token{k, l.input[l.start:l.pos], l.line})
	l.start = l.pos
}

func (l *lexer) errorf(format string, args ...any) stateFn {
	l.tokens = append(l.tokens, Token{TokError, fmt.Sprintf(format, args...), l.line})
	return nil
}

func (l *lexer) peek() byte {
	if l.pos >= len(l.input) {
		return 0
	}
	return l.input[l.pos]
}

func (l *lexer) skipSpaces() {
	for l.pos < len(l.input) && (l.input[l.pos] == ' ' || l.input[l.pos] == '\t') {
		l.pos++
	}
	l.start = l.pos
}

func (l *lexer) acceptRun(pred func(rune) bool) {
	for l.pos < len(l.input) && pred(rune(l.input[l.pos])) {
		l.pos++
	}
}

func lexLineStart(l *lexer) stateFn {
	l.skipSpaces()
	switch c := l.peek(); {
	case c == 0:
		l.emit(TokEOF)
		return nil
	case c == '\n':
		l.pos++
		l.line++
		l.start = l.pos
		return lexLineStart
	case c == '#':
		l.acceptRun(func(r rune) bool { return r != '\n' })
		l.emit(TokComment)
		return lexLineStart
	case c == '[':
		return lexSection
	case unicode.IsLetter(rune(c)):
		return lexKey
	default:
		return l.errorf("unexpected character %q at line start", c)
	}
}

func lexSection(l *lexer) stateFn {
	end := strings.IndexAny(l.input[l.pos:], "]\n")
	if end < 0 || l.input[l.pos+end] != ']' {
		return l.errorf("unterminated section header")
	}
	l.start++ // drop '['
	l.pos += end
	l.emit(TokSection)
	l.pos++ // drop ']'
	l.start = l.pos
	return lexLineStart
}

func lexKey(l *lexer) stateFn {
	l.acceptRun(func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_' || r == '.' })
	l.emit(TokKey)
	l.skipSpaces()
	if l.peek() != '=' {
		return l.errorf("expected '=' after key")
	}
	l.pos++
	l.emit(TokEquals)
	return lexValue
}

func lexValue(l *lexer) stateFn {
	l.skipSpaces()
	c := l.peek()
	switch {
	case c == '"':
		l.pos++
		l.start = l.pos
		for l.peek() != '"' {
			if l.peek() == '\n' || l.peek() == 0 {
				return l.errorf("unterminated string")
			}
			l.pos++
		}
		l.emit(TokString)
		l.pos++
		l.start = l.pos
	case c == '-' || (c >= '0' && c <= '9'):
		l.pos++
		l.acceptRun(func(r rune) bool { return unicode.IsDigit(r) || r == '.' })
		l.emit(TokNumber)
	case unicode.IsLetter(rune(c)):
		l.acceptRun(unicode.IsLetter)
		if w := l.input[l.start:l.pos]; w != "true" && w != "false" {
			return l.errorf("bare word %q is not a value", w)
		}
		l.emit(TokBool)
	default:
		return l.errorf("missing value")
	}
	return lexLineStart
}

func main() {
	docs := []string{
		"# server config\n[server]\nhost = \"0.0.0.0\"\nport = 8443\n\n[limits]\nrate = 12.5\ndebug = false\n",
		"[db]\nname = \"orders\"\nretries = -3\npool.size = 20",
		"[cache\nttl = 30\n",
		"[app]\nmode = fast\n",
		"[app]\ntitle = \"unterminated\n",
		"key 42\n",
	}
	for i, d := range docs {
		fmt.Printf("== document %d\n", i+1)
		for _, t := range lex(d) {
			fmt.Println("  ", t)
		}
	}
}
