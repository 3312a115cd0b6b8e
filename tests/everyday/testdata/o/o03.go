package main

import (
	"errors"
	"fmt"
)

type OrderState int

const (
	Draft OrderState = iota
	Submitted
	Paid
	Shipped
	Delivered
	Cancelled
	Refunded
)

var stateNames = [...]string{"Draft", "Submitted", "Paid", "Shipped", "Delivered", "Cancelled", "Refunded"}

func (s OrderState) String() string {
	if int(s) < len(stateNames) && s >= 0 {
		return stateNames[s]
	}
	return fmt.Sprintf("OrderState(%d)", int(s))
}

type Event string

const (
	EvSubmit  Event = "submit"
	EvPay     Event = "pay"
	EvShip    Event = "ship"
	EvDeliver Event = "deliver"
	EvCancel  Event = "cancel"
	EvRefund  Event = "refund"
)

func (e Event) String() string { return "<" + string(e) + ">" }

type transition struct {
	from OrderState
	ev   Event
}

var table = map[transition]OrderState{
	{Draft, EvSubmit}:     Submitted,
	{Submitted, EvPay}:    Paid,
	{Submitted, EvCancel}: Cancelled,
	{Draft, EvCancel}:     Cancelled,
	{Paid, EvShip}:        Shipped,
	{Paid, EvCancel}:      Refunded,
	{Shipped, EvDeliver}:  Delivered,
	{Delivered, EvRefund}: Refunded,
}

type TransitionError struct {
	State OrderState
	Event Event
}

func (e TransitionError) Error() string {
	return fmt.Sprintf("cannot %v while %v", e.Event, e.State)
}

var ErrTerminal = errors.New("order is in a terminal state")

type Order struct {
	ID      int
	State   OrderState
	History []OrderState
}

func (o *Order) Fire(ev Event) error {
	if o.State == Cancelled || o.State == Refunded {
		return fmt.Errorf("order %d: %w (%v)", o.ID, ErrTerminal, o.State)
	}
	next, ok := table[transition{o.State, ev}]
	if !ok {
		return fmt.Errorf("order %d: %w", o.ID, TransitionError{o.State, ev})
	}
	o.History = append(o.History, o.State)
	o.State = next
	return nil
}

func main() {
	scripts := [][]Event{
		{EvSubmit, EvPay, EvShip, EvDeliver},
		{EvSubmit, EvShip, EvPay, EvCancel, EvPay},
		{EvPay, EvSubmit, EvCancel, EvSubmit},
		{EvSubmit, EvPay, EvShip, EvDeliver, EvRefund, EvRefund},
	}
	for i, script := range scripts {
		o := &Order{ID: 100 + i}
		fmt.Printf("order %d starts %v\n", o.ID, o.State)
		for _, ev := range script {
			err := o.Fire(ev)
			var te TransitionError
			switch {
			case err == nil:
				fmt.Printf("  %-10v -> %v\n", ev, o.State)
			case errors.As(err, &te):
				fmt.Printf("  %-10v !! invalid (state=%d %s)\n", ev, int(te.State), te.State)
			case errors.Is(err, ErrTerminal):
				fmt.Printf("  %-10v !! %v\n", ev, err)
			}
		}
		fmt.Printf("  history: %v final=%v\n", o.History, o.State)
	}
	fmt.Println(OrderState(42), Event("x"))
	fmt.Printf("%d %s %q %v\n", Shipped, Shipped, Shipped, []OrderState{Draft, Paid})
}
