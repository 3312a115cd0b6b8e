package main

import (
	"errors"
	"fmt"
	"net/url"
	"strconv"
	"strings"
)

type URL struct {
	Scheme, User, Host string
	Port               int
	Path, RawQuery     string
	Fragment           string
}

type URLError struct {
	Input, Part string
	Err         error
}

func (e *URLError) Error() string { return fmt.Sprintf("parse %q: %s: %v", e.Input, e.Part, e.Err) }
func (e *URLError) Unwrap() error { return e.Err }

var (
	ErrEscape = errors.New("bad percent escape")
	ErrPort   = errors.New("invalid port")
	ErrScheme = errors.New("missing or invalid scheme")
)

type component int

const (
	compPath component = iota
	compQuery
	compFragment
)

func (c component) String() string { return [...]string{"path", "query", "fragment"}[c] }

func unreserved(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || strings.IndexByte("-._~", c) >= 0
}

// escape percent-encodes s, keeping characters that are legal in the component.
func escape(s string, comp component) string {
	keep := map[component]string{compPath: "/:@!$&'()*+,;=", compQuery: ":@/?!$'()*,;", compFragment: ":@/?!$&'()*+,;="}[comp]
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if c := s[i]; unreserved(c) || strings.IndexByte(keep, c) >= 0 {
			b.WriteByte(c)
		} else {
			fmt.Fprintf(&b, "%%%02X", c)
		}
	}
	return b.String()
}

func unescape(s string) (string, error) {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] != '%' {
			b.WriteByte(s[i])
			continue
		}
		if i+2 >= len(s) {
			return "", fmt.Errorf("%w at index %d", ErrEscape, i)
		}
		v, err := strconv.ParseUint(s[i+1:i+3], 16, 8)
		if err != nil {
			return "", fmt.Errorf("%w %q at index %d", ErrEscape, s[i:i+3], i)
		}
		b.WriteByte(byte(v))
		i += 2
	}
	return b.String(), nil
}

func Parse(raw string) (*URL, error) {
	u := &URL{}
	fail := func(part string, err error) (*URL, error) { return nil, &URLError{raw, part, err} }
	rest, frag, _ := strings.Cut(raw, "#")
	rest, u.RawQuery, _ = strings.Cut(rest, "?")
	scheme, rest, ok := strings.Cut(rest, "://")
	if !ok || scheme == "" || strings.ContainsAny(scheme, "/.@") {
		return fail("scheme", ErrScheme)
	}
	u.Scheme = strings.ToLower(scheme)
	authority, path, hasPath := strings.Cut(rest, "/")
	if hasPath {
		path = "/" + path
	}
	if at := strings.LastIndexByte(authority, '@'); at >= 0 {
		u.User, authority = authority[:at], authority[at+1:]
	}
	host, portStr, hasPort := strings.Cut(authority, ":")
	u.Host = strings.ToLower(host)
	if hasPort {
		p, err := strconv.Atoi(portStr)
		if err != nil || p < 1 || p > 65535 {
			return fail("port", fmt.Errorf("%w %q", ErrPort, portStr))
		}
		u.Port = p
	}
	var err error
	if u.Path, err = unescape(path); err != nil {
		return fail(compPath.String(), err)
	}
	if u.Fragment, err = unescape(frag); err != nil {
		return fail(compFragment.String(), err)
	}
	return u, nil
}

func (u *URL) String() string {
	s := u.Scheme + "://"
	if u.User != "" {
		s += u.User + "@"
	}
	s += u.Host
	if u.Port != 0 {
		s += ":" + strconv.Itoa(u.Port)
	}
	s += escape(u.Path, compPath)
	if u.RawQuery != "" {
		s += "?" + u.RawQuery
	}
	if u.Fragment != "" {
		s += "#" + escape(u.Fragment, compFragment)
	}
	return s
}

func main() {
	inputs := []string{
		"https://Example.COM/a%20b/c?x=1&y=two#Section%202",
		"http://user:pw@localhost:8080/api/v1/items?limit=10",
		"ftp://files.test/pub/%E2%9C%93-done.txt",
		"HTTPS://example.com",
		"https://example.com/100%/off",
		"https://example.com:99999/",
		"example.com/no-scheme",
		"https://example.com/#frag%zz",
		"https://example.com/tail%2",
	}
	for _, in := range inputs {
		u, err := Parse(in)
		if err != nil {
			var ue *URLError
			errors.As(err, &ue)
			fmt.Printf("ERR  %v\n     part=%s escape=%v port=%v scheme=%v\n", err, ue.Part,
				errors.Is(err, ErrEscape), errors.Is(err, ErrPort), errors.Is(err, ErrScheme))
			continue
		}
		std, _ := url.Parse(in)
		fmt.Printf("OK   %s\n     host=%s port=%d path=%q query=%q frag=%q std-path-agrees=%v\n",
			u, u.Host, u.Port, u.Path, u.RawQuery, u.Fragment, std.Path == u.Path)
	}
	for _, s := range []string{"a b/c", "50%+?", "naïve#1"} {
		fmt.Printf("escape %-10q path=%-18s query=%-18s std-path=%s\n", s, escape(s, compPath), escape(s, compQuery), (&url.URL{Path: s}).EscapedPath())
	}
}
