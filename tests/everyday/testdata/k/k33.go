package main

import (
	"bufio"
	"fmt"
	"iter"
	"maps"
	"slices"
	"strconv"
	"strings"
)

type Trade struct {
	Symbol string
	Side   string
	Qty    int
	Price  float64
}

const blotter = `AAPL BUY 100 189.50
MSFT BUY 50 415.20
AAPL SELL 40 191.10
TSLA BUY 25 242.00
MSFT SELL 50 418.75
AAPL BUY 10 188.00
TSLA SELL 10 239.40
NVDA BUY 30 880.10`

// Lines yields non-empty lines of s.
func Lines(s string) iter.Seq[string] {
	return func(yield func(string) bool) {
		sc := bufio.NewScanner(strings.NewReader(s))
		for sc.Scan() {
			if line := strings.TrimSpace(sc.Text()); line != "" && !yield(line) {
				return
			}
		}
	}
}

// ParseTrades yields (line number, trade) pairs, skipping unparsable lines.
func ParseTrades(lines iter.Seq[string]) iter.Seq2[int, Trade] {
	return func(yield func(int, Trade) bool) {
		n := 0
		for l := range lines {
			n++
			f := strings.Fields(l)
			qty, err1 := strconv.Atoi(f[2])
			px, err2 := strconv.ParseFloat(f[3], 64)
			if err1 != nil || err2 != nil {
				continue
			}
			if !yield(n, Trade{f[0], f[1], qty, px}) {
				return
			}
		}
	}
}

func Filter[T any](seq iter.Seq[T], keep func(T) bool) iter.Seq[T] {
	return func(yield func(T) bool) {
		for v := range seq {
			if keep(v) && !yield(v) {
				return
			}
		}
	}
}

func Values2[K, V any](seq iter.Seq2[K, V]) iter.Seq[V] {
	return func(yield func(V) bool) {
		for _, v := range seq {
			if !yield(v) {
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
			if i++; i == n {
				return
			}
		}
	}
}

func main() {
	for n, t := range ParseTrades(Lines(blotter)) {
		fmt.Printf("%d: %+v\n", n, t)
	}

	trades := Values2(ParseTrades(Lines(blotter)))
	position := map[string]int{}
	cash := 0.0
	for t := range trades {
		sign := 1
		if t.Side == "SELL" {
			sign = -1
		}
		position[t.Symbol] += sign * t.Qty
		cash -= float64(sign*t.Qty) * t.Price
	}

	fmt.Println("\nPositions:")
	for _, sym := range slices.Sorted(maps.Keys(position)) {
		fmt.Printf("  %-5s %4d\n", sym, position[sym])
	}
	fmt.Printf("Net cash: %.2f\n", cash)

	buys := Filter(trades, func(t Trade) bool { return t.Side == "BUY" })
	big := slices.Collect(Take(Filter(buys, func(t Trade) bool { return float64(t.Qty)*t.Price > 10000 }), 2))
	fmt.Println("\nFirst two buys over $10k notional:")
	for _, t := range big {
		fmt.Printf("  %s %d @ %.2f = %.2f\n", t.Symbol, t.Qty, t.Price, float64(t.Qty)*t.Price)
	}

	flat := slices.Collect(Filter(maps.Keys(position), func(s string) bool { return position[s] == 0 }))
	slices.Sort(flat)
	fmt.Println("Flat symbols:", flat)

	symbols := slices.Sorted(maps.Keys(maps.Collect(func(yield func(string, struct{}) bool) {
		for t := range trades {
			if !yield(t.Symbol, struct{}{}) {
				return
			}
		}
	})))
	fmt.Println("Symbols traded:", strings.Join(symbols, ","))

	var rev []string
	for i, s := range slices.Backward(symbols) {
		rev = append(rev, fmt.Sprintf("%d=%s", i, s))
	}
	fmt.Println("backward:", strings.Join(rev, " "))
	chunks := slices.Collect(slices.Chunk([]int{1, 2, 3, 4, 5, 6, 7}, 3))
	fmt.Println("chunks:", chunks)
}
