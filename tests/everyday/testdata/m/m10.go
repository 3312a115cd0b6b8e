package main

import (
	"errors"
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"
)

var (
	ErrDupKey   = errors.New("duplicate key")
	ErrBadValue = errors.New("invalid value")
)

type LineError struct {
	Line int
	Err  error
}

func (e LineError) Error() string { return fmt.Sprintf("toml:%d: %v", e.Line, e.Err) }
func (e LineError) Unwrap() error { return e.Err }

type Table = map[string]any

func parseValue(s string) (any, error) {
	s = strings.TrimSpace(s)
	switch {
	case strings.HasPrefix(s, `"`):
		return strconv.Unquote(s)
	case s == "true" || s == "false":
		return s == "true", nil
	case strings.HasPrefix(s, "[") && strings.HasSuffix(s, "]"):
		arr := []any{}
		for _, part := range strings.Split(s[1:len(s)-1], ",") {
			v, err := parseValue(part)
			if err != nil {
				return nil, err
			}
			arr = append(arr, v)
		}
		return arr, nil
	}
	if n, err := strconv.ParseInt(strings.ReplaceAll(s, "_", ""), 0, 64); err == nil {
		return n, nil
	}
	if f, err := strconv.ParseFloat(s, 64); err == nil {
		return f, nil
	}
	return nil, fmt.Errorf("%w: %q", ErrBadValue, s)
}

func descend(root Table, path []string) (Table, error) {
	t := root
	for _, p := range path {
		if _, ok := t[p]; !ok {
			t[p] = Table{}
		}
		nt, ok := t[p].(Table)
		if !ok {
			return nil, fmt.Errorf("%w: %q is not a table", ErrDupKey, p)
		}
		t = nt
	}
	return t, nil
}

func Parse(src string) (Table, error) {
	root := Table{}
	cur := root
	for i, raw := range strings.Split(src, "\n") {
		code, _, _ := strings.Cut(raw, " #") // trailing comments need a leading space
		line := strings.TrimSpace(code)
		if line == "" || line[0] == '#' {
			continue
		}
		var err error
		if strings.HasPrefix(line, "[") {
			cur, err = descend(root, strings.Split(strings.Trim(line, "[]"), "."))
		} else if k, v, ok := strings.Cut(line, "="); ok {
			keys := strings.Split(strings.TrimSpace(k), ".")
			var t Table
			if t, err = descend(cur, keys[:len(keys)-1]); err == nil {
				last := keys[len(keys)-1]
				if _, exists := t[last]; exists {
					err = fmt.Errorf("%w: %s", ErrDupKey, strings.TrimSpace(k))
				} else if val, perr := parseValue(v); perr != nil {
					err = perr
				} else {
					t[last] = val
				}
			}
		} else {
			err = fmt.Errorf("%w: %q", ErrBadValue, line)
		}
		if err != nil {
			return nil, LineError{i + 1, err}
		}
	}
	return root, nil
}

func dump(prefix string, t Table) {
	for _, k := range slices.Sorted(maps.Keys(t)) {
		switch x := t[k].(type) {
		case Table:
			dump(prefix+k+".", x)
		case string:
			fmt.Printf("%-24s string  %q\n", prefix+k, x)
		case []any:
			fmt.Printf("%-24s array   %v (len %d)\n", prefix+k, x, len(x))
		default:
			fmt.Printf("%-24s %-7T %v\n", prefix+k, x, x)
		}
	}
}

const doc = `# service config
title = "Order Service"
version = 3 # schema
[server]
host = "localhost"
port = 8_080   # http
ratio = 0.75
tls.enabled = false
[database.primary]
ports = [ 5432, 5433 ]
tags = ["main", "eu"]
[database.replica]
mask = 0x1F
`

func main() {
	t, err := Parse(doc)
	if err != nil {
		panic(err)
	}
	dump("", t)
	bad := []string{"a = 1\na = 2", "x = nope", "[s]\nk = 1\n[s.k]", "just text", "s = \"unterminated"}
	for _, b := range bad {
		_, err := Parse(b)
		var le LineError
		if errors.As(err, &le) {
			fmt.Printf("line %d: dup=%-5t badval=%-5t %v\n", le.Line, errors.Is(err, ErrDupKey), errors.Is(err, ErrBadValue), err)
		}
	}
}
