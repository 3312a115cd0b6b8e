package main

import (
	"errors"
	"fmt"
	"maps"
	"net/url"
	"slices"
	"strings"
)

var ErrBadEscape = errors.New("invalid percent escape")

type QueryError struct {
	Offset int
	Piece  string
	Err    error
}

func (e *QueryError) Error() string {
	return fmt.Sprintf("offset %d in %q: %v", e.Offset, e.Piece, e.Err)
}
func (e *QueryError) Unwrap() error { return e.Err }

func unhex(c byte) (byte, bool) {
	switch {
	case c >= '0' && c <= '9':
		return c - '0', true
	case c >= 'a' && c <= 'f':
		return c - 'a' + 10, true
	case c >= 'A' && c <= 'F':
		return c - 'A' + 10, true
	}
	return 0, false
}

// unescape decodes %XX and '+' in a query component; base is the piece offset.
func unescape(s string, base int) (string, error) {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '+':
			b.WriteByte(' ')
		case '%':
			if i+2 >= len(s) {
				return "", &QueryError{base + i, s, ErrBadEscape}
			}
			hi, ok1 := unhex(s[i+1])
			lo, ok2 := unhex(s[i+2])
			if !ok1 || !ok2 {
				return "", &QueryError{base + i, s, ErrBadEscape}
			}
			b.WriteByte(hi<<4 | lo)
			i += 2
		default:
			b.WriteByte(s[i])
		}
	}
	return b.String(), nil
}

func escape(s string) string {
	const hex = "0123456789ABCDEF"
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c >= '0' && c <= '9', strings.IndexByte("-_.~", c) >= 0:
			b.WriteByte(c)
		case c == ' ':
			b.WriteByte('+')
		default:
			b.WriteByte('%')
			b.WriteByte(hex[c>>4])
			b.WriteByte(hex[c&15])
		}
	}
	return b.String()
}

type Values map[string][]string

func ParseQuery(q string) (Values, error) {
	v := Values{}
	var errs []error
	off := 0
	for _, piece := range strings.Split(q, "&") {
		start := off
		off += len(piece) + 1
		if piece == "" {
			continue
		}
		key, val, _ := strings.Cut(piece, "=")
		k, err := unescape(key, start)
		if err == nil {
			val, err = unescape(val, start+len(key)+1)
		}
		if err != nil {
			errs = append(errs, err)
			continue
		}
		v[k] = append(v[k], val)
	}
	return v, errors.Join(errs...)
}

func (v Values) Encode() string {
	var parts []string
	for _, k := range slices.Sorted(maps.Keys(v)) {
		for _, val := range v[k] {
			parts = append(parts, escape(k)+"="+escape(val))
		}
	}
	return strings.Join(parts, "&")
}

func main() {
	queries := []string{
		"a=1&b=2&a=3",
		"name=Jane+Doe&city=S%C3%A3o%20Paulo",
		"q=go+%26+parsers&empty=&flag",
		"x=%zz&y=ok&z=100%",
		"&&k=v&&",
		"emoji=%F0%9F%90%B9&sum=1%2B1%3D2",
	}
	for _, q := range queries {
		fmt.Println("query:", q)
		v, err := ParseQuery(q)
		for _, k := range slices.Sorted(maps.Keys(v)) {
			fmt.Printf("  %-6s = %q\n", k, v[k])
		}
		if err != nil {
			for _, line := range strings.Split(err.Error(), "\n") {
				fmt.Println("  error:", line)
			}
			var qe *QueryError
			fmt.Println("  is ErrBadEscape:", errors.Is(err, ErrBadEscape), "as QueryError:", errors.As(err, &qe))
		}
		enc := v.Encode()
		std, _ := url.ParseQuery(enc)
		fmt.Printf("  encoded: %s (stdlib agrees: %v)\n", enc, url.Values(v).Encode() == url.Values(std).Encode())
	}
}
