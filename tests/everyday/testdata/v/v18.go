package main

import (
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"
)

type AggFunc func([]float64) float64

func sum(xs []float64) float64 {
	s := 0.0
	for _, x := range xs {
		s += x
	}
	return s
}

func mean(xs []float64) float64 { return sum(xs) / float64(len(xs)) }

func median(xs []float64) float64 {
	s := slices.Clone(xs)
	slices.Sort(s)
	n := len(s)
	if n%2 == 1 {
		return s[n/2]
	}
	return (s[n/2-1] + s[n/2]) / 2
}

type Stats struct{ ddof int }

func (s Stats) Var(xs []float64) float64 {
	m := mean(xs)
	v := 0.0
	for _, x := range xs {
		v += (x - m) * (x - m)
	}
	return v / float64(len(xs)-s.ddof)
}

func (s Stats) Std(xs []float64) float64 { return math.Sqrt(s.Var(xs)) }

func percentile(p float64) AggFunc {
	return func(xs []float64) float64 {
		s := slices.Clone(xs)
		slices.Sort(s)
		idx := int(math.Ceil(p/100*float64(len(s)))) - 1
		return s[max(idx, 0)]
	}
}

func main() {
	sample := Stats{ddof: 1}
	registry := map[string]AggFunc{
		"sum":    sum,
		"mean":   mean,
		"median": median,
		"min":    func(xs []float64) float64 { return slices.Min(xs) },
		"max":    func(xs []float64) float64 { return slices.Max(xs) },
		"count":  func(xs []float64) float64 { return float64(len(xs)) },
		"var":    sample.Var,
		"std":    sample.Std,
		"p90":    percentile(90),
		"range": func(xs []float64) float64 {
			return slices.Max(xs) - slices.Min(xs)
		},
	}

	groups := map[string][]float64{
		"mobile":  {3.2, 4.1, 2.8, 5.5, 3.9, 4.4},
		"desktop": {6.1, 7.3, 5.8, 6.6},
		"tablet":  {4.0, 4.0, 4.5},
	}
	aggs := []string{"count", "sum", "mean", "median", "std", "p90", "range"}

	names := make([]string, 0, len(groups))
	for k := range groups {
		names = append(names, k)
	}
	sort.Strings(names)
	fmt.Printf("%-8s", "segment")
	for _, a := range aggs {
		fmt.Printf("%8s", a)
	}
	fmt.Println()
	for _, g := range names {
		fmt.Printf("%-8s", g)
		for _, a := range aggs {
			fmt.Printf("%8.3f", registry[a](groups[g]))
		}
		fmt.Println()
	}

	// apply via string spec "col:agg"
	spec := "desktop:max,mobile:min,tablet:var,mobile:unknown,desktop:mean"
	for _, item := range strings.Split(spec, ",") {
		g, a, _ := strings.Cut(item, ":")
		f, ok := registry[a]
		if !ok {
			fmt.Printf("%-16s -> unknown aggregation %q\n", item, a)
			continue
		}
		fmt.Printf("%-16s -> %.4f\n", item, f(groups[g]))
	}

	population := Stats{}
	std := population.Std
	fmt.Printf("population std mobile=%.5f sample=%.5f\n", std(groups["mobile"]), registry["std"](groups["mobile"]))

	keys := make([]string, 0, len(registry))
	for k := range registry {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println("registered:", keys, len(keys))
	fmt.Printf("%T\n", registry["p90"])

	// closures capturing loop variables: one per threshold
	var filters []func(float64) bool
	for _, th := range []float64{3, 4, 5, 6} {
		filters = append(filters, func(x float64) bool { return x >= th })
	}
	all := slices.Concat(groups["mobile"], groups["desktop"], groups["tablet"])
	for i, f := range filters {
		n := 0
		for _, x := range all {
			if f(x) {
				n++
			}
		}
		fmt.Printf("filter %d keeps %d of %d\n", i, n, len(all))
	}
}
