package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

type Row struct {
	ID     int
	Region string
	Amount float64
	Tags   []string
}

type Table struct{ rows []Row }

// All yields index and row.
func (t *Table) All() iter.Seq2[int, Row] {
	return func(yield func(int, Row) bool) {
		for i, r := range t.rows {
			if !yield(i, r) {
				return
			}
		}
	}
}

func (t *Table) Where(pred func(Row) bool) iter.Seq[Row] {
	return func(yield func(Row) bool) {
		for _, r := range t.rows {
			if pred(r) && !yield(r) {
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
			if i >= n {
				return
			}
		}
	}
}

func MapSeq[T, U any](seq iter.Seq[T], f func(T) U) iter.Seq[U] {
	return func(yield func(U) bool) {
		for v := range seq {
			if !yield(f(v)) {
				return
			}
		}
	}
}

func Fib() iter.Seq[int] {
	return func(yield func(int) bool) {
		a, b := 0, 1
		for {
			if !yield(a) {
				return
			}
			a, b = b, a+b
		}
	}
}

func main() {
	t := &Table{rows: []Row{
		{1, "eu", 120.5, []string{"new"}},
		{2, "us", 80.0, nil},
		{3, "eu", 45.25, []string{"promo", "new"}},
		{4, "apac", 300.0, []string{"vip"}},
		{5, "us", 15.75, []string{"promo"}},
		{6, "eu", 99.99, nil},
		{7, "apac", 12.0, nil},
	}}

	for i, r := range t.All() {
		if r.Amount < 20 {
			continue
		}
		if i >= 5 {
			break
		}
		fmt.Printf("row %d: %+v\n", i, r)
	}

	fmt.Println("tagged ids:", slices.Collect(MapSeq(t.Where(func(r Row) bool { return len(r.Tags) > 0 }), func(r Row) int { return r.ID })))

	top2 := slices.Collect(Take(t.Where(func(r Row) bool { return r.Amount > 50 }), 2))
	fmt.Printf("first two > 50: %v\n", top2)

	totals := map[string]float64{}
	for _, r := range t.All() {
		totals[r.Region] += r.Amount
	}
	for _, k := range slices.Sorted(maps.Keys(totals)) {
		fmt.Printf("%-5s %8.2f\n", k, totals[k])
	}
	fmt.Println("sorted totals:", slices.Sorted(maps.Values(totals)))

	tagCount := map[string]int{}
	for r := range t.Where(func(Row) bool { return true }) {
		for _, tg := range r.Tags {
			tagCount[tg]++
		}
	}
	fmt.Println(tagCount)

	fibs := slices.Collect(Take(Fib(), 12))
	fmt.Println("fib:", fibs)
	var evens []string
	for f := range Fib() {
		if f > 1000 {
			break
		}
		if f%2 != 0 {
			continue
		}
		evens = append(evens, fmt.Sprint(f))
	}
	fmt.Println("even fibs <= 1000:", strings.Join(evens, ","))

	chunks := slices.Collect(slices.Chunk([]int{1, 2, 3, 4, 5, 6, 7}, 3))
	fmt.Println(chunks, len(chunks))
}
