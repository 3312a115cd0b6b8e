package main

import (
	"bufio"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"
)

const raw = `
# service config
[server]
host = 0.0.0.0
port = 9090
read_timeout = 2s

[database]
dsn = "postgres://db:5432/app"
max_conns = 25
; comment style two
[features]
beta = true
regions = eu-west, us-east , ap-south
`

type Config struct {
	Host        string
	Port        int
	ReadTimeout time.Duration
	DSN         string
	MaxConns    int
	Beta        bool
	Regions     []string
	LogLevel    string
}

func parseINI(s string) (map[string]string, error) {
	out := map[string]string{}
	section := ""
	sc := bufio.NewScanner(strings.NewReader(s))
	lineNo := 0
	for sc.Scan() {
		lineNo++
		line := strings.TrimSpace(sc.Text())
		if line == "" || line[0] == '#' || line[0] == ';' {
			continue
		}
		if strings.HasPrefix(line, "[") && strings.HasSuffix(line, "]") {
			section = line[1 : len(line)-1]
			continue
		}
		k, v, ok := strings.Cut(line, "=")
		if !ok {
			return nil, fmt.Errorf("line %d: expected key = value", lineNo)
		}
		v = strings.Trim(strings.TrimSpace(v), `"`)
		out[section+"."+strings.TrimSpace(k)] = v
	}
	return out, sc.Err()
}

func Load(src string, env map[string]string) (Config, error) {
	cfg := Config{Host: "127.0.0.1", Port: 8080, ReadTimeout: 5 * time.Second, MaxConns: 10, LogLevel: "info"}
	kv, err := parseINI(src)
	if err != nil {
		return cfg, fmt.Errorf("parse: %w", err)
	}
	for k, v := range env {
		kv[strings.ToLower(strings.Replace(strings.TrimPrefix(k, "APP_"), "_", ".", 1))] = v
	}
	var errs []error
	str := func(key string, dst *string) {
		if v, ok := kv[key]; ok {
			*dst = v
		}
	}
	num := func(key string, dst *int) {
		if v, ok := kv[key]; ok {
			n, err := strconv.Atoi(v)
			if err != nil {
				errs = append(errs, fmt.Errorf("%s: %w", key, err))
				return
			}
			*dst = n
		}
	}
	str("server.host", &cfg.Host)
	num("server.port", &cfg.Port)
	str("database.dsn", &cfg.DSN)
	num("database.max_conns", &cfg.MaxConns)
	str("log.level", &cfg.LogLevel)
	if v, ok := kv["server.read_timeout"]; ok {
		d, err := time.ParseDuration(v)
		if err != nil {
			errs = append(errs, fmt.Errorf("server.read_timeout: %w", err))
		}
		cfg.ReadTimeout = d
	}
	if v, ok := kv["features.beta"]; ok {
		cfg.Beta, _ = strconv.ParseBool(v)
	}
	for r := range strings.SplitSeq(kv["features.regions"], ",") {
		if r = strings.TrimSpace(r); r != "" {
			cfg.Regions = append(cfg.Regions, r)
		}
	}
	if cfg.Port < 1 || cfg.Port > 65535 {
		errs = append(errs, fmt.Errorf("port %d out of range", cfg.Port))
	}
	if cfg.DSN == "" {
		errs = append(errs, errors.New("database.dsn is required"))
	}
	return cfg, errors.Join(errs...)
}

func main() {
	cfg, err := Load(raw, nil)
	fmt.Printf("%+v\nerr=%v\n\n", cfg, err)

	cfg, err = Load(raw, map[string]string{"APP_SERVER_PORT": "7070", "APP_LOG_LEVEL": "debug"})
	fmt.Println(cfg.Port, cfg.LogLevel, cfg.Regions, len(cfg.Regions), err)

	cfg, err = Load("[server]\nport = abc\nread_timeout = 3x", map[string]string{})
	fmt.Printf("defaults kept: host=%s timeout=%v maxconns=%d\n", cfg.Host, cfg.ReadTimeout, cfg.MaxConns)
	fmt.Println("errors:\n" + err.Error())

	_, err = Load("[server]\nbroken line", nil)
	fmt.Printf("%v | %T\n", err, errors.Unwrap(err))

	cfg, err = Load("[server]\nport=0\n[database]\ndsn=x", nil)
	fmt.Printf("%q %v\n", cfg.DSN, err)
}
