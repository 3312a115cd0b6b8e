package main

import (
	"fmt"
	"slices"
	"strings"
	"time"
)

type Activity struct {
	User string
	At   time.Time
}

func monthStart(t time.Time) time.Time {
	return time.Date(t.Year(), t.Month(), 1, 0, 0, 0, 0, time.UTC)
}

func monthsBetween(a, b time.Time) int {
	return (b.Year()-a.Year())*12 + int(b.Month()) - int(a.Month())
}

func d(y int, m time.Month, day int) time.Time { return time.Date(y, m, day, 10, 0, 0, 0, time.UTC) }

func main() {
	acts := []Activity{
		{"a", d(2024, 1, 3)}, {"a", d(2024, 2, 10)}, {"a", d(2024, 3, 5)}, {"a", d(2024, 4, 1)},
		{"b", d(2024, 1, 15)}, {"b", d(2024, 3, 20)},
		{"c", d(2024, 1, 28)}, {"c", d(2024, 2, 2)},
		{"d", d(2024, 2, 5)}, {"d", d(2024, 3, 6)}, {"d", d(2024, 4, 7)},
		{"e", d(2024, 2, 14)},
		{"f", d(2024, 2, 29)}, {"f", d(2024, 4, 30)},
		{"g", d(2024, 3, 1)}, {"g", d(2024, 4, 2)},
		{"h", d(2024, 3, 9)},
		{"i", d(2024, 3, 31)}, {"i", d(2024, 4, 15)},
		{"a", d(2024, 2, 20)},
	}

	first := map[string]time.Time{}
	for _, a := range acts {
		if f, ok := first[a.User]; !ok || a.At.Before(f) {
			first[a.User] = a.At
		}
	}

	// cohort -> offset -> set of users
	type cohortKey = time.Time
	active := map[cohortKey]map[int]map[string]bool{}
	for _, a := range acts {
		c := monthStart(first[a.User])
		off := monthsBetween(c, monthStart(a.At))
		if active[c] == nil {
			active[c] = map[int]map[string]bool{}
		}
		if active[c][off] == nil {
			active[c][off] = map[string]bool{}
		}
		active[c][off][a.User] = true
	}

	cohorts := make([]time.Time, 0, len(active))
	for c := range active {
		cohorts = append(cohorts, c)
	}
	slices.SortFunc(cohorts, time.Time.Compare)
	maxOff := 3

	fmt.Printf("%-8s %4s", "cohort", "size")
	for o := range maxOff + 1 {
		fmt.Printf("   M%-3d", o)
	}
	fmt.Println()
	for _, c := range cohorts {
		size := len(active[c][0])
		fmt.Printf("%-8s %4d", c.Format("2006-01"), size)
		for o := 0; o <= maxOff; o++ {
			if monthsBetween(c, d(2024, 4, 1)) < o {
				fmt.Printf("  %5s", "")
				continue
			}
			n := len(active[c][o])
			fmt.Printf("  %4.0f%%", float64(n)/float64(size)*100)
		}
		fmt.Println()
	}

	// retention curve bars for Jan cohort
	jan := cohorts[0]
	fmt.Println("\nJan cohort retention:")
	for o := 0; o <= maxOff; o++ {
		users := make([]string, 0)
		for u := range active[jan][o] {
			users = append(users, u)
		}
		slices.Sort(users)
		fmt.Printf("  M%d %-10s %v\n", o, strings.Repeat("▇", len(users)*3), users)
	}

	// activity per user per month, churned users (no activity in April)
	var churned []string
	for u := range first {
		inApril := false
		for _, a := range acts {
			if a.User == u && a.At.Month() == time.April {
				inApril = true
				break
			}
		}
		if !inApril {
			churned = append(churned, u)
		}
	}
	slices.Sort(churned)
	fmt.Println("churned by April:", churned, fmt.Sprintf("(%d of %d)", len(churned), len(first)))
	fmt.Println(monthsBetween(d(2023, 11, 5), d(2024, 2, 1)), monthStart(d(2024, 2, 29)).Format(time.RFC3339))
}
