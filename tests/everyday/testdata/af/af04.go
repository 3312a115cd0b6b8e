package main

import (
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"
)

type JSONError struct {
	Line, Col int
	Msg       string
}

func (e *JSONError) Error() string { return fmt.Sprintf("%d:%d: %s", e.Line, e.Col, e.Msg) }

type decoder struct {
	s   string
	pos int
}

func (d *decoder) fail(format string, args ...any) {
	line, col := 1, 1
	for _, c := range d.s[:d.pos] {
		if c == '\n' {
			line, col = line+1, 1
		} else {
			col++
		}
	}
	panic(&JSONError{line, col, fmt.Sprintf(format, args...)})
}

func (d *decoder) ws() {
	for d.pos < len(d.s) && strings.IndexByte(" \t\r\n", d.s[d.pos]) >= 0 {
		d.pos++
	}
}

func (d *decoder) peek() byte {
	d.ws()
	if d.pos >= len(d.s) {
		d.fail("unexpected end of input")
	}
	return d.s[d.pos]
}

func (d *decoder) eat(c byte) {
	if got := d.peek(); got != c {
		d.fail("expected %q, found %q", c, got)
	}
	d.pos++
}

func (d *decoder) value() any {
	switch c := d.peek(); {
	case c == '{':
		d.pos++
		obj := map[string]any{}
		for d.peek() != '}' {
			if len(obj) > 0 {
				d.eat(',')
			}
			k := d.str()
			d.eat(':')
			obj[k] = d.value()
		}
		d.pos++
		return obj
	case c == '[':
		d.pos++
		arr := []any{}
		for d.peek() != ']' {
			if len(arr) > 0 {
				d.eat(',')
			}
			arr = append(arr, d.value())
		}
		d.pos++
		return arr
	case c == '"':
		return d.str()
	case c == '-' || c >= '0' && c <= '9':
		start := d.pos
		for d.pos < len(d.s) && strings.IndexByte("+-.eE0123456789", d.s[d.pos]) >= 0 {
			d.pos++
		}
		f, err := strconv.ParseFloat(d.s[start:d.pos], 64)
		if err != nil {
			d.fail("bad number %q", d.s[start:d.pos])
		}
		return f
	}
	for word, v := range map[string]any{"true": true, "false": false, "null": nil} {
		if strings.HasPrefix(d.s[d.pos:], word) {
			d.pos += len(word)
			return v
		}
	}
	d.fail("unexpected character %q", d.s[d.pos])
	return nil
}

func (d *decoder) str() string {
	d.eat('"')
	var b strings.Builder
	for ; d.pos < len(d.s); d.pos++ {
		c := d.s[d.pos]
		switch {
		case c == '"':
			d.pos++
			return b.String()
		case c == '\\' && d.pos+1 < len(d.s):
			d.pos++
			if e := d.s[d.pos]; e == 'u' && d.pos+4 < len(d.s) {
				n, err := strconv.ParseUint(d.s[d.pos+1:d.pos+5], 16, 32)
				if err != nil {
					d.fail("bad unicode escape")
				}
				b.WriteRune(rune(n))
				d.pos += 4
			} else if r, ok := map[byte]byte{'n': '\n', 't': '\t', '"': '"', '\\': '\\', '/': '/'}[e]; ok {
				b.WriteByte(r)
			} else {
				d.fail("bad escape \\%c", e)
			}
		default:
			b.WriteByte(c)
		}
	}
	d.fail("unterminated string")
	return ""
}

func Decode(s string) (v any, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = r.(*JSONError)
		}
	}()
	d := &decoder{s: s}
	v = d.value()
	if d.ws(); d.pos < len(d.s) {
		d.fail("trailing data")
	}
	return v, nil
}

func encode(v any) string {
	switch v := v.(type) {
	case nil:
		return "null"
	case bool:
		return strconv.FormatBool(v)
	case float64:
		return strconv.FormatFloat(v, 'g', -1, 64)
	case string:
		return strconv.Quote(v)
	case []any:
		parts := make([]string, len(v))
		for i, x := range v {
			parts[i] = encode(x)
		}
		return "[" + strings.Join(parts, ",") + "]"
	case map[string]any:
		keys := slices.Sorted(maps.Keys(v))
		for i, k := range keys {
			keys[i] = strconv.Quote(k) + ":" + encode(v[k])
		}
		return "{" + strings.Join(keys, ",") + "}"
	}
	return "?"
}

func main() {
	docs := []string{
		`{"name": "gopher", "age": 13, "tags": ["go", "json"], "ok": true}`,
		`[1, -2.5, 3e2, null, false]`,
		`{"nested": {"z": [], "a": {}}, "esc": "line\nbreak \"q\" \u00e9"}`,
		"{\n  \"a\": 1,\n  \"b\": [1, 2,, 3]\n}",
		`{"a" 1}`,
		`"unterminated`,
		`[1, 2] extra`,
		`{"x": tru}`,
		`{"x": "\q"}`,
		`  [-1.5e3, -]  `,
		`[[[["deep"]]], {"k": [{"k": null}]}]`,
	}
	for _, doc := range docs {
		v, err := Decode(doc)
		if err != nil {
			fmt.Printf("error %-28s in %q\n", err, doc)
			continue
		}
		fmt.Printf("%T => %s\n", v, encode(v))
	}
}
