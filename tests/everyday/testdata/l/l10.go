package main

import (
	"errors"
	"fmt"
)

type OrderState int

const (
	Pending OrderState = iota
	Paid
	Shipped
	Delivered
	Cancelled
	Refunded
)

var stateNames = [...]string{"Pending", "Paid", "Shipped", "Delivered", "Cancelled", "Refunded"}

func (s OrderState) String() string {
	if int(s) < len(stateNames) {
		return stateNames[s]
	}
	return fmt.Sprintf("OrderState(%d)", int(s))
}

type Event string

const (
	Pay     Event = "pay"
	Ship    Event = "ship"
	Deliver Event = "deliver"
	Cancel  Event = "cancel"
	Refund  Event = "refund"
)

type transitionKey struct {
	from OrderState
	ev   Event
}

var transitions = map[transitionKey]OrderState{
	{Pending, Pay}:      Paid,
	{Pending, Cancel}:   Cancelled,
	{Paid, Ship}:        Shipped,
	{Paid, Cancel}:      Refunded,
	{Shipped, Deliver}:  Delivered,
	{Delivered, Refund}: Refunded,
}

type TransitionError struct {
	From  OrderState
	Event Event
}

func (e *TransitionError) Error() string {
	return fmt.Sprintf("cannot %s order in state %v", e.Event, e.From)
}

type Order struct {
	ID      string
	State   OrderState
	History []OrderState
}

func (o *Order) Fire(ev Event) error {
	next, ok := transitions[transitionKey{o.State, ev}]
	if !ok {
		return &TransitionError{o.State, ev}
	}
	o.History = append(o.History, o.State)
	o.State = next
	return nil
}

func (o *Order) Terminal() bool {
	for k := range transitions {
		if k.from == o.State {
			return false
		}
	}
	return true
}

func main() {
	scenarios := map[string][]Event{
		"A-100": {Pay, Ship, Deliver},
		"A-101": {Pay, Cancel, Ship},
		"A-102": {Ship, Pay, Ship, Deliver, Refund},
		"A-103": {Cancel, Pay},
	}
	for _, id := range []string{"A-100", "A-101", "A-102", "A-103"} {
		o := &Order{ID: id}
		fmt.Printf("order %s\n", id)
		for _, ev := range scenarios[id] {
			before := o.State
			if err := o.Fire(ev); err != nil {
				var te *TransitionError
				if errors.As(err, &te) {
					fmt.Printf("  %-8s rejected: %v\n", ev, err)
				}
				continue
			}
			fmt.Printf("  %-8s %v -> %v\n", ev, before, o.State)
		}
		fmt.Printf("  final=%v terminal=%t history=%v\n", o.State, o.Terminal(), o.History)
	}
	fmt.Println("unknown state prints as:", OrderState(42))
}
