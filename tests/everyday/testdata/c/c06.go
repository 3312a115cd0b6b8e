// Merge sorted transaction streams from several bank branches with iter.Pull.
package main

import (
	"cmp"
	"fmt"
	"iter"
	"slices"
)

type Txn struct {
	Seq    int
	Branch string
	Cents  int64
}

func (t Txn) String() string {
	sign := "+"
	c := t.Cents
	if c < 0 {
		sign, c = "-", -c
	}
	return fmt.Sprintf("#%03d %-6s %s%d.%02d", t.Seq, t.Branch, sign, c/100, c%100)
}

func branchFeed(branch string, seqs []int, amounts []int64) iter.Seq[Txn] {
	return func(yield func(Txn) bool) {
		for i, s := range seqs {
			if !yield(Txn{Seq: s, Branch: branch, Cents: amounts[i]}) {
				return
			}
		}
	}
}

// Merge performs a k-way merge of already-sorted sequences.
func Merge[T any](cmpFn func(a, b T) int, seqs ...iter.Seq[T]) iter.Seq[T] {
	return func(yield func(T) bool) {
		type cursor struct {
			next func() (T, bool)
			stop func()
			head T
			ok   bool
		}
		cursors := make([]*cursor, 0, len(seqs))
		for _, s := range seqs {
			next, stop := iter.Pull(s)
			c := &cursor{next: next, stop: stop}
			c.head, c.ok = next()
			cursors = append(cursors, c)
		}
		defer func() {
			for _, c := range cursors {
				c.stop()
			}
		}()
		for {
			var best *cursor
			for _, c := range cursors {
				if c.ok && (best == nil || cmpFn(c.head, best.head) < 0) {
					best = c
				}
			}
			if best == nil {
				return
			}
			if !yield(best.head) {
				return
			}
			best.head, best.ok = best.next()
		}
	}
}

// Pairs zips two sequences, stopping when either runs out.
func Pairs[A, B any](a iter.Seq[A], b iter.Seq[B]) iter.Seq2[A, B] {
	return func(yield func(A, B) bool) {
		nb, stop := iter.Pull(b)
		defer stop()
		for va := range a {
			vb, ok := nb()
			if !ok || !yield(va, vb) {
				return
			}
		}
	}
}

func main() {
	north := branchFeed("north", []int{1, 4, 7, 12, 15}, []int64{1500, -230, 9999, -5000, 120})
	south := branchFeed("south", []int{2, 3, 9, 10}, []int64{-750, 4200, 310, -99})
	east := branchFeed("east", []int{5, 6, 8, 11, 13, 14}, []int64{2000, -1250, 50, 75, -3300, 810})

	bySeq := func(a, b Txn) int { return cmp.Compare(a.Seq, b.Seq) }

	var balance int64
	fmt.Println("merged ledger:")
	for t := range Merge(bySeq, north, south, east) {
		balance += t.Cents
		fmt.Printf("  %v  balance=%d.%02d\n", t, balance/100, abs(balance)%100)
	}

	fmt.Println("first 5 by amount-desc merge of pre-sorted slices:")
	sortedByAmt := func(s iter.Seq[Txn]) iter.Seq[Txn] {
		v := slices.SortedFunc(s, func(a, b Txn) int { return cmp.Compare(b.Cents, a.Cents) })
		return slices.Values(v)
	}
	byAmtDesc := func(a, b Txn) int { return cmp.Compare(b.Cents, a.Cents) }
	n := 0
	for t := range Merge(byAmtDesc, sortedByAmt(north), sortedByAmt(south), sortedByAmt(east)) {
		fmt.Println("  ", t)
		n++
		if n == 5 {
			break
		}
	}

	fmt.Println("pairing north and south transactions:")
	for a, b := range Pairs(north, south) {
		fmt.Printf("  %-22v | %v\n", a, b)
	}

	// Merging plain ints works too.
	odds := slices.Values([]int{1, 3, 5, 7, 9})
	evens := slices.Values([]int{2, 4, 6})
	tens := slices.Values([]int{0, 10, 20})
	merged := slices.Collect(Merge(cmp.Compare[int], odds, evens, tens))
	fmt.Println("ints:", merged, "sorted:", slices.IsSorted(merged))
}

func abs(x int64) int64 {
	if x < 0 {
		return -x
	}
	return x
}
