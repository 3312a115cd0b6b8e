package main

import (
	"fmt"
	"slices"
	"time"
)

type Event struct {
	At    time.Time
	Value float64
}

func isBusinessDay(t time.Time) bool {
	wd := t.Weekday()
	return wd != time.Saturday && wd != time.Sunday
}

func businessDaysBetween(a, b time.Time) int {
	n := 0
	for d := a; d.Before(b); d = d.AddDate(0, 0, 1) {
		if isBusinessDay(d) {
			n++
		}
	}
	return n
}

func main() {
	base := time.Date(2024, time.February, 26, 9, 0, 0, 0, time.UTC)
	offsets := []time.Duration{
		0, 35 * time.Minute, 2 * time.Hour, 2*time.Hour + 10*time.Minute,
		26 * time.Hour, 27*time.Hour + 30*time.Minute, 50 * time.Hour,
		98 * time.Hour, 99 * time.Hour, 121 * time.Hour,
	}
	values := []float64{3, 5, 2, 8, 4, 6, 1, 9, 7, 5}
	events := make([]Event, len(offsets))
	for i, off := range offsets {
		events[i] = Event{At: base.Add(off), Value: values[i]}
	}

	// resample into daily buckets
	type bucket struct {
		Count int
		Sum   float64
	}
	daily := map[time.Time]bucket{}
	for _, e := range events {
		day := e.At.Truncate(24 * time.Hour)
		b := daily[day]
		b.Count++
		b.Sum += e.Value
		daily[day] = b
	}
	days := make([]time.Time, 0, len(daily))
	for d := range daily {
		days = append(days, d)
	}
	slices.SortFunc(days, func(a, b time.Time) int { return a.Compare(b) })
	first, last := days[0], days[len(days)-1]
	fmt.Println("daily resample (with gap fill):")
	for d := first; !d.After(last); d = d.AddDate(0, 0, 1) {
		b, ok := daily[d]
		marker := ""
		if !ok {
			marker = " <- gap"
		}
		fmt.Printf("  %s %-9s n=%d sum=%5.1f%s\n", d.Format("2006-01-02"), d.Weekday(), b.Count, b.Sum, marker)
	}

	// hourly resample for first day
	fmt.Println("hourly (day 1):")
	hourly := map[int]float64{}
	for _, e := range events {
		if e.At.YearDay() == base.YearDay() {
			hourly[e.At.Hour()] += e.Value
		}
	}
	fmt.Println(" ", hourly)

	// gaps between consecutive events longer than 12h
	fmt.Println("gaps > 12h:")
	for i := 1; i < len(events); i++ {
		gap := events[i].At.Sub(events[i-1].At)
		if gap > 12*time.Hour {
			fmt.Printf("  %s -> %s : %v (%.1f h)\n", events[i-1].At.Format(time.DateTime), events[i].At.Format("Jan 2 15:04"), gap, gap.Hours())
		}
	}

	span := events[len(events)-1].At.Sub(events[0].At)
	fmt.Printf("total span: %v = %.2f days\n", span, span.Hours()/24)
	fmt.Println("leap year check:", time.Date(2024, 2, 29, 0, 0, 0, 0, time.UTC).Format("Mon Jan 2 2006"))
	fmt.Println("business days Feb26..Mar11:", businessDaysBetween(base, time.Date(2024, 3, 11, 0, 0, 0, 0, time.UTC)))

	// month-end dates for a year
	var monthEnds []string
	for m := time.January; m <= time.December; m++ {
		me := time.Date(2024, m+1, 0, 0, 0, 0, 0, time.UTC)
		monthEnds = append(monthEnds, me.Format("01-02"))
	}
	fmt.Println("month ends:", monthEnds)

	// add business days
	d := time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC)
	for added := 0; added < 10; {
		d = d.AddDate(0, 0, 1)
		if isBusinessDay(d) {
			added++
		}
	}
	fmt.Printf("10 business days after 2024-03-01: %s (%s)\n", d.Format(time.DateOnly), d.Weekday())
	dur, _ := time.ParseDuration("1h45m30s")
	fmt.Println(dur, dur.Minutes(), dur.Round(time.Hour), dur.Truncate(15*time.Minute))
	_, week := base.ISOWeek()
	fmt.Printf("ISO week=%d quarter=Q%d\n", week, (int(base.Month())-1)/3+1)
}
