package main

import (
	"fmt"
	"time"
)

func businessDaysBetween(a, b time.Time) int {
	n := 0
	for d := a; d.Before(b); d = d.AddDate(0, 0, 1) {
		if wd := d.Weekday(); wd != time.Saturday && wd != time.Sunday {
			n++
		}
	}
	return n
}

func endOfMonth(t time.Time) time.Time {
	return time.Date(t.Year(), t.Month()+1, 0, 0, 0, 0, 0, t.Location())
}

func main() {
	base := time.Date(2024, time.January, 31, 14, 45, 30, 123456789, time.UTC)
	fmt.Println("base:", base)
	fmt.Println("RFC3339:", base.Format(time.RFC3339), "nano:", base.Format(time.RFC3339Nano))
	fmt.Println("custom:", base.Format("Mon Jan 2 2006 03:04:05.000 PM"), base.Format("2006-01-02 15:04 MST"))
	fmt.Println("kitchen:", base.Format(time.Kitchen), "| day of year:", base.YearDay())

	// AddDate normalizes: Jan 31 + 1 month = Mar 2 (2024 is a leap year)
	for i := 1; i <= 4; i++ {
		fmt.Printf("+%d month(s): %s\n", i, base.AddDate(0, i, 0).Format("2006-01-02 Mon"))
	}
	fmt.Println("end of Feb:", endOfMonth(time.Date(2024, 2, 10, 0, 0, 0, 0, time.UTC)).Format("Jan 2"),
		endOfMonth(time.Date(2023, 2, 10, 0, 0, 0, 0, time.UTC)).Format("Jan 2"))

	fmt.Println("truncate hour:", base.Truncate(time.Hour).Format(time.TimeOnly))
	fmt.Println("round 15m:", base.Round(15*time.Minute).Format(time.TimeOnly))
	fmt.Println("truncate day:", base.Truncate(24*time.Hour).Format(time.DateTime))

	d := 90*time.Minute + 30*time.Second + 250*time.Millisecond
	fmt.Println("duration:", d, d.Hours(), d.Minutes(), d.Round(time.Minute), d.Truncate(time.Hour))
	fmt.Println(time.Duration(1500)*time.Microsecond, time.Duration(0), -3*time.Second, 36*time.Hour)

	pd, err := time.ParseDuration("1h15m30.5s")
	fmt.Println(pd, pd.Seconds(), err)
	_, err = time.ParseDuration("5 minutes")
	fmt.Println("err:", err)

	t1, err := time.Parse("2006-01-02", "2024-03-15")
	if err != nil {
		panic(err)
	}
	t2 := time.Date(2024, 12, 25, 0, 0, 0, 0, time.UTC)
	diff := t2.Sub(t1)
	fmt.Printf("days until xmas: %.0f (%v)\n", diff.Hours()/24, diff)
	fmt.Println("business days:", businessDaysBetween(t1, t1.AddDate(0, 1, 0)))
	fmt.Println(t1.Before(t2), t1.After(t2), t1.Equal(t1.Add(0)), t2.Compare(t1))

	y, w := time.Date(2021, 1, 3, 0, 0, 0, 0, time.UTC).ISOWeek()
	fmt.Println("ISO week:", y, w)

	fixed := time.FixedZone("EST", -5*3600)
	ny := base.In(fixed)
	fmt.Println("in EST:", ny.Format("2006-01-02 15:04:05 -0700 MST"), ny.Equal(base))

	// weekday histogram for the 13th of each month in 2026
	counts := map[time.Weekday]int{}
	for m := time.January; m <= time.December; m++ {
		counts[time.Date(2026, m, 13, 0, 0, 0, 0, time.UTC).Weekday()]++
	}
	for wd := time.Sunday; wd <= time.Saturday; wd++ {
		fmt.Printf("%.3s:%d ", wd, counts[wd])
	}
	fmt.Println()
	fmt.Println(time.Date(2023, 12, 32, 25, 61, 0, 0, time.UTC).Format(time.DateTime), time.March, time.Month(13))
	unix := time.Unix(1700000000, 0).UTC()
	fmt.Println(unix.Format(time.RFC1123), unix.Unix(), base.UnixMilli())
}
