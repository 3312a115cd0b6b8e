package main

import (
	"bufio"
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"
	"time"
)

type Section map[string]string

type Config struct {
	Sections map[string]Section
	Warnings []string
}

type LineError struct {
	Line int
	Msg  string
}

func (e LineError) Error() string { return fmt.Sprintf("line %d: %s", e.Line, e.Msg) }

func ParseINI(src string) (*Config, error) {
	cfg := &Config{Sections: map[string]Section{"": {}}}
	current := ""
	sc := bufio.NewScanner(strings.NewReader(src))
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		switch {
		case line == "" || strings.HasPrefix(line, "#") || strings.HasPrefix(line, ";"):
			continue
		case strings.HasPrefix(line, "["):
			if !strings.HasSuffix(line, "]") {
				return nil, LineError{n, "unterminated section header"}
			}
			current = strings.ToLower(strings.TrimSpace(line[1 : len(line)-1]))
			if _, dup := cfg.Sections[current]; dup {
				cfg.Warnings = append(cfg.Warnings, fmt.Sprintf("line %d: section %q reopened", n, current))
			} else {
				cfg.Sections[current] = Section{}
			}
		default:
			key, val, ok := strings.Cut(line, "=")
			if !ok {
				return nil, LineError{n, fmt.Sprintf("expected key=value, got %q", line)}
			}
			key = strings.TrimSpace(key)
			val = strings.Trim(strings.TrimSpace(val), `"`)
			cfg.Sections[current][key] = val
		}
	}
	return cfg, sc.Err()
}

func (c *Config) Get(section, key string) (string, bool) {
	v, ok := c.Sections[section][key]
	return v, ok
}

func (c *Config) Int(section, key string, def int) (int, error) {
	v, ok := c.Get(section, key)
	if !ok {
		return def, nil
	}
	n, err := strconv.Atoi(v)
	if err != nil {
		return def, fmt.Errorf("%s.%s: %w", section, key, err)
	}
	return n, nil
}

func (c *Config) Bool(section, key string) bool {
	v, _ := c.Get(section, key)
	b, _ := strconv.ParseBool(v)
	return b
}

const sample = `
# global settings
name = "demo app"
debug = true

[Server]
host = 0.0.0.0
port = 8080
timeout = 2m30s

[database]
user = admin
max_conns = fifty
; comment line
[server]
workers = 4
`

func main() {
	cfg, err := ParseINI(sample)
	if err != nil {
		fmt.Println("error:", err)
		return
	}
	for _, name := range slices.Sorted(maps.Keys(cfg.Sections)) {
		sec := cfg.Sections[name]
		fmt.Printf("[%s] %d keys: %v\n", name, len(sec), sec)
	}
	fmt.Println("warnings:", cfg.Warnings)
	port, err := cfg.Int("server", "port", 80)
	fmt.Println("port:", port, err)
	conns, err := cfg.Int("database", "max_conns", 10)
	fmt.Println("conns:", conns, "err:", err)
	workers, _ := cfg.Int("server", "workers", 1)
	missing, _ := cfg.Int("server", "missing", 99)
	fmt.Println("workers:", workers, "missing:", missing, "debug:", cfg.Bool("", "debug"))
	if s, ok := cfg.Get("server", "timeout"); ok {
		d, err := time.ParseDuration(s)
		fmt.Println("timeout:", d, d.Seconds(), err)
	}
	_, err = ParseINI("[ok]\na=1\n[broken\n")
	fmt.Printf("%v | %#v\n", err, err)
	_, err = ParseINI("novalue")
	fmt.Println(err)
}
