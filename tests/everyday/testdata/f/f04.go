// f04: parse a small YAML subset (nested maps, scalar lists, comments) by indentation.
package main

import (
	"errors"
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"
)

type YAMLError struct {
	Line int
	Err  error
}

func (e *YAMLError) Error() string { return fmt.Sprintf("yaml:%d: %v", e.Line, e.Err) }
func (e *YAMLError) Unwrap() error { return e.Err }

type line struct {
	no     int
	indent int
	text   string
}

func scalar(s string) any {
	if u, err := strconv.Unquote(s); err == nil {
		return u
	}
	if b, err := strconv.ParseBool(s); err == nil && (s == "true" || s == "false") {
		return b
	}
	if i, err := strconv.ParseInt(s, 0, 64); err == nil {
		return i
	}
	if f, err := strconv.ParseFloat(s, 64); err == nil {
		return f
	}
	if s == "~" || s == "null" {
		return nil
	}
	return s
}

func lex(src string) ([]line, error) {
	var out []line
	for i, raw := range strings.Split(src, "\n") {
		if idx := strings.Index(raw, " #"); idx >= 0 {
			raw = raw[:idx]
		}
		if strings.TrimSpace(raw) == "" || strings.HasPrefix(strings.TrimSpace(raw), "#") {
			continue
		}
		trimmed := strings.TrimLeft(raw, " ")
		if strings.HasPrefix(trimmed, "\t") {
			return nil, &YAMLError{i + 1, fmt.Errorf("tab used for indentation")}
		}
		out = append(out, line{i + 1, len(raw) - len(trimmed), strings.TrimRight(trimmed, " ")})
	}
	return out, nil
}

// parseBlock consumes lines at exactly the given indentation.
func parseBlock(ls []line, pos *int, indent int) (any, error) {
	if strings.HasPrefix(ls[*pos].text, "- ") {
		var list []any
		for *pos < len(ls) && ls[*pos].indent == indent && strings.HasPrefix(ls[*pos].text, "- ") {
			list = append(list, scalar(strings.TrimSpace(ls[*pos].text[2:])))
			*pos++
		}
		return list, nil
	}
	m := map[string]any{}
	for *pos < len(ls) && ls[*pos].indent == indent {
		l := ls[*pos]
		key, val, ok := strings.Cut(l.text, ":")
		if !ok {
			return nil, &YAMLError{l.no, fmt.Errorf("expected 'key: value', got %q", l.text)}
		}
		if _, dup := m[key]; dup {
			return nil, &YAMLError{l.no, fmt.Errorf("duplicate key %q", key)}
		}
		*pos++
		if val = strings.TrimSpace(val); val != "" {
			m[key] = scalar(val)
			continue
		}
		if *pos >= len(ls) || ls[*pos].indent <= indent {
			m[key] = nil
			continue
		}
		child, err := parseBlock(ls, pos, ls[*pos].indent)
		if err != nil {
			return nil, fmt.Errorf("in %q: %w", key, err)
		}
		m[key] = child
	}
	if *pos < len(ls) && ls[*pos].indent > indent {
		return nil, &YAMLError{ls[*pos].no, fmt.Errorf("unexpected indentation %d", ls[*pos].indent)}
	}
	return m, nil
}

func Parse(src string) (any, error) {
	ls, err := lex(src)
	if err != nil || len(ls) == 0 {
		return nil, err
	}
	pos := 0
	return parseBlock(ls, &pos, ls[0].indent)
}

func flatten(prefix string, v any, emit func(string, any)) {
	switch v := v.(type) {
	case map[string]any:
		for _, k := range slices.Sorted(maps.Keys(v)) {
			flatten(strings.TrimPrefix(prefix+"."+k, "."), v[k], emit)
		}
	case []any:
		for i, e := range v {
			flatten(fmt.Sprintf("%s[%d]", prefix, i), e, emit)
		}
	default:
		emit(prefix, v)
	}
}

func main() {
	docs := []string{
		"name: nightly-etl\nversion: 3\nenabled: true\nsource:\n  kind: \"postgres\"\n  port: 0x1538\n  tables:\n    - users\n    - orders\n# sink\nsink:\n  path: /data/out   # local\n  ratio: 0.75\n  owner: ~\n",
		"a: 1\n  b: 2\n",
		"jobs:\n  first:\n    retries 3\n",
		"x: 1\n\ty: 2\n",
		"k: 1\nk: 2\n",
	}
	for i, d := range docs {
		v, err := Parse(d)
		if err != nil {
			var ye *YAMLError
			if errors.As(err, &ye) {
				fmt.Printf("doc %d: error at line %d\n  %v\n", i, ye.Line, err)
			}
			continue
		}
		fmt.Printf("doc %d:\n", i)
		flatten("", v, func(k string, v any) { fmt.Printf("  %-16s %-8T %v\n", k, v, v) })
	}
}
