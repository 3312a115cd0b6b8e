package main

import (
	"cmp"
	"fmt"
	"slices"
)

type User struct {
	ID   int
	Name string
	Plan string
}

type Order struct {
	OrderID int
	UserID  int
	Total   float64
}

type Joined struct {
	User
	Orders []Order
}

func (j Joined) Spend() float64 {
	var s float64
	for _, o := range j.Orders {
		s += o.Total
	}
	return s
}

type PlanPrice struct {
	Plan    string
	Monthly float64
}

func main() {
	users := []User{{1, "ann", "pro"}, {2, "ben", "free"}, {3, "cat", "pro"}, {4, "dov", "team"}, {5, "eli", "free"}}
	orders := []Order{
		{1001, 1, 40}, {1002, 3, 15.5}, {1003, 1, 22.25}, {1004, 9, 99}, {1005, 4, 120}, {1006, 3, 7.75}, {1007, 8, 5},
	}
	prices := []PlanPrice{{"free", 0}, {"pro", 12}, {"team", 45}}

	ordersByUser := map[int][]Order{}
	for _, o := range orders {
		ordersByUser[o.UserID] = append(ordersByUser[o.UserID], o)
	}
	userIDs := map[int]bool{}
	for _, u := range users {
		userIDs[u.ID] = true
	}

	fmt.Println("INNER JOIN users x orders:")
	for _, u := range users {
		for _, o := range ordersByUser[u.ID] {
			fmt.Printf("  %-4s order=%d total=%7.2f\n", u.Name, o.OrderID, o.Total)
		}
	}

	fmt.Println("LEFT JOIN (aggregated):")
	var left []Joined
	for _, u := range users {
		left = append(left, Joined{User: u, Orders: ordersByUser[u.ID]})
	}
	slices.SortFunc(left, func(a, b Joined) int {
		return cmp.Or(cmp.Compare(b.Spend(), a.Spend()), cmp.Compare(a.ID, b.ID))
	})
	for _, j := range left {
		fmt.Printf("  %-4s plan=%-4s orders=%d spend=%7.2f nil=%t\n", j.Name, j.Plan, len(j.Orders), j.Spend(), j.Orders == nil)
	}

	fmt.Println("ANTI JOIN (orders with unknown user):")
	for _, o := range orders {
		if !userIDs[o.UserID] {
			fmt.Printf("  %+v\n", o)
		}
	}

	fmt.Println("SEMI JOIN (users with orders):")
	var buyers []string
	for _, u := range users {
		if _, ok := ordersByUser[u.ID]; ok {
			buyers = append(buyers, u.Name)
		}
	}
	fmt.Println(" ", buyers)

	// lookup join for MRR
	priceOf := make(map[string]float64, len(prices))
	for _, p := range prices {
		priceOf[p.Plan] = p.Monthly
	}
	mrr := map[string]float64{}
	for _, u := range users {
		mrr[u.Plan] += priceOf[u.Plan]
	}
	fmt.Println("MRR by plan:", mrr)

	// full outer join by key on two maps
	a := map[string]int{"x": 1, "y": 2, "z": 3}
	b := map[string]int{"y": 20, "z": 30, "w": 40}
	keys := []string{}
	for k := range a {
		keys = append(keys, k)
	}
	for k := range b {
		if _, ok := a[k]; !ok {
			keys = append(keys, k)
		}
	}
	slices.Sort(keys)
	for _, k := range keys {
		av, aok := a[k]
		bv, bok := b[k]
		fmt.Printf("  %s left=%-5v right=%v\n", k, fmtOpt(av, aok), fmtOpt(bv, bok))
	}
}

func fmtOpt(v int, ok bool) string {
	if !ok {
		return "NULL"
	}
	return fmt.Sprint(v)
}
