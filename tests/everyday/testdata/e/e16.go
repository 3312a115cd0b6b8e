package main

import (
	"fmt"
	"strings"
)

// A four-stage "beer game" supply chain with integer state.
type Stage struct {
	Name      string
	Inventory int
	Backlog   int
	Incoming  []int // shipments in transit, index 0 arrives next week
	LastOrder int
	Cost      int
	policy    OrderPolicy
}

type OrderPolicy interface {
	Order(s *Stage, demand int) int
	Name() string
}

// PassThrough orders exactly what was demanded.
type PassThrough struct{}

func (PassThrough) Order(_ *Stage, demand int) int { return demand }
func (PassThrough) Name() string                   { return "pass-through" }

// BaseStock orders up to a target inventory position.
type BaseStock struct{ Target int }

func (b BaseStock) Order(s *Stage, demand int) int {
	pos := s.Inventory - s.Backlog
	for _, q := range s.Incoming {
		pos += q
	}
	return max(0, b.Target-pos+demand)
}
func (b BaseStock) Name() string { return fmt.Sprintf("base-stock(%d)", b.Target) }

// Panicky over-orders when backlog appears.
type Panicky struct{}

func (Panicky) Order(s *Stage, demand int) int {
	if s.Backlog > 0 {
		return demand + 2*s.Backlog
	}
	return demand
}
func (Panicky) Name() string { return "panicky" }

func (s *Stage) receive() {
	s.Inventory += s.Incoming[0]
	s.Incoming = append(s.Incoming[1:], 0)
}

// fill ships as much of demand+backlog as possible; returns shipped amount.
func (s *Stage) fill(demand int) int {
	want := demand + s.Backlog
	ship := min(want, s.Inventory)
	s.Inventory -= ship
	s.Backlog = want - ship
	s.Cost += s.Inventory*1 + s.Backlog*2
	return ship
}

func simulate(policy OrderPolicy, weeks int, show bool) {
	names := []string{"retailer", "wholesale", "distrib", "factory"}
	chain := make([]*Stage, len(names))
	for i, n := range names {
		chain[i] = &Stage{Name: n, Inventory: 8, Incoming: []int{4, 4, 4}, LastOrder: 4, policy: policy}
	}
	var orders [][]int
	for week := 1; week <= weeks; week++ {
		customer := 4
		if week >= 5 {
			customer = 10
		}
		demand := customer
		row := []int{customer}
		for i, s := range chain {
			s.receive()
			shipped := s.fill(demand)
			if i > 0 {
				chain[i-1].Incoming[len(chain[i-1].Incoming)-1] += shipped
			}
			s.LastOrder = s.policy.Order(s, demand)
			demand = s.LastOrder
			row = append(row, s.LastOrder)
		}
		// factory brews its own order with a 3-week delay
		chain[len(chain)-1].Incoming[len(chain[len(chain)-1].Incoming)-1] += demand
		orders = append(orders, row)
	}
	total := 0
	for _, s := range chain {
		total += s.Cost
	}
	fmt.Printf("== policy %s: total cost %d\n", policy.Name(), total)
	if show {
		fmt.Printf("%4s %4s %s\n", "week", "cust", strings.Join(names, " "))
		for w, row := range orders {
			if w%3 == 0 || w == len(orders)-1 {
				fmt.Printf("%4d %4d %8d %9d %7d %7d\n", w+1, row[0], row[1], row[2], row[3], row[4])
			}
		}
	}
	for _, s := range chain {
		fmt.Printf("   %-9s inv=%5d backlog=%3d cost=%6d\n", s.Name, s.Inventory, s.Backlog, s.Cost)
	}
}

func main() {
	for _, p := range []OrderPolicy{PassThrough{}, BaseStock{Target: 20}, Panicky{}} {
		simulate(p, 30, p.Name() == "panicky")
	}
}
