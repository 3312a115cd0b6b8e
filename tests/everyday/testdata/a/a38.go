// Business-day calculator: SLA due dates, working days between dates, holiday calendars.
package main

import (
	"fmt"
	"sort"
	"strings"
	"time"
)

type Calendar struct {
	Name     string
	Holidays map[string]string // "2006-01-02" -> name
	Weekend  [7]bool
}

func NewCalendar(name string, weekend ...time.Weekday) *Calendar {
	c := &Calendar{Name: name, Holidays: map[string]string{}}
	for _, d := range weekend {
		c.Weekend[d] = true
	}
	return c
}

func (c *Calendar) Add(date, name string) *Calendar {
	c.Holidays[date] = name
	return c
}

func (c *Calendar) IsBusinessDay(t time.Time) bool {
	if c.Weekend[t.Weekday()] {
		return false
	}
	_, hol := c.Holidays[t.Format(time.DateOnly)]
	return !hol
}

// AddBusinessDays moves n business days forward (or backward if n<0).
func (c *Calendar) AddBusinessDays(t time.Time, n int) time.Time {
	step := 1
	if n < 0 {
		step, n = -1, -n
	}
	for n > 0 {
		t = t.AddDate(0, 0, step)
		if c.IsBusinessDay(t) {
			n--
		}
	}
	return t
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

func date(s string) time.Time {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return t
}

// easter computes Western Easter Sunday (anonymous Gregorian algorithm).
func easter(y int) time.Time {
	a, b, c := y%19, y/100, y%100
	d, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	month := (h + l - 7*m + 114) / 31
	day := (h+l-7*m+114)%31 + 1
	return time.Date(y, time.Month(month), day, 0, 0, 0, 0, time.UTC)
}

func main() {
	uk := NewCalendar("UK", time.Saturday, time.Sunday).
		Add("2024-01-01", "New Year's Day").
		Add("2024-05-06", "Early May bank holiday").
		Add("2024-05-27", "Spring bank holiday").
		Add("2024-08-26", "Summer bank holiday").
		Add("2024-12-25", "Christmas Day").
		Add("2024-12-26", "Boxing Day").
		Add("2025-01-01", "New Year's Day")
	e := easter(2024)
	uk.Add(e.AddDate(0, 0, -2).Format(time.DateOnly), "Good Friday")
	uk.Add(e.AddDate(0, 0, 1).Format(time.DateOnly), "Easter Monday")

	uae := NewCalendar("UAE", time.Saturday, time.Sunday).Add("2024-12-02", "National Day").Add("2024-12-03", "National Day holiday")
	legacy := NewCalendar("Fri-Sat weekend", time.Friday, time.Saturday)

	fmt.Println("UK holidays 2024 (+ New Year 2025):")
	keys := make([]string, 0, len(uk.Holidays))
	for k := range uk.Holidays {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("  %s %s  %s\n", k, date(k).Format("Mon"), uk.Holidays[k])
	}

	fmt.Println("\nSLA due dates (+N business days):")
	starts := []string{"2024-03-27", "2024-05-03", "2024-12-20", "2024-11-29"}
	for _, s := range starts {
		t := date(s)
		var parts []string
		for _, cal := range []*Calendar{uk, uae, legacy} {
			due := cal.AddBusinessDays(t, 3)
			parts = append(parts, fmt.Sprintf("%s=%s", cal.Name, due.Format("Mon 02 Jan")))
		}
		fmt.Printf("  %s (%s): %s\n", s, t.Format("Mon"), strings.Join(parts, "  "))
	}

	fmt.Println("\nWorking days per month (UK):")
	for m := time.January; m <= time.December; m++ {
		first := time.Date(2024, m, 1, 0, 0, 0, 0, time.UTC)
		last := first.AddDate(0, 1, -1)
		n := uk.BusinessDaysBetween(first.AddDate(0, 0, -1), last)
		fmt.Printf("  %s %2d %s\n", first.Format("Jan"), n, strings.Repeat("▪", n))
	}

	from, to := date("2024-12-20"), date("2025-01-06")
	fmt.Printf("\nUK business days %s..%s: %d (calendar span %v)\n", from.Format("Jan 2"), to.Format("Jan 2 2006"),
		uk.BusinessDaysBetween(from, to), to.Sub(from))
	fmt.Printf("10 business days before Christmas 2024: %s\n", uk.AddBusinessDays(date("2024-12-25"), -10).Format("Mon Jan 2"))
	for _, y := range []int{2024, 2025, 2026, 2038} {
		fmt.Printf("Easter %d: %s\n", y, easter(y).Format("Mon 2 January"))
	}
}
