package main

import (
	"fmt"
	"sort"
	"time"
)

type Meeting struct {
	Title string
	Start time.Time
	Dur   time.Duration
}

func (m Meeting) End() time.Time { return m.Start.Add(m.Dur) }

func (m Meeting) Overlaps(o Meeting) bool {
	return m.Start.Before(o.End()) && o.Start.Before(m.End())
}

func main() {
	start := time.Date(2024, time.February, 27, 9, 30, 0, 0, time.UTC)
	fmt.Println(start)
	fmt.Println(start.Format("2006-01-02 15:04"), start.Format(time.RFC3339), start.Format(time.Kitchen))
	fmt.Println(start.Format("Mon, 02 Jan 2006"), start.Weekday(), start.YearDay())
	for i := range 4 {
		d := start.AddDate(0, 0, i)
		fmt.Printf("%s %-9s ", d.Format("Jan 2"), d.Weekday())
	}
	fmt.Println()

	jan31 := time.Date(2023, 1, 31, 0, 0, 0, 0, time.UTC)
	fmt.Println("jan31 + 1 month:", jan31.AddDate(0, 1, 0).Format("2006-01-02"))
	y, w := start.ISOWeek()
	fmt.Println("iso week:", y, w)

	end := time.Date(2024, time.March, 1, 17, 45, 30, 0, time.UTC)
	diff := end.Sub(start)
	fmt.Println("diff:", diff, "hours:", diff.Hours(), "rounded:", diff.Round(time.Hour), "trunc:", diff.Truncate(24*time.Hour))

	d, err := time.ParseDuration("1h15m30.5s")
	fmt.Println(d, err, d.Seconds(), d.Minutes())
	_, err = time.ParseDuration("ten minutes")
	fmt.Println("bad duration:", err)

	t, err := time.Parse("2006-01-02 15:04:05", "2024-12-25 18:00:00")
	fmt.Println(t, err, t.Month(), int(t.Month()))
	_, err = time.Parse("2006-01-02", "2024-13-01")
	fmt.Println("bad date:", err)

	est := time.FixedZone("EST", -5*3600)
	fmt.Println("in EST:", start.In(est).Format("2006-01-02 15:04 MST -0700"))
	fmt.Println(start.Equal(start.In(est)), start.Unix())

	meetings := []Meeting{
		{"standup", time.Date(2024, 3, 4, 9, 0, 0, 0, time.UTC), 15 * time.Minute},
		{"planning", time.Date(2024, 3, 4, 10, 0, 0, 0, time.UTC), 90 * time.Minute},
		{"review", time.Date(2024, 3, 4, 11, 0, 0, 0, time.UTC), time.Hour},
		{"1:1", time.Date(2024, 3, 4, 8, 30, 0, 0, time.UTC), 30 * time.Minute},
	}
	sort.Slice(meetings, func(i, j int) bool { return meetings[i].Start.Before(meetings[j].Start) })
	var busy time.Duration
	for i, m := range meetings {
		busy += m.Dur
		fmt.Printf("%-9s %s-%s", m.Title, m.Start.Format("15:04"), m.End().Format("15:04"))
		for _, o := range meetings[i+1:] {
			if m.Overlaps(o) {
				fmt.Printf(" overlaps %s", o.Title)
			}
		}
		fmt.Println()
	}
	fmt.Println("busy:", busy, "free in 8h day:", 8*time.Hour-busy)

	next := time.Date(2024, 1, 5, 14, 0, 0, 0, time.UTC)
	for i := 0; i < 5; i++ {
		fmt.Print(next.Format("01/02"), " ")
		next = next.Add(14 * 24 * time.Hour)
	}
	fmt.Println()
	fmt.Println(time.Duration(1500)*time.Millisecond, time.Duration(90)*time.Second, time.Duration(0), 2*time.Microsecond+3)
}
