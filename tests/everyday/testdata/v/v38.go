package main

import (
	"errors"
	"fmt"
	"maps"
	"slices"
	"time"
)

type Meta struct {
	Seq int
	At  time.Time
	SKU string
}

func (m Meta) Header() string {
	return fmt.Sprintf("#%02d %s %s", m.Seq, m.At.Format("01-02 15:04"), m.SKU)
}

func (m Meta) When() time.Time { return m.At }

type Received struct {
	Meta
	Qty      int
	UnitCost float64
}

type Shipped struct {
	Meta
	Qty   int
	Order string
}

type Adjusted struct {
	Meta
	Delta  int
	Reason string
}

type Event interface {
	Header() string
	When() time.Time
}

type StockLevel struct {
	OnHand, Shipped, Adjust int
	ValueCost               float64
}

var ErrOversell = errors.New("oversell")

func apply(state map[string]*StockLevel, e Event) error {
	switch ev := e.(type) {
	case Received:
		s := get(state, ev.SKU)
		s.OnHand += ev.Qty
		s.ValueCost += float64(ev.Qty) * ev.UnitCost
	case Shipped:
		s := get(state, ev.SKU)
		if ev.Qty > s.OnHand {
			return fmt.Errorf("%s: ship %d with %d on hand: %w", ev.Header(), ev.Qty, s.OnHand, ErrOversell)
		}
		avg := s.ValueCost / float64(s.OnHand)
		s.OnHand -= ev.Qty
		s.ValueCost -= avg * float64(ev.Qty)
		s.Shipped += ev.Qty
	case Adjusted:
		s := get(state, ev.SKU)
		s.OnHand += ev.Delta
		s.Adjust += ev.Delta
	default:
		return fmt.Errorf("unknown event %T", e)
	}
	return nil
}

func get(state map[string]*StockLevel, sku string) *StockLevel {
	if state[sku] == nil {
		state[sku] = &StockLevel{}
	}
	return state[sku]
}

type Bogus struct{ Meta }

func main() {
	t0 := time.Date(2024, 11, 4, 9, 0, 0, 0, time.UTC)
	m := func(seq int, hours int, sku string) Meta {
		return Meta{seq, t0.Add(time.Duration(hours) * time.Hour), sku}
	}
	events := []Event{
		Received{m(1, 0, "KB-01"), 50, 12.0},
		Received{m(2, 1, "MS-02"), 30, 8.5},
		Shipped{m(3, 5, "KB-01"), 20, "SO-100"},
		Received{m(4, 24, "KB-01"), 25, 13.2},
		Shipped{m(5, 26, "MS-02"), 35, "SO-101"},
		Adjusted{m(6, 27, "MS-02"), -2, "damaged"},
		Shipped{m(7, 30, "KB-01"), 40, "SO-102"},
		Bogus{m(8, 31, "XX-00")},
		Shipped{m(9, 48, "MS-02"), 10, "SO-103"},
	}

	state := map[string]*StockLevel{}
	var errs []error
	for _, e := range events {
		if err := apply(state, e); err != nil {
			errs = append(errs, err)
			fmt.Println("REJECT", err)
			continue
		}
		fmt.Printf("apply  %s (%T)\n", e.Header(), e)
	}

	fmt.Println()
	for _, k := range slices.Sorted(maps.Keys(state)) {
		s := state[k]
		avg := 0.0
		if s.OnHand > 0 {
			avg = s.ValueCost / float64(s.OnHand)
		}
		fmt.Printf("%-6s %+v avgcost=%.4f\n", k, *s, avg)
	}
	all := errors.Join(errs...)
	fmt.Printf("\n%d errors, oversell=%t\n", len(errs), errors.Is(all, ErrOversell))

	// replay up to a point in time
	cutoff := t0.Add(25 * time.Hour)
	snap := map[string]*StockLevel{}
	for _, e := range events {
		if e.When().After(cutoff) {
			break
		}
		_ = apply(snap, e)
	}
	fmt.Printf("as of %s: KB-01=%d MS-02=%d\n", cutoff.Format(time.RFC822), snap["KB-01"].OnHand, snap["MS-02"].OnHand)
	fmt.Printf("%+v\n", events[0].(Received))
}
