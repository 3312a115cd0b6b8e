// h02: logfmt-style key=value parsing with strings.Cut; latency percentiles per service.
package main

import (
	"fmt"
	"maps"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"
)

const logData = `ts=2024-05-01T12:00:00Z level=info svc=auth msg="login ok" dur=12ms user=alice
ts=2024-05-01T12:00:01Z level=info svc=billing msg="charge" dur=180ms user=bob
ts=2024-05-01T12:00:02Z level=warn svc=auth msg="slow token refresh" dur=95ms user=carol
ts=2024-05-01T12:00:03Z level=info svc=search msg="query" dur=41ms user=alice
ts=2024-05-01T12:00:04Z level=error svc=billing msg="card declined" dur=220ms user=dave
ts=2024-05-01T12:00:05Z level=info svc=search msg="query" dur=37ms user=bob
ts=2024-05-01T12:00:06Z level=info svc=auth msg="login ok" dur=9ms user=erin
ts=2024-05-01T12:00:07Z level=info svc=search msg="query" dur=1.2s user=carol
ts=2024-05-01T12:00:08Z level=info svc=billing msg="charge" dur=150ms user=alice
ts=2024-05-01T12:00:09Z level=debug svc=search msg="cache hit" dur=800us user=dave
ts=2024-05-01T12:00:10Z level=info svc=auth msg="logout" dur=3ms user=alice
ts=2024-05-01T12:00:11Z level=info svc=search msg="query" dur=55ms user=erin`

// parseLogfmt splits a line into key/value pairs, honoring double-quoted values.
func parseLogfmt(line string) map[string]string {
	out := make(map[string]string)
	for line != "" {
		line = strings.TrimLeft(line, " ")
		key, rest, ok := strings.Cut(line, "=")
		if !ok {
			break
		}
		var val string
		if strings.HasPrefix(rest, `"`) {
			end := strings.IndexByte(rest[1:], '"')
			if end < 0 {
				val, rest = rest[1:], ""
			} else {
				val, rest = rest[1:end+1], rest[end+2:]
			}
		} else {
			val, rest, _ = strings.Cut(rest, " ")
		}
		out[key] = val
		line = rest
	}
	return out
}

func percentile(sorted []time.Duration, p float64) time.Duration {
	if len(sorted) == 0 {
		return 0
	}
	idx := int(math.Ceil(p/100*float64(len(sorted)))) - 1
	return sorted[max(idx, 0)]
}

func main() {
	latencies := map[string][]time.Duration{}
	levels := map[string]int{}
	for line := range strings.Lines(logData) {
		kv := parseLogfmt(strings.TrimSpace(line))
		levels[kv["level"]]++
		d, err := time.ParseDuration(kv["dur"])
		if err != nil {
			fmt.Println("bad duration:", err)
			continue
		}
		latencies[kv["svc"]] = append(latencies[kv["svc"]], d)
	}

	fmt.Printf("%-8s %3s %10s %10s %10s %10s\n", "SERVICE", "N", "MIN", "P50", "P90", "MAX")
	for _, svc := range slices.Sorted(maps.Keys(latencies)) {
		ds := latencies[svc]
		slices.Sort(ds)
		fmt.Printf("%-8s %3d %10v %10v %10v %10v\n", svc, len(ds),
			ds[0], percentile(ds, 50), percentile(ds, 90), ds[len(ds)-1])
	}

	fmt.Println("\nlevels:")
	for _, lvl := range slices.Sorted(maps.Keys(levels)) {
		fmt.Printf("  %-6s %d\n", lvl, levels[lvl])
	}

	sample := parseLogfmt(`ts=x msg="unterminated value dur=5ms`)
	fmt.Println("\nedge case keys:", slices.Sorted(maps.Keys(sample)), "msg =", strconv.Quote(sample["msg"]))
}
