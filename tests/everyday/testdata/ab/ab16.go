package main

import (
	"fmt"
	"sort"
	"strings"
	"time"
)

type Activity struct {
	UserID int
	Date   time.Time
}

var base = time.Date(2024, time.January, 1, 0, 0, 0, 0, time.UTC)

// activity is generated from a compact spec: user -> signup month offset and active month offsets.
var spec = map[int][]int{
	1: {0, 1, 2, 3, 5}, 2: {0, 1}, 3: {0}, 4: {0, 2, 3}, 5: {0, 1, 2, 3, 4, 5},
	6: {1, 2, 3}, 7: {1}, 8: {1, 2, 4}, 9: {1, 2, 3, 4},
	10: {2, 3}, 11: {2}, 12: {2, 3, 4, 5}, 13: {2, 4},
	14: {3, 4, 5}, 15: {3}, 16: {3, 4},
	17: {4, 5}, 18: {4}, 19: {4, 5},
	20: {5},
}

func buildActivity() []Activity {
	ids := make([]int, 0, len(spec))
	for id := range spec {
		ids = append(ids, id)
	}
	sort.Ints(ids)
	var out []Activity
	for _, id := range ids {
		for _, m := range spec[id] {
			day := 1 + (id*7+m*3)%27
			out = append(out, Activity{id, base.AddDate(0, m, day-1)})
		}
	}
	return out
}

func monthIndex(t time.Time) int {
	return (t.Year()-base.Year())*12 + int(t.Month()) - int(base.Month())
}

type CohortTable struct {
	Cohorts []int
	Size    map[int]int
	Active  map[[2]int]int // (cohort, period) -> active users
	MaxAge  int
}

func BuildCohorts(acts []Activity) CohortTable {
	first := map[int]int{}
	for _, a := range acts {
		m := monthIndex(a.Date)
		if f, ok := first[a.UserID]; !ok || m < f {
			first[a.UserID] = m
		}
	}
	ct := CohortTable{Size: map[int]int{}, Active: map[[2]int]int{}}
	seen := map[[3]int]bool{}
	for _, a := range acts {
		c := first[a.UserID]
		age := monthIndex(a.Date) - c
		k := [3]int{a.UserID, c, age}
		if seen[k] {
			continue
		}
		seen[k] = true
		ct.Active[[2]int{c, age}]++
		ct.MaxAge = max(ct.MaxAge, age)
	}
	for _, c := range first {
		ct.Size[c]++
	}
	for c := range ct.Size {
		ct.Cohorts = append(ct.Cohorts, c)
	}
	sort.Ints(ct.Cohorts)
	return ct
}

func (ct CohortTable) Print(asPct bool) {
	fmt.Printf("%-8s %4s", "cohort", "size")
	for a := 0; a <= ct.MaxAge; a++ {
		fmt.Printf(" %6s", fmt.Sprintf("M%d", a))
	}
	fmt.Println()
	last := monthIndex(base.AddDate(0, 5, 0))
	for _, c := range ct.Cohorts {
		var row strings.Builder
		label := base.AddDate(0, c, 0).Format("2006-01")
		fmt.Fprintf(&row, "%-8s %4d", label, ct.Size[c])
		for a := 0; a <= ct.MaxAge && c+a <= last; a++ {
			n := ct.Active[[2]int{c, a}]
			if asPct {
				fmt.Fprintf(&row, " %5.0f%%", 100*float64(n)/float64(ct.Size[c]))
			} else {
				fmt.Fprintf(&row, " %6d", n)
			}
		}
		fmt.Println(row.String())
	}
}

func main() {
	acts := buildActivity()
	fmt.Printf("activity rows: %d, users: %d\n\n", len(acts), len(spec))
	ct := BuildCohorts(acts)
	fmt.Println("active users by cohort and months since first activity:")
	ct.Print(false)
	fmt.Println("\nretention %:")
	ct.Print(true)

	// weighted average retention curve across cohorts that have reached each age
	fmt.Println("\nweighted retention curve:")
	for a := 1; a <= ct.MaxAge; a++ {
		num, den := 0, 0
		for _, c := range ct.Cohorts {
			if c+a <= 5 {
				num += ct.Active[[2]int{c, a}]
				den += ct.Size[c]
			}
		}
		pct := 100 * float64(num) / float64(den)
		fmt.Printf("  M%d %5.1f%% %s\n", a, pct, strings.Repeat("=", int(pct/4)))
	}
}
