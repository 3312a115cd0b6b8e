package main

import (
	"fmt"
	"iter"
	"slices"
	"strings"
)

type Record struct {
	ID    int
	Name  string
	Score float64
}

type Table struct {
	rows []Record
}

func (t *Table) All() iter.Seq2[int, Record] {
	return func(yield func(int, Record) bool) {
		for i, r := range t.rows {
			if !yield(i, r) {
				return
			}
		}
	}
}

func (t *Table) Where(pred func(Record) bool) iter.Seq[Record] {
	return func(yield func(Record) bool) {
		for _, r := range t.rows {
			if pred(r) && !yield(r) {
				return
			}
		}
	}
}

func Count(start, step int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for n := start; ; n += step {
			if !yield(n) {
				return
			}
		}
	}
}

func Take[T any](seq iter.Seq[T], n int) iter.Seq[T] {
	return func(yield func(T) bool) {
		if n <= 0 {
			return
		}
		i := 0
		for v := range seq {
			if !yield(v) {
				return
			}
			i++
			if i == n {
				return
			}
		}
	}
}

func findFirst(t *Table, name string) (Record, bool) {
	for _, r := range t.All() {
		if strings.EqualFold(r.Name, name) {
			return r, true
		}
	}
	return Record{}, false
}

func main() {
	t := &Table{rows: []Record{
		{1, "ada", 91.5}, {2, "bob", 72.0}, {3, "cy", 85.25},
		{4, "dee", 60.0}, {5, "eve", 99.0}, {6, "fay", 78.5},
	}}

	for i, r := range t.All() {
		if i%2 == 1 {
			continue
		}
		if r.Score < 70 {
			break
		}
		fmt.Printf("row %d: %+v\n", i, r)
	}

	high := slices.Collect(t.Where(func(r Record) bool { return r.Score >= 80 }))
	fmt.Println("high scorers:", len(high))
	for _, r := range high {
		fmt.Printf("  %-4s %6.2f\n", r.Name, r.Score)
	}

	r, ok := findFirst(t, "EVE")
	fmt.Println("find EVE:", r, ok)
	r, ok = findFirst(t, "zed")
	fmt.Printf("find zed: %#v %v\n", r, ok)

	odds := slices.Collect(Take(Count(1, 2), 7))
	fmt.Println("odds:", odds)

	var sb strings.Builder
	for n := range Count(10, -3) {
		if n < -5 {
			break
		}
		fmt.Fprintf(&sb, "%d ", n)
	}
	fmt.Println("countdown:", strings.TrimSpace(sb.String()))

	for i, v := range slices.Backward([]string{"x", "y", "z"}) {
		fmt.Print(i, "=", v, " ")
	}
	fmt.Println()

	names := slices.Sorted(func(yield func(string) bool) {
		for r := range t.Where(func(r Record) bool { return r.ID%2 == 0 }) {
			if !yield(strings.ToUpper(r.Name)) {
				return
			}
		}
	})
	fmt.Println("even ids:", names)
}
