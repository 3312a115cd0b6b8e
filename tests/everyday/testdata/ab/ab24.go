package main

import (
	"fmt"
	"sort"
	"time"
)

type Quote struct {
	Symbol   string
	At       time.Time
	Bid, Ask float64
}

type Trade struct {
	Symbol string
	At     time.Time
	Price  float64
	Qty    int
}

type Enriched struct {
	Trade
	Quote   *Quote // nil when no prior quote within tolerance
	Lag     time.Duration
	SlipBps float64
}

var t0 = time.Date(2024, 3, 15, 9, 30, 0, 0, time.UTC)

func at(sec int) time.Time { return t0.Add(time.Duration(sec) * time.Second) }

var quotes = []Quote{
	{"AAPL", at(0), 171.10, 171.14}, {"MSFT", at(1), 415.20, 415.30},
	{"AAPL", at(4), 171.12, 171.16}, {"MSFT", at(6), 415.25, 415.33},
	{"AAPL", at(9), 171.20, 171.23}, {"AAPL", at(15), 171.18, 171.22},
	{"MSFT", at(17), 415.10, 415.22}, {"AAPL", at(22), 171.30, 171.35},
	{"MSFT", at(40), 415.40, 415.48},
}

var trades = []Trade{
	{"AAPL", at(2), 171.14, 100}, {"MSFT", at(3), 415.30, 50},
	{"AAPL", at(9), 171.21, 200}, {"AAPL", at(12), 171.25, 75},
	{"MSFT", at(20), 415.18, 120}, {"AAPL", at(21), 171.20, 300},
	{"MSFT", at(35), 415.35, 40}, {"AAPL", at(50), 171.40, 60},
	{"GOOG", at(5), 141.00, 10},
}

// MergeAsOf attaches the latest quote at or before each trade (by symbol), within tolerance.
// Equivalent to pd.merge_asof(trades, quotes, on="time", by="symbol", tolerance=...).
func MergeAsOf(ts []Trade, qs []Quote, tol time.Duration) []Enriched {
	bySym := map[string][]Quote{}
	for _, q := range qs {
		bySym[q.Symbol] = append(bySym[q.Symbol], q)
	}
	for _, list := range bySym {
		sort.Slice(list, func(i, j int) bool { return list[i].At.Before(list[j].At) })
	}
	out := make([]Enriched, 0, len(ts))
	for _, t := range ts {
		e := Enriched{Trade: t}
		list := bySym[t.Symbol]
		// first quote strictly after trade time, then step back one
		i := sort.Search(len(list), func(i int) bool { return list[i].At.After(t.At) }) - 1
		if i >= 0 && t.At.Sub(list[i].At) <= tol {
			q := list[i]
			e.Quote = &q
			e.Lag = t.At.Sub(q.At)
			mid := (q.Bid + q.Ask) / 2
			e.SlipBps = (t.Price - mid) / mid * 1e4
		}
		out = append(out, e)
	}
	return out
}

func main() {
	sorted := append([]Trade(nil), trades...)
	sort.SliceStable(sorted, func(i, j int) bool { return sorted[i].At.Before(sorted[j].At) })
	res := MergeAsOf(sorted, quotes, 10*time.Second)

	fmt.Printf("%-8s %-4s %7s %4s %7s %7s %5s %8s\n", "time", "sym", "price", "qty", "bid", "ask", "lag", "slip_bp")
	type agg struct {
		qty       int
		slipQty   float64
		matched   int
		unmatched int
	}
	stats := map[string]*agg{}
	for _, e := range res {
		if stats[e.Symbol] == nil {
			stats[e.Symbol] = &agg{}
		}
		s := stats[e.Symbol]
		if e.Quote == nil {
			s.unmatched++
			fmt.Printf("%-8s %-4s %7.2f %4d %7s %7s %5s %8s\n", e.At.Format("15:04:05"), e.Symbol, e.Price, e.Qty, "NaN", "NaN", "-", "NaN")
			continue
		}
		s.matched++
		s.qty += e.Qty
		s.slipQty += e.SlipBps * float64(e.Qty)
		fmt.Printf("%-8s %-4s %7.2f %4d %7.2f %7.2f %5s %+8.2f\n", e.At.Format("15:04:05"), e.Symbol, e.Price, e.Qty,
			e.Quote.Bid, e.Quote.Ask, e.Lag, e.SlipBps)
	}

	syms := make([]string, 0, len(stats))
	for s := range stats {
		syms = append(syms, s)
	}
	sort.Strings(syms)
	fmt.Println("\nqty-weighted slippage by symbol:")
	for _, sym := range syms {
		s := stats[sym]
		if s.qty == 0 {
			fmt.Printf("  %-4s matched=%d unmatched=%d slip=NaN\n", sym, s.matched, s.unmatched)
			continue
		}
		fmt.Printf("  %-4s matched=%d unmatched=%d qty=%d slip=%+.3f bp\n", sym, s.matched, s.unmatched, s.qty, s.slipQty/float64(s.qty))
	}
}
