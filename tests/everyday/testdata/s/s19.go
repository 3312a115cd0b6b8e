package main

import (
	"fmt"
	"slices"
	"strings"
)

// Collatz sequences: lengths, peaks and a bar chart of stopping times.

func collatz(n int) []int {
	seq := []int{n}
	for n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		seq = append(seq, n)
	}
	return seq
}

type memo map[int]int

func (m memo) steps(n int) int {
	if n == 1 {
		return 0
	}
	if v, ok := m[n]; ok {
		return v
	}
	var next int
	if n%2 == 0 {
		next = n / 2
	} else {
		next = 3*n + 1
	}
	v := 1 + m.steps(next)
	m[n] = v
	return v
}

func main() {
	fmt.Println("collatz(27) first 20:", collatz(27)[:20])
	s27 := collatz(27)
	fmt.Printf("collatz(27): %d steps, peak %d\n", len(s27)-1, slices.Max(s27))

	m := memo{}
	bestN, bestSteps := 1, 0
	for n := 1; n < 30000; n++ {
		if s := m.steps(n); s > bestSteps {
			bestN, bestSteps = n, s
		}
	}
	fmt.Printf("longest under 30000: n=%d with %d steps (memo size %d)\n", bestN, bestSteps, len(m))

	fmt.Println("\nStopping times for 1..20:")
	for n := 1; n <= 20; n++ {
		s := m.steps(n)
		fmt.Printf("%3d %3d %s\n", n, s, strings.Repeat("#", s/2))
	}

	// Record holders
	fmt.Print("\nrecord setters below 1000:")
	rec := -1
	for n := 1; n < 1000; n++ {
		if s := m.steps(n); s > rec {
			rec = s
			fmt.Printf(" %d(%d)", n, s)
		}
	}
	fmt.Println()

	// Distribution of step counts for 1..10000 bucketed by 25
	buckets := map[int]int{}
	for n := 1; n <= 10000; n++ {
		buckets[m.steps(n)/25*25]++
	}
	keys := make([]int, 0, len(buckets))
	for k := range buckets {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	fmt.Println("\nsteps histogram (n <= 10000):")
	for _, k := range keys {
		fmt.Printf("  %3d-%3d %5d %s\n", k, k+24, buckets[k], strings.Repeat("=", buckets[k]/50))
	}
}
