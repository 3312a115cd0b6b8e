package main

import (
	"errors"
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"
)

const input = `
[server]
host = example.internal
port = 8080
timeout = 30s
[database]
host = db.internal
port = 54x2
pool = 10
user
[cache]
ttl = 300
enabled = yes
[server]
port = 9090
`

type ParseError struct {
	Line int
	Text string
	Err  error
}

func (e *ParseError) Error() string { return fmt.Sprintf("line %d %q: %v", e.Line, e.Text, e.Err) }
func (e *ParseError) Unwrap() error { return e.Err }

var (
	ErrSyntax     = errors.New("syntax error")
	ErrDupSection = errors.New("duplicate section")
	ErrMissingKey = errors.New("missing key")
)

type Section map[string]string

type Config struct {
	sections map[string]Section
}

func Parse(text string) (*Config, error) {
	cfg := &Config{sections: map[string]Section{}}
	var errs []error
	var cur Section
	for i, raw := range strings.Split(text, "\n") {
		line := strings.TrimSpace(raw)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if strings.HasPrefix(line, "[") && strings.HasSuffix(line, "]") {
			name := line[1 : len(line)-1]
			if _, dup := cfg.sections[name]; dup {
				errs = append(errs, &ParseError{i, line, ErrDupSection})
			} else {
				cfg.sections[name] = Section{}
			}
			cur = cfg.sections[name]
			continue
		}
		k, v, ok := strings.Cut(line, "=")
		if !ok || cur == nil {
			errs = append(errs, &ParseError{i, line, ErrSyntax})
			continue
		}
		cur[strings.TrimSpace(k)] = strings.TrimSpace(v)
	}
	return cfg, errors.Join(errs...)
}

func (c *Config) String(sec, key string) (string, error) {
	v, ok := c.sections[sec][key]
	if !ok {
		return "", fmt.Errorf("%s.%s: %w", sec, key, ErrMissingKey)
	}
	return v, nil
}

func Get[T any](c *Config, sec, key string, conv func(string) (T, error)) (T, error) {
	var zero T
	s, err := c.String(sec, key)
	if err != nil {
		return zero, err
	}
	v, err := conv(s)
	if err != nil {
		return zero, fmt.Errorf("%s.%s: %w", sec, key, err)
	}
	return v, nil
}

func parseBool(s string) (bool, error) {
	if b, ok := map[string]bool{"yes": true, "on": true, "no": false, "off": false}[strings.ToLower(s)]; ok {
		return b, nil
	}
	return strconv.ParseBool(s)
}

func main() {
	cfg, err := Parse(input)
	if err != nil {
		fmt.Println("parse problems:")
		for _, e := range err.(interface{ Unwrap() []error }).Unwrap() {
			var pe *ParseError
			errors.As(e, &pe)
			fmt.Printf("  line %2d syntax=%-5v dup=%-5v %v\n", pe.Line, errors.Is(e, ErrSyntax), errors.Is(e, ErrDupSection), e)
		}
	}
	for _, name := range slices.Sorted(maps.Keys(cfg.sections)) {
		fmt.Printf("[%s]\n", name)
		sec := cfg.sections[name]
		for _, k := range slices.Sorted(maps.Keys(sec)) {
			fmt.Printf("  %-8s = %s\n", k, sec[k])
		}
	}
	lookups := []struct{ sec, key, typ string }{
		{"server", "port", "int"}, {"database", "port", "int"}, {"database", "pool", "int"},
		{"cache", "enabled", "bool"}, {"cache", "ttl", "bool"}, {"server", "tls", "bool"},
		{"server", "host", "string"}, {"metrics", "path", "string"},
	}
	for _, l := range lookups {
		var v any
		var err error
		switch l.typ {
		case "int":
			v, err = Get(cfg, l.sec, l.key, strconv.Atoi)
		case "bool":
			v, err = Get(cfg, l.sec, l.key, parseBool)
		default:
			v, err = cfg.String(l.sec, l.key)
		}
		var ne *strconv.NumError
		switch {
		case err == nil:
			fmt.Printf("%-17s %-6s = %v (%T)\n", l.sec+"."+l.key, l.typ, v, v)
		case errors.Is(err, ErrMissingKey):
			fmt.Printf("%-17s %-6s missing\n", l.sec+"."+l.key, l.typ)
		case errors.As(err, &ne):
			fmt.Printf("%-17s %-6s bad value %q via %s\n", l.sec+"."+l.key, l.typ, ne.Num, ne.Func)
		}
	}
}
