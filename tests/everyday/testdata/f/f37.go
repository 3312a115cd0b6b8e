// f37: layered configuration (defaults < file < environment < flags) with provenance and validation.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"maps"
	"slices"
	"strconv"
	"strings"
	"time"
)

type setting struct {
	value  string
	source string
}

type Layered map[string]setting

func (l Layered) apply(source string, kv map[string]string) {
	for k, v := range kv {
		l[k] = setting{v, source}
	}
}

func fromFile(src string) (map[string]string, error) {
	out := map[string]string{}
	for i, line := range strings.Split(src, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		k, v, ok := strings.Cut(line, "=")
		if !ok {
			return nil, fmt.Errorf("config.env:%d: missing '='", i+1)
		}
		out[strings.TrimSpace(k)] = strings.TrimSpace(v)
	}
	return out, nil
}

// fromEnv maps APP_FOO_BAR=x to foo.bar=x, ignoring unrelated variables.
func fromEnv(environ []string, prefix string) map[string]string {
	out := map[string]string{}
	for _, kv := range environ {
		k, v, _ := strings.Cut(kv, "=")
		if rest, ok := strings.CutPrefix(k, prefix); ok {
			out[strings.ToLower(strings.ReplaceAll(rest, "_", "."))] = v
		}
	}
	return out
}

func fromFlags(args []string, keys []string) (map[string]string, error) {
	fs := flag.NewFlagSet("app", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	vals := map[string]*string{}
	for _, k := range keys {
		vals[k] = fs.String(k, "", "override "+k)
	}
	if err := fs.Parse(args); err != nil {
		return nil, err
	}
	out := map[string]string{}
	fs.Visit(func(f *flag.Flag) { out[f.Name] = *vals[f.Name] }) // only flags actually given
	return out, nil
}

func validate(cfg Layered) error {
	var errs []error
	check := func(key string, fn func(string) error) {
		if err := fn(cfg[key].value); err != nil {
			errs = append(errs, fmt.Errorf("%s=%q (from %s): %w", key, cfg[key].value, cfg[key].source, err))
		}
	}
	check("http.port", func(s string) error {
		n, err := strconv.ParseUint(s, 10, 16)
		if err == nil && n < 1024 {
			err = errors.New("privileged port")
		}
		return err
	})
	check("http.timeout", func(s string) error { _, err := time.ParseDuration(s); return err })
	check("log.level", func(s string) error {
		if !slices.Contains([]string{"debug", "info", "warn", "error"}, s) {
			return errors.New("unknown level")
		}
		return nil
	})
	check("db.url", func(s string) error {
		if s == "" {
			return errors.New("required")
		}
		return nil
	})
	return errors.Join(errs...)
}

func main() {
	defaults := map[string]string{"http.port": "8080", "http.timeout": "30s", "log.level": "info", "db.url": "", "workers": "4"}
	file := "# config.env\nhttp.port = 9000\nlog.level = debug\ndb.url = postgres://db/app\n"
	environ := []string{"HOME=/root", "APP_HTTP_TIMEOUT=45s", "APP_WORKERS=16", "PATH=/usr/bin"}
	scenarios := [][]string{
		{"-workers", "8"},
		{"-http.port", "80", "-log.level", "verbose", "-http.timeout", "soon"},
		{"-db.url="},
		{"-unknown", "1"},
	}
	for _, args := range scenarios {
		fmt.Printf("args %q\n", args)
		cfg := Layered{}
		cfg.apply("default", defaults)
		fileVals, err := fromFile(file)
		if err != nil {
			fmt.Println("  ", err)
			continue
		}
		cfg.apply("file", fileVals)
		cfg.apply("env", fromEnv(environ, "APP_"))
		flagVals, err := fromFlags(args, slices.Sorted(maps.Keys(defaults)))
		if err != nil {
			fmt.Println("   flag error:", err)
			continue
		}
		cfg.apply("flag", flagVals)
		for _, k := range slices.Sorted(maps.Keys(cfg)) {
			fmt.Printf("   %-13s %-22q %s\n", k, cfg[k].value, cfg[k].source)
		}
		if err := validate(cfg); err != nil {
			fmt.Println("   INVALID:\n     " + strings.ReplaceAll(err.Error(), "\n", "\n     "))
		}
	}
}
