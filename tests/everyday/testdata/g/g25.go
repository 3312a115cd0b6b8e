// MRR bridge: classify month-over-month subscription changes into movements.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Movement int

const (
	New Movement = iota
	Expansion
	Contraction
	Churn
	Reactivation
)

func (m Movement) String() string {
	return [...]string{"New", "Expansion", "Contraction", "Churn", "Reactivation"}[m]
}

// mrr[customer][month] = monthly recurring revenue in dollars
type MRRTable map[string][]int

func classify(prev, cur int, everActive bool) (Movement, int, bool) {
	switch {
	case prev == 0 && cur > 0 && !everActive:
		return New, cur, true
	case prev == 0 && cur > 0:
		return Reactivation, cur, true
	case prev > 0 && cur == 0:
		return Churn, -prev, true
	case cur > prev:
		return Expansion, cur - prev, true
	case cur < prev:
		return Contraction, cur - prev, true
	}
	return 0, 0, false
}

func main() {
	months := []string{"Jan", "Feb", "Mar", "Apr", "May"}
	table := MRRTable{
		"alpine":  {500, 500, 750, 750, 750},
		"beacon":  {1200, 1200, 900, 900, 0},
		"cobalt":  {0, 300, 300, 300, 600},
		"delta":   {250, 0, 0, 250, 250},
		"ember":   {0, 0, 0, 2000, 2000},
		"fjord":   {800, 800, 800, 0, 0},
		"granite": {0, 0, 150, 150, 450},
	}
	names := make([]string, 0, len(table))
	for n := range table {
		names = append(names, n)
	}
	sort.Strings(names)

	fmt.Printf("%-5s %8s", "Month", "Opening")
	for m := New; m <= Reactivation; m++ {
		fmt.Printf(" %12v", m)
	}
	fmt.Printf(" %8s %6s\n", "Closing", "Logos")
	everActive := map[string]bool{}
	for _, n := range names {
		if table[n][0] > 0 {
			everActive[n] = true
		}
	}
	details := map[Movement][]string{}
	for i := 1; i < len(months); i++ {
		var open, closing, logos int
		var mv [5]int
		for _, n := range names {
			prev, cur := table[n][i-1], table[n][i]
			open += prev
			closing += cur
			if cur > 0 {
				logos++
			}
			if kind, delta, ok := classify(prev, cur, everActive[n]); ok {
				mv[kind] += delta
				details[kind] = append(details[kind], fmt.Sprintf("%s:%s(%+d)", months[i], n, delta))
			}
			if cur > 0 {
				everActive[n] = true
			}
		}
		sum := open
		for _, v := range mv {
			sum += v
		}
		if sum != closing {
			panic("bridge does not reconcile")
		}
		fmt.Printf("%-5s %8d", months[i], open)
		for _, v := range mv {
			fmt.Printf(" %12d", v)
		}
		fmt.Printf(" %8d %6d\n", closing, logos)
	}
	fmt.Println()
	for m := New; m <= Reactivation; m++ {
		fmt.Printf("%-13s %s\n", m.String()+":", strings.Join(details[m], " "))
	}
	var first, last int
	for _, n := range names {
		first += table[n][0]
		last += table[n][len(months)-1]
	}
	fmt.Printf("\nMRR %d -> %d (%.1f%% growth), ARR run-rate %d\n", first, last, 100*float64(last-first)/float64(first), last*12)
}
