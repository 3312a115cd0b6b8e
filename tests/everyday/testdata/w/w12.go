package main

import (
	"errors"
	"fmt"
	"strings"
)

type State int

const (
	Created State = iota
	Paid
	Shipped
	Delivered
	Cancelled
	Refunded
)

var stateNames = [...]string{"Created", "Paid", "Shipped", "Delivered", "Cancelled", "Refunded"}

func (s State) String() string {
	if int(s) < len(stateNames) {
		return stateNames[s]
	}
	return fmt.Sprintf("State(%d)", int(s))
}

type Event string

const Pay, Ship, Deliver, Cancel, Refund Event = "pay", "ship", "deliver", "cancel", "refund"

var transitions = map[State]map[Event]State{
	Created:   {Pay: Paid, Cancel: Cancelled},
	Paid:      {Ship: Shipped, Cancel: Refunded},
	Shipped:   {Deliver: Delivered},
	Delivered: {Refund: Refunded},
}

var ErrInvalid = errors.New("invalid transition")

type Order struct {
	ID    string
	State State
	Log   []string
}

func (o *Order) Apply(e Event) error {
	next, ok := transitions[o.State][e]
	if !ok {
		return fmt.Errorf("order %s: %v --%s--> ?: %w", o.ID, o.State, e, ErrInvalid)
	}
	o.Log = append(o.Log, fmt.Sprintf("%v->%v", o.State, next))
	o.State = next
	return nil
}

type Perm uint8

const (
	Read Perm = 1 << iota
	Write
	Exec
	Admin
)

func (p Perm) String() string {
	if p == 0 {
		return "none"
	}
	var parts []string
	for i, name := range []string{"read", "write", "exec", "admin"} {
		if p&(1<<i) != 0 {
			parts = append(parts, name)
		}
	}
	return strings.Join(parts, "+")
}

type ByteSize float64

const (
	_           = iota
	KB ByteSize = 1 << (10 * iota)
	MB
	GB
)

func (b ByteSize) String() string {
	units, i := []string{"B", "KB", "MB", "GB"}, 0
	for ; b >= KB && i < len(units)-1; i++ {
		b /= KB
	}
	return fmt.Sprintf("%.2f%s", float64(b), units[i])
}

func main() {
	scripts := map[string][]Event{"A1": {Pay, Ship, Deliver}, "B2": {Pay, Cancel}, "C3": {Ship},
		"D4": {Pay, Ship, Deliver, Refund, Pay}}
	for _, id := range []string{"A1", "B2", "C3", "D4"} {
		o := &Order{ID: id}
		for _, e := range scripts[id] {
			if err := o.Apply(e); err != nil {
				fmt.Println("  error:", err, errors.Is(err, ErrInvalid))
				break
			}
		}
		fmt.Printf("%s final=%v log=%v\n", o.ID, o.State, o.Log)
	}
	fmt.Println(State(9), Delivered, fmt.Sprintf("%d %v %q", Shipped, Shipped, Shipped))
	var p Perm = Read | Exec
	fmt.Println(p, p|Write, p&^Read, Perm(0), Admin, uint8(Admin))
	fmt.Printf("%04b %v\n", p, p&Write == 0)
	for _, sz := range []ByteSize{512, 2048, 5.5 * MB, 3 * GB, KB} {
		fmt.Print(sz, " ")
	}
	fmt.Println()
}
