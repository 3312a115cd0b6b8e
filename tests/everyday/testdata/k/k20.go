package main

import (
	"fmt"
	"maps"
	"math/rand/v2"
	"slices"
	"strings"
)

type Bucket struct {
	Lo, Hi int // [Lo, Hi)
}

func (b Bucket) String() string {
	if b.Hi < 0 {
		return fmt.Sprintf("%d+", b.Lo)
	}
	return fmt.Sprintf("%d-%d", b.Lo, b.Hi-1)
}

func bucketFor(age, width, capAt int) Bucket {
	if age >= capAt {
		return Bucket{capAt, -1}
	}
	lo := age / width * width
	return Bucket{lo, lo + width}
}

func drawHistogram(title string, counts map[Bucket]int, maxWidth int) {
	keys := slices.SortedFunc(maps.Keys(counts), func(a, b Bucket) int { return a.Lo - b.Lo })
	peak := slices.Max(slices.Collect(maps.Values(counts)))
	total := 0
	for _, c := range counts {
		total += c
	}
	fmt.Println(title)
	for _, k := range keys {
		c := counts[k]
		bar := strings.Repeat("█", c*maxWidth/peak)
		if c > 0 && bar == "" {
			bar = "▏"
		}
		fmt.Printf("  %-6v │%-*s %3d %5.1f%%\n", k, maxWidth, bar, c, 100*float64(c)/float64(total))
	}
}

func main() {
	rng := rand.New(rand.NewPCG(1, 2))
	ages := make([]int, 0, 400)
	for range 400 {
		// Mixture of two populations: students and working adults.
		var a float64
		if rng.Float64() < 0.35 {
			a = 21 + rng.NormFloat64()*3
		} else {
			a = 42 + rng.NormFloat64()*11
		}
		ages = append(ages, max(16, int(a)))
	}

	byDecade := map[Bucket]int{}
	byFive := map[Bucket]int{}
	for _, a := range ages {
		byDecade[bucketFor(a, 10, 70)]++
		byFive[bucketFor(a, 5, 65)]++
	}

	drawHistogram("Ages by decade", byDecade, 40)
	fmt.Println()
	drawHistogram("Ages by 5-year band", byFive, 40)

	slices.Sort(ages)
	median := ages[len(ages)/2]
	if len(ages)%2 == 0 {
		median = (ages[len(ages)/2-1] + ages[len(ages)/2]) / 2
	}
	modeCounts := map[int]int{}
	for _, a := range ages {
		modeCounts[a]++
	}
	mode := slices.MaxFunc(slices.Sorted(maps.Keys(modeCounts)), func(a, b int) int {
		if modeCounts[a] != modeCounts[b] {
			return modeCounts[a] - modeCounts[b]
		}
		return b - a // prefer the younger age on ties
	})
	fmt.Printf("\nn=%d min=%d max=%d median=%d mode=%d (x%d)\n",
		len(ages), ages[0], ages[len(ages)-1], median, mode, modeCounts[mode])
}
