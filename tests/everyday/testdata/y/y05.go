package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

type Grid [][]int

func (g Grid) Cells() iter.Seq2[[2]int, int] {
	return func(yield func([2]int, int) bool) {
		for r, row := range g {
			for c, v := range row {
				if !yield([2]int{r, c}, v) {
					return
				}
			}
		}
	}
}

func Pairs[K comparable, V any](keys []K, vals []V) iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		for i := range min(len(keys), len(vals)) {
			if !yield(keys[i], vals[i]) {
				return
			}
		}
	}
}

func main() {
	g := Grid{
		{1, 0, 3},
		{4, 5, 0},
		{0, 8, 9},
	}
	for pos, v := range g.Cells() {
		if v == 0 {
			continue
		}
		if v > 8 {
			fmt.Println("stop at", pos)
			break
		}
		fmt.Printf("%v=%d ", pos, v)
	}
	fmt.Println()

	matrix := [][]string{
		{"ok", "ok", "ok"},
		{"ok", "bad", "ok"},
		{"ok", "ok"},
		{"skip", "bad"},
	}
	goodRows := 0
rows:
	for i, row := range matrix {
		for _, cell := range row {
			if cell == "skip" {
				fmt.Println("row", i, "skipped")
				continue rows
			}
			if cell == "bad" {
				fmt.Println("row", i, "has bad cell")
				continue rows
			}
		}
		goodRows++
	}
	fmt.Println("good rows:", goodRows)

	m := maps.Collect(Pairs([]string{"a", "b", "c", "d"}, []int{1, 2, 3}))
	fmt.Println(m, len(m))
	vsum := 0
	for _, v := range maps.All(m) {
		vsum += v
	}
	fmt.Println("value sum:", vsum)
	keys := slices.Sorted(maps.Keys(m))
	vals := slices.Sorted(maps.Values(m))
	fmt.Println(keys, vals)

	inverted := map[int]string{}
	maps.Insert(inverted, func(yield func(int, string) bool) {
		for k, v := range m {
			if !yield(v, k) {
				return
			}
		}
	})
	fmt.Println("inverted:", inverted)

	for i := range 3 {
		fmt.Print(strings.Repeat("*", i+1), " ")
	}
	fmt.Println()

	var total int
	for range 5 {
		total += 2
	}
	fmt.Println("total:", total)

	words := strings.Fields("go iter seq yield range")
	for i, w := range slices.All(words) {
		if i == 3 {
			break
		}
		fmt.Printf("[%d:%s]", i, w)
	}
	fmt.Println()
	chunks := slices.Collect(slices.Chunk([]int{1, 2, 3, 4, 5, 6, 7}, 3))
	fmt.Println("chunks:", chunks)
	fmt.Println("values:", slices.Collect(slices.Values(words[1:3])))
	clear(m)
	fmt.Println("cleared:", m, len(m))
}
