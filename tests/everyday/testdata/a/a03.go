// ISO week report: bucket event timestamps by ISO year/week and weekday.
package main

import (
	"bufio"
	"fmt"
	"sort"
	"strings"
	"time"
)

const events = `2023-12-28T09:15:00Z login
2023-12-31T23:59:59Z purchase
2024-01-01T00:00:01Z login
2024-01-01T12:30:00Z purchase
2024-01-03T08:00:00Z login
2024-01-07T18:45:00Z refund
2024-01-08T07:10:00Z login
2024-01-09T14:22:00Z purchase
2024-01-09T14:25:00Z purchase
2024-01-12T21:00:00Z login
2024-01-14T11:11:11Z purchase
2024-01-15T00:00:00Z login
2024-12-30T10:00:00Z purchase
2024-12-31T16:40:00Z login
2025-01-01T09:00:00Z purchase
`

type WeekKey struct {
	Year, Week int
}

func (k WeekKey) String() string { return fmt.Sprintf("%04d-W%02d", k.Year, k.Week) }

func (k WeekKey) Monday() time.Time {
	// Jan 4th is always in week 1.
	jan4 := time.Date(k.Year, time.January, 4, 0, 0, 0, 0, time.UTC)
	offset := (int(jan4.Weekday()) + 6) % 7
	week1Mon := jan4.AddDate(0, 0, -offset)
	return week1Mon.AddDate(0, 0, 7*(k.Week-1))
}

type Bucket struct {
	Key   WeekKey
	Kinds map[string]int
	Days  [7]int
}

func main() {
	buckets := map[WeekKey]*Bucket{}
	sc := bufio.NewScanner(strings.NewReader(events))
	line := 0
	for sc.Scan() {
		line++
		fields := strings.Fields(sc.Text())
		if len(fields) != 2 {
			continue
		}
		ts, err := time.Parse(time.RFC3339, fields[0])
		if err != nil {
			fmt.Printf("line %d: %v\n", line, err)
			continue
		}
		y, w := ts.ISOWeek()
		k := WeekKey{y, w}
		b := buckets[k]
		if b == nil {
			b = &Bucket{Key: k, Kinds: map[string]int{}}
			buckets[k] = b
		}
		b.Kinds[fields[1]]++
		b.Days[(int(ts.Weekday())+6)%7]++
		if ts.Year() != y {
			fmt.Printf("note: %s (%s) belongs to ISO year %d\n", fields[0], ts.Format("Mon"), y)
		}
	}

	keys := make([]WeekKey, 0, len(buckets))
	for k := range buckets {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if keys[i].Year != keys[j].Year {
			return keys[i].Year < keys[j].Year
		}
		return keys[i].Week < keys[j].Week
	})

	fmt.Println()
	fmt.Println("Week      Range                    Mo Tu We Th Fr Sa Su  Kinds")
	for _, k := range keys {
		b := buckets[k]
		mon := k.Monday()
		sun := mon.AddDate(0, 0, 6)
		rng := fmt.Sprintf("%s..%s", mon.Format("Jan 02 2006"), sun.Format("Jan 02"))
		var days strings.Builder
		for _, d := range b.Days {
			fmt.Fprintf(&days, "%2d ", d)
		}
		kinds := make([]string, 0, len(b.Kinds))
		for kind, n := range b.Kinds {
			kinds = append(kinds, fmt.Sprintf("%s=%d", kind, n))
		}
		sort.Strings(kinds)
		fmt.Printf("%s  %-23s  %s %s\n", k, rng, days.String(), strings.Join(kinds, ","))
	}

	first, last := keys[0].Monday(), keys[len(keys)-1].Monday()
	span := last.Sub(first)
	fmt.Printf("\nSpan between first and last week: %v (%d weeks)\n", span, int(span.Hours()/24/7))
	for y := 2020; y <= 2026; y++ {
		dec28 := time.Date(y, time.December, 28, 0, 0, 0, 0, time.UTC)
		_, wk := dec28.ISOWeek()
		fmt.Printf("ISO year %d has %d weeks\n", y, wk)
	}
}
