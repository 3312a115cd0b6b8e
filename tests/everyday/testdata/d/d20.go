package main

import (
	"bufio"
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"
)

type Config struct {
	Listen      string
	Workers     int
	Timeout     time.Duration
	LogLevel    string
	Features    []string
	DatabaseURL string
	sources     map[string]string // key -> where the final value came from
}

// Source yields raw key/value settings.
type Source interface {
	Name() string
	Values() (map[string]string, error)
}

type mapSource struct {
	name string
	vals map[string]string
}

func (m mapSource) Name() string                       { return m.name }
func (m mapSource) Values() (map[string]string, error) { return m.vals, nil }

// iniSource parses "key = value" lines from a string, as if read from a file.
type iniSource struct {
	name, text string
}

func (s iniSource) Name() string { return s.name }
func (s iniSource) Values() (map[string]string, error) {
	out := map[string]string{}
	sc := bufio.NewScanner(strings.NewReader(s.text))
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		k, v, ok := strings.Cut(line, "=")
		if !ok {
			return nil, fmt.Errorf("%s:%d: expected key = value", s.name, n)
		}
		out[strings.TrimSpace(k)] = strings.TrimSpace(v)
	}
	return out, nil
}

// envSource maps APP_FOO_BAR to foo.bar.
type envSource struct{ env []string }

func (envSource) Name() string { return "env" }
func (e envSource) Values() (map[string]string, error) {
	out := map[string]string{}
	for _, kv := range e.env {
		k, v, _ := strings.Cut(kv, "=")
		if rest, ok := strings.CutPrefix(k, "APP_"); ok {
			out[strings.ToLower(strings.ReplaceAll(rest, "_", "."))] = v
		}
	}
	return out, nil
}

var setters = map[string]func(*Config, string) error{
	"listen": func(c *Config, v string) error { c.Listen = v; return nil },
	"workers": func(c *Config, v string) error {
		n, err := strconv.Atoi(v)
		if err == nil {
			c.Workers = n
		}
		return err
	},
	"timeout": func(c *Config, v string) error {
		d, err := time.ParseDuration(v)
		if err == nil {
			c.Timeout = d
		}
		return err
	},
	"log.level": func(c *Config, v string) error { c.LogLevel = strings.ToLower(v); return nil },
	"features":  func(c *Config, v string) error { c.Features = strings.Split(v, ","); return nil },
	"db.url":    func(c *Config, v string) error { c.DatabaseURL = v; return nil },
}

func Load(sources ...Source) (*Config, error) {
	c := &Config{Listen: ":8080", Workers: 4, Timeout: 30 * time.Second, LogLevel: "info", sources: map[string]string{}}
	var errs []error
	for _, src := range sources {
		vals, err := src.Values()
		if err != nil {
			return nil, fmt.Errorf("load %s: %w", src.Name(), err)
		}
		keys := make([]string, 0, len(vals))
		for k := range vals {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			set, ok := setters[k]
			if !ok {
				errs = append(errs, fmt.Errorf("%s: unknown key %q", src.Name(), k))
				continue
			}
			if err := set(c, vals[k]); err != nil {
				errs = append(errs, fmt.Errorf("%s: %s: %w", src.Name(), k, err))
				continue
			}
			c.sources[k] = src.Name()
		}
	}
	errs = append(errs, c.validate()...)
	return c, errors.Join(errs...)
}

func (c *Config) validate() []error {
	var errs []error
	if c.Workers < 1 || c.Workers > 64 {
		errs = append(errs, fmt.Errorf("workers must be 1..64, got %d", c.Workers))
	}
	switch c.LogLevel {
	case "debug", "info", "warn", "error":
	default:
		errs = append(errs, fmt.Errorf("log.level %q is not recognised", c.LogLevel))
	}
	if c.DatabaseURL == "" {
		errs = append(errs, errors.New("db.url is required"))
	}
	return errs
}

func (c *Config) Print() {
	from := func(k string) string {
		if s, ok := c.sources[k]; ok {
			return s
		}
		return "default"
	}
	fmt.Printf("  listen    = %-28s (%s)\n", c.Listen, from("listen"))
	fmt.Printf("  workers   = %-28d (%s)\n", c.Workers, from("workers"))
	fmt.Printf("  timeout   = %-28v (%s)\n", c.Timeout, from("timeout"))
	fmt.Printf("  log.level = %-28s (%s)\n", c.LogLevel, from("log.level"))
	fmt.Printf("  features  = %-28s (%s)\n", fmt.Sprintf("%q", c.Features), from("features"))
	fmt.Printf("  db.url    = %-28s (%s)\n", c.DatabaseURL, from("db.url"))
}

func main() {
	file := iniSource{"app.conf", `
# production settings
listen = 0.0.0.0:9000
workers = 16
db.url = postgres://db.internal/app
features = search,export
`}
	env := envSource{[]string{"HOME=/root", "APP_WORKERS=32", "APP_LOG_LEVEL=DEBUG", "PATH=/bin"}}
	flags := mapSource{"flags", map[string]string{"timeout": "45s"}}

	run := func(title string, srcs ...Source) {
		fmt.Println("==", title)
		c, err := Load(srcs...)
		if err != nil {
			fmt.Println("  errors:")
			for _, line := range strings.Split(err.Error(), "\n") {
				fmt.Println("   -", line)
			}
		}
		if c != nil {
			c.Print()
		}
	}

	run("file + env + flags", file, env, flags)
	run("defaults only")
	run("bad values", file, mapSource{"flags", map[string]string{
		"workers": "lots", "timeout": "10 minutes", "log.level": "verbose", "colour": "yes",
	}})
	run("env overrides to invalid", file, envSource{[]string{"APP_WORKERS=100"}})
	run("malformed file", iniSource{"broken.conf", "listen = :1\nthis line is wrong\n"})
}
