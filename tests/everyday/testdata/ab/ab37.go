package main

import (
	"cmp"
	"fmt"
	"slices"
)

type Flight struct {
	Airline  string
	Origin   string
	Month    int
	DelayMin int
	Cancel   bool
	Tail     string
}

// GroupKey is a composite key, like groupby(["airline", "origin"]).
type GroupKey struct {
	Airline, Origin string
}

type Agg struct {
	Count     int
	Cancelled int
	SumDelay  int
	MaxDelay  int
	Tails     map[string]struct{}
}

func (a *Agg) Add(f Flight) {
	a.Count++
	if f.Cancel {
		a.Cancelled++
		return
	}
	a.SumDelay += f.DelayMin
	a.MaxDelay = max(a.MaxDelay, f.DelayMin)
	a.Tails[f.Tail] = struct{}{}
}

func (a *Agg) MeanDelay() float64 {
	flown := a.Count - a.Cancelled
	if flown == 0 {
		return 0
	}
	return float64(a.SumDelay) / float64(flown)
}

var airlines = []string{"AA", "DL", "UA"}
var origins = []string{"ATL", "JFK", "ORD", "SFO"}

func flights() []Flight {
	var out []Flight
	for i := 0; i < 90; i++ {
		al := airlines[i%3]
		or := origins[(i/3)%4]
		delay := (i*29+len(or)*7)%75 - 10
		if al == "UA" {
			delay += 8
		}
		if or == "ORD" {
			delay += 12
		}
		out = append(out, Flight{al, or, 1 + i%3, max(delay, 0), i%17 == 5, fmt.Sprintf("N%d%s", 100+i%7, al)})
	}
	return out
}

func main() {
	fs := flights()
	groups := map[GroupKey]*Agg{}
	for _, f := range fs {
		k := GroupKey{f.Airline, f.Origin}
		if groups[k] == nil {
			groups[k] = &Agg{Tails: map[string]struct{}{}}
		}
		groups[k].Add(f)
	}

	keys := make([]GroupKey, 0, len(groups))
	for k := range groups {
		keys = append(keys, k)
	}
	// sort_values(["airline", "mean_delay"], ascending=[True, False])
	slices.SortFunc(keys, func(a, b GroupKey) int {
		return cmp.Or(
			cmp.Compare(a.Airline, b.Airline),
			cmp.Compare(groups[b].MeanDelay(), groups[a].MeanDelay()),
			cmp.Compare(a.Origin, b.Origin),
		)
	})

	fmt.Printf("%d flights, %d (airline, origin) groups\n\n", len(fs), len(groups))
	fmt.Printf("%-7s %-6s %5s %6s %10s %9s %8s\n", "airline", "origin", "count", "cancel", "mean_delay", "max_delay", "nunique")
	prev := ""
	for _, k := range keys {
		a := groups[k]
		label := k.Airline
		if label == prev {
			label = "" // MultiIndex-style sparse display
		}
		prev = k.Airline
		fmt.Printf("%-7s %-6s %5d %6d %10.2f %9d %8d\n", label, k.Origin, a.Count, a.Cancelled, a.MeanDelay(), a.MaxDelay, len(a.Tails))
	}

	// unstack: airline rows x origin columns of on-time rate (delay <= 15)
	fmt.Println("\non-time rate (delay<=15, excl. cancelled) airline x origin:")
	fmt.Printf("%-4s", "")
	for _, o := range origins {
		fmt.Printf("%7s", o)
	}
	fmt.Println()
	for _, al := range airlines {
		fmt.Printf("%-4s", al)
		for _, o := range origins {
			on, n := 0, 0
			for _, f := range fs {
				if f.Airline == al && f.Origin == o && !f.Cancel {
					n++
					if f.DelayMin <= 15 {
						on++
					}
				}
			}
			if n == 0 {
				fmt.Printf("%7s", "NaN")
			} else {
				fmt.Printf("%6.0f%%", 100*float64(on)/float64(n))
			}
		}
		fmt.Println()
	}
}
