package main

import (
	"fmt"
	"slices"
	"strings"
	"time"
)

type Island struct {
	Start, End time.Time
}

func (is Island) Days() int { return int(is.End.Sub(is.Start).Hours()/24) + 1 }

func (is Island) String() string {
	if is.Days() == 1 {
		return is.Start.Format("Jan 02")
	}
	return fmt.Sprintf("%s–%s", is.Start.Format("Jan 02"), is.End.Format("Jan 02"))
}

// islands groups sorted, de-duplicated dates into runs of consecutive days.
func islands(days []time.Time) []Island {
	var out []Island
	for _, d := range days {
		if n := len(out); n > 0 && d.Sub(out[n-1].End) == 24*time.Hour {
			out[n-1].End = d
			continue
		}
		out = append(out, Island{d, d})
	}
	return out
}

func parseDays(raw string) ([]time.Time, []error) {
	var days []time.Time
	var errs []error
	for _, f := range strings.Split(raw, ",") {
		t, err := time.Parse("2006-01-02", strings.TrimSpace(f))
		if err != nil {
			errs = append(errs, fmt.Errorf("skip %q: %w", f, err))
			continue
		}
		days = append(days, t)
	}
	slices.SortFunc(days, func(a, b time.Time) int { return a.Compare(b) })
	days = slices.CompactFunc(days, func(a, b time.Time) bool { return a.Equal(b) })
	return days, errs
}

func main() {
	logins := map[string]string{
		"maria": "2024-05-01,2024-05-02,2024-05-03,2024-05-05,2024-05-06,2024-05-07,2024-05-08,2024-05-20",
		"tom":   "2024-05-03,2024-05-01,2024-05-02,2024-05-02,2024-05-10,2024-05-11,2024-05-31,2024-06-01",
		"zoe":   "2024-05-14,2024-05-16,2024-05-18,2024-05-32,2024-05-20",
		"li":    "2024-04-29,2024-04-30,2024-05-01,2024-05-02,2024-05-03,2024-05-04,2024-05-05,2024-05-06,2024-05-07",
	}
	users := slices.Sorted(func(yield func(string) bool) {
		for u := range logins {
			if !yield(u) {
				return
			}
		}
	})

	asOf := time.Date(2024, 6, 1, 0, 0, 0, 0, time.UTC)
	type stat struct {
		user    string
		longest Island
		current int
	}
	var stats []stat
	for _, u := range users {
		days, errs := parseDays(logins[u])
		for _, e := range errs {
			fmt.Printf("%s: %v\n", u, e)
		}
		isl := islands(days)
		longest := slices.MaxFunc(isl, func(a, b Island) int {
			if a.Days() != b.Days() {
				return a.Days() - b.Days()
			}
			return b.Start.Compare(a.Start) // earlier streak wins ties
		})
		current := 0
		if last := isl[len(isl)-1]; last.End.Equal(asOf) || last.End.Equal(asOf.AddDate(0, 0, -1)) {
			current = last.Days()
		}
		stats = append(stats, stat{u, longest, current})

		var parts []string
		for _, is := range isl {
			parts = append(parts, is.String())
		}
		fmt.Printf("%-6s %d active days in %d streaks: %s\n", u, len(days), len(isl), strings.Join(parts, ", "))

		// Gaps between islands.
		for i := 1; i < len(isl); i++ {
			gap := int(isl[i].Start.Sub(isl[i-1].End).Hours()/24) - 1
			fmt.Printf("         gap of %2d day(s) before %s\n", gap, isl[i].Start.Format("Jan 02"))
		}
	}

	slices.SortStableFunc(stats, func(a, b stat) int { return b.longest.Days() - a.longest.Days() })
	fmt.Printf("\nLeaderboard as of %s:\n", asOf.Format("Mon Jan 2"))
	for i, s := range stats {
		line := fmt.Sprintf("  %d. %-6s longest=%d (%v) current=%d %s", i+1, s.user, s.longest.Days(), s.longest,
			s.current, strings.Repeat("🔥", s.current))
		fmt.Println(strings.TrimRight(line, " "))
	}

	// May calendar strip for one user.
	days, _ := parseDays(logins["maria"])
	var strip strings.Builder
	for d := time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC); d.Month() == time.May; d = d.AddDate(0, 0, 1) {
		if _, ok := slices.BinarySearchFunc(days, d, time.Time.Compare); ok {
			strip.WriteByte('#')
		} else {
			strip.WriteByte('.')
		}
	}
	fmt.Println("\nmaria May:", strip.String())
}
