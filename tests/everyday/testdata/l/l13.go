package main

import (
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"
)

type DBConfig struct {
	Host     string
	Port     int
	MaxOpen  int
	Timeout  time.Duration
	ReadOnly bool
}

type Config struct {
	AppName  string
	Debug    bool
	Workers  int
	DB       DBConfig
	Features []string
}

func Defaults() Config {
	return Config{
		AppName: "svc",
		Workers: 4,
		DB:      DBConfig{Host: "localhost", Port: 5432, MaxOpen: 10, Timeout: 3 * time.Second},
	}
}

// loader accumulates parse errors while reading typed values from a flat map.
type loader struct {
	src  map[string]string
	errs []error
	used map[string]bool
}

func (l *loader) str(key string, dst *string) {
	if v, ok := l.src[key]; ok {
		l.used[key] = true
		*dst = v
	}
}

func (l *loader) integer(key string, dst *int, lo, hi int) {
	v, ok := l.src[key]
	if !ok {
		return
	}
	l.used[key] = true
	n, err := strconv.Atoi(v)
	switch {
	case err != nil:
		l.errs = append(l.errs, fmt.Errorf("%s: %w", key, err))
	case n < lo || n > hi:
		l.errs = append(l.errs, fmt.Errorf("%s: %d not in [%d,%d]", key, n, lo, hi))
	default:
		*dst = n
	}
}

func (l *loader) boolean(key string, dst *bool) {
	if v, ok := l.src[key]; ok {
		l.used[key] = true
		b, err := strconv.ParseBool(v)
		if err != nil {
			l.errs = append(l.errs, fmt.Errorf("%s: %w", key, err))
			return
		}
		*dst = b
	}
}

func (l *loader) duration(key string, dst *time.Duration) {
	if v, ok := l.src[key]; ok {
		l.used[key] = true
		d, err := time.ParseDuration(v)
		if err != nil {
			l.errs = append(l.errs, fmt.Errorf("%s: %w", key, err))
			return
		}
		*dst = d
	}
}

func Load(src map[string]string) (Config, []string, error) {
	cfg := Defaults()
	l := &loader{src: src, used: map[string]bool{}}
	l.str("app.name", &cfg.AppName)
	l.boolean("app.debug", &cfg.Debug)
	l.integer("app.workers", &cfg.Workers, 1, 64)
	l.str("db.host", &cfg.DB.Host)
	l.integer("db.port", &cfg.DB.Port, 1, 65535)
	l.integer("db.max_open", &cfg.DB.MaxOpen, 1, 1000)
	l.duration("db.timeout", &cfg.DB.Timeout)
	l.boolean("db.read_only", &cfg.DB.ReadOnly)
	if v, ok := src["features"]; ok {
		l.used["features"] = true
		for f := range strings.SplitSeq(v, ",") {
			if f = strings.TrimSpace(f); f != "" {
				cfg.Features = append(cfg.Features, f)
			}
		}
	}
	var unknown []string
	for k := range src {
		if !l.used[k] {
			unknown = append(unknown, k)
		}
	}
	slices.Sort(unknown)
	return cfg, unknown, errors.Join(l.errs...)
}

func main() {
	envs := []map[string]string{
		{},
		{"app.name": "billing", "app.debug": "true", "db.host": "db.internal", "db.timeout": "750ms",
			"features": "invoices, refunds,,exports", "db.read_only": "1"},
		{"app.workers": "128", "db.port": "http", "db.timeout": "soon", "app.debug": "maybe", "log.level": "info", "app.nam": "typo"},
	}
	for i, env := range envs {
		cfg, unknown, err := Load(env)
		fmt.Printf("env %d:\n  %+v\n", i, cfg)
		if len(unknown) > 0 {
			fmt.Printf("  unknown keys: %v\n", unknown)
		}
		if err != nil {
			fmt.Printf("  errors:\n    %s\n", strings.ReplaceAll(err.Error(), "\n", "\n    "))
		}
	}
}
