package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

// Interval is a closed range [Lo, Hi] over any ordered type.
type Interval[T cmp.Ordered] struct {
	Lo, Hi T
}

func (iv Interval[T]) Contains(v T) bool { return iv.Lo <= v && v <= iv.Hi }
func (iv Interval[T]) Overlaps(o Interval[T]) bool {
	return iv.Lo <= o.Hi && o.Lo <= iv.Hi
}
func (iv Interval[T]) String() string { return fmt.Sprintf("[%v..%v]", iv.Lo, iv.Hi) }

// MergeAll merges overlapping intervals into a minimal sorted set.
func MergeAll[T cmp.Ordered](ivs []Interval[T]) []Interval[T] {
	s := slices.Clone(ivs)
	slices.SortFunc(s, func(a, b Interval[T]) int {
		return cmp.Or(cmp.Compare(a.Lo, b.Lo), cmp.Compare(a.Hi, b.Hi))
	})
	var out []Interval[T]
	for _, iv := range s {
		if n := len(out); n > 0 && out[n-1].Overlaps(iv) {
			out[n-1].Hi = max(out[n-1].Hi, iv.Hi)
			continue
		}
		out = append(out, iv)
	}
	return out
}

// Gaps returns the uncovered parts of within, given merged intervals.
func Gaps[T cmp.Ordered](merged []Interval[T], within Interval[T], next, prev func(T) T) []Interval[T] {
	var out []Interval[T]
	cur := within.Lo
	for _, iv := range merged {
		if iv.Lo > cur {
			out = append(out, Interval[T]{cur, min(prev(iv.Lo), within.Hi)})
		}
		cur = max(cur, next(iv.Hi))
	}
	if cur <= within.Hi {
		out = append(out, Interval[T]{cur, within.Hi})
	}
	return out
}

// Minute is a minute-of-day; it prints as HH:MM.
type Minute int

func (m Minute) String() string { return fmt.Sprintf("%02d:%02d", int(m)/60, int(m)%60) }

func hm(s string) Minute {
	var h, m int
	fmt.Sscanf(s, "%d:%d", &h, &m)
	return Minute(h*60 + m)
}

func main() {
	meetings := []Interval[Minute]{
		{hm("09:00"), hm("09:45")},
		{hm("13:00"), hm("14:00")},
		{hm("09:30"), hm("10:15")},
		{hm("11:00"), hm("11:30")},
		{hm("13:45"), hm("15:00")},
		{hm("16:30"), hm("17:00")},
	}
	busy := MergeAll(meetings)
	fmt.Println("busy:", busy)
	day := Interval[Minute]{hm("08:00"), hm("18:00")}
	inc := func(m Minute) Minute { return m + 1 }
	dec := func(m Minute) Minute { return m - 1 }
	free := Gaps(busy, day, inc, dec)
	fmt.Println("free:", free)
	for _, f := range free {
		if d := f.Hi - f.Lo + 1; d >= 85 {
			fmt.Printf("first 85-min slot: %v (%d min)\n", f, d)
			break
		}
	}
	for _, t := range []string{"09:40", "12:00", "14:59"} {
		m := hm(t)
		i := slices.IndexFunc(busy, func(iv Interval[Minute]) bool { return iv.Contains(m) })
		fmt.Printf("%v busy? %t (block %d)\n", m, i >= 0, i)
	}

	ranges := []Interval[float64]{{0.5, 1.5}, {1.4, 2}, {3, 3.5}, {-1, 0}}
	fmt.Println("float merge:", MergeAll(ranges))

	letters := []Interval[string]{{"a", "f"}, {"m", "p"}, {"e", "h"}, {"x", "z"}}
	mergedL := MergeAll(letters)
	step := func(d int) func(string) string {
		return func(s string) string { return string(rune(s[0]) + rune(d)) }
	}
	fmt.Println("letters:", mergedL, "gaps:", Gaps(mergedL, Interval[string]{"a", "z"}, step(1), step(-1)))
	fmt.Println(strings.Repeat("-", 20), len(free), "free blocks")
}
