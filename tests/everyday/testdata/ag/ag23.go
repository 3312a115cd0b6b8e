// ag23: GroupBy, Partition, Zip, Chunk, CountBy and Associate helpers applied to inventory data.
package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
)

func GroupBy[T any, K comparable](xs []T, key func(T) K) map[K][]T {
	out := map[K][]T{}
	for _, x := range xs {
		k := key(x)
		out[k] = append(out[k], x)
	}
	return out
}

func Partition[T any](xs []T, pred func(T) bool) (yes, no []T) {
	for _, x := range xs {
		if pred(x) {
			yes = append(yes, x)
		} else {
			no = append(no, x)
		}
	}
	return
}

type Pair[A, B any] struct {
	First  A
	Second B
}

func (p Pair[A, B]) String() string { return fmt.Sprintf("(%v, %v)", p.First, p.Second) }

func Zip[A, B any](as []A, bs []B) []Pair[A, B] {
	n := min(len(as), len(bs))
	out := make([]Pair[A, B], n)
	for i := range n {
		out[i] = Pair[A, B]{as[i], bs[i]}
	}
	return out
}

func Unzip[A, B any](ps []Pair[A, B]) ([]A, []B) {
	as, bs := make([]A, len(ps)), make([]B, len(ps))
	for i, p := range ps {
		as[i], bs[i] = p.First, p.Second
	}
	return as, bs
}

func Chunk[T any](xs []T, size int) [][]T {
	var out [][]T
	for size < len(xs) {
		xs, out = xs[size:], append(out, xs[:size:size])
	}
	if len(xs) > 0 {
		out = append(out, xs)
	}
	return out
}

func CountBy[T any, K comparable](xs []T, key func(T) K) map[K]int {
	out := map[K]int{}
	for _, x := range xs {
		out[key(x)]++
	}
	return out
}

func Associate[T any, K comparable, V any](xs []T, kv func(T) (K, V)) map[K]V {
	out := make(map[K]V, len(xs))
	for _, x := range xs {
		k, v := kv(x)
		out[k] = v
	}
	return out
}

func SortedKeys[K cmp.Ordered, V any](m map[K]V) []K {
	return slices.Sorted(maps.Keys(m))
}

type Category string

type Item struct {
	SKU      string
	Cat      Category
	Qty      int
	Price    float64
	Discount bool
}

func main() {
	inv := []Item{
		{"A-100", "tools", 12, 9.99, false}, {"B-220", "garden", 0, 24.50, true},
		{"A-101", "tools", 3, 14.25, true}, {"C-310", "kitchen", 40, 3.75, false},
		{"B-221", "garden", 7, 11.00, false}, {"C-311", "kitchen", 0, 19.99, false},
		{"A-102", "tools", 25, 4.50, false}, {"D-400", "toys", 5, 29.00, true},
	}
	byCat := GroupBy(inv, func(it Item) Category { return it.Cat })
	for _, c := range SortedKeys(byCat) {
		value := 0.0
		var skus []string
		for _, it := range byCat[c] {
			value += float64(it.Qty) * it.Price
			skus = append(skus, it.SKU)
		}
		fmt.Printf("%-8s %d items %v stock value %.2f\n", c, len(byCat[c]), skus, value)
	}
	inStock, out := Partition(inv, func(it Item) bool { return it.Qty > 0 })
	fmt.Println("in stock:", len(inStock), "out of stock:", len(out))
	for _, it := range out {
		fmt.Println("  reorder", it.SKU)
	}
	counts := CountBy(inv, func(it Item) bool { return it.Discount })
	fmt.Println("discounted:", counts[true], "full price:", counts[false])
	priceOf := Associate(inv, func(it Item) (string, float64) { return it.SKU, it.Price })
	fmt.Println("price of C-310:", priceOf["C-310"], "known SKUs:", len(priceOf))

	days := []string{"mon", "tue", "wed", "thu", "fri"}
	visits := []int{120, 98, 143, 110, 201, 999}
	z := Zip(days, visits)
	fmt.Println("zipped:", z)
	d2, v2 := Unzip(z)
	fmt.Println("unzipped:", d2, v2)
	fmt.Println("pair fmt:", Pair[Category, int]{"tools", 3})

	ids := []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11}
	for i, batch := range Chunk(ids, 4) {
		fmt.Printf("batch %d: %v\n", i, batch)
	}
	fmt.Println("chunks of 20:", Chunk(ids, 20), "empty:", len(Chunk([]int{}, 3)))

	letters := GroupBy([]string{"apple", "avocado", "banana", "blueberry", "cherry", "apricot"}, func(s string) byte { return s[0] })
	for _, k := range SortedKeys(letters) {
		fmt.Printf("%c: %v\n", k, letters[k])
	}
}
