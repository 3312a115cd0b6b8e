// f01: a small INI parser with sections, comments and line-numbered errors.
package main

import (
	"bufio"
	"errors"
	"fmt"
	"sort"
	"strings"
)

type ParseError struct {
	Line int
	Msg  string
}

func (e *ParseError) Error() string { return fmt.Sprintf("line %d: %s", e.Line, e.Msg) }

type INI map[string]map[string]string

func parseINI(src string) (INI, error) {
	out := INI{"": {}}
	section := ""
	sc := bufio.NewScanner(strings.NewReader(src))
	var errs []error
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		switch {
		case line == "" || strings.HasPrefix(line, ";") || strings.HasPrefix(line, "#"):
			continue
		case strings.HasPrefix(line, "["):
			if !strings.HasSuffix(line, "]") {
				errs = append(errs, &ParseError{n, "unterminated section header"})
				continue
			}
			section = strings.ToLower(strings.TrimSpace(line[1 : len(line)-1]))
			if section == "" {
				errs = append(errs, &ParseError{n, "empty section name"})
				continue
			}
			if _, ok := out[section]; !ok {
				out[section] = map[string]string{}
			}
		default:
			key, val, ok := strings.Cut(line, "=")
			if !ok {
				errs = append(errs, &ParseError{n, fmt.Sprintf("expected key=value, got %q", line)})
				continue
			}
			key = strings.TrimSpace(key)
			if key == "" {
				errs = append(errs, &ParseError{n, "missing key"})
				continue
			}
			val = strings.TrimSpace(val)
			if i := strings.Index(val, " ;"); i >= 0 {
				val = strings.TrimSpace(val[:i])
			}
			val = strings.Trim(val, `"`)
			if _, dup := out[section][key]; dup {
				errs = append(errs, &ParseError{n, fmt.Sprintf("duplicate key %q in [%s]", key, section)})
			}
			out[section][key] = val
		}
	}
	return out, errors.Join(errs...)
}

func (ini INI) dump() {
	secs := make([]string, 0, len(ini))
	for s := range ini {
		secs = append(secs, s)
	}
	sort.Strings(secs)
	for _, s := range secs {
		if len(ini[s]) == 0 {
			continue
		}
		if s == "" {
			fmt.Println("(global)")
		} else {
			fmt.Printf("[%s]\n", s)
		}
		keys := make([]string, 0, len(ini[s]))
		for k := range ini[s] {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			fmt.Printf("  %-10s = %q\n", k, ini[s][k])
		}
	}
}

const good = `
; global settings
owner = data-team
[database]
host = db.internal
port = 5432   ; default postgres
name = "warehouse"

[Pipeline]
batch_size = 500
retries=3
`

const bad = `
[database
host = x
just some text
= orphan
[]
[etl]
mode = full
mode = incremental
`

func main() {
	ini, err := parseINI(good)
	fmt.Println("good config, err =", err)
	ini.dump()

	fmt.Println("---")
	ini, err = parseINI(bad)
	if err != nil {
		fmt.Println("bad config errors:")
		for _, line := range strings.Split(err.Error(), "\n") {
			fmt.Println("  -", line)
		}
		var pe *ParseError
		if errors.As(err, &pe) {
			fmt.Printf("first error at line %d\n", pe.Line)
		}
	}
	ini.dump()
}
