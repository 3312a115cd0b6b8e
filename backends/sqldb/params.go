package sqldb

import (
	"fmt"
	"strings"
	"unicode"

	"github.com/jmoiron/sqlx"
)

// Bind rewrites `:name` parameters in q into the driver's placeholders
// (`?` or `$n`) and returns the names in order, for values to be passed
// through the driver's binding, never pasted into the SQL. Strings, quoted
// identifiers, comments, casts (`x::int`) and `:1` are left alone.
func Bind(q, driver string) (string, []string) {
	var b strings.Builder
	var names []string
	r := []rune(q)
	for i := 0; i < len(r); i++ {
		c := r[i]
		switch {
		case c == '\'' || c == '"' || c == '`':
			j := i + 1
			for j < len(r) && r[j] != c {
				j++
			}
			b.WriteString(string(r[i:min(j+1, len(r))]))
			i = j
		case c == '-' && i+1 < len(r) && r[i+1] == '-':
			j := i
			for j < len(r) && r[j] != '\n' {
				j++
			}
			b.WriteString(string(r[i:j]))
			i = j - 1
		case c == '/' && i+1 < len(r) && r[i+1] == '*':
			j := strings.Index(string(r[i:]), "*/")
			end := len(r)
			if j >= 0 {
				end = i + len([]rune(string(r[i:])[:j])) + 2
			}
			b.WriteString(string(r[i:end]))
			i = end - 1
		case c == ':' && i+1 < len(r) && r[i+1] == ':':
			b.WriteString("::")
			i++
		case c == ':' && i+1 < len(r) && (unicode.IsLetter(r[i+1]) || r[i+1] == '_') && (i == 0 || r[i-1] != ':'):
			j := i + 1
			for j < len(r) && (unicode.IsLetter(r[j]) || unicode.IsDigit(r[j]) || r[j] == '_') {
				j++
			}
			names = append(names, string(r[i+1:j]))
			b.WriteString("?")
			i = j - 1
		default:
			b.WriteRune(c)
		}
	}
	if len(names) == 0 {
		return q, nil
	}
	return sqlx.Rebind(sqlx.BindType(driver), b.String()), names
}

// Values looks up each parameter name with lookup (the Go session).
func Values(names []string, lookup func(string) (any, error)) ([]any, error) {
	var args []any
	for _, n := range names {
		if lookup == nil {
			return nil, fmt.Errorf("parameter :%s: no Go session to take it from", n)
		}
		v, err := lookup(n)
		if err != nil {
			return nil, fmt.Errorf("parameter :%s: %w", n, err)
		}
		args = append(args, v)
	}
	return args, nil
}
