// sync.Once, sync.OnceValue and sync.OnceValues for lazy service configuration.
package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
)

var parseCount atomic.Int32
var dialCount atomic.Int32

var rawConfig = `
# service config
name = checkout
port = 8443
replicas = 3
feature.fast_path = on
feature.audit = off
db.dsn = postgres://db.internal/checkout
`

var loadConfig = sync.OnceValue(func() map[string]string {
	parseCount.Add(1)
	cfg := map[string]string{}
	for _, line := range strings.Split(rawConfig, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		k, v, ok := strings.Cut(line, "=")
		if ok {
			cfg[strings.TrimSpace(k)] = strings.TrimSpace(v)
		}
	}
	return cfg
})

type DB struct{ DSN string }

var connect = sync.OnceValues(func() (*DB, error) {
	dialCount.Add(1)
	dsn := loadConfig()["db.dsn"]
	if !strings.HasPrefix(dsn, "postgres://") {
		return nil, errors.New("unsupported dsn")
	}
	return &DB{DSN: dsn}, nil
})

var badConnect = sync.OnceValues(func() (*DB, error) {
	dialCount.Add(1)
	return nil, errors.New("dial tcp: connection refused")
})

type Logger struct {
	once  sync.Once
	lines []string
	mu    sync.Mutex
}

func (l *Logger) init() {
	l.once.Do(func() {
		l.lines = append(l.lines, "logger initialised")
	})
}

func (l *Logger) Log(s string) {
	l.init()
	l.mu.Lock()
	l.lines = append(l.lines, s)
	l.mu.Unlock()
}

func main() {
	log := &Logger{}
	var wg sync.WaitGroup
	msgs := make([]string, 10)
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			cfg := loadConfig()
			db, err := connect()
			_, badErr := badConnect()
			status := "ok"
			if err != nil {
				status = err.Error()
			}
			msgs[i] = fmt.Sprintf("worker %d: service=%s port=%s db=%v status=%s bad=%v",
				i, cfg["name"], cfg["port"], db != nil, status, badErr)
			log.Log(fmt.Sprintf("worker-%02d ready", i))
		}(i)
	}
	wg.Wait()

	for _, m := range msgs {
		fmt.Println(m)
	}
	fmt.Println("first log line:", log.lines[0])
	rest := append([]string(nil), log.lines[1:]...)
	sort.Strings(rest)
	fmt.Printf("log lines after init: %d, first sorted %q, last sorted %q\n", len(rest), rest[0], rest[len(rest)-1])

	cfg := loadConfig()
	keys := make([]string, 0, len(cfg))
	for k := range cfg {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("config %-18s = %s\n", k, cfg[k])
	}
	db, _ := connect()
	fmt.Println("db dsn:", db.DSN)
	fmt.Printf("config parsed %d time(s), dial attempted %d time(s)\n", parseCount.Load(), dialCount.Load())
}
