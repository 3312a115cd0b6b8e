package main

import (
	"bufio"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"
	"time"
)

type Pair struct{ Key, Value string }

type SyntaxError struct {
	Line, Col int
	Msg       string
}

func (e *SyntaxError) Error() string { return fmt.Sprintf("%d:%d: %s", e.Line, e.Col, e.Msg) }

// ParseLine decodes one logfmt record: key=value, key="quoted value", or bare key.
func ParseLine(s string, lineNo int) ([]Pair, error) {
	var out []Pair
	i := 0
	for i < len(s) {
		if s[i] == ' ' {
			i++
			continue
		}
		start := i
		for i < len(s) && s[i] != '=' && s[i] != ' ' && s[i] != '"' {
			i++
		}
		key := s[start:i]
		if key == "" {
			return out, &SyntaxError{lineNo, i + 1, fmt.Sprintf("expected key, found %q", s[i])}
		}
		if i >= len(s) || s[i] != '=' {
			out = append(out, Pair{key, "true"})
			continue
		}
		i++ // skip '='
		if i < len(s) && s[i] == '"' {
			j := i + 1
			for j < len(s) && s[j] != '"' {
				if s[j] == '\\' {
					j++
				}
				j++
			}
			if j >= len(s) {
				return out, &SyntaxError{lineNo, i + 1, "unterminated quoted value for " + key}
			}
			v, err := strconv.Unquote(s[i : j+1])
			if err != nil {
				return out, &SyntaxError{lineNo, i + 1, "bad escape in value for " + key}
			}
			out = append(out, Pair{key, v})
			i = j + 1
		} else {
			start = i
			for i < len(s) && s[i] != ' ' {
				i++
			}
			out = append(out, Pair{key, s[start:i]})
		}
	}
	return out, nil
}

func Encode(pairs []Pair) string {
	parts := make([]string, len(pairs))
	for i, p := range pairs {
		v := p.Value
		if v == "" || strings.ContainsAny(v, " =\"\\") || strings.ContainsFunc(v, func(r rune) bool { return r < ' ' }) {
			v = strconv.Quote(v)
		}
		parts[i] = p.Key + "=" + v
	}
	return strings.Join(parts, " ")
}

const logs = `ts=10:00:01 level=info msg="server started" port=8080
ts=10:00:02 level=debug msg="cache warm" entries=512 dur=35ms
ts=10:00:05 level=info msg="request" path=/api/users status=200 dur=12.5ms
ts=10:00:06 level=warn msg="slow request" path=/api/report status=200 dur=1.2s retry
ts=10:00:07 level=error msg="db timeout \"primary\"" path=/api/users status=503 dur=5s
ts=10:00:08 level=info msg="request" path=/healthz status=200 dur=150µs
ts=10:00:09 level=info msg="unterminated
ts=10:00:10 level=error =oops
ts=10:00:11 level=info msg="bye\tnow" dur=2ms`

func main() {
	levels := map[string]int{}
	var total time.Duration
	var durCount int
	var errs []error
	sc := bufio.NewScanner(strings.NewReader(logs))
	for n := 1; sc.Scan(); n++ {
		pairs, err := ParseLine(sc.Text(), n)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		rec := map[string]string{}
		for _, p := range pairs {
			rec[p.Key] = p.Value
		}
		levels[rec["level"]]++
		if d, err := time.ParseDuration(rec["dur"]); err == nil {
			total += d
			durCount++
		}
		flag := ""
		if rec["level"] == "error" || rec["level"] == "warn" {
			flag = " <<<"
		}
		fmt.Printf("line %d: %d fields level=%-5s msg=%q%s\n", n, len(pairs), rec["level"], rec["msg"], flag)
		if again := Encode(pairs); again != sc.Text() {
			fmt.Printf("   re-encoded differs: %s\n", again)
		}
	}
	for _, lvl := range slices.Sorted(maps.Keys(levels)) {
		fmt.Printf("level %-6s %d\n", lvl, levels[lvl])
	}
	fmt.Printf("durations: %d samples, total %v, mean %v\n", durCount, total, total/time.Duration(durCount))
	for _, err := range errs {
		var se *SyntaxError
		if errors.As(err, &se) {
			fmt.Printf("syntax error line %d col %d: %s\n", se.Line, se.Col, se.Msg)
		}
	}
	fmt.Println(Encode([]Pair{{"k", "plain"}, {"empty", ""}, {"sp", "a b"}, {"eq", "x=y"}, {"nl", "a\nb"}}))
}
