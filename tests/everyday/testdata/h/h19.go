// h19: parse mixed-format timestamps, normalise to UTC and bucket into 5-minute windows.
package main

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"
)

const raw = `2024-03-10T01:58:12Z|checkout|ok
2024-03-10T03:01:40+01:00|checkout|ok
10/Mar/2024:01:59:59 +0000|search|ok
2024-03-10 02:03:00|search|error
1710036300|checkout|error
2024-03-10T02:04:59.999Z|search|ok
2024-03-10T02:05:00Z|search|ok
Sun, 10 Mar 2024 02:07:30 GMT|checkout|ok
2024-03-09T21:12:01-05:00|search|ok
yesterday at noon|search|ok
2024-03-10T02:24:59Z|checkout|error`

var layouts = []string{
	time.RFC3339Nano,
	"02/Jan/2006:15:04:05 -0700",
	time.DateTime, // assumed UTC
	time.RFC1123,
}

var errNoLayout = errors.New("no layout matched")

func parseTS(s string) (time.Time, error) {
	if sec, ok := parseUnix(s); ok {
		return time.Unix(sec, 0).UTC(), nil
	}
	for _, l := range layouts {
		if t, err := time.ParseInLocation(l, s, time.UTC); err == nil {
			return t.UTC(), nil
		}
	}
	return time.Time{}, fmt.Errorf("%q: %w", s, errNoLayout)
}

func parseUnix(s string) (int64, bool) {
	if len(s) != 10 {
		return 0, false
	}
	var n int64
	for _, c := range s {
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int64(c-'0')
	}
	return n, true
}

type bucket struct {
	ok, errs int
	services map[string]int
}

func main() {
	const width = 5 * time.Minute
	buckets := map[time.Time]*bucket{}
	var first, last time.Time
	for line := range strings.Lines(raw) {
		parts := strings.Split(strings.TrimSpace(line), "|")
		t, err := parseTS(parts[0])
		if err != nil {
			fmt.Println("skip:", err)
			continue
		}
		if first.IsZero() || t.Before(first) {
			first = t
		}
		if t.After(last) {
			last = t
		}
		k := t.Truncate(width)
		b := buckets[k]
		if b == nil {
			b = &bucket{services: map[string]int{}}
			buckets[k] = b
		}
		b.services[parts[1]]++
		if parts[2] == "ok" {
			b.ok++
		} else {
			b.errs++
		}
	}

	fmt.Printf("\nspan: %s .. %s (%v)\n\n", first.Format(time.RFC3339), last.Format(time.RFC3339), last.Sub(first))

	// Emit every window in the span, including empty ones, so gaps are visible.
	keys := make([]time.Time, 0, len(buckets))
	for k := range buckets {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b time.Time) int { return a.Compare(b) })
	for w := keys[0]; !w.After(keys[len(keys)-1]); w = w.Add(width) {
		b, ok := buckets[w]
		if !ok {
			fmt.Printf("%s-%s  (no events)\n", w.Format("15:04"), w.Add(width).Format("15:04"))
			continue
		}
		fmt.Printf("%s-%s  ok=%d err=%d  checkout=%d search=%d\n", w.Format("15:04"), w.Add(width).Format("15:04"),
			b.ok, b.errs, b.services["checkout"], b.services["search"])
	}

	loc := time.FixedZone("UTC+9", 9*3600)
	fmt.Printf("\nfirst event in UTC+9: %s (weekday %s, ISO week ", first.In(loc).Format(time.Kitchen), first.In(loc).Weekday())
	y, wk := first.ISOWeek()
	fmt.Printf("%d-W%02d)\n", y, wk)
}
