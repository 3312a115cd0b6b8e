// f27: query decoded JSON with dotted paths ("jobs[1].inputs[0].uri") and typed generic getters.
package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
)

var (
	ErrNotFound = errors.New("not found")
	ErrType     = errors.New("type mismatch")
	ErrPath     = errors.New("malformed path")
)

type LookupError struct {
	Path string
	At   string // the prefix that was resolved when the failure happened
	Err  error
}

func (e *LookupError) Error() string {
	return fmt.Sprintf("lookup %q at %q: %v", e.Path, e.At, e.Err)
}
func (e *LookupError) Unwrap() error { return e.Err }

// splitPath turns `a.b[2].c` into ["a", "b", 2, "c"].
func splitPath(p string) ([]any, error) {
	var segs []any
	for part := range strings.SplitSeq(p, ".") {
		name, rest, _ := strings.Cut(part, "[")
		if name == "" && rest == "" {
			return nil, fmt.Errorf("%w: empty segment in %q", ErrPath, p)
		}
		if name != "" {
			segs = append(segs, name)
		}
		for rest != "" {
			idx, tail, ok := strings.Cut(rest, "]")
			n, err := strconv.Atoi(idx)
			if !ok || err != nil || n < 0 {
				return nil, fmt.Errorf("%w: bad index %q in %q", ErrPath, idx, p)
			}
			segs = append(segs, n)
			rest = strings.TrimPrefix(tail, "[")
		}
	}
	return segs, nil
}

func Lookup(doc any, path string) (any, error) {
	segs, err := splitPath(path)
	if err != nil {
		return nil, err
	}
	cur, at := doc, "$"
	for _, s := range segs {
		fail := func(err error) (any, error) { return nil, &LookupError{path, at, err} }
		switch s := s.(type) {
		case string:
			m, ok := cur.(map[string]any)
			if !ok {
				return fail(fmt.Errorf("%w: want object for key %q, have %s", ErrType, s, kind(cur)))
			}
			if cur, ok = m[s]; !ok {
				return fail(fmt.Errorf("key %q %w", s, ErrNotFound))
			}
			at += "." + s
		case int:
			a, ok := cur.([]any)
			if !ok {
				return fail(fmt.Errorf("%w: want array for index %d, have %s", ErrType, s, kind(cur)))
			}
			if s >= len(a) {
				return fail(fmt.Errorf("index %d %w (len %d)", s, ErrNotFound, len(a)))
			}
			cur, at = a[s], fmt.Sprintf("%s[%d]", at, s)
		}
	}
	return cur, nil
}

func kind(v any) string {
	switch v.(type) {
	case map[string]any:
		return "object"
	case []any:
		return "array"
	case nil:
		return "null"
	}
	return fmt.Sprintf("%T", v)
}

func Get[T any](doc any, path string) (T, error) {
	var zero T
	v, err := Lookup(doc, path)
	if err != nil {
		return zero, err
	}
	t, ok := v.(T)
	if !ok {
		return zero, &LookupError{path, path, fmt.Errorf("%w: want %T, have %s", ErrType, zero, kind(v))}
	}
	return t, nil
}

const doc = `{"pipeline":"orders","jobs":[
 {"name":"extract","inputs":[{"uri":"s3://raw/orders","format":"json"}],"parallel":4},
 {"name":"load","inputs":[],"target":{"table":"dw.orders","keys":["id","day"]},"enabled":false,"owner":null}]}`

func main() {
	var root any
	if err := json.Unmarshal([]byte(doc), &root); err != nil {
		panic(err)
	}
	for _, p := range []string{
		"pipeline", "jobs[0].inputs[0].uri", "jobs[1].target.keys[1]", "jobs[1].target", "jobs[1].owner",
		"jobs[2].name", "jobs[0].inputs[0].uri.scheme", "jobs.name", "jobs[1].schedule", "jobs[x]", "jobs..name",
	} {
		v, err := Lookup(root, p)
		switch {
		case errors.Is(err, ErrNotFound):
			fmt.Printf("%-30s MISSING  %v\n", p, err)
		case errors.Is(err, ErrType), errors.Is(err, ErrPath):
			fmt.Printf("%-30s INVALID  %v\n", p, err)
		default:
			b, _ := json.Marshal(v)
			fmt.Printf("%-30s %-8s %s\n", p, kind(v), b)
		}
	}
	fmt.Println("-- typed getters")
	par, err1 := Get[float64](root, "jobs[0].parallel")
	enabled, err2 := Get[bool](root, "jobs[1].enabled")
	name, err3 := Get[string](root, "jobs[0].parallel")
	fmt.Printf("parallel=%v enabled=%v name=%q\n", par, enabled, name)
	if err := errors.Join(err1, err2, err3); err != nil {
		var le *LookupError
		errors.As(err, &le)
		fmt.Printf("errors: %v (path=%s)\n", err, le.Path)
	}
}
