// Monthly cohort retention / churn table for subscription customers.
package main

import (
	"fmt"
	"slices"
	"strings"
)

type Month int // months since 2024-01 (0 = Jan 2024)

func (m Month) String() string {
	names := []string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}
	return fmt.Sprintf("%s-%02d", names[int(m)%12], 24+int(m)/12)
}

type Customer struct {
	ID        string
	Signup    Month
	Cancelled *Month // nil if still active
}

func (c Customer) ActiveIn(m Month) bool {
	if m < c.Signup {
		return false
	}
	return c.Cancelled == nil || m < *c.Cancelled
}

func cancel(m Month) *Month { return &m }

type Cohort struct {
	Start   Month
	Members []Customer
}

func (c Cohort) Retention(offset int) (active int, rate float64) {
	m := c.Start + Month(offset)
	for _, cu := range c.Members {
		if cu.ActiveIn(m) {
			active++
		}
	}
	return active, float64(active) / float64(len(c.Members))
}

func main() {
	customers := []Customer{
		{"c01", 0, nil}, {"c02", 0, cancel(1)}, {"c03", 0, cancel(3)}, {"c04", 0, nil},
		{"c05", 0, cancel(2)}, {"c06", 1, nil}, {"c07", 1, cancel(2)}, {"c08", 1, nil},
		{"c09", 1, cancel(4)}, {"c10", 2, nil}, {"c11", 2, nil}, {"c12", 2, cancel(3)},
		{"c13", 2, nil}, {"c14", 2, cancel(5)}, {"c15", 2, nil}, {"c16", 3, cancel(4)},
		{"c17", 3, nil}, {"c18", 4, nil}, {"c19", 4, nil}, {"c20", 4, cancel(5)},
	}
	const current Month = 5

	groups := map[Month][]Customer{}
	for _, c := range customers {
		groups[c.Signup] = append(groups[c.Signup], c)
	}
	var cohorts []Cohort
	for m, members := range groups {
		cohorts = append(cohorts, Cohort{m, members})
	}
	slices.SortFunc(cohorts, func(a, b Cohort) int { return int(a.Start - b.Start) })

	var hdr strings.Builder
	fmt.Fprintf(&hdr, "%-8s %4s", "Cohort", "Size")
	for i := 0; i <= int(current); i++ {
		fmt.Fprintf(&hdr, " %6s", fmt.Sprintf("M%d", i))
	}
	fmt.Println(hdr.String())
	for _, c := range cohorts {
		fmt.Printf("%-8v %4d", c.Start, len(c.Members))
		for off := 0; c.Start+Month(off) <= current; off++ {
			_, r := c.Retention(off)
			fmt.Printf(" %5.0f%%", r*100)
		}
		fmt.Println()
	}

	fmt.Println("\nMonthly churn:")
	for m := Month(1); m <= current; m++ {
		var startActive, churned int
		for _, c := range customers {
			if c.ActiveIn(m - 1) {
				startActive++
				if !c.ActiveIn(m) {
					churned++
				}
			}
		}
		rate := 0.0
		if startActive > 0 {
			rate = float64(churned) / float64(startActive)
		}
		bar := strings.Repeat("#", churned)
		fmt.Printf("  %v  start=%2d churned=%d rate=%5.1f%% %s\n", m, startActive, churned, rate*100, bar)
	}
}
