package main

import (
	"cmp"
	"fmt"
	"slices"
)

type Side int

const (
	Buy Side = iota
	Sell
)

func (s Side) String() string {
	if s == Buy {
		return "BUY"
	}
	return "SELL"
}

type Order struct {
	ID    int
	Side  Side
	Price int
	Qty   int
}

type Trade struct {
	BuyID, SellID int
	Price, Qty    int
}

type OrderBook struct {
	bids, asks []Order
	trades     []Trade
	nextID     int
}

func (ob *OrderBook) Submit(side Side, price, qty int) int {
	ob.nextID++
	o := Order{ob.nextID, side, price, qty}
	if side == Buy {
		for o.Qty > 0 && len(ob.asks) > 0 && ob.asks[0].Price <= o.Price {
			ob.fill(&o, &ob.asks[0])
			if ob.asks[0].Qty == 0 {
				ob.asks = ob.asks[1:]
			}
		}
	} else {
		for o.Qty > 0 && len(ob.bids) > 0 && ob.bids[0].Price >= o.Price {
			ob.fill(&ob.bids[0], &o)
			if ob.bids[0].Qty == 0 {
				ob.bids = ob.bids[1:]
			}
		}
	}
	if o.Qty > 0 {
		ob.rest(o)
	}
	return o.ID
}

func (ob *OrderBook) fill(buy, sell *Order) {
	qty := min(buy.Qty, sell.Qty)
	price := sell.Price
	if buy.ID < sell.ID {
		price = buy.Price
	}
	buy.Qty -= qty
	sell.Qty -= qty
	ob.trades = append(ob.trades, Trade{buy.ID, sell.ID, price, qty})
}

func (ob *OrderBook) rest(o Order) {
	if o.Side == Buy {
		ob.bids = append(ob.bids, o)
		slices.SortStableFunc(ob.bids, func(a, b Order) int { return cmp.Compare(b.Price, a.Price) })
	} else {
		ob.asks = append(ob.asks, o)
		slices.SortStableFunc(ob.asks, func(a, b Order) int { return cmp.Compare(a.Price, b.Price) })
	}
}

func (ob OrderBook) Spread() (int, bool) {
	if len(ob.bids) == 0 || len(ob.asks) == 0 {
		return 0, false
	}
	return ob.asks[0].Price - ob.bids[0].Price, true
}

func main() {
	var ob OrderBook
	orders := []struct {
		side       Side
		price, qty int
	}{
		{Sell, 101, 10}, {Sell, 103, 5}, {Buy, 99, 8}, {Buy, 100, 4},
		{Sell, 102, 7}, {Buy, 102, 12}, {Sell, 98, 10}, {Buy, 105, 3},
	}
	for _, o := range orders {
		id := ob.Submit(o.side, o.price, o.qty)
		sp, ok := ob.Spread()
		fmt.Printf("#%d %-4v %3d x%-2d spread=%d(%t) trades=%d\n", id, o.side, o.price, o.qty, sp, ok, len(ob.trades))
	}
	fmt.Println("bids:")
	for _, b := range ob.bids {
		fmt.Printf("  %+v\n", b)
	}
	fmt.Println("asks:")
	for _, a := range ob.asks {
		fmt.Printf("  %+v\n", a)
	}
	volume, notional := 0, 0
	for _, t := range ob.trades {
		fmt.Printf("trade %v\n", t)
		volume += t.Qty
		notional += t.Qty * t.Price
	}
	fmt.Printf("volume=%d vwap=%.3f\n", volume, float64(notional)/float64(volume))
	best := slices.MaxFunc(ob.trades, func(a, b Trade) int { return cmp.Compare(a.Qty, b.Qty) })
	fmt.Printf("largest: %#v\n", best)
}
