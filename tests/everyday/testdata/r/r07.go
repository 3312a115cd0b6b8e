package main

import (
	"bufio"
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"
	"time"
)

const configINI = `; application config
app_name = Inventory Service
debug = true

[database]
host = db.internal
port = 5432
user = "svc_inventory"
timeout = 2.5s
pool_size = 20 ; inline comment

[cache]
enabled = yes
ttl = 15m
servers = redis-1:6379, redis-2:6379 , redis-3:6379

# hash comments work too
[features]
beta_ui = off
max_upload_mb = 25
broken line without equals
[features]
ratio = 0.75
`

type Section map[string]string

type Config struct {
	Sections map[string]Section
	Warnings []string
}

func ParseINI(src string) *Config {
	cfg := &Config{Sections: map[string]Section{"": {}}}
	cur := ""
	sc := bufio.NewScanner(strings.NewReader(src))
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || line[0] == ';' || line[0] == '#' {
			continue
		}
		if strings.HasPrefix(line, "[") && strings.HasSuffix(line, "]") {
			cur = strings.TrimSpace(line[1 : len(line)-1])
			if _, ok := cfg.Sections[cur]; !ok {
				cfg.Sections[cur] = Section{}
			}
			continue
		}
		key, val, ok := strings.Cut(line, "=")
		if !ok {
			cfg.Warnings = append(cfg.Warnings, fmt.Sprintf("line %d: missing '=': %q", n, line))
			continue
		}
		if i := strings.Index(val, " ;"); i >= 0 {
			val = val[:i]
		}
		val = strings.TrimSpace(val)
		if uq, err := strconv.Unquote(val); err == nil {
			val = uq
		}
		cfg.Sections[cur][strings.TrimSpace(key)] = val
	}
	return cfg
}

func (c *Config) Get(path string) (string, bool) {
	sec, key := "", path
	if i := strings.LastIndexByte(path, '.'); i >= 0 {
		sec, key = path[:i], path[i+1:]
	}
	v, ok := c.Sections[sec][key]
	return v, ok
}

func (c *Config) Bool(path string) (bool, error) {
	v, _ := c.Get(path)
	switch strings.ToLower(v) {
	case "yes", "on", "true", "1":
		return true, nil
	case "no", "off", "false", "0":
		return false, nil
	}
	return false, fmt.Errorf("%s: not a bool: %q", path, v)
}

func (c *Config) Int(path string) (int, error) {
	v, _ := c.Get(path)
	return strconv.Atoi(v)
}

func (c *Config) Duration(path string) (time.Duration, error) {
	v, _ := c.Get(path)
	return time.ParseDuration(v)
}

func (c *Config) List(path string) []string {
	v, _ := c.Get(path)
	parts := strings.Split(v, ",")
	for i := range parts {
		parts[i] = strings.TrimSpace(parts[i])
	}
	return parts
}

func main() {
	cfg := ParseINI(configINI)
	for _, name := range slices.Sorted(maps.Keys(cfg.Sections)) {
		fmt.Printf("[%s]\n", cmp.Or(name, "<global>"))
		sec := cfg.Sections[name]
		for _, k := range slices.Sorted(maps.Keys(sec)) {
			fmt.Printf("  %-14s = %q\n", k, sec[k])
		}
	}
	for _, w := range cfg.Warnings {
		fmt.Println("warning:", w)
	}
	debug, _ := cfg.Bool("debug")
	beta, _ := cfg.Bool("features.beta_ui")
	_, errBool := cfg.Bool("database.host")
	port, _ := cfg.Int("database.port")
	timeout, _ := cfg.Duration("database.timeout")
	ttl, _ := cfg.Duration("cache.ttl")
	_, errInt := cfg.Int("features.ratio")
	fmt.Println("debug:", debug, "beta_ui:", beta)
	fmt.Println("bool err:", errBool)
	fmt.Printf("dsn: %s@%s:%d (timeout %v)\n", must(cfg.Get("database.user")), must(cfg.Get("database.host")), port, timeout)
	fmt.Printf("cache ttl %v = %.0f seconds\n", ttl, ttl.Seconds())
	fmt.Println("int err:", errInt)
	for i, s := range cfg.List("cache.servers") {
		fmt.Printf("server %d: %s\n", i, s)
	}
}

func must[T any](v T, _ bool) T { return v }
