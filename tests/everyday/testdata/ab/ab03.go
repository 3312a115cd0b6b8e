package main

import (
	"cmp"
	"fmt"
	"os"
	"slices"
	"text/tabwriter"
)

type Customer struct {
	ID      int
	Name    string
	Country string
	Tier    string
}

type Order struct {
	OrderID    int
	CustomerID int
	Amount     float64
	Items      int
}

type Joined struct {
	Order
	Customer
}

var customers = []Customer{
	{1, "Acme Corp", "US", "gold"},
	{2, "Borealis", "CA", "silver"},
	{3, "Cobalt Ltd", "UK", "gold"},
	{4, "Dynamo", "US", "bronze"},
	{5, "Eastwind", "DE", "silver"},
}

var orders = []Order{
	{1001, 1, 250.00, 3},
	{1002, 3, 99.90, 1},
	{1003, 1, 1200.00, 10},
	{1004, 2, 45.50, 2},
	{1005, 7, 300.00, 4}, // unknown customer: dropped by inner join
	{1006, 5, 610.25, 6},
	{1007, 3, 80.00, 1},
	{1008, 4, 15.75, 1},
	{1009, 1, 330.10, 2},
	{1010, 5, 42.00, 1},
}

// InnerJoin builds a hash index on the right side, then probes with the left.
func InnerJoin(ords []Order, cs []Customer) []Joined {
	idx := make(map[int]Customer, len(cs))
	for _, c := range cs {
		idx[c.ID] = c
	}
	var out []Joined
	for _, o := range ords {
		if c, ok := idx[o.CustomerID]; ok {
			out = append(out, Joined{o, c})
		}
	}
	return out
}

type tierStats struct {
	Tier    string
	Orders  int
	Revenue float64
	Items   int
}

func main() {
	j := InnerJoin(orders, customers)
	fmt.Printf("orders=%d customers=%d joined=%d\n\n", len(orders), len(customers), len(j))

	slices.SortFunc(j, func(a, b Joined) int {
		if c := cmp.Compare(a.Country, b.Country); c != 0 {
			return c
		}
		return cmp.Compare(b.Amount, a.Amount)
	})

	tw := tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "order\tcustomer\tcountry\ttier\titems\tamount\t")
	for _, r := range j {
		fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%d\t%.2f\t\n", r.OrderID, r.Name, r.Country, r.Tier, r.Items, r.Amount)
	}
	tw.Flush()

	byTier := map[string]*tierStats{}
	for _, r := range j {
		s := byTier[r.Tier]
		if s == nil {
			s = &tierStats{Tier: r.Tier}
			byTier[r.Tier] = s
		}
		s.Orders++
		s.Revenue += r.Amount
		s.Items += r.Items
	}
	stats := make([]*tierStats, 0, len(byTier))
	for _, s := range byTier {
		stats = append(stats, s)
	}
	slices.SortFunc(stats, func(a, b *tierStats) int { return cmp.Compare(b.Revenue, a.Revenue) })

	fmt.Println("\nrevenue by tier (desc):")
	for _, s := range stats {
		fmt.Printf("  %-7s orders=%d items=%2d revenue=%8.2f avg=%7.2f\n",
			s.Tier, s.Orders, s.Items, s.Revenue, s.Revenue/float64(s.Orders))
	}

	unmatched := 0
	for _, o := range orders {
		if !slices.ContainsFunc(customers, func(c Customer) bool { return c.ID == o.CustomerID }) {
			unmatched++
			fmt.Printf("\nwarning: order %d references unknown customer %d\n", o.OrderID, o.CustomerID)
		}
	}
	fmt.Printf("unmatched orders: %d\n", unmatched)
}
