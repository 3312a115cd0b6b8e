package main

import (
	"errors"
	"fmt"
	"path"
	"strconv"
	"strings"
)

type PartKind int

const (
	Lit       PartKind = iota
	AnyChar            // ?
	AnySeq             // * (not crossing '/')
	AnyPath            // ** (crossing '/')
	CharClass          // [...]
)

func (k PartKind) String() string {
	return [...]string{"LIT", "ANY1", "STAR", "GLOBSTAR", "CLASS"}[k]
}

type Part struct {
	Kind   PartKind
	Lit    rune
	Ranges [][2]rune
	Negate bool
}

type PatternError struct {
	Pattern string
	Offset  int
	Msg     string
}

func (e *PatternError) Error() string {
	return fmt.Sprintf("bad pattern %q at %d: %s", e.Pattern, e.Offset, e.Msg)
}

var ErrBadPattern = errors.New("syntax error in pattern")

func (e *PatternError) Is(target error) bool { return target == ErrBadPattern }

func Compile(pat string) ([]Part, error) {
	var parts []Part
	rs := []rune(pat)
	for i := 0; i < len(rs); i++ {
		switch c := rs[i]; c {
		case '?':
			parts = append(parts, Part{Kind: AnyChar})
		case '*':
			if i+1 < len(rs) && rs[i+1] == '*' {
				parts = append(parts, Part{Kind: AnyPath})
				i++
			} else {
				parts = append(parts, Part{Kind: AnySeq})
			}
		case '\\':
			if i+1 >= len(rs) {
				return nil, &PatternError{pat, i, "trailing backslash"}
			}
			i++
			parts = append(parts, Part{Kind: Lit, Lit: rs[i]})
		case '[':
			p := Part{Kind: CharClass}
			start := i
			i++
			if i < len(rs) && (rs[i] == '!' || rs[i] == '^') {
				p.Negate = true
				i++
			}
			for ; i < len(rs) && (rs[i] != ']' || len(p.Ranges) == 0); i++ {
				lo := rs[i]
				hi := lo
				if i+2 < len(rs) && rs[i+1] == '-' && rs[i+2] != ']' {
					hi = rs[i+2]
					i += 2
					if hi < lo {
						return nil, &PatternError{pat, i - 2, fmt.Sprintf("range %c-%c is reversed", lo, hi)}
					}
				}
				p.Ranges = append(p.Ranges, [2]rune{lo, hi})
			}
			if i >= len(rs) {
				return nil, &PatternError{pat, start, "unclosed character class"}
			}
			parts = append(parts, p)
		default:
			parts = append(parts, Part{Kind: Lit, Lit: c})
		}
	}
	return parts, nil
}

func (p Part) matchOne(r rune) bool {
	switch p.Kind {
	case Lit:
		return r == p.Lit
	case AnyChar:
		return r != '/'
	case CharClass:
		in := false
		for _, rg := range p.Ranges {
			in = in || rg[0] <= r && r <= rg[1]
		}
		return in != p.Negate && r != '/'
	}
	return false
}

// Match uses memoised recursion over (part index, rune index).
func Match(parts []Part, name string) bool {
	rs := []rune(name)
	memo := map[[2]int]bool{}
	var m func(pi, ri int) bool
	m = func(pi, ri int) bool {
		key := [2]int{pi, ri}
		if v, ok := memo[key]; ok {
			return v
		}
		var res bool
		switch {
		case pi == len(parts):
			res = ri == len(rs)
		case parts[pi].Kind == AnySeq || parts[pi].Kind == AnyPath:
			res = m(pi+1, ri) || ri < len(rs) && (rs[ri] != '/' || parts[pi].Kind == AnyPath) && m(pi, ri+1)
		default:
			res = ri < len(rs) && parts[pi].matchOne(rs[ri]) && m(pi+1, ri+1)
		}
		memo[key] = res
		return res
	}
	return m(0, 0)
}

func describe(parts []Part) string {
	var out []string
	lit := ""
	flush := func() {
		if lit != "" {
			out, lit = append(out, strconv.Quote(lit)), ""
		}
	}
	for _, p := range parts {
		if p.Kind == Lit {
			lit += string(p.Lit)
			continue
		}
		flush()
		out = append(out, p.Kind.String())
	}
	flush()
	return strings.Join(out, " ")
}

func main() {
	names := []string{"main.go", "main_test.go", "README.md", "cmd/tool/main.go", "docs/a.md", "x.c", "a[1].txt", "é.go"}
	patterns := []string{"*.go", "*_test.go", "**/*.go", "**.md", "?.[ch]", "[^a-m]*", "[A-Z]*.md", "cmd/*/main.go", "a\\[1\\].txt", "?.go"}
	for _, pat := range patterns {
		parts, err := Compile(pat)
		if err != nil {
			fmt.Println(err)
			continue
		}
		var hits []string
		agree := true
		for _, n := range names {
			ok := Match(parts, n)
			if ok {
				hits = append(hits, n)
			}
			if !strings.Contains(pat, "**") {
				std, _ := path.Match(pat, n)
				agree = agree && std == ok
			}
		}
		fmt.Printf("%-14s %-28s agree=%-5v %v\n", pat, describe(parts), agree, hits)
	}
	for _, bad := range []string{"[abc", "[z-a]", "end\\", "[]"} {
		_, err := Compile(bad)
		_, stdErr := path.Match(bad, "x")
		fmt.Printf("%-8q -> %v (is ErrBadPattern=%v, stdlib: %v)\n", bad, err, errors.Is(err, ErrBadPattern), stdErr)
	}
}
