// Markov chain of page transitions from user paths: transition matrix, steady state, absorption.
package main

import (
	"fmt"
	"math"
	"slices"
	"strings"
)

type Page string

func main() {
	paths := []string{
		"home>search>product>cart>checkout>exit",
		"home>product>exit",
		"home>search>search>product>exit",
		"search>product>cart>exit",
		"home>search>product>product>cart>checkout>exit",
		"product>cart>checkout>exit",
		"home>exit",
		"home>search>exit",
		"search>product>cart>cart>checkout>exit",
		"home>product>cart>exit",
		"home>search>product>exit",
		"product>exit",
		"home>search>product>cart>checkout>exit",
		"search>search>exit",
		"home>product>cart>checkout>exit",
	}
	counts := map[Page]map[Page]int{}
	states := map[Page]bool{}
	starts := map[Page]int{}
	for _, p := range paths {
		steps := strings.Split(p, ">")
		starts[Page(steps[0])]++
		for i := 0; i+1 < len(steps); i++ {
			a, b := Page(steps[i]), Page(steps[i+1])
			if counts[a] == nil {
				counts[a] = map[Page]int{}
			}
			counts[a][b]++
			states[a], states[b] = true, true
		}
	}
	order := []Page{"home", "search", "product", "cart", "checkout", "exit"}
	for s := range states {
		if !slices.Contains(order, s) {
			panic("unknown state " + s)
		}
	}
	n := len(order)
	idx := map[Page]int{}
	for i, s := range order {
		idx[s] = i
	}
	P := make([][]float64, n)
	for i, a := range order {
		P[i] = make([]float64, n)
		total := 0
		for _, c := range counts[a] {
			total += c
		}
		if total == 0 { // absorbing
			P[i][i] = 1
			continue
		}
		for b, c := range counts[a] {
			P[i][idx[b]] = float64(c) / float64(total)
		}
	}
	fmt.Printf("paths=%d states=%d\n\ntransition matrix P(row -> col):\n%9s", len(paths), n, "")
	for _, s := range order {
		fmt.Printf("%9s", s)
	}
	fmt.Println()
	for i, a := range order {
		fmt.Printf("%9s", a)
		for j := range order {
			fmt.Printf("%9.3f", P[i][j])
		}
		fmt.Println()
	}

	// Distribution after k steps from the empirical start distribution.
	dist := make([]float64, n)
	for s, c := range starts {
		dist[idx[s]] = float64(c) / float64(len(paths))
	}
	fmt.Println("\nstate distribution by step:")
	for k := 0; k <= 6; k++ {
		parts := make([]string, n)
		for i, s := range order {
			parts[i] = fmt.Sprintf("%s=%.3f", s, dist[i])
		}
		fmt.Printf("  t=%d %s\n", k, strings.Join(parts, " "))
		next := make([]float64, n)
		for i := range dist {
			for j := range dist {
				next[j] += dist[i] * P[i][j]
			}
		}
		dist = next
	}

	// Probability of reaching checkout before exit from each transient state (iterative solve).
	reach := make([]float64, n)
	reach[idx["checkout"]] = 1
	for iter := 0; iter < 200; iter++ {
		for i, s := range order {
			if s == "checkout" || s == "exit" {
				continue
			}
			v := 0.0
			for j := range order {
				v += P[i][j] * reach[j]
			}
			reach[i] = v
		}
	}
	fmt.Println("\nP(reach checkout | current page):")
	for i, s := range order[:4] {
		fmt.Printf("  %-8s %.4f\n", s, reach[i])
	}
	// Expected steps to exit from home (fundamental matrix via iteration).
	steps := make([]float64, n)
	for iter := 0; iter < 500; iter++ {
		for i, s := range order {
			if s == "exit" {
				continue
			}
			v := 1.0
			for j := range order {
				v += P[i][j] * steps[j]
			}
			steps[i] = v
		}
	}
	fmt.Printf("expected pages before exit from home: %.3f (converged: %t)\n", steps[0], !math.IsNaN(steps[0]))
}
