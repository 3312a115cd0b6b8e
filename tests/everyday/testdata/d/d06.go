package main

import (
	"errors"
	"fmt"
)

var ErrIllegalTransition = errors.New("illegal transition")

// OrderState is implemented by every state in the order workflow.
type OrderState interface {
	Name() string
	Pay(o *Order, amount float64) error
	Ship(o *Order, tracking string) error
	Deliver(o *Order) error
	Cancel(o *Order, reason string) error
}

// baseState rejects everything; concrete states embed it and override what they allow.
type baseState struct{ name string }

func (b baseState) Name() string { return b.name }
func (b baseState) reject(action string) error {
	return fmt.Errorf("%w: cannot %s while %s", ErrIllegalTransition, action, b.name)
}
func (b baseState) Pay(*Order, float64) error   { return b.reject("pay") }
func (b baseState) Ship(*Order, string) error   { return b.reject("ship") }
func (b baseState) Deliver(*Order) error        { return b.reject("deliver") }
func (b baseState) Cancel(*Order, string) error { return b.reject("cancel") }

type pending struct{ baseState }
type paid struct{ baseState }
type shipped struct{ baseState }
type delivered struct{ baseState }
type cancelled struct{ baseState }

var (
	Pending   OrderState = pending{baseState{"pending"}}
	Paid      OrderState = paid{baseState{"paid"}}
	Shipped   OrderState = shipped{baseState{"shipped"}}
	Delivered OrderState = delivered{baseState{"delivered"}}
	Cancelled OrderState = cancelled{baseState{"cancelled"}}
)

func (pending) Pay(o *Order, amount float64) error {
	if amount < o.Total {
		return fmt.Errorf("payment of %.2f is less than total %.2f", amount, o.Total)
	}
	o.Paid = amount
	o.transition(Paid, fmt.Sprintf("paid %.2f", amount))
	return nil
}

func (pending) Cancel(o *Order, reason string) error {
	o.transition(Cancelled, "cancelled: "+reason)
	return nil
}

func (paid) Ship(o *Order, tracking string) error {
	if tracking == "" {
		return errors.New("tracking number required")
	}
	o.Tracking = tracking
	o.transition(Shipped, "shipped via "+tracking)
	return nil
}

func (paid) Cancel(o *Order, reason string) error {
	refund := o.Paid
	o.Paid = 0
	o.transition(Cancelled, fmt.Sprintf("cancelled (%s), refunded %.2f", reason, refund))
	return nil
}

func (shipped) Deliver(o *Order) error {
	o.transition(Delivered, "delivered")
	return nil
}

type Order struct {
	ID       string
	Total    float64
	Paid     float64
	Tracking string
	state    OrderState
	history  []string
}

func NewOrder(id string, total float64) *Order {
	return &Order{ID: id, Total: total, state: Pending}
}

func (o *Order) transition(next OrderState, note string) {
	o.history = append(o.history, fmt.Sprintf("%s -> %s: %s", o.state.Name(), next.Name(), note))
	o.state = next
}

func (o *Order) State() string { return o.state.Name() }

type step struct {
	label string
	do    func(*Order) error
}

func run(o *Order, steps []step) {
	fmt.Printf("== order %s (total %.2f)\n", o.ID, o.Total)
	for _, s := range steps {
		err := s.do(o)
		switch {
		case errors.Is(err, ErrIllegalTransition):
			fmt.Printf("  %-18s REJECTED  %v\n", s.label, err)
		case err != nil:
			fmt.Printf("  %-18s FAILED    %v\n", s.label, err)
		default:
			fmt.Printf("  %-18s ok        now %s\n", s.label, o.State())
		}
	}
	fmt.Println("  history:")
	for _, h := range o.history {
		fmt.Println("    " + h)
	}
}

func pay(a float64) step {
	return step{fmt.Sprintf("pay %.2f", a), func(o *Order) error { return o.state.Pay(o, a) }}
}
func ship(t string) step {
	return step{"ship " + t, func(o *Order) error { return o.state.Ship(o, t) }}
}
func deliver() step { return step{"deliver", func(o *Order) error { return o.state.Deliver(o) }} }
func cancel(r string) step {
	return step{"cancel", func(o *Order) error { return o.state.Cancel(o, r) }}
}

func main() {
	run(NewOrder("A-100", 59.90), []step{
		ship("TRK1"), pay(50), pay(59.90), ship(""), ship("TRK-8812"), cancel("changed mind"), deliver(), deliver(),
	})
	run(NewOrder("A-101", 15.00), []step{
		pay(20), cancel("duplicate order"), pay(15), ship("TRK-0001"),
	})
	run(NewOrder("A-102", 120.00), []step{
		cancel("out of stock"), cancel("again"),
	})
}
