package main

import (
	"cmp"
	"fmt"
	"os"
	"slices"
	"text/tabwriter"
	"time"
)

type Customer struct {
	ID      int
	Name    string
	Country string
}

type Order struct {
	ID         int
	CustomerID int
	Date       time.Time
	Amount     float64
}

func d(m time.Month, day int) time.Time { return time.Date(2024, m, day, 9, 0, 0, 0, time.UTC) }

func main() {
	customers := []Customer{
		{1, "Acme", "US"}, {2, "Globex", "DE"}, {3, "Initech", "US"}, {4, "Umbrella", "UK"}, {5, "Hooli", "US"},
	}
	orders := []Order{
		{100, 1, d(1, 5), 250}, {101, 2, d(1, 17), 1200.5}, {102, 1, d(2, 2), 75.25},
		{103, 3, d(2, 14), 430}, {104, 2, d(2, 28), 980}, {105, 1, d(3, 3), 310},
		{106, 4, d(3, 9), 45.5}, {107, 3, d(3, 21), 660}, {108, 9, d(3, 30), 99},
	}

	byID := make(map[int]Customer, len(customers))
	for _, c := range customers {
		byID[c.ID] = c
	}

	type Joined struct {
		Order
		Customer
		Matched bool
	}
	var joined []Joined
	for _, o := range orders {
		c, ok := byID[o.CustomerID]
		joined = append(joined, Joined{o, c, ok})
	}
	orphans := 0
	for _, j := range joined {
		if !j.Matched {
			orphans++
			fmt.Printf("orphan order %d (customer %d)\n", j.Order.ID, j.CustomerID)
		}
	}

	type key struct {
		Month   time.Month
		Country string
	}
	agg := map[key]float64{}
	for _, j := range joined {
		if !j.Matched {
			continue
		}
		agg[key{j.Date.Month(), j.Country}] += j.Amount
	}
	keys := make([]key, 0, len(agg))
	for k := range agg {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b key) int {
		return cmp.Or(cmp.Compare(a.Month, b.Month), cmp.Compare(a.Country, b.Country))
	})
	tw := tabwriter.NewWriter(os.Stdout, 0, 4, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "month\tcountry\tamount\t")
	for _, k := range keys {
		fmt.Fprintf(tw, "%s\t%s\t%.2f\t\n", k.Month.String()[:3], k.Country, agg[k])
	}
	tw.Flush()

	// customers without orders (anti-join)
	hasOrder := map[int]bool{}
	for _, o := range orders {
		hasOrder[o.CustomerID] = true
	}
	for _, c := range customers {
		if !hasOrder[c.ID] {
			fmt.Println("no orders:", c.Name)
		}
	}

	// lifetime value ranking
	ltv := map[int]float64{}
	for _, j := range joined {
		if j.Matched {
			ltv[j.Customer.ID] += j.Amount
		}
	}
	ranked := slices.Clone(customers)
	slices.SortStableFunc(ranked, func(a, b Customer) int { return cmp.Compare(ltv[b.ID], ltv[a.ID]) })
	for i, c := range ranked {
		fmt.Printf("%d. %-9s %-3s %9.2f\n", i+1, c.Name, c.Country, ltv[c.ID])
	}

	first := slices.MinFunc(orders, func(a, b Order) int { return a.Date.Compare(b.Date) })
	last := slices.MaxFunc(orders, func(a, b Order) int { return a.Date.Compare(b.Date) })
	span := last.Date.Sub(first.Date)
	fmt.Printf("span: %v (%.0f days), orphans=%d\n", span, span.Hours()/24, orphans)
}
