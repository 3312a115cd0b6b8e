// Generic sorting algorithms with comparison counting and stability checks on records.
package main

import (
	"cmp"
	"fmt"
	"math/rand/v2"
	"slices"
)

type Counter struct{ n int }

type Less[T any] func(a, b T) bool

func Counting[T any](c *Counter, less Less[T]) Less[T] {
	return func(a, b T) bool { c.n++; return less(a, b) }
}

func InsertionSort[T any](xs []T, less Less[T]) {
	for i := 1; i < len(xs); i++ {
		for j := i; j > 0 && less(xs[j], xs[j-1]); j-- {
			xs[j], xs[j-1] = xs[j-1], xs[j]
		}
	}
}

func MergeSort[T any](xs []T, less Less[T]) {
	if len(xs) < 2 {
		return
	}
	mid := len(xs) / 2
	MergeSort(xs[:mid], less)
	MergeSort(xs[mid:], less)
	tmp := make([]T, 0, len(xs))
	i, j := 0, mid
	for i < mid && j < len(xs) {
		if less(xs[j], xs[i]) {
			tmp = append(tmp, xs[j])
			j++
		} else {
			tmp = append(tmp, xs[i])
			i++
		}
	}
	tmp = append(tmp, xs[i:mid]...)
	tmp = append(tmp, xs[j:]...)
	copy(xs, tmp)
}

func QuickSort[T any](xs []T, less Less[T]) {
	if len(xs) < 2 {
		return
	}
	p := xs[len(xs)/2]
	lo, hi := 0, len(xs)-1
	for lo <= hi {
		for less(xs[lo], p) {
			lo++
		}
		for less(p, xs[hi]) {
			hi--
		}
		if lo <= hi {
			xs[lo], xs[hi] = xs[hi], xs[lo]
			lo++
			hi--
		}
	}
	QuickSort(xs[:hi+1], less)
	QuickSort(xs[lo:], less)
}

func HeapSort[T any](xs []T, less Less[T]) {
	sift := func(root, end int) {
		for {
			child := 2*root + 1
			if child >= end {
				return
			}
			if child+1 < end && less(xs[child], xs[child+1]) {
				child++
			}
			if !less(xs[root], xs[child]) {
				return
			}
			xs[root], xs[child] = xs[child], xs[root]
			root = child
		}
	}
	for i := len(xs)/2 - 1; i >= 0; i-- {
		sift(i, len(xs))
	}
	for end := len(xs) - 1; end > 0; end-- {
		xs[0], xs[end] = xs[end], xs[0]
		sift(0, end)
	}
}

type Player struct {
	Name  string
	Team  string
	Score int
	Seq   int
}

type Algo struct {
	Name   string
	Sort   func([]Player, Less[Player])
	Stable bool
}

func main() {
	rng := rand.New(rand.NewPCG(5, 8))
	teams := []string{"ash", "elm", "oak", "yew"}
	var players []Player
	for i := 0; i < 40; i++ {
		players = append(players, Player{fmt.Sprintf("p%02d", i), teams[rng.IntN(4)], rng.IntN(10), i})
	}
	algos := []Algo{
		{"insertion", InsertionSort[Player], true},
		{"merge", MergeSort[Player], true},
		{"quick", QuickSort[Player], false},
		{"heap", HeapSort[Player], false},
	}
	byScore := func(a, b Player) bool { return a.Score < b.Score }
	want := slices.Clone(players)
	slices.SortStableFunc(want, func(a, b Player) int { return cmp.Compare(a.Score, b.Score) })
	for _, a := range algos {
		xs := slices.Clone(players)
		c := &Counter{}
		a.Sort(xs, Counting(c, byScore))
		sorted := slices.IsSortedFunc(xs, func(x, y Player) int { return cmp.Compare(x.Score, y.Score) })
		stable := slices.Equal(xs, want)
		fmt.Printf("%-9s compares=%4d sorted=%v stable-result=%-5v (guaranteed=%v)\n", a.Name, c.n, sorted, stable, a.Stable)
	}
	xs := slices.Clone(players)
	MergeSort(xs, func(a, b Player) bool { return a.Score > b.Score })
	MergeSort(xs, func(a, b Player) bool { return a.Team < b.Team })
	fmt.Println("by team, then score desc (two stable passes):")
	for i := 0; i < len(xs); i += 10 {
		for _, p := range xs[i : i+10] {
			fmt.Printf(" %s/%s/%d", p.Name, p.Team, p.Score)
		}
		fmt.Println()
	}
	for _, n := range []int{8, 32, 128} {
		ints := make([]int, n)
		for i := range ints {
			ints[i] = n - i
		}
		for _, name := range []string{"insertion", "merge", "quick", "heap"} {
			c := &Counter{}
			ys := slices.Clone(ints)
			less := Counting(c, func(a, b int) bool { return a < b })
			switch name {
			case "insertion":
				InsertionSort(ys, less)
			case "merge":
				MergeSort(ys, less)
			case "quick":
				QuickSort(ys, less)
			case "heap":
				HeapSort(ys, less)
			}
			fmt.Printf("reversed n=%3d %-9s compares=%5d ok=%v\n", n, name, c.n, slices.IsSorted(ys))
		}
	}
}
