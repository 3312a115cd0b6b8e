// ag18: augmented interval tree (BST on start, max-end annotation) for overlap and stabbing queries.
package main

import (
	"cmp"
	"fmt"
	"slices"
)

type Interval[T cmp.Ordered] struct {
	Lo, Hi T // closed interval [Lo, Hi]
}

func (a Interval[T]) Overlaps(b Interval[T]) bool { return a.Lo <= b.Hi && b.Lo <= a.Hi }

type inode[T cmp.Ordered, V any] struct {
	iv          Interval[T]
	val         V
	maxHi       T
	left, right *inode[T, V]
}

type IntervalTree[T cmp.Ordered, V any] struct {
	root *inode[T, V]
	n    int
}

func (t *IntervalTree[T, V]) Insert(iv Interval[T], v V) {
	t.n++
	nn := &inode[T, V]{iv: iv, val: v, maxHi: iv.Hi}
	if t.root == nil {
		t.root = nn
		return
	}
	cur := t.root
	for {
		cur.maxHi = max(cur.maxHi, iv.Hi)
		goLeft := iv.Lo < cur.iv.Lo || (iv.Lo == cur.iv.Lo && iv.Hi < cur.iv.Hi)
		if goLeft {
			if cur.left == nil {
				cur.left = nn
				return
			}
			cur = cur.left
		} else {
			if cur.right == nil {
				cur.right = nn
				return
			}
			cur = cur.right
		}
	}
}

// Overlapping returns all stored intervals overlapping q, in start order.
func (t *IntervalTree[T, V]) Overlapping(q Interval[T]) []V {
	var out []V
	var visit func(n *inode[T, V])
	visit = func(n *inode[T, V]) {
		if n == nil || n.maxHi < q.Lo {
			return
		}
		visit(n.left)
		if n.iv.Overlaps(q) {
			out = append(out, n.val)
		}
		if n.iv.Lo <= q.Hi {
			visit(n.right)
		}
	}
	visit(t.root)
	return out
}

func (t *IntervalTree[T, V]) Stab(p T) []V { return t.Overlapping(Interval[T]{p, p}) }

type Minute int

func (m Minute) String() string { return fmt.Sprintf("%02d:%02d", int(m)/60, int(m)%60) }

type Meeting struct {
	Title string
	Room  string
	When  Interval[Minute]
}

func at(h, m int) Minute { return Minute(h*60 + m) }

func main() {
	var cal IntervalTree[Minute, Meeting]
	meetings := []Meeting{
		{"standup", "A", Interval[Minute]{at(9, 0), at(9, 15)}},
		{"design review", "B", Interval[Minute]{at(10, 0), at(11, 30)}},
		{"1:1 alex", "C", Interval[Minute]{at(11, 0), at(11, 30)}},
		{"lunch talk", "A", Interval[Minute]{at(12, 0), at(13, 0)}},
		{"planning", "B", Interval[Minute]{at(9, 10), at(10, 10)}},
		{"interview", "C", Interval[Minute]{at(14, 0), at(15, 0)}},
		{"retro", "A", Interval[Minute]{at(15, 30), at(16, 30)}},
		{"oncall sync", "B", Interval[Minute]{at(16, 0), at(16, 20)}},
	}
	for _, m := range meetings {
		cal.Insert(m.When, m)
	}
	fmt.Println("meetings:", cal.n, "root maxHi:", cal.root.maxHi)
	for _, p := range []Minute{at(9, 12), at(10, 5), at(11, 15), at(13, 30), at(16, 10)} {
		var titles []string
		for _, m := range cal.Stab(p) {
			titles = append(titles, m.Title)
		}
		fmt.Printf("busy at %v: %q\n", p, titles)
	}
	proposed := []Interval[Minute]{{at(8, 0), at(8, 59)}, {at(11, 20), at(12, 10)}, {at(13, 5), at(13, 55)}, {at(15, 0), at(15, 30)}}
	for _, q := range proposed {
		conf := cal.Overlapping(q)
		if len(conf) == 0 {
			fmt.Printf("slot %v-%v is free\n", q.Lo, q.Hi)
			continue
		}
		fmt.Printf("slot %v-%v conflicts with %d:", q.Lo, q.Hi, len(conf))
		for _, c := range conf {
			fmt.Printf(" [%s room %s %v-%v]", c.Title, c.Room, c.When.Lo, c.When.Hi)
		}
		fmt.Println()
	}

	// Double-booked rooms: for each meeting, find others in same room overlapping it.
	type pair struct{ a, b string }
	var clashes []pair
	for _, m := range meetings {
		for _, o := range cal.Overlapping(m.When) {
			if o.Room == m.Room && o.Title < m.Title {
				clashes = append(clashes, pair{o.Title, m.Title})
			}
		}
	}
	slices.SortFunc(clashes, func(x, y pair) int { return cmp.Compare(x.a+x.b, y.a+y.b) })
	fmt.Println("same-room clashes:", len(clashes))
	for _, c := range clashes {
		fmt.Printf("  %s <-> %s\n", c.a, c.b)
	}

	var genes IntervalTree[float64, string]
	genes.Insert(Interval[float64]{1.5, 3.2}, "geneA")
	genes.Insert(Interval[float64]{2.8, 4.0}, "geneB")
	genes.Insert(Interval[float64]{5.1, 7.7}, "geneC")
	fmt.Println("genes at 3.0:", genes.Stab(3.0), "genes in [4.5,6]:", genes.Overlapping(Interval[float64]{4.5, 6}))
}
