package main

import (
	"fmt"
	"time"
)

type Task struct {
	Name     string
	Start    time.Time
	Duration time.Duration
}

func (t Task) End() time.Time { return t.Start.Add(t.Duration) }

func main() {
	base := time.Date(2024, time.March, 9, 14, 30, 0, 0, time.UTC)
	fmt.Println(base)
	fmt.Println(base.Format(time.RFC3339))
	fmt.Println(base.Format("2006-01-02 15:04:05 Mon Jan"))
	fmt.Println(base.Format("02/01/06 3:04PM"))
	fmt.Println(base.Weekday(), base.YearDay(), base.Unix())

	tasks := []Task{
		{"extract", base, 90 * time.Minute},
		{"transform", base.Add(2 * time.Hour), 45*time.Minute + 30*time.Second},
		{"load", base.Add(26 * time.Hour), 1500 * time.Millisecond},
	}
	var total time.Duration
	for _, t := range tasks {
		total += t.Duration
		fmt.Printf("%-10s %s -> %s (%v)\n", t.Name,
			t.Start.Format("Jan 2 15:04"), t.End().Format("Jan 2 15:04:05"), t.Duration)
	}
	fmt.Println("total:", total, "hours:", total.Hours())
	fmt.Printf("minutes: %.2f, rounded: %v, truncated: %v\n",
		total.Minutes(), total.Round(time.Minute), total.Truncate(time.Hour))

	gap := tasks[2].Start.Sub(tasks[1].End())
	fmt.Println("gap before load:", gap)

	d, err := time.ParseDuration("1h15m30.5s")
	fmt.Println(d, err, d.Seconds())
	_, err = time.ParseDuration("5 parsecs")
	fmt.Println("bad duration:", err)

	t2, err := time.Parse("2006-01-02", "2024-12-25")
	if err != nil {
		fmt.Println(err)
		return
	}
	days := t2.Sub(base).Hours() / 24
	fmt.Printf("days until xmas: %.1f\n", days)
	fmt.Println("before?", base.Before(t2), "equal?", base.Equal(base.UTC()))

	next := base.AddDate(0, 1, 25)
	fmt.Println("add 1m25d:", next.Format(time.DateOnly))
	fmt.Println("truncate day:", base.Truncate(24*time.Hour).Format(time.DateTime))

	loc := time.FixedZone("UTC+5", 5*3600)
	fmt.Println("in +5:", base.In(loc).Format(time.Kitchen), base.In(loc).Format("-07:00 MST"))

	for m := time.January; m <= time.December; m += 3 {
		first := time.Date(2024, m, 1, 0, 0, 0, 0, time.UTC)
		last := first.AddDate(0, 1, -1)
		fmt.Printf("%-9s %d days, starts %s\n", m, last.Day(), first.Weekday())
	}

	durs := []time.Duration{0, time.Nanosecond, 1500 * time.Microsecond, 61 * time.Second, 25 * time.Hour}
	for _, x := range durs {
		fmt.Printf("%v|%d|%s\n", x, x, x.String())
	}
}
