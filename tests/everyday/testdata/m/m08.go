package main

import (
	"bufio"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"
)

type ParseError struct {
	Line int
	Err  error
}

func (e *ParseError) Error() string { return fmt.Sprintf("line %d: %v", e.Line, e.Err) }
func (e *ParseError) Unwrap() error { return e.Err }

var (
	ErrDuplicate = errors.New("duplicate key")
	ErrSyntax    = errors.New("syntax error")
	ErrMissing   = errors.New("missing key")
)

type Config map[string]map[string]string

func Parse(src string) (Config, error) {
	cfg := Config{"": {}}
	section := ""
	sc := bufio.NewScanner(strings.NewReader(src))
	lineNo := 0
	var pending strings.Builder
	for sc.Scan() {
		lineNo++
		line := strings.TrimSpace(sc.Text())
		if strings.HasSuffix(line, "\\") {
			pending.WriteString(strings.TrimSuffix(line, "\\"))
			continue
		}
		if pending.Len() > 0 {
			line = pending.String() + line
			pending.Reset()
		}
		switch {
		case line == "" || line[0] == ';' || line[0] == '#':
			continue
		case line[0] == '[':
			if !strings.HasSuffix(line, "]") {
				return nil, &ParseError{lineNo, fmt.Errorf("%w: unclosed section header", ErrSyntax)}
			}
			section = strings.ToLower(strings.TrimSpace(line[1 : len(line)-1]))
			if _, ok := cfg[section]; !ok {
				cfg[section] = map[string]string{}
			}
		default:
			k, v, ok := strings.Cut(line, "=")
			if !ok {
				return nil, &ParseError{lineNo, fmt.Errorf("%w: expected key = value", ErrSyntax)}
			}
			k = strings.ToLower(strings.TrimSpace(k))
			v = strings.TrimSpace(v)
			if i := strings.Index(v, " ;"); i >= 0 {
				v = strings.TrimSpace(v[:i])
			}
			if uq, err := strconv.Unquote(v); err == nil {
				v = uq
			}
			if _, dup := cfg[section][k]; dup {
				return nil, &ParseError{lineNo, fmt.Errorf("%w %q in [%s]", ErrDuplicate, k, section)}
			}
			cfg[section][k] = v
		}
	}
	return cfg, nil
}

func (c Config) Get(sec, key string) (string, error) {
	v, ok := c[sec][key]
	if !ok {
		return "", fmt.Errorf("%s.%s: %w", sec, key, ErrMissing)
	}
	return v, nil
}

func (c Config) Int(sec, key string) (int, error) {
	s, err := c.Get(sec, key)
	if err != nil {
		return 0, err
	}
	n, err := strconv.Atoi(s)
	if err != nil {
		return 0, fmt.Errorf("%s.%s: %w", sec, key, err)
	}
	return n, nil
}

const sample = `; global settings
app = inventory
[Server]
host = 0.0.0.0
port = 8080      ; http
motd = "Welcome, \"friend\""
allowed = alpha, beta, \
          gamma
[database]
user = admin
pool = lots
[empty]
`

func main() {
	cfg, err := Parse(sample)
	if err != nil {
		fmt.Println("parse failed:", err)
		return
	}
	for _, s := range slices.Sorted(maps.Keys(cfg)) {
		fmt.Printf("[%s] (%d keys)\n", s, len(cfg[s]))
		for _, k := range slices.Sorted(maps.Keys(cfg[s])) {
			fmt.Printf("  %s = %q\n", k, cfg[s][k])
		}
	}
	for _, q := range [][2]string{{"server", "port"}, {"database", "pool"}, {"database", "port"}} {
		n, err := cfg.Int(q[0], q[1])
		var ne *strconv.NumError
		switch {
		case err == nil:
			fmt.Printf("%s.%s -> %d\n", q[0], q[1], n)
		case errors.Is(err, ErrMissing):
			fmt.Printf("%s.%s -> missing\n", q[0], q[1])
		case errors.As(err, &ne):
			fmt.Printf("%s.%s -> not a number (%q: %v)\n", q[0], q[1], ne.Num, ne.Err)
		}
	}
	for _, bad := range []string{"[a]\nx=1\nx=2", "[a\nx=1", "[b]\njust words"} {
		_, err := Parse(bad)
		var pe *ParseError
		if errors.As(err, &pe) {
			fmt.Printf("bad input: %v (dup=%t syntax=%t)\n", pe, errors.Is(err, ErrDuplicate), errors.Is(err, ErrSyntax))
		}
	}
}
