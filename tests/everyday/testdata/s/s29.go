package main

import (
	"fmt"
	"slices"
	"strings"
	"time"
)

// time.Duration arithmetic: pace calculator, timesheet and fixed-date scheduling.

type Split struct {
	Km   float64
	Time time.Duration
}

func pace(d time.Duration, km float64) time.Duration {
	return time.Duration(float64(d) / km).Round(time.Second)
}

func main() {
	marathon := 3*time.Hour + 27*time.Minute + 45*time.Second
	fmt.Println("marathon time:", marathon)
	fmt.Println("pace per km:  ", pace(marathon, 42.195))
	fmt.Printf("hours=%.4f minutes=%.2f seconds=%.0f\n", marathon.Hours(), marathon.Minutes(), marathon.Seconds())

	splits := []Split{
		{5, 24*time.Minute + 10*time.Second},
		{5, 23*time.Minute + 55*time.Second},
		{5, 24*time.Minute + 40*time.Second},
		{5, 25*time.Minute + 5*time.Second},
		{1.0975, 5*time.Minute + 20*time.Second},
	}
	var total time.Duration
	var dist float64
	fmt.Printf("\n%6s %10s %10s %10s\n", "km", "split", "pace", "elapsed")
	for _, s := range splits {
		total += s.Time
		dist += s.Km
		fmt.Printf("%6.2f %10v %10v %10v\n", dist, s.Time, pace(s.Time, s.Km), total)
	}

	// Timesheet parsing
	entries := []string{"1h30m", "45m", "2h15m30s", "20m", "3h", "90s", "500ms"}
	var work time.Duration
	var parsed []time.Duration
	for _, e := range entries {
		d, err := time.ParseDuration(e)
		if err != nil {
			fmt.Println("parse error:", err)
			continue
		}
		parsed = append(parsed, d)
		work += d
	}
	slices.Sort(parsed)
	fmt.Println("\nsorted entries:", parsed)
	fmt.Println("total work:", work, "| rounded:", work.Round(time.Minute), "| truncated:", work.Truncate(time.Hour))
	_, err := time.ParseDuration("3 hours")
	fmt.Println("bad input:", err)
	fmt.Printf("billable at $85/h: $%.2f\n", work.Hours()*85)

	// Fixed dates, no clock involved
	start := time.Date(2024, time.February, 27, 9, 0, 0, 0, time.UTC)
	for i := range 5 {
		t := start.Add(time.Duration(i) * 36 * time.Hour)
		fmt.Printf("  slot %d: %s (%s)\n", i, t.Format("2006-01-02 15:04 Mon"), t.Weekday())
	}
	end := time.Date(2024, time.December, 25, 0, 0, 0, 0, time.UTC)
	gap := end.Sub(start)
	fmt.Printf("until Christmas: %v = %.1f days\n", gap, gap.Hours()/24)
	fmt.Println("2024 leap day:", start.AddDate(0, 0, 2).Format(time.DateOnly))

	small := []time.Duration{1500 * time.Microsecond, 42 * time.Nanosecond, 2500 * time.Millisecond, -90 * time.Second}
	var parts []string
	for _, d := range small {
		parts = append(parts, d.String())
	}
	fmt.Println("formats:", strings.Join(parts, ", "))
	fmt.Println("abs:", (-90 * time.Second).Abs(), "ms:", (1500 * time.Microsecond).Milliseconds())
}
