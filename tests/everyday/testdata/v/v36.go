package main

import (
	"cmp"
	"fmt"
	"maps"
	"math"
	"slices"
	"strings"
)

type Transition struct {
	From, To string
}

func main() {
	paths := []string{
		"home>search>product>cart>checkout",
		"home>product>home>search>product",
		"search>product>cart",
		"home>search>search>product>cart>checkout",
		"blog>home>product",
		"home>blog>blog>home>search>product>cart",
		"product>cart>checkout",
		"home>search>product>product>cart>home",
	}

	counts := map[Transition]int{}
	outTotal := map[string]int{}
	states := map[string]bool{}
	for _, p := range paths {
		steps := strings.Split(p, ">")
		for i := 0; i+1 < len(steps); i++ {
			t := Transition{steps[i], steps[i+1]}
			counts[t]++
			outTotal[t.From]++
		}
		for _, s := range steps {
			states[s] = true
		}
	}
	names := slices.Sorted(maps.Keys(states))
	idx := map[string]int{}
	for i, n := range names {
		idx[n] = i
	}

	n := len(names)
	P := make([][]float64, n)
	for i := range P {
		P[i] = make([]float64, n)
	}
	for t, c := range counts {
		P[idx[t.From]][idx[t.To]] = float64(c) / float64(outTotal[t.From])
	}
	// absorbing-ish state: checkout loops back to home to keep the chain ergodic
	for i, name := range names {
		if outTotal[name] == 0 {
			P[i][idx["home"]] = 1
		}
	}

	fmt.Printf("%-9s", "from\\to")
	for _, nm := range names {
		fmt.Printf("%9s", nm)
	}
	fmt.Println()
	for i, nm := range names {
		fmt.Printf("%-9s", nm)
		var rowSum float64
		for j := range names {
			rowSum += P[i][j]
			if P[i][j] == 0 {
				fmt.Printf("%9s", ".")
			} else {
				fmt.Printf("%9.3f", P[i][j])
			}
		}
		fmt.Printf("  Σ=%.2f\n", rowSum)
	}

	// stationary distribution by power iteration
	pi := make([]float64, n)
	for i := range pi {
		pi[i] = 1 / float64(n)
	}
	var iters int
	for iters = 1; iters <= 1000; iters++ {
		next := make([]float64, n)
		for i := range n {
			for j := range n {
				next[j] += pi[i] * P[i][j]
			}
		}
		diff := 0.0
		for i := range n {
			diff += math.Abs(next[i] - pi[i])
		}
		pi = next
		if diff < 1e-12 {
			break
		}
	}
	fmt.Printf("\nstationary distribution after %d iterations:\n", iters)
	order := slices.Clone(names)
	slices.SortFunc(order, func(a, b string) int {
		return cmp.Or(cmp.Compare(pi[idx[b]], pi[idx[a]]), cmp.Compare(a, b))
	})
	for _, nm := range order {
		p := pi[idx[nm]]
		fmt.Printf("  %-9s %.4f %s\n", nm, p, strings.Repeat("|", int(math.Round(p*100))))
	}

	// most likely next page for each state
	fmt.Println("\nmost likely next:")
	for _, from := range names {
		best, bestP := "", -1.0
		for j, to := range names {
			if P[idx[from]][j] > bestP {
				best, bestP = to, P[idx[from]][j]
			}
		}
		fmt.Printf("  %-9s -> %-9s (%.0f%%)\n", from, best, bestP*100)
	}
	fmt.Println("transitions observed:", len(counts), "self-loops:", counts[Transition{"search", "search"}]+counts[Transition{"blog", "blog"}]+counts[Transition{"product", "product"}])
}
