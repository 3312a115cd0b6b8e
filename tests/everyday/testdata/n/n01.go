// Cohort retention table: users grouped by signup month, activity by month offset.
package main

import (
	"fmt"
	"os"
	"slices"
	"text/tabwriter"
	"time"
)

type UserID int64

func (u UserID) String() string { return fmt.Sprintf("u%04d", int64(u)) }

type Signup struct {
	User UserID
	At   time.Time
}

type Activity struct {
	User UserID
	At   time.Time
}

func monthKey(t time.Time) time.Time {
	return time.Date(t.Year(), t.Month(), 1, 0, 0, 0, 0, time.UTC)
}

func monthsBetween(a, b time.Time) int {
	return (b.Year()-a.Year())*12 + int(b.Month()-a.Month())
}

func main() {
	base := time.Date(2024, time.January, 1, 0, 0, 0, 0, time.UTC)
	var signups []Signup
	var acts []Activity
	// Deterministic synthetic data: 60 users across 4 cohorts.
	for i := 0; i < 60; i++ {
		uid := UserID(1000 + i)
		cohort := i % 4
		day := (i * 7) % 27
		at := base.AddDate(0, cohort, day)
		signups = append(signups, Signup{uid, at})
		// retention decays: user i stays active for (i*13)%6 months
		life := (i * 13) % 6
		for m := 0; m <= life; m++ {
			if cohort+m > 5 {
				break
			}
			acts = append(acts, Activity{uid, at.AddDate(0, m, 2)})
		}
	}

	signupMonth := make(map[UserID]time.Time, len(signups))
	cohortSize := map[time.Time]int{}
	for _, s := range signups {
		m := monthKey(s.At)
		signupMonth[s.User] = m
		cohortSize[m]++
	}

	type cell struct {
		Cohort time.Time
		Offset int
	}
	active := map[cell]map[UserID]bool{}
	maxOff := 0
	for _, a := range acts {
		c := signupMonth[a.User]
		off := monthsBetween(c, monthKey(a.At))
		k := cell{c, off}
		if active[k] == nil {
			active[k] = map[UserID]bool{}
		}
		active[k][a.User] = true
		maxOff = max(maxOff, off)
	}

	cohorts := make([]time.Time, 0, len(cohortSize))
	for c := range cohortSize {
		cohorts = append(cohorts, c)
	}
	slices.SortFunc(cohorts, func(a, b time.Time) int { return a.Compare(b) })

	fmt.Printf("users=%d activity_events=%d cohorts=%d\n\n", len(signups), len(acts), len(cohorts))
	w := tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprint(w, "cohort\tsize\t")
	for o := 0; o <= maxOff; o++ {
		fmt.Fprintf(w, "M%d\t", o)
	}
	fmt.Fprintln(w)
	for _, c := range cohorts {
		fmt.Fprintf(w, "%s\t%d\t", c.Format("2006-01"), cohortSize[c])
		for o := 0; o <= maxOff; o++ {
			n, ok := active[cell{c, o}]
			if !ok {
				fmt.Fprint(w, "-\t")
				continue
			}
			fmt.Fprintf(w, "%.1f%%\t", 100*float64(len(n))/float64(cohortSize[c]))
		}
		fmt.Fprintln(w)
	}
	w.Flush()

	// Weighted average retention per offset across cohorts that reached it.
	fmt.Println("\nweighted retention by offset:")
	for o := 0; o <= maxOff; o++ {
		var num, den int
		for _, c := range cohorts {
			if monthsBetween(c, base.AddDate(0, 5, 0)) < o {
				continue
			}
			num += len(active[cell{c, o}])
			den += cohortSize[c]
		}
		if den == 0 {
			continue
		}
		bar := int(40 * float64(num) / float64(den))
		fmt.Printf("  M%-2d %6.2f%% %s\n", o, 100*float64(num)/float64(den), repeat('#', bar))
	}
	fmt.Printf("sample user: %v signed up %s\n", signups[5].User, signups[5].At.Format(time.DateOnly))
}

func repeat(r rune, n int) string {
	b := make([]rune, n)
	for i := range b {
		b[i] = r
	}
	return string(b)
}
