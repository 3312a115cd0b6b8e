// Purchase order approval workflow as a state machine with amount-based approval chain.
package main

import (
	"errors"
	"fmt"
	"strings"
)

type State int

const (
	Draft State = iota
	Submitted
	Approved
	Rejected
	Ordered
	Received
	Closed
)

var stateNames = map[State]string{
	Draft: "DRAFT", Submitted: "SUBMITTED", Approved: "APPROVED", Rejected: "REJECTED",
	Ordered: "ORDERED", Received: "RECEIVED", Closed: "CLOSED",
}

func (s State) String() string { return stateNames[s] }

var transitions = map[State][]State{
	Draft:     {Submitted},
	Submitted: {Approved, Rejected},
	Rejected:  {Draft},
	Approved:  {Ordered},
	Ordered:   {Received},
	Received:  {Closed},
}

type TransitionError struct{ From, To State }

func (e TransitionError) Error() string {
	return fmt.Sprintf("illegal transition %v -> %v", e.From, e.To)
}

var ErrApprover = errors.New("approver lacks authority")

type Role struct {
	Name  string
	Limit int64
}

type PO struct {
	Number  string
	Amount  int64
	State   State
	History []string
}

func (po *PO) move(to State, actor string) error {
	for _, ok := range transitions[po.State] {
		if ok == to {
			po.History = append(po.History, fmt.Sprintf("%v->%v by %s", po.State, to, actor))
			po.State = to
			return nil
		}
	}
	return fmt.Errorf("%s: %w", po.Number, TransitionError{po.State, to})
}

func (po *PO) Approve(r Role) error {
	if po.Amount > r.Limit {
		return fmt.Errorf("%s: %s limit %d < %d: %w", po.Number, r.Name, r.Limit, po.Amount, ErrApprover)
	}
	return po.move(Approved, r.Name)
}

func main() {
	manager := Role{"manager", 10_000}
	director := Role{"director", 50_000}
	cfo := Role{"cfo", 1_000_000}

	type step struct {
		desc string
		do   func(*PO) error
	}
	by := func(actor string, to State) func(*PO) error {
		return func(p *PO) error { return p.move(to, actor) }
	}
	approve := func(r Role) func(*PO) error { return func(p *PO) error { return p.Approve(r) } }

	scenarios := []struct {
		po    *PO
		steps []step
	}{
		{&PO{Number: "PO-7001", Amount: 4_200}, []step{
			{"submit", by("requester", Submitted)}, {"approve", approve(manager)},
			{"order", by("buyer", Ordered)}, {"receive", by("dock", Received)}, {"close", by("ap", Closed)},
		}},
		{&PO{Number: "PO-7002", Amount: 36_500}, []step{
			{"submit", by("requester", Submitted)}, {"approve", approve(manager)},
			{"approve", approve(director)}, {"receive", by("dock", Received)}, {"order", by("buyer", Ordered)},
		}},
		{&PO{Number: "PO-7003", Amount: 220_000}, []step{
			{"order", by("buyer", Ordered)}, {"submit", by("requester", Submitted)},
			{"reject", by("cfo", Rejected)}, {"revise", by("requester", Draft)},
			{"submit", by("requester", Submitted)}, {"approve", approve(cfo)},
		}},
	}
	for _, sc := range scenarios {
		po := sc.po
		fmt.Printf("%s (%d) starts %v\n", po.Number, po.Amount, po.State)
		for _, st := range sc.steps {
			err := st.do(po)
			var te TransitionError
			switch {
			case err == nil:
				fmt.Printf("  %-8s ok     -> %v\n", st.desc, po.State)
			case errors.As(err, &te):
				fmt.Printf("  %-8s BLOCK  %v (allowed from %v: %v)\n", st.desc, err, te.From, transitions[te.From])
			case errors.Is(err, ErrApprover):
				fmt.Printf("  %-8s ESCAL  %v\n", st.desc, err)
			}
		}
		fmt.Printf("  final %v; audit: %s\n\n", po.State, strings.Join(po.History, " | "))
	}
}
