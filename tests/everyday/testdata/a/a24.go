// A small INI parser with sections, comments, continuation lines and typed getters.
package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
	"time"
)

type Section map[string]string

type INI struct {
	sections map[string]Section
	order    []string
}

type ParseError struct {
	Line int
	Msg  string
}

func (e ParseError) Error() string { return fmt.Sprintf("ini:%d: %s", e.Line, e.Msg) }

func Parse(r io.Reader) (*INI, []error) {
	ini := &INI{sections: map[string]Section{}}
	var errs []error
	cur := ""
	ini.section(cur)
	var lastKey string
	sc := bufio.NewScanner(r)
	for n := 1; sc.Scan(); n++ {
		raw := sc.Text()
		line := strings.TrimSpace(raw)
		switch {
		case line == "" || line[0] == ';' || line[0] == '#':
			lastKey = ""
		case (raw[0] == ' ' || raw[0] == '\t') && lastKey != "":
			ini.sections[cur][lastKey] += " " + line
		case line[0] == '[':
			if !strings.HasSuffix(line, "]") {
				errs = append(errs, ParseError{n, "unterminated section header"})
				continue
			}
			cur = strings.ToLower(strings.TrimSpace(line[1 : len(line)-1]))
			ini.section(cur)
			lastKey = ""
		default:
			k, v, ok := strings.Cut(line, "=")
			if !ok {
				errs = append(errs, ParseError{n, fmt.Sprintf("expected key=value, got %q", line)})
				continue
			}
			k = strings.ToLower(strings.TrimSpace(k))
			v = strings.TrimSpace(v)
			if i := strings.Index(v, " ;"); i >= 0 {
				v = strings.TrimSpace(v[:i])
			}
			if uq, err := strconv.Unquote(v); err == nil {
				v = uq
			}
			ini.sections[cur][k] = v
			lastKey = k
		}
	}
	return ini, errs
}

func (ini *INI) section(name string) {
	if _, ok := ini.sections[name]; !ok {
		ini.sections[name] = Section{}
		ini.order = append(ini.order, name)
	}
}

var ErrNotFound = errors.New("key not found")

func (ini *INI) Get(sec, key string) (string, error) {
	v, ok := ini.sections[sec][key]
	if !ok {
		return "", fmt.Errorf("%s.%s: %w", sec, key, ErrNotFound)
	}
	return v, nil
}

func (ini *INI) Int(sec, key string, def int) int {
	v, err := ini.Get(sec, key)
	if err != nil {
		return def
	}
	n, err := strconv.Atoi(v)
	if err != nil {
		return def
	}
	return n
}

func (ini *INI) Bool(sec, key string) bool {
	v, _ := ini.Get(sec, key)
	switch strings.ToLower(v) {
	case "1", "yes", "on", "true":
		return true
	}
	return false
}

func (ini *INI) Duration(sec, key string, def time.Duration) time.Duration {
	v, err := ini.Get(sec, key)
	if err != nil {
		return def
	}
	d, err := time.ParseDuration(v)
	if err != nil {
		return def
	}
	return d
}

const sample = `; pipeline configuration
name = nightly-load

[Source]
type = postgres
dsn  = "host=db1 port=5432 user=etl"
query = SELECT id, name, updated_at
    FROM customers
    WHERE updated_at > :since
batch = 5000 ; rows per fetch

[sink]
type=s3
bucket = data-lake-raw
compress = yes
timeout = 2m30s
retries = three

[schedule
cron = 0 2 * * *
[Schedule]
cron = "0 2 * * *"
enabled = on
this line is broken
`

func main() {
	ini, errs := Parse(strings.NewReader(sample))
	for _, e := range errs {
		fmt.Println("warning:", e)
	}
	fmt.Println()
	for _, name := range ini.order {
		sec := ini.sections[name]
		label := name
		if label == "" {
			label = "(global)"
		}
		fmt.Printf("[%s] %d keys\n", label, len(sec))
		keys := make([]string, 0, len(sec))
		for k := range sec {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			fmt.Printf("  %-9s = %q\n", k, sec[k])
		}
	}

	fmt.Println("\nTyped access:")
	fmt.Println("  source.batch     =", ini.Int("source", "batch", 1000))
	fmt.Println("  sink.retries     =", ini.Int("sink", "retries", 3), "(fallback: not an int)")
	fmt.Println("  sink.compress    =", ini.Bool("sink", "compress"))
	fmt.Println("  schedule.enabled =", ini.Bool("schedule", "enabled"))
	fmt.Println("  sink.timeout     =", ini.Duration("sink", "timeout", time.Minute))
	fmt.Println("  source.timeout   =", ini.Duration("source", "timeout", 45*time.Second), "(default)")
	if _, err := ini.Get("sink", "region"); errors.Is(err, ErrNotFound) {
		fmt.Println("  lookup error     =", err)
	}
	var pe ParseError
	if len(errs) > 0 && errors.As(errs[0], &pe) {
		fmt.Printf("  first parse error on line %d\n", pe.Line)
	}
}
