// Ticket SLA tracker: compute response times, breaches and hourly buckets with Truncate/Round.
package main

import (
	"fmt"
	"sort"
	"strings"
	"time"
)

type Severity string

const (
	Sev1 Severity = "sev1"
	Sev2 Severity = "sev2"
	Sev3 Severity = "sev3"
)

var slaTargets = map[Severity]time.Duration{
	Sev1: 15 * time.Minute,
	Sev2: 2 * time.Hour,
	Sev3: 24 * time.Hour,
}

type Ticket struct {
	ID        string
	Sev       Severity
	Opened    time.Time
	Responded time.Time // zero if not yet responded
}

var asOf = time.Date(2024, 2, 29, 18, 0, 0, 0, time.UTC)

func (t Ticket) ResponseTime() (time.Duration, bool) {
	if t.Responded.IsZero() {
		return asOf.Sub(t.Opened), false
	}
	return t.Responded.Sub(t.Opened), true
}

func (t Ticket) Breached() bool {
	d, _ := t.ResponseTime()
	return d > slaTargets[t.Sev]
}

func ts(s string) time.Time {
	t, err := time.Parse("Jan 2 15:04:05 2006", s)
	if err != nil {
		panic(err)
	}
	return t
}

var tickets = []Ticket{
	{"T-1", Sev1, ts("Feb 29 08:01:10 2024"), ts("Feb 29 08:09:55 2024")},
	{"T-2", Sev2, ts("Feb 29 08:17:00 2024"), ts("Feb 29 11:02:30 2024")},
	{"T-3", Sev3, ts("Feb 28 09:00:00 2024"), ts("Feb 29 10:30:00 2024")},
	{"T-4", Sev1, ts("Feb 29 09:44:44 2024"), ts("Feb 29 10:05:00 2024")},
	{"T-5", Sev2, ts("Feb 29 10:15:00 2024"), ts("Feb 29 10:59:59 2024")},
	{"T-6", Sev3, ts("Feb 29 10:20:00 2024"), time.Time{}},
	{"T-7", Sev2, ts("Feb 29 13:05:00 2024"), time.Time{}},
	{"T-8", Sev1, ts("Feb 29 14:30:00 2024"), ts("Feb 29 14:31:02 2024")},
	{"T-9", Sev3, ts("Feb 29 15:59:59 2024"), ts("Feb 29 16:00:01 2024")},
}

func main() {
	fmt.Printf("SLA report as of %s\n\n", asOf.Format(time.RFC1123))
	fmt.Printf("%-4s %-4s %-16s %-12s %-10s %-8s %s\n", "id", "sev", "opened", "response", "rounded", "target", "status")
	breaches := map[Severity]int{}
	var responded []time.Duration
	for _, t := range tickets {
		d, done := t.ResponseTime()
		status := "ok"
		if t.Breached() {
			status = "BREACH"
			breaches[t.Sev]++
		}
		if !done {
			status += " (open)"
		} else {
			responded = append(responded, d)
		}
		fmt.Printf("%-4s %-4s %-16s %-12v %-10v %-8v %s\n",
			t.ID, t.Sev, t.Opened.Format("Jan 02 15:04:05"), d, d.Round(time.Minute), slaTargets[t.Sev], status)
	}

	sort.Slice(responded, func(i, j int) bool { return responded[i] < responded[j] })
	var sum time.Duration
	for _, d := range responded {
		sum += d
	}
	median := responded[len(responded)/2]
	if len(responded)%2 == 0 {
		median = (responded[len(responded)/2-1] + responded[len(responded)/2]) / 2
	}
	fmt.Printf("\nresponded=%d mean=%v median=%v min=%v max=%v\n",
		len(responded), (sum / time.Duration(len(responded))).Round(time.Second), median, responded[0], responded[len(responded)-1])
	fmt.Printf("breaches: sev1=%d sev2=%d sev3=%d\n", breaches[Sev1], breaches[Sev2], breaches[Sev3])

	fmt.Println("\nTickets opened per hour (Feb 29):")
	buckets := map[time.Time]int{}
	for _, t := range tickets {
		if t.Opened.YearDay() == asOf.YearDay() {
			buckets[t.Opened.Truncate(time.Hour)]++
		}
	}
	for h := asOf.Truncate(24 * time.Hour).Add(8 * time.Hour); h.Before(asOf); h = h.Add(time.Hour) {
		fmt.Printf("  %s %s\n", h.Format("15:04"), strings.Repeat("■", buckets[h]))
	}

	fmt.Println("\nDuration helpers:")
	d := 3*time.Hour + 25*time.Minute + 45*time.Second + 500*time.Millisecond
	for _, m := range []time.Duration{time.Second, time.Minute, 15 * time.Minute, time.Hour} {
		fmt.Printf("  %v  truncate(%v)=%v  round(%v)=%v\n", d, m, d.Truncate(m), m, d.Round(m))
	}
	fmt.Printf("  hours=%.3f minutes=%.1f seconds=%.0f ms=%d\n", d.Hours(), d.Minutes(), d.Seconds(), d.Milliseconds())
	dl := asOf.Add(-slaTargets[Sev2])
	fmt.Printf("  sev2 tickets opened before %s are now overdue if unanswered\n", dl.Format(time.Kitchen))
	fmt.Printf("  leap day check: %v, next day %s\n", asOf.Month() == time.February && asOf.Day() == 29, asOf.AddDate(0, 0, 1).Format("Jan 2"))
	fmt.Printf("  one year later via AddDate: %s\n", asOf.AddDate(1, 0, 0).Format("2006-01-02"))
}
