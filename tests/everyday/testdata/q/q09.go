// q09: generic Map/Filter/Reduce/GroupBy helpers applied to order analytics.
package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"
)

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Filter[T any](xs []T, pred func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if pred(x) {
			out = append(out, x)
		}
	}
	return out
}

func Reduce[T, A any](xs []T, init A, f func(A, T) A) A {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func GroupBy[T any, K comparable](xs []T, key func(T) K) map[K][]T {
	out := map[K][]T{}
	for _, x := range xs {
		k := key(x)
		out[k] = append(out[k], x)
	}
	return out
}

type Money int64 // cents

func (m Money) String() string { return fmt.Sprintf("$%d.%02d", m/100, m%100) }

type Order struct {
	ID       string
	Customer string
	Region   string
	Items    int
	Total    Money
	Refunded bool
}

func main() {
	orders := []Order{
		{"o-1001", "acme", "eu", 3, 12999, false},
		{"o-1002", "globex", "us", 1, 4500, false},
		{"o-1003", "acme", "eu", 7, 88010, false},
		{"o-1004", "initech", "apac", 2, 1999, true},
		{"o-1005", "hooli", "us", 12, 240000, false},
		{"o-1006", "globex", "us", 4, 15075, false},
		{"o-1007", "initech", "apac", 5, 33333, false},
		{"o-1008", "acme", "eu", 1, 999, true},
		{"o-1009", "umbrella", "eu", 9, 120500, false},
		{"o-1010", "hooli", "us", 2, 7200, false},
	}
	valid := Filter(orders, func(o Order) bool { return !o.Refunded })
	fmt.Printf("orders=%d valid=%d refunded=%d\n", len(orders), len(valid), len(orders)-len(valid))

	revenue := Reduce(valid, Money(0), func(acc Money, o Order) Money { return acc + o.Total })
	items := Reduce(valid, 0, func(acc int, o Order) int { return acc + o.Items })
	fmt.Println("revenue:", revenue, "items:", items)

	ids := Map(Filter(valid, func(o Order) bool { return o.Total >= 20000 }), func(o Order) string { return o.ID })
	fmt.Println("large orders:", strings.Join(ids, ","))

	byRegion := GroupBy(valid, func(o Order) string { return o.Region })
	for _, r := range slices.Sorted(maps.Keys(byRegion)) {
		os := byRegion[r]
		sum := Reduce(os, Money(0), func(a Money, o Order) Money { return a + o.Total })
		fmt.Printf("region %-4s orders=%d revenue=%-10s avg=%s\n", r, len(os), sum, sum/Money(len(os)))
	}

	type custTotal struct {
		name  string
		total Money
		count int
	}
	byCust := GroupBy(valid, func(o Order) string { return o.Customer })
	totals := Map(slices.Collect(maps.Keys(byCust)), func(c string) custTotal {
		return Reduce(byCust[c], custTotal{name: c}, func(a custTotal, o Order) custTotal {
			a.total += o.Total
			a.count++
			return a
		})
	})
	slices.SortFunc(totals, func(a, b custTotal) int {
		return cmp.Or(cmp.Compare(b.total, a.total), cmp.Compare(a.name, b.name))
	})
	fmt.Println("customer leaderboard:")
	for i, t := range totals {
		fmt.Printf("  %d. %-9s %-12s (%d orders)\n", i+1, t.name, t.total, t.count)
	}
	maxItems := Reduce(valid, 0, func(a int, o Order) int { return max(a, o.Items) })
	minItems := Reduce(valid, maxItems, func(a int, o Order) int { return min(a, o.Items) })
	fmt.Printf("items per order: min=%d max=%d\n", minItems, maxItems)
}
