// Command j35 produces a gradebook report: parsing records, grouping by
// struct keys, multi-key sorting with cmp.Or, and aligned output with
// text/tabwriter.
package main

import (
	"cmp"
	"fmt"
	"maps"
	"os"
	"slices"
	"strconv"
	"strings"
	"text/tabwriter"
)

type Score struct {
	Student string
	Course  string
	Term    int
	Points  float64
}

type CourseTerm struct {
	Course string
	Term   int
}

const data = `
ana,math,1,91.5
ben,math,1,78
cy,math,1,85
ana,physics,1,88
ben,physics,1,93.5
ana,math,2,95
cy,math,2,67.5
ben,physics,2,81
dee,physics,2,99
dee,math,2,72
`

func letter(p float64) string {
	switch {
	case p >= 90:
		return "A"
	case p >= 80:
		return "B"
	case p >= 70:
		return "C"
	}
	return "D"
}

func parse(text string) ([]Score, error) {
	var out []Score
	for ln, line := range strings.Split(strings.TrimSpace(text), "\n") {
		f := strings.Split(line, ",")
		term, err1 := strconv.Atoi(f[2])
		pts, err2 := strconv.ParseFloat(f[3], 64)
		if err := cmp.Or(err1, err2); err != nil {
			return nil, fmt.Errorf("line %d: %w", ln+1, err)
		}
		out = append(out, Score{f[0], f[1], term, pts})
	}
	return out, nil
}

func main() {
	scores, err := parse(data)
	if err != nil {
		fmt.Println("error:", err)
		return
	}

	// Sort by course, then term, then points descending, then name.
	slices.SortFunc(scores, func(a, b Score) int {
		return cmp.Or(
			strings.Compare(a.Course, b.Course),
			cmp.Compare(a.Term, b.Term),
			cmp.Compare(b.Points, a.Points),
			strings.Compare(a.Student, b.Student),
		)
	})

	tw := tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprintln(tw, "course\tterm\tstudent\tpoints\tgrade\t")
	for _, s := range scores {
		fmt.Fprintf(tw, "%s\t%d\t%s\t%.1f\t%s\t\n", s.Course, s.Term, s.Student, s.Points, letter(s.Points))
	}
	tw.Flush()

	groups := map[CourseTerm][]float64{}
	for _, s := range scores {
		k := CourseTerm{s.Course, s.Term}
		groups[k] = append(groups[k], s.Points)
	}
	keys := slices.SortedFunc(maps.Keys(groups), func(a, b CourseTerm) int {
		return cmp.Or(cmp.Compare(a.Course, b.Course), cmp.Compare(a.Term, b.Term))
	})
	fmt.Println()
	tw = tabwriter.NewWriter(os.Stdout, 8, 0, 1, ' ', 0)
	fmt.Fprintln(tw, "group\tn\tmean\tmin\tmax")
	for _, k := range keys {
		ps := groups[k]
		sum := 0.0
		for _, p := range ps {
			sum += p
		}
		fmt.Fprintf(tw, "%s/t%d\t%d\t%.2f\t%.1f\t%.1f\n", k.Course, k.Term, len(ps), sum/float64(len(ps)), slices.Min(ps), slices.Max(ps))
	}
	tw.Flush()

	best := map[string]Score{}
	for _, s := range scores {
		if cur, ok := best[s.Student]; !ok || s.Points > cur.Points {
			best[s.Student] = s
		}
	}
	fmt.Println()
	for _, name := range slices.Sorted(maps.Keys(best)) {
		b := best[name]
		fmt.Printf("%s's best: %+v\n", name, b)
	}
	idx, found := slices.BinarySearchFunc(keys, CourseTerm{"physics", 1}, func(a, b CourseTerm) int {
		return cmp.Or(cmp.Compare(a.Course, b.Course), cmp.Compare(a.Term, b.Term))
	})
	fmt.Println("binary search physics/t1:", idx, found)
	_, err = parse("x,math,one,50")
	fmt.Println("bad data:", err)
}
