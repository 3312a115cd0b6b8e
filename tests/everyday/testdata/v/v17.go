package main

import (
	"cmp"
	"fmt"
	"slices"
	"time"
)

type Base struct {
	ID        int
	CreatedAt time.Time
}

func (b Base) Age(now time.Time) time.Duration { return now.Sub(b.CreatedAt) }

func (b Base) Key() string { return fmt.Sprintf("#%04d", b.ID) }

type Customer struct {
	Base
	Name    string
	Country string
}

type Invoice struct {
	Base
	CustomerID int
	Amount     float64
	Paid       bool
}

type Ticket struct {
	Base
	CustomerID int
	Priority   int
	Subject    string
}

func (t Ticket) Key() string { return "T" + t.Base.Key() }

type Keyed interface{ Key() string }

func day(d int) time.Time { return time.Date(2024, 5, d, 12, 0, 0, 0, time.UTC) }

func main() {
	now := time.Date(2024, 6, 1, 0, 0, 0, 0, time.UTC)
	customers := []Customer{
		{Base{1, day(1)}, "Ada", "UK"},
		{Base{2, day(3)}, "Grace", "US"},
		{Base{3, day(10)}, "Linus", "FI"},
	}
	invoices := []Invoice{
		{Base{100, day(2)}, 1, 250.0, true},
		{Base{101, day(5)}, 2, 99.5, false},
		{Base{102, day(6)}, 1, 410.0, false},
		{Base{103, day(12)}, 3, 75.25, true},
		{Base{104, day(20)}, 2, 180.0, true},
	}
	tickets := []Ticket{
		{Base{7, day(8)}, 2, 1, "billing question"},
		{Base{8, day(15)}, 1, 3, "outage"},
		{Base{9, day(16)}, 1, 2, "feature request"},
	}

	for _, c := range customers {
		fmt.Printf("%s %-6s %s age=%v (%.1f days)\n", c.Key(), c.Name, c.Country, c.Age(now), c.Age(now).Hours()/24)
	}

	// join invoices to customers by id
	byID := make(map[int]Customer, len(customers))
	for _, c := range customers {
		byID[c.ID] = c
	}
	type owed struct {
		Name   string
		Unpaid float64
		Count  int
	}
	agg := map[int]*owed{}
	for _, inv := range invoices {
		c, ok := byID[inv.CustomerID]
		if !ok {
			continue
		}
		o := agg[c.ID]
		if o == nil {
			o = &owed{Name: c.Name}
			agg[c.ID] = o
		}
		o.Count++
		if !inv.Paid {
			o.Unpaid += inv.Amount
		}
	}
	for _, id := range []int{1, 2, 3} {
		fmt.Printf("customer %d: %+v\n", id, *agg[id])
	}

	// heterogeneous keyed records
	var all []Keyed
	for _, c := range customers {
		all = append(all, c)
	}
	for _, t := range tickets {
		all = append(all, t)
	}
	all = append(all, invoices[0])
	for _, k := range all {
		fmt.Printf("%-7s %T\n", k.Key(), k)
	}

	slices.SortFunc(tickets, func(a, b Ticket) int {
		return cmp.Or(-cmp.Compare(a.Priority, b.Priority), a.CreatedAt.Compare(b.CreatedAt))
	})
	for _, t := range tickets {
		c := byID[t.CustomerID]
		fmt.Printf("P%d %-16q by %s opened %s\n", t.Priority, t.Subject, c.Name, t.CreatedAt.Format("Jan 02"))
	}
	inv := invoices[1]
	inv.ID = 999
	fmt.Printf("%+v\n", inv)
	fmt.Println(invoices[1].Base.ID, inv.Base.Key())
}
