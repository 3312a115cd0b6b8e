package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type SyntaxError struct {
	Offset int
	Msg    string
}

func (e *SyntaxError) Error() string { return fmt.Sprintf("offset %d: %s", e.Offset, e.Msg) }

type decoder struct {
	s string
	i int
}

func (d *decoder) fail(format string, args ...any) {
	panic(&SyntaxError{d.i, fmt.Sprintf(format, args...)})
}

func (d *decoder) peek() byte {
	for d.i < len(d.s) && strings.IndexByte(" \t\n\r", d.s[d.i]) >= 0 {
		d.i++
	}
	if d.i < len(d.s) {
		return d.s[d.i]
	}
	return 0
}

func (d *decoder) expect(c byte) {
	if d.peek() != c {
		d.fail("expected %q", c)
	}
	d.i++
}

var literals = map[string]any{"true": true, "false": false, "null": nil}
var escapes = map[byte]byte{'n': '\n', 't': '\t', '"': '"', '\\': '\\', '/': '/'}

func (d *decoder) value() any {
	switch c := d.peek(); {
	case c == '{' || c == '[':
		obj, arr := map[string]any{}, []any{} // one is returned, chosen by c
		closer := c + 2                       // '{'+2 == '}', '['+2 == ']'
		d.i++
		for n := 0; d.peek() != closer; n++ {
			if n > 0 {
				d.expect(',')
			}
			if c == '[' {
				arr = append(arr, d.value())
				continue
			}
			k := d.str()
			d.expect(':')
			obj[k] = d.value()
		}
		if d.i++; c == '[' {
			return arr
		}
		return obj
	case c == '"':
		return d.str()
	case c == '-' || c >= '0' && c <= '9':
		start := d.i
		for d.i < len(d.s) && strings.IndexByte("+-.eE0123456789", d.s[d.i]) >= 0 {
			d.i++
		}
		f, err := strconv.ParseFloat(d.s[start:d.i], 64)
		if err != nil {
			d.fail("bad number %q", d.s[start:d.i])
		}
		return f
	case c == 0:
		d.fail("unexpected end of input")
	}
	for lit, v := range literals { // at most one literal can match
		if strings.HasPrefix(d.s[d.i:], lit) {
			d.i += len(lit)
			return v
		}
	}
	d.fail("unexpected character %q", d.s[d.i])
	return nil
}

func (d *decoder) str() string {
	d.expect('"')
	var sb strings.Builder
	for d.i < len(d.s) {
		c := d.s[d.i]
		d.i++
		if c == '"' {
			return sb.String()
		}
		if c == '\\' && d.i < len(d.s) {
			c = escapes[d.s[d.i]]
			d.i++
		}
		sb.WriteByte(c)
	}
	d.fail("unterminated string")
	return ""
}

func Parse(s string) (v any, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("json: %w", r.(*SyntaxError)) // re-panics on foreign panics
		}
	}()
	d := &decoder{s: s}
	if v = d.value(); d.peek() != 0 {
		d.fail("trailing data")
	}
	return v, nil
}

func main() {
	docs := []string{
		`{"name": "widget", "price": 12.50, "tags": ["a", "b\tc", "x\/y"]}`,
		`{"stock": {"warehouse": 120, "retail": -3e1, "ok": true}, "notes": null, "dims": [[1,2],[3,4.5]]}`,
		` [ ] `, `"\"quoted\" \\ path"`, `{"z": {}, "a": [true, false, null]}`,
	}
	for _, doc := range docs {
		if v, err := Parse(doc); err == nil {
			kind := "scalar"
			switch v.(type) {
			case map[string]any:
				kind = "object"
			case []any:
				kind = "array"
			}
			fmt.Printf("%-6s %v\n", kind, v) // fmt prints map keys in sorted order
		}
	}
	for _, bad := range []string{`{"a": 1,}`, `[1, 2`, `{"a" 1}`, `"abc`, `tru`, `{"x": [1, 2]} extra`, `-`, `[1 2]`, ``} {
		_, err := Parse(bad)
		var se *SyntaxError
		if errors.As(err, &se) {
			fmt.Printf("%-24q -> %v (at %d)\n", bad, err, se.Offset)
		}
	}
}
