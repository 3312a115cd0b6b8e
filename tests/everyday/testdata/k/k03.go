package main

import (
	"fmt"
	"sort"
	"strings"
	"time"
)

type event struct {
	At     time.Time
	Amount float64
}

// weekStart returns the Monday 00:00 of the week containing t, in t's location.
func weekStart(t time.Time) time.Time {
	d := time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, t.Location())
	offset := (int(d.Weekday()) + 6) % 7 // Monday=0
	return d.AddDate(0, 0, -offset)
}

func monthEnd(t time.Time) time.Time {
	first := time.Date(t.Year(), t.Month(), 1, 0, 0, 0, 0, t.Location())
	return first.AddDate(0, 1, -1)
}

func main() {
	base := time.Date(2024, time.February, 26, 9, 30, 0, 0, time.UTC)
	var events []event
	amounts := []float64{120, 75.5, 300, 42, 18.25, 260, 99.99, 150, 33, 510, 64, 88}
	for i, a := range amounts {
		at := base.Add(time.Duration(i*19) * time.Hour).Add(time.Duration(i*13) * time.Minute)
		events = append(events, event{At: at, Amount: a})
	}

	fmt.Println("Raw events:")
	for _, e := range events {
		fmt.Printf("  %s  %-9s %8.2f\n", e.At.Format("Mon 2006-01-02 15:04"), e.At.Weekday(), e.Amount)
	}

	weekly := map[time.Time]float64{}
	daily := map[time.Time]int{}
	for _, e := range events {
		weekly[weekStart(e.At)] += e.Amount
		daily[e.At.Truncate(24*time.Hour)]++
	}

	weeks := make([]time.Time, 0, len(weekly))
	for w := range weekly {
		weeks = append(weeks, w)
	}
	sort.Slice(weeks, func(i, j int) bool { return weeks[i].Before(weeks[j]) })

	fmt.Println("\nWeekly totals (week starting Monday):")
	for _, w := range weeks {
		end := w.AddDate(0, 0, 6)
		fmt.Printf("  %s..%s  ISO wk ", w.Format("Jan 02"), end.Format("Jan 02"))
		_, isoWeek := w.ISOWeek()
		fmt.Printf("%02d  %9.2f\n", isoWeek, weekly[w])
	}

	days := make([]time.Time, 0, len(daily))
	for d := range daily {
		days = append(days, d)
	}
	sort.Slice(days, func(i, j int) bool { return days[i].Before(days[j]) })
	fmt.Println("\nEvents per day:")
	for _, d := range days {
		fmt.Printf("  %s %s\n", d.Format("2006-01-02"), strings.Repeat("#", daily[d]))
	}

	first, last := events[0].At, events[len(events)-1].At
	span := last.Sub(first)
	fmt.Printf("\nSpan: %v (%.1f days)\n", span, span.Hours()/24)
	fmt.Printf("Feb 2024 month end: %s (leap year)\n", monthEnd(base).Format("2006-01-02"))
	fmt.Printf("Mar 2024 month end: %s\n", monthEnd(last).Format("2006-01-02"))

	// AddDate normalisation: Jan 31 + 1 month overflows into March.
	jan31 := time.Date(2023, time.January, 31, 0, 0, 0, 0, time.UTC)
	fmt.Printf("2023-01-31 +1 month via AddDate = %s\n", jan31.AddDate(0, 1, 0).Format(time.DateOnly))
	fmt.Printf("2023-01-31 month end of next month = %s\n", monthEnd(jan31.AddDate(0, 0, 1)).Format(time.DateOnly))

	quarter := func(t time.Time) string { return fmt.Sprintf("%dQ%d", t.Year(), (int(t.Month())-1)/3+1) }
	fmt.Printf("Quarters: first=%s last=%s\n", quarter(first), quarter(last))
}
