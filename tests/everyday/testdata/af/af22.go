package main

import (
	"bufio"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"
	"time"
)

type Pos struct{ Line, Col int }

func (p Pos) String() string { return fmt.Sprintf("%d:%d", p.Line, p.Col) }

type ConfigError struct {
	File string
	Pos  Pos
	Msg  string
}

func (e *ConfigError) Error() string { return fmt.Sprintf("%s:%v: %s", e.File, e.Pos, e.Msg) }

var ErrMissing = errors.New("key not found")

type entry struct {
	value string
	pos   Pos
}

type Config struct {
	file     string
	sections map[string]map[string]entry
}

func isIdent(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if !(r == '_' || r == '-' || r == '.' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9') {
			return false
		}
	}
	return true
}

func Parse(file, src string) (*Config, error) {
	cfg := &Config{file: file, sections: map[string]map[string]entry{"": {}}}
	var errs []error
	section := ""
	sc := bufio.NewScanner(strings.NewReader(src))
	for line := 1; sc.Scan(); line++ {
		raw := sc.Text()
		text := strings.TrimSpace(raw)
		indent := strings.Index(raw, text) + 1
		bad := func(col int, format string, args ...any) {
			errs = append(errs, &ConfigError{file, Pos{line, col}, fmt.Sprintf(format, args...)})
		}
		switch {
		case text == "" || text[0] == '#' || text[0] == ';':
		case text[0] == '[':
			end := strings.IndexByte(text, ']')
			if end < 0 {
				bad(indent+len(text), "missing ']'")
				continue
			}
			section = strings.TrimSpace(text[1:end])
			if !isIdent(section) {
				bad(indent+1, "invalid section name %q", section)
			}
			if _, ok := cfg.sections[section]; !ok {
				cfg.sections[section] = map[string]entry{}
			}
		default:
			eq := strings.IndexByte(text, '=')
			if eq < 0 {
				bad(indent, "expected key = value")
				continue
			}
			key := strings.TrimSpace(text[:eq])
			val := strings.TrimSpace(text[eq+1:])
			valCol := indent + eq + 1 + strings.Index(text[eq+1:], val)
			if !isIdent(key) {
				bad(indent, "invalid key %q", key)
				continue
			}
			if strings.HasPrefix(val, `"`) {
				uq, err := strconv.Unquote(val)
				if err != nil {
					bad(valCol, "bad quoted string %s", val)
					continue
				}
				val = uq
			} else if i := strings.Index(val, " #"); i >= 0 {
				val = strings.TrimSpace(val[:i])
			}
			if prev, dup := cfg.sections[section][key]; dup {
				bad(indent, "duplicate key %q (first at %v)", key, prev.pos)
			}
			cfg.sections[section][key] = entry{val, Pos{line, valCol}}
		}
	}
	return cfg, errors.Join(errs...)
}

func (c *Config) lookup(path string) (entry, error) {
	sec, key := "", path
	if i := strings.LastIndexByte(path, '.'); i >= 0 {
		sec, key = path[:i], path[i+1:]
	}
	e, ok := c.sections[sec][key]
	if !ok {
		return e, fmt.Errorf("%s: %w", path, ErrMissing)
	}
	return e, nil
}

func get[T any](c *Config, path string, conv func(string) (T, error)) (T, error) {
	e, err := c.lookup(path)
	if err != nil {
		var zero T
		return zero, err
	}
	v, err := conv(e.value)
	if err != nil {
		return v, &ConfigError{c.file, e.pos, fmt.Sprintf("%s: %v", path, err)}
	}
	return v, nil
}

const sample = `# service configuration
name = "demo \"svc\""
debug = true

[server]
host = 0.0.0.0
port = 8080   # inline comment
timeout = 2m30s
[database]
  url = "postgres://db:5432/app"
  pool = ten
  pool = 12
[bad section
=orphan
retries 3
[cache]
ttl = "unterminated
`

func main() {
	cfg, err := Parse("app.ini", sample)
	fmt.Println("parse errors:")
	for _, e := range strings.Split(err.Error(), "\n") {
		fmt.Println("  ", e)
	}
	for _, s := range slices.Sorted(maps.Keys(cfg.sections)) {
		keys := slices.Sorted(maps.Keys(cfg.sections[s]))
		fmt.Printf("section %-10q keys=%v\n", s, keys)
	}
	str := func(s string) (string, error) { return s, nil }
	name, _ := get(cfg, "name", str)
	debug, _ := get(cfg, "debug", strconv.ParseBool)
	port, _ := get(cfg, "server.port", strconv.Atoi)
	timeout, _ := get(cfg, "server.timeout", time.ParseDuration)
	url, _ := get(cfg, "database.url", str)
	fmt.Printf("name=%q debug=%v port=%d timeout=%v url=%s\n", name, debug, port, timeout, url)
	for _, path := range []string{"database.pool", "server.host", "cache.ttl", "server.missing"} {
		n, err := get(cfg, path, strconv.Atoi)
		var ce *ConfigError
		switch {
		case errors.Is(err, ErrMissing):
			fmt.Printf("get %-15s -> missing (%v)\n", path, err)
		case errors.As(err, &ce):
			fmt.Printf("get %-15s -> bad value at %v: %s\n", path, ce.Pos, ce.Msg)
		default:
			fmt.Printf("get %-15s -> %d\n", path, n)
		}
	}
}
