// q37: depth-limited parallel merge sort (generic) compared against slices.Sort.
package main

import (
	"cmp"
	"fmt"
	"math/rand/v2"
	"slices"
	"sync"
	"sync/atomic"
)

type Sorter[T any] struct {
	cmp      func(a, b T) int
	maxDepth int
	cutoff   int
	spawned  atomic.Int32
}

func (s *Sorter[T]) merge(dst, a, b []T) {
	i, j, k := 0, 0, 0
	for i < len(a) && j < len(b) {
		if s.cmp(b[j], a[i]) < 0 {
			dst[k] = b[j]
			j++
		} else {
			dst[k] = a[i] // ties take from the left half: the sort is stable
			i++
		}
		k++
	}
	k += copy(dst[k:], a[i:])
	copy(dst[k:], b[j:])
}

func (s *Sorter[T]) sort(xs, buf []T, depth int) {
	if len(xs) <= s.cutoff {
		slices.SortStableFunc(xs, s.cmp)
		return
	}
	mid := len(xs) / 2
	if depth < s.maxDepth {
		var wg sync.WaitGroup
		s.spawned.Add(1)
		wg.Go(func() { s.sort(xs[:mid], buf[:mid], depth+1) })
		s.sort(xs[mid:], buf[mid:], depth+1)
		wg.Wait()
	} else {
		s.sort(xs[:mid], buf[:mid], depth+1)
		s.sort(xs[mid:], buf[mid:], depth+1)
	}
	s.merge(buf, xs[:mid], xs[mid:])
	copy(xs, buf)
}

func (s *Sorter[T]) Sort(xs []T) {
	s.sort(xs, make([]T, len(xs)), 0)
}

type Trade struct {
	Symbol string
	Price  int // cents
	Seq    int
}

func main() {
	rng := rand.New(rand.NewPCG(42, 1337))
	nums := make([]int, 200_000)
	for i := range nums {
		nums[i] = rng.IntN(1_000_000)
	}
	want := slices.Clone(nums)
	slices.Sort(want)
	for _, depth := range []int{0, 1, 2, 3, 4} {
		got := slices.Clone(nums)
		s := &Sorter[int]{cmp: cmp.Compare[int], maxDepth: depth, cutoff: 512}
		s.Sort(got)
		fmt.Printf("depth=%d goroutines=%2d sorted=%v equal=%v\n", depth, s.spawned.Load(), slices.IsSorted(got), slices.Equal(got, want))
	}
	fmt.Println("min/median/max:", want[0], want[len(want)/2], want[len(want)-1])

	symbols := []string{"AAPL", "MSFT", "NVDA", "AMZN"}
	trades := make([]Trade, 5000)
	for i := range trades {
		trades[i] = Trade{symbols[rng.IntN(len(symbols))], 10000 + rng.IntN(50)*25, i}
	}
	ts := &Sorter[Trade]{cmp: func(a, b Trade) int {
		return cmp.Or(cmp.Compare(a.Symbol, b.Symbol), cmp.Compare(a.Price, b.Price))
	}, maxDepth: 3, cutoff: 64}
	ts.Sort(trades)
	stable := true
	for i := 1; i < len(trades); i++ {
		a, b := trades[i-1], trades[i]
		if a.Symbol == b.Symbol && a.Price == b.Price && a.Seq > b.Seq {
			stable = false
		}
	}
	fmt.Println("trades sorted:", slices.IsSortedFunc(trades, ts.cmp), "stable:", stable, "goroutines:", ts.spawned.Load())
	for _, sym := range symbols {
		lo := slices.IndexFunc(trades, func(t Trade) bool { return t.Symbol == sym })
		hi := lo
		for hi < len(trades) && trades[hi].Symbol == sym {
			hi++
		}
		fmt.Printf("%-4s count=%4d low=%d high=%d first seq at low=%d\n", sym, hi-lo, trades[lo].Price, trades[hi-1].Price, trades[lo].Seq)
	}
}
