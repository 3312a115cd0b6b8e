// Budget-vs-actual report assembled from small reusable iterator combinators:
// Zip, Enumerate, Scan, Chain, TakeWhile, Reduce.
package main

import (
	"fmt"
	"iter"
	"slices"
	"strings"
)

func Zip[A, B any](as iter.Seq[A], bs iter.Seq[B]) iter.Seq2[A, B] {
	return func(yield func(A, B) bool) {
		nextB, stop := iter.Pull(bs)
		defer stop()
		for a := range as {
			b, ok := nextB()
			if !ok || !yield(a, b) {
				return
			}
		}
	}
}

func Enumerate[T any](seq iter.Seq[T]) iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		i := 0
		for v := range seq {
			if !yield(i, v) {
				return
			}
			i++
		}
	}
}

// Scan yields running accumulations.
func Scan[T, Acc any](seq iter.Seq[T], init Acc, f func(Acc, T) Acc) iter.Seq[Acc] {
	return func(yield func(Acc) bool) {
		acc := init
		for v := range seq {
			acc = f(acc, v)
			if !yield(acc) {
				return
			}
		}
	}
}

func Chain[T any](seqs ...iter.Seq[T]) iter.Seq[T] {
	return func(yield func(T) bool) {
		for _, s := range seqs {
			for v := range s {
				if !yield(v) {
					return
				}
			}
		}
	}
}

func TakeWhile[T any](seq iter.Seq[T], ok func(T) bool) iter.Seq[T] {
	return func(yield func(T) bool) {
		for v := range seq {
			if !ok(v) || !yield(v) {
				return
			}
		}
	}
}

func Reduce[T, Acc any](seq iter.Seq[T], init Acc, f func(Acc, T) Acc) Acc {
	acc := init
	for v := range seq {
		acc = f(acc, v)
	}
	return acc
}

func Drop[T any](seq iter.Seq[T], n int) iter.Seq[T] {
	return func(yield func(T) bool) {
		for i, v := range Enumerate(seq) {
			if i >= n && !yield(v) {
				return
			}
		}
	}
}

type Month struct {
	Name   string
	Budget int
}

func main() {
	h1 := []Month{{"Jan", 4000}, {"Feb", 4000}, {"Mar", 4500}, {"Apr", 4500}, {"May", 5000}, {"Jun", 5000}}
	h2 := []Month{{"Jul", 5200}, {"Aug", 5200}, {"Sep", 4800}, {"Oct", 4800}, {"Nov", 6000}, {"Dec", 7000}}
	actuals := []int{3800, 4350, 4400, 4700, 4950, 5600, 5100, 5900, 4700} // through September

	months := Chain(slices.Values(h1), slices.Values(h2))
	budgets := func(yield func(int) bool) {
		for m := range months {
			if !yield(m.Budget) {
				return
			}
		}
	}
	add := func(acc, v int) int { return acc + v }

	fmt.Println("month   budget  actual    diff  cum.budget cum.actual  status")
	cumBudget, nextCB := iter.Pull(Scan(budgets, 0, add))
	defer nextCB()
	cumActual := slices.Collect(Scan(slices.Values(actuals), 0, add))
	i := 0
	for m, a := range Zip(months, slices.Values(actuals)) {
		cb, _ := cumBudget()
		diff := a - m.Budget
		status := "ok"
		if cumActual[i] > cb {
			status = "OVER " + strings.Repeat("!", min(3, (cumActual[i]-cb)/250+1))
		}
		fmt.Printf("%-5s %8d %7d %+7d %11d %10d  %s\n", m.Name, m.Budget, a, diff, cb, cumActual[i], status)
		i++
	}

	yearBudget := Reduce(budgets, 0, add)
	spent := Reduce(slices.Values(actuals), 0, add)
	fmt.Printf("\nannual budget %d, spent %d (%.1f%%), remaining %d\n",
		yearBudget, spent, 100*float64(spent)/float64(yearBudget), yearBudget-spent)

	// How many months until the cumulative budget first exceeds 20k?
	n := 0
	for range TakeWhile(Scan(budgets, 0, add), func(c int) bool { return c <= 20000 }) {
		n++
	}
	fmt.Printf("cumulative budget stays within 20000 for %d months\n", n)

	remaining := slices.Collect(Drop(months, len(actuals)))
	left := yearBudget - spent
	fmt.Printf("spread the remaining %d over %d months:\n", left, len(remaining))
	planned := Reduce(slices.Values(remaining), 0, func(acc int, m Month) int { return acc + m.Budget })
	for _, m := range remaining {
		share := left * m.Budget / planned
		fmt.Printf("  %s planned %d -> adjusted %d\n", m.Name, m.Budget, share)
	}

	// Biggest overspend month via Zip + Reduce.
	type worst struct {
		name string
		over int
	}
	w := Reduce(func(yield func(worst) bool) {
		for m, a := range Zip(months, slices.Values(actuals)) {
			if !yield(worst{m.Name, a - m.Budget}) {
				return
			}
		}
	}, worst{"", -1 << 31}, func(acc, cur worst) worst {
		if cur.over > acc.over {
			return cur
		}
		return acc
	})
	fmt.Printf("largest single-month overspend: %s (%+d)\n", w.name, w.over)
}
