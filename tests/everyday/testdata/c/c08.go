// Layered service configuration: defaults, file-ish values and env-ish overrides,
// merged with cmp.Or and validated with errors.Join.
package main

import (
	"cmp"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"
)

type Config struct {
	Name        string
	Host        string
	Port        int
	MaxConns    int
	LogLevel    string
	ReadTimeout int // milliseconds
	Tags        []string
}

var (
	ErrMissing = errors.New("missing value")
	ErrRange   = errors.New("out of range")
	ErrEnum    = errors.New("not an allowed value")
)

type FieldError struct {
	Field string
	Err   error
}

func (e FieldError) Error() string { return e.Field + ": " + e.Err.Error() }
func (e FieldError) Unwrap() error { return e.Err }

var defaults = Config{Host: "0.0.0.0", Port: 8080, MaxConns: 100, LogLevel: "info", ReadTimeout: 5000}

// Merge takes the first non-zero value per field, highest priority first.
func Merge(layers ...Config) Config {
	var out Config
	pick := func(get func(Config) string) string {
		vals := make([]string, len(layers))
		for i, l := range layers {
			vals[i] = get(l)
		}
		return cmp.Or(vals...)
	}
	pickInt := func(get func(Config) int) int {
		vals := make([]int, len(layers))
		for i, l := range layers {
			vals[i] = get(l)
		}
		return cmp.Or(vals...)
	}
	out.Name = pick(func(c Config) string { return c.Name })
	out.Host = pick(func(c Config) string { return c.Host })
	out.LogLevel = pick(func(c Config) string { return c.LogLevel })
	out.Port = pickInt(func(c Config) int { return c.Port })
	out.MaxConns = pickInt(func(c Config) int { return c.MaxConns })
	out.ReadTimeout = pickInt(func(c Config) int { return c.ReadTimeout })
	// Tags accumulate from the lowest priority layer upwards.
	for _, l := range slices.Backward(layers) {
		out.Tags = append(out.Tags, l.Tags...)
	}
	slices.Sort(out.Tags)
	out.Tags = slices.Compact(out.Tags)
	return out
}

func (c Config) Validate() error {
	var errs []error
	if c.Name == "" {
		errs = append(errs, FieldError{"name", ErrMissing})
	}
	if c.Port < 1 || c.Port > 65535 {
		errs = append(errs, FieldError{"port", fmt.Errorf("%d: %w", c.Port, ErrRange)})
	}
	if c.MaxConns > 10_000 {
		errs = append(errs, FieldError{"max_conns", fmt.Errorf("%d: %w", c.MaxConns, ErrRange)})
	}
	if !slices.Contains([]string{"debug", "info", "warn", "error"}, c.LogLevel) {
		errs = append(errs, FieldError{"log_level", fmt.Errorf("%q: %w", c.LogLevel, ErrEnum)})
	}
	return errors.Join(errs...)
}

// fromEnv mimics reading APP_* variables from a map.
func fromEnv(env map[string]string) Config {
	atoi := func(s string) int { n, _ := strconv.Atoi(s); return n }
	var c Config
	c.Name = env["APP_NAME"]
	c.Host = env["APP_HOST"]
	c.Port = atoi(env["APP_PORT"])
	c.MaxConns = atoi(env["APP_MAX_CONNS"])
	c.LogLevel = strings.ToLower(env["APP_LOG_LEVEL"])
	if t := env["APP_TAGS"]; t != "" {
		c.Tags = strings.Split(t, ",")
	}
	return c
}

func report(title string, c Config) {
	fmt.Printf("--- %s ---\n", title)
	fmt.Printf("name=%q addr=%s:%d conns=%d level=%s timeout=%dms tags=%v\n",
		c.Name, c.Host, c.Port, c.MaxConns, c.LogLevel, c.ReadTimeout, c.Tags)
	err := c.Validate()
	if err == nil {
		fmt.Println("valid")
		return
	}
	fmt.Println("invalid:")
	for _, line := range strings.Split(err.Error(), "\n") {
		fmt.Println("  -", line)
	}
	var fe FieldError
	if errors.As(err, &fe) {
		fmt.Println("  first field:", fe.Field)
	}
	for _, target := range []error{ErrMissing, ErrRange, ErrEnum} {
		fmt.Printf("  is %-22q %v\n", target.Error(), errors.Is(err, target))
	}
}

func main() {
	file := Config{Name: "orders", Port: 9000, Tags: []string{"payments", "core"}}
	env := map[string]string{"APP_LOG_LEVEL": "DEBUG", "APP_TAGS": "core,canary"}

	report("defaults only", defaults)
	report("file over defaults", Merge(file, defaults))
	report("env over file over defaults", Merge(fromEnv(env), file, defaults))

	badEnv := map[string]string{"APP_PORT": "70000", "APP_MAX_CONNS": "50000", "APP_LOG_LEVEL": "verbose"}
	report("bad env", Merge(fromEnv(badEnv), Config{}, defaults))

	fmt.Println("--- env keys seen ---")
	all := maps.Clone(env)
	maps.Copy(all, badEnv)
	for _, k := range slices.Sorted(maps.Keys(all)) {
		fmt.Printf("%s=%s\n", k, all[k])
	}
}
