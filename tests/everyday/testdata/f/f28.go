// f28: shell-style ${VAR:-default} / ${VAR:?msg} interpolation with a small template parser.
package main

import (
	"errors"
	"fmt"
	"strings"
)

type segment = any // literal | ref

type literal string
type ref struct {
	name, op, arg string // op: "", ":-", ":?", ":+"
	pos           int
}

type TemplateError struct {
	Pos int
	Msg string
}

func (e *TemplateError) Error() string { return fmt.Sprintf("col %d: %s", e.Pos+1, e.Msg) }

var ErrUnset = errors.New("required variable unset")

func isNameByte(c byte, first bool) bool {
	return c == '_' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || (!first && c >= '0' && c <= '9')
}

func parse(src string) ([]segment, error) {
	var segs []segment
	var lit strings.Builder
	for i := 0; i < len(src); i++ {
		if src[i] != '$' {
			lit.WriteByte(src[i])
			continue
		}
		if i+1 < len(src) && src[i+1] == '$' { // "$$" escapes a dollar
			lit.WriteByte('$')
			i++
			continue
		}
		start := i
		braced := i+1 < len(src) && src[i+1] == '{'
		if braced {
			i++
		}
		j := i + 1
		for j < len(src) && isNameByte(src[j], j == i+1) {
			j++
		}
		r := ref{name: src[i+1 : j], pos: start}
		if r.name == "" {
			return nil, &TemplateError{start, "expected variable name after '$'"}
		}
		if braced {
			end := strings.IndexByte(src[j:], '}')
			if end < 0 {
				return nil, &TemplateError{start, "unterminated ${"}
			}
			mod := src[j : j+end]
			if mod != "" {
				if len(mod) < 2 || !strings.Contains(":- :? :+", mod[:2]) {
					return nil, &TemplateError{j, fmt.Sprintf("bad modifier %q", mod)}
				}
				r.op, r.arg = mod[:2], mod[2:]
			}
			j += end + 1
		}
		if lit.Len() > 0 {
			segs = append(segs, literal(lit.String()))
			lit.Reset()
		}
		segs = append(segs, r)
		i = j - 1
	}
	if lit.Len() > 0 {
		segs = append(segs, literal(lit.String()))
	}
	return segs, nil
}

func Expand(src string, env map[string]string) (string, error) {
	segs, err := parse(src)
	if err != nil {
		return "", fmt.Errorf("parse %q: %w", src, err)
	}
	var out strings.Builder
	var errs []error
	expandArg := func(a string) string {
		x, err := Expand(a, env)
		if err != nil {
			errs = append(errs, err)
		}
		return x
	}
	for _, s := range segs {
		switch s := s.(type) {
		case literal:
			out.WriteString(string(s))
		case ref:
			v, set := env[s.name]
			switch {
			case s.op == ":-" && v == "", s.op == ":+" && v != "":
				v = expandArg(s.arg) // defaults may reference other variables
			case s.op == ":+":
				v = ""
			case s.op == ":?" && v == "":
				errs = append(errs, fmt.Errorf("%s: %w: %s", s.name, ErrUnset, s.arg))
			case !set && s.op == "":
				errs = append(errs, fmt.Errorf("%s: %w (col %d)", s.name, ErrUnset, s.pos+1))
			}
			out.WriteString(v)
		}
	}
	return out.String(), errors.Join(errs...)
}

func main() {
	env := map[string]string{"USER": "etl", "ENV": "prod", "EMPTY": "", "REGION": "eu-west-1"}
	templates := []string{
		"s3://data-${ENV}-${REGION}/users/$USER/",
		"host=${DB_HOST:-localhost} port=${DB_PORT:-5432}",
		"flags:${DEBUG:+--verbose}${ENV:+ --env=$ENV}",
		"price: $$5 for ${USER}",
		"${EMPTY:-fallback} [${EMPTY}]",
		"${LOG_DIR:-/var/log}/${APP:-$USER} ${X:-$NOPE}",
		"${TOKEN:?must be provided} and $MISSING",
		"cost ${ unclosed",
		"bad ${ENV:=x}",
		"lone $ sign",
	}
	for _, t := range templates {
		out, err := Expand(t, env)
		var te *TemplateError
		switch {
		case errors.As(err, &te):
			fmt.Printf("%-48q SYNTAX  %v (at byte %d)\n", t, err, te.Pos)
		case errors.Is(err, ErrUnset):
			fmt.Printf("%-48q UNSET   partial=%q\n", t, out)
			for _, line := range strings.Split(err.Error(), "\n") {
				fmt.Printf("%50s- %s\n", "", line)
			}
		default:
			fmt.Printf("%-48q => %q\n", t, out)
		}
	}
}
