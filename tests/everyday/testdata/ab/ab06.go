package main

import (
	"cmp"
	"fmt"
	"slices"
)

type Score struct {
	Student string
	Class   string
	Points  int
}

type Ranked struct {
	Score
	RankMin   int
	RankDense int
	RankFirst int
	Pct       float64
}

var scores = []Score{
	{"Ana", "A", 88}, {"Ben", "A", 92}, {"Cal", "A", 88}, {"Dee", "A", 75},
	{"Eli", "A", 92}, {"Fay", "A", 60}, {"Gus", "B", 81}, {"Hal", "B", 95},
	{"Ivy", "B", 81}, {"Jon", "B", 81}, {"Kim", "B", 70}, {"Lou", "C", 99},
	{"Max", "C", 64}, {"Nia", "C", 64}, {"Oz", "C", 85},
}

// RankWithin ranks rows descending by Points inside each class,
// computing pandas' method="min", "dense", "first" and pct=True (average method).
func RankWithin(rows []Score) []Ranked {
	groups := map[string][]Score{}
	for _, r := range rows {
		groups[r.Class] = append(groups[r.Class], r)
	}
	classes := make([]string, 0, len(groups))
	for c := range groups {
		classes = append(classes, c)
	}
	slices.Sort(classes)

	var out []Ranked
	for _, c := range classes {
		g := groups[c]
		// stable sort keeps original order for ties -> "first"
		slices.SortStableFunc(g, func(a, b Score) int { return cmp.Compare(b.Points, a.Points) })
		dense := 0
		for i, r := range g {
			rk := Ranked{Score: r, RankFirst: i + 1}
			if i == 0 || g[i-1].Points != r.Points {
				dense++
				rk.RankMin = i + 1
			} else {
				rk.RankMin = out[len(out)-1].RankMin
			}
			rk.RankDense = dense
			// average rank for pct
			lo, hi := i, i
			for lo > 0 && g[lo-1].Points == r.Points {
				lo--
			}
			for hi < len(g)-1 && g[hi+1].Points == r.Points {
				hi++
			}
			avg := float64(lo+hi+2) / 2
			rk.Pct = avg / float64(len(g))
			out = append(out, rk)
		}
	}
	return out
}

func main() {
	ranked := RankWithin(slices.Clone(scores))
	fmt.Printf("%-5s %-5s %6s %4s %5s %5s %6s\n", "class", "name", "points", "min", "dense", "first", "pct")
	prev := ""
	for _, r := range ranked {
		if r.Class != prev && prev != "" {
			fmt.Println()
		}
		prev = r.Class
		fmt.Printf("%-5s %-5s %6d %4d %5d %5d %6.3f\n",
			r.Class, r.Student, r.Points, r.RankMin, r.RankDense, r.RankFirst, r.Pct)
	}

	fmt.Println("\ntop-2 per class (dense rank <= 2):")
	for _, r := range ranked {
		if r.RankDense <= 2 {
			fmt.Printf("  %s: %s (%d)\n", r.Class, r.Student, r.Points)
		}
	}

	// global nlargest(3) on points, ties broken by name
	all := slices.Clone(scores)
	slices.SortFunc(all, func(a, b Score) int {
		return cmp.Or(cmp.Compare(b.Points, a.Points), cmp.Compare(a.Student, b.Student))
	})
	fmt.Println("\nnlargest(3):")
	for _, s := range all[:3] {
		fmt.Printf("  %-4s %s %d\n", s.Student, s.Class, s.Points)
	}
}
