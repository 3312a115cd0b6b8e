package main

import (
	"fmt"
	"strings"
	"time"
)

type Calendar struct {
	holidays map[time.Time]string
}

func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

func NewCalendar(year int) *Calendar {
	c := &Calendar{holidays: map[time.Time]string{}}
	add := func(t time.Time, name string) {
		// Observed rule: Saturday -> Friday, Sunday -> Monday.
		switch t.Weekday() {
		case time.Saturday:
			t = t.AddDate(0, 0, -1)
			name += " (observed)"
		case time.Sunday:
			t = t.AddDate(0, 0, 1)
			name += " (observed)"
		}
		c.holidays[t] = name
	}
	add(day(year, time.January, 1), "New Year's Day")
	add(nthWeekday(year, time.January, time.Monday, 3), "MLK Day")
	add(lastWeekday(year, time.May, time.Monday), "Memorial Day")
	add(day(year, time.July, 4), "Independence Day")
	add(nthWeekday(year, time.September, time.Monday, 1), "Labor Day")
	add(nthWeekday(year, time.November, time.Thursday, 4), "Thanksgiving")
	add(day(year, time.December, 25), "Christmas Day")
	return c
}

func nthWeekday(y int, m time.Month, wd time.Weekday, n int) time.Time {
	t := day(y, m, 1)
	offset := (int(wd) - int(t.Weekday()) + 7) % 7
	return t.AddDate(0, 0, offset+7*(n-1))
}

func lastWeekday(y int, m time.Month, wd time.Weekday) time.Time {
	t := day(y, m+1, 0) // day 0 of next month = last day of m
	offset := (int(t.Weekday()) - int(wd) + 7) % 7
	return t.AddDate(0, 0, -offset)
}

func (c *Calendar) IsBusinessDay(t time.Time) bool {
	if wd := t.Weekday(); wd == time.Saturday || wd == time.Sunday {
		return false
	}
	_, hol := c.holidays[t.Truncate(24*time.Hour)]
	return !hol
}

// BusinessDaysBetween counts business days in (from, to].
func (c *Calendar) BusinessDaysBetween(from, to time.Time) int {
	n := 0
	for d := from.AddDate(0, 0, 1); !d.After(to); d = d.AddDate(0, 0, 1) {
		if c.IsBusinessDay(d) {
			n++
		}
	}
	return n
}

func (c *Calendar) AddBusinessDays(t time.Time, n int) time.Time {
	for n > 0 {
		t = t.AddDate(0, 0, 1)
		if c.IsBusinessDay(t) {
			n--
		}
	}
	return t
}

func main() {
	cal := NewCalendar(2026)
	fmt.Println("2026 holidays:")
	for m := time.January; m <= time.December; m++ {
		for d := day(2026, m, 1); d.Month() == m; d = d.AddDate(0, 0, 1) {
			if name, ok := cal.holidays[d]; ok {
				fmt.Printf("  %s %-3s %s\n", d.Format("2006-01-02"), d.Weekday().String()[:3], name)
			}
		}
	}

	type ticket struct {
		id      string
		opened  time.Time
		closed  time.Time
		slaDays int
	}
	tickets := []ticket{
		{"T-1", day(2026, 6, 30), day(2026, 7, 8), 5},
		{"T-2", day(2026, 11, 24), day(2026, 12, 1), 3},
		{"T-3", day(2026, 12, 22), day(2026, 12, 31), 4},
		{"T-4", day(2026, 1, 14), day(2026, 1, 21), 4},
		{"T-5", day(2026, 8, 28), day(2026, 9, 8), 5},
	}
	fmt.Println("\nSLA report:")
	fmt.Printf("  %-4s %-10s %-10s %8s %8s %-10s %s\n", "id", "opened", "closed", "calendar", "business", "due", "status")
	for _, t := range tickets {
		cd := int(t.closed.Sub(t.opened).Hours() / 24)
		bd := cal.BusinessDaysBetween(t.opened, t.closed)
		due := cal.AddBusinessDays(t.opened, t.slaDays)
		status := "met"
		if t.closed.After(due) {
			status = "BREACHED by " + fmt.Sprint(cal.BusinessDaysBetween(due, t.closed)) + "bd"
		}
		fmt.Printf("  %-4s %s %s %8d %8d %s %s\n", t.id, t.opened.Format(time.DateOnly),
			t.closed.Format(time.DateOnly), cd, bd, due.Format(time.DateOnly), status)
	}

	fmt.Println("\nBusiness days per month 2026:")
	for m := time.January; m <= time.December; m++ {
		start := day(2026, m, 1).AddDate(0, 0, -1)
		end := day(2026, m+1, 0)
		n := cal.BusinessDaysBetween(start, end)
		fmt.Printf("  %s %2d %s\n", m.String()[:3], n, strings.Repeat("|", n))
	}
}
