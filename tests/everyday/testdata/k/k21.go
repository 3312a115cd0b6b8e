package main

import (
	"bufio"
	"fmt"
	"slices"
	"strings"
	"time"
)

// Cohort retention: users grouped by signup month, activity measured in
// months since signup.
const activity = `user,signup,active_on
u01,2024-01-05,2024-01-05 2024-02-11 2024-03-02 2024-04-20
u02,2024-01-17,2024-01-17 2024-02-03
u03,2024-01-29,2024-01-29 2024-03-15 2024-04-01
u04,2024-02-02,2024-02-02 2024-03-05 2024-04-10
u05,2024-02-14,2024-02-14
u06,2024-02-20,2024-02-20 2024-03-21 2024-04-02
u07,2024-02-27,2024-02-27 2024-03-01
u08,2024-03-03,2024-03-03 2024-04-09
u09,2024-03-12,2024-03-12
u10,2024-03-30,2024-03-30 2024-04-30
u11,2024-04-08,2024-04-08
u12,2024-01-21,2024-01-21 2024-02-22 2024-03-23 2024-04-24`

type monthKey struct {
	Year  int
	Month time.Month
}

func (m monthKey) String() string { return fmt.Sprintf("%d-%02d", m.Year, int(m.Month)) }

func monthOf(t time.Time) monthKey { return monthKey{t.Year(), t.Month()} }

func monthsBetween(a, b monthKey) int {
	return (b.Year-a.Year)*12 + int(b.Month) - int(a.Month)
}

func main() {
	cohortUsers := map[monthKey]int{}
	retained := map[monthKey]map[int]map[string]bool{}
	maxOffset := 0

	sc := bufio.NewScanner(strings.NewReader(activity))
	sc.Scan() // header
	for sc.Scan() {
		parts := strings.Split(sc.Text(), ",")
		user := parts[0]
		signup, err := time.Parse(time.DateOnly, parts[1])
		if err != nil {
			fmt.Println("bad signup:", err)
			continue
		}
		cohort := monthOf(signup)
		cohortUsers[cohort]++
		if retained[cohort] == nil {
			retained[cohort] = map[int]map[string]bool{}
		}
		for _, d := range strings.Fields(parts[2]) {
			t, err := time.Parse(time.DateOnly, d)
			if err != nil {
				continue
			}
			off := monthsBetween(cohort, monthOf(t))
			if retained[cohort][off] == nil {
				retained[cohort][off] = map[string]bool{}
			}
			retained[cohort][off][user] = true
			maxOffset = max(maxOffset, off)
		}
	}

	cohorts := make([]monthKey, 0, len(cohortUsers))
	for c := range cohortUsers {
		cohorts = append(cohorts, c)
	}
	slices.SortFunc(cohorts, func(a, b monthKey) int { return monthsBetween(b, a) })

	var line strings.Builder
	fmt.Fprintf(&line, "%-8s %5s", "cohort", "size")
	for off := 0; off <= maxOffset; off++ {
		fmt.Fprintf(&line, " %6s", fmt.Sprintf("M%d", off))
	}
	fmt.Println(line.String())
	for _, c := range cohorts {
		line.Reset()
		fmt.Fprintf(&line, "%-8v %5d", c, cohortUsers[c])
		for off := 0; off <= maxOffset; off++ {
			// Offsets beyond the observation window (April 2024) are unknown.
			if monthsBetween(c, monthKey{2024, time.April}) < off {
				fmt.Fprintf(&line, " %6s", "")
				continue
			}
			pct := 100 * float64(len(retained[c][off])) / float64(cohortUsers[c])
			fmt.Fprintf(&line, " %5.0f%%", pct)
		}
		fmt.Println(strings.TrimRight(line.String(), " "))
	}

	// Weighted average retention per offset across cohorts that could reach it.
	fmt.Println("\nweighted retention curve:")
	for off := 1; off <= maxOffset; off++ {
		var num, den int
		for _, c := range cohorts {
			if monthsBetween(c, monthKey{2024, time.April}) >= off {
				num += len(retained[c][off])
				den += cohortUsers[c]
			}
		}
		pct := 100 * float64(num) / float64(den)
		fmt.Printf("  M%d %5.1f%% %s (%d/%d)\n", off, pct, strings.Repeat("=", int(pct/5)), num, den)
	}
}
