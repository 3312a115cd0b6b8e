package main

import (
	"bufio"
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"
	"time"
)

const logfmtLines = `ts=2024-05-01T10:00:00Z level=info msg="server started" port=8080
ts=2024-05-01T10:00:05Z level=debug msg="cache warm" entries=1500 took=230ms
ts=2024-05-01T10:01:12Z level=warn msg="slow query" query="SELECT * FROM t WHERE a = \"x\"" took=1.2s
ts=2024-05-01T10:02:00Z level=error msg="upstream failed" err="dial tcp: timeout" retry=true
ts=2024-05-01T10:02:01Z level=info msg=retrying attempt=2
ts=2024-05-01T10:02:03Z level=info msg="request done" status=200 took=45ms path=/api/v1/users
ts=2024-05-01T10:03:30Z level=error msg="panic recovered" stack= took=3ms
ts=2024-05-01T10:04:00Z level=info flag msg="bare key above"`

type Record map[string]string

func parseLogfmt(line string) (Record, error) {
	rec := Record{}
	i := 0
	for i < len(line) {
		for i < len(line) && line[i] == ' ' {
			i++
		}
		start := i
		for i < len(line) && line[i] != '=' && line[i] != ' ' {
			i++
		}
		key := line[start:i]
		if key == "" {
			break
		}
		if i >= len(line) || line[i] == ' ' {
			rec[key] = "true"
			continue
		}
		i++ // skip '='
		if i < len(line) && line[i] == '"' {
			j := i + 1
			for j < len(line) && (line[j] != '"' || line[j-1] == '\\') {
				j++
			}
			if j >= len(line) {
				return nil, fmt.Errorf("unterminated quote for key %q", key)
			}
			v, err := strconv.Unquote(line[i : j+1])
			if err != nil {
				return nil, err
			}
			rec[key] = v
			i = j + 1
		} else {
			start = i
			for i < len(line) && line[i] != ' ' {
				i++
			}
			rec[key] = line[start:i]
		}
	}
	return rec, nil
}

func (r Record) Duration(key string) (time.Duration, bool) {
	d, err := time.ParseDuration(r[key])
	return d, err == nil
}

func main() {
	sc := bufio.NewScanner(strings.NewReader(logfmtLines))
	levels := map[string]int{}
	var total time.Duration
	timed := 0
	keys := map[string]bool{}
	for sc.Scan() {
		rec, err := parseLogfmt(sc.Text())
		if err != nil {
			fmt.Println("parse error:", err)
			continue
		}
		levels[rec["level"]]++
		for k := range rec {
			keys[k] = true
		}
		ts, _ := time.Parse(time.RFC3339, rec["ts"])
		extra := []string{}
		for _, k := range slices.Sorted(maps.Keys(rec)) {
			if k != "ts" && k != "level" && k != "msg" {
				extra = append(extra, k+"="+strconv.Quote(rec[k]))
			}
		}
		fmt.Printf("%s %-5s %-18s %s\n", ts.Format("15:04:05"), strings.ToUpper(rec["level"]), rec["msg"], strings.Join(extra, " "))
		if d, ok := rec.Duration("took"); ok {
			total += d
			timed++
		}
	}
	fmt.Println("---")
	for _, l := range slices.Sorted(maps.Keys(levels)) {
		fmt.Printf("%-6s %d\n", l, levels[l])
	}
	fmt.Printf("timed events: %d, total %v, mean %v\n", timed, total, total/time.Duration(timed))
	fmt.Println("all keys:", strings.Join(slices.Sorted(maps.Keys(keys)), ","))
	_, err := parseLogfmt(`a=1 b="oops`)
	fmt.Println("bad line:", err)
}
