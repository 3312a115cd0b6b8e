// Generic group-by / aggregate helpers over a slice of order records.
package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
)

type CustomerID int64

func (c CustomerID) String() string { return fmt.Sprintf("C-%03d", int64(c)) }

type Order struct {
	ID       int
	Customer CustomerID
	Category string
	Qty      int
	Price    float64
}

func (o Order) Total() float64 { return float64(o.Qty) * o.Price }

func GroupBy[K comparable, V any](xs []V, key func(V) K) map[K][]V {
	out := make(map[K][]V)
	for _, x := range xs {
		k := key(x)
		out[k] = append(out[k], x)
	}
	return out
}

type Number interface {
	~int | ~int64 | ~float64
}

func SumBy[V any, N Number](xs []V, f func(V) N) N {
	var s N
	for _, x := range xs {
		s += f(x)
	}
	return s
}

func MaxBy[V any, O cmp.Ordered](xs []V, f func(V) O) (V, bool) {
	var best V
	if len(xs) == 0 {
		return best, false
	}
	best = xs[0]
	for _, x := range xs[1:] {
		if f(x) > f(best) {
			best = x
		}
	}
	return best, true
}

func Map[V, R any](xs []V, f func(V) R) []R {
	out := make([]R, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

func CountBy[V any, K comparable](xs []V, key func(V) K) map[K]int {
	out := map[K]int{}
	for _, x := range xs {
		out[key(x)]++
	}
	return out
}

func main() {
	cats := []string{"books", "toys", "garden", "kitchen"}
	var orders []Order
	for i := 1; i <= 48; i++ {
		orders = append(orders, Order{
			ID:       i,
			Customer: CustomerID(i%7 + 1),
			Category: cats[(i*5)%4],
			Qty:      1 + (i*3)%5,
			Price:    float64(5+(i*37)%60) + 0.99,
		})
	}
	fmt.Printf("first order: %+v total=%.2f\n", orders[0], orders[0].Total())
	fmt.Printf("type of key: %T\n\n", orders[0].Customer)

	byCat := GroupBy(orders, func(o Order) string { return o.Category })
	fmt.Println("category  orders  units   revenue   avg_ticket  top_order")
	for _, c := range slices.Sorted(maps.Keys(byCat)) {
		g := byCat[c]
		rev := SumBy(g, Order.Total)
		units := SumBy(g, func(o Order) int { return o.Qty })
		top, _ := MaxBy(g, Order.Total)
		fmt.Printf("%-8s  %6d  %5d  %8.2f  %10.2f  #%d (%.2f)\n", c, len(g), units, rev, rev/float64(len(g)), top.ID, top.Total())
	}

	byCust := GroupBy(orders, func(o Order) CustomerID { return o.Customer })
	type custAgg struct {
		ID      CustomerID
		Revenue float64
		Cats    int
	}
	aggs := make([]custAgg, 0, len(byCust))
	for id, g := range byCust {
		aggs = append(aggs, custAgg{id, SumBy(g, Order.Total), len(CountBy(g, func(o Order) string { return o.Category }))})
	}
	slices.SortFunc(aggs, func(a, b custAgg) int {
		return cmp.Or(cmp.Compare(b.Revenue, a.Revenue), cmp.Compare(a.ID, b.ID))
	})
	fmt.Println("\ncustomers by revenue:")
	for i, a := range aggs {
		fmt.Printf("%2d. %v  %9.2f  distinct_categories=%d\n", i+1, a.ID, a.Revenue, a.Cats)
	}

	// Group by composite struct key.
	type key struct {
		Cust CustomerID
		Cat  string
	}
	combo := GroupBy(orders, func(o Order) key { return key{o.Customer, o.Category} })
	keys := slices.SortedFunc(maps.Keys(combo), func(a, b key) int {
		return cmp.Or(cmp.Compare(a.Cust, b.Cust), cmp.Compare(a.Cat, b.Cat))
	})
	fmt.Printf("\ncomposite groups: %d; first five:\n", len(keys))
	for _, k := range keys[:5] {
		ids := Map(combo[k], func(o Order) int { return o.ID })
		fmt.Printf("  %+v -> ids=%v\n", k, ids)
	}
}
