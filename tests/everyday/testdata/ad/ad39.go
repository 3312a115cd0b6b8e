// Tee / broadcast: one stream of trades duplicated to several independent analytics consumers.
package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type Trade struct {
	Seq    int
	Symbol string
	Qty    int
	Price  int // cents
}

// tee copies every value from in to each of n outputs, preserving order on each output.
func tee(in <-chan Trade, n int) []<-chan Trade {
	outs := make([]chan Trade, n)
	ro := make([]<-chan Trade, n)
	for i := range outs {
		outs[i] = make(chan Trade, 2)
		ro[i] = outs[i]
	}
	go func() {
		defer func() {
			for _, o := range outs {
				close(o)
			}
		}()
		for t := range in {
			for _, o := range outs {
				o <- t
			}
		}
	}()
	return ro
}

func feed(trades []Trade) <-chan Trade {
	ch := make(chan Trade)
	go func() {
		defer close(ch)
		for _, t := range trades {
			ch <- t
		}
	}()
	return ch
}

func main() {
	syms := []string{"ACME", "BOLT", "CORE", "DYNA"}
	var trades []Trade
	for i := 0; i < 30; i++ {
		trades = append(trades, Trade{
			Seq:    i + 1,
			Symbol: syms[(i*i+i/3)%len(syms)],
			Qty:    10 * (1 + (i*7)%9),
			Price:  10_000 + ((i*389)%700 - 350),
		})
	}
	outs := tee(feed(trades), 3)

	var wg sync.WaitGroup
	var volume map[string]int
	var vwap map[string][2]int // notional, qty
	var bigTrades []string
	var lastSeqOK bool

	wg.Add(3)
	go func() { // consumer 1: volume per symbol
		defer wg.Done()
		v := map[string]int{}
		for t := range outs[0] {
			v[t.Symbol] += t.Qty
		}
		volume = v
	}()
	go func() { // consumer 2: VWAP inputs; also checks ordering
		defer wg.Done()
		m := map[string][2]int{}
		prev, ok := 0, true
		for t := range outs[1] {
			a := m[t.Symbol]
			m[t.Symbol] = [2]int{a[0] + t.Qty*t.Price, a[1] + t.Qty}
			if t.Seq != prev+1 {
				ok = false
			}
			prev = t.Seq
		}
		vwap, lastSeqOK = m, ok
	}()
	go func() { // consumer 3: large-trade alerts in stream order
		defer wg.Done()
		for t := range outs[2] {
			if t.Qty*t.Price >= 700_000 {
				bigTrades = append(bigTrades, fmt.Sprintf("#%02d %s %dx$%d.%02d", t.Seq, t.Symbol, t.Qty, t.Price/100, t.Price%100))
			}
		}
	}()
	wg.Wait()

	fmt.Printf("%-5s %7s %12s\n", "sym", "volume", "vwap")
	keys := make([]string, 0, len(volume))
	for k := range volume {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		a := vwap[k]
		avg := a[0] / a[1]
		fmt.Printf("%-5s %7d %9d.%02d\n", k, volume[k], avg/100, avg%100)
	}
	fmt.Println("stream order preserved on tee output:", lastSeqOK)
	fmt.Printf("large trades (%d):\n", len(bigTrades))
	for _, b := range bigTrades {
		fmt.Println("  " + b)
	}
	fmt.Println(strings.Repeat("=", 28))
}
