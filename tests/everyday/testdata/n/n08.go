// Joins of two slices of structs: inner, left, and anti join with hash maps.
package main

import (
	"cmp"
	"fmt"
	"os"
	"slices"
	"text/tabwriter"
)

type UserID int64

type User struct {
	ID      UserID
	Name    string
	Country string
	Plan    string
}

type Payment struct {
	TxID   string
	User   UserID
	Amount float64
	Month  int
}

type Joined struct {
	User    User
	Payment *Payment
}

func main() {
	users := []User{
		{1, "ada", "UK", "pro"}, {2, "brian", "US", "free"}, {3, "chen", "CN", "pro"},
		{4, "dara", "IE", "team"}, {5, "eli", "US", "free"}, {6, "fatima", "AE", "team"},
		{7, "gus", "DE", "pro"}, {8, "hana", "JP", "free"},
	}
	payments := []Payment{
		{"t01", 1, 29.0, 1}, {"t02", 1, 29.0, 2}, {"t03", 3, 29.0, 1}, {"t04", 4, 99.0, 1},
		{"t05", 4, 99.0, 2}, {"t06", 6, 99.0, 2}, {"t07", 7, 29.0, 1}, {"t08", 7, 29.0, 2},
		{"t09", 7, 35.0, 3}, {"t10", 9, 15.0, 1}, {"t11", 3, 29.0, 3}, {"t12", 10, 15.0, 2},
	}
	// Build hash index on the right side.
	idx := map[UserID][]Payment{}
	for _, p := range payments {
		idx[p.User] = append(idx[p.User], p)
	}
	userIdx := map[UserID]User{}
	for _, u := range users {
		userIdx[u.ID] = u
	}

	// Inner join.
	var inner []Joined
	for _, u := range users {
		for _, p := range idx[u.ID] {
			inner = append(inner, Joined{u, &p})
		}
	}
	w := tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintln(w, "INNER\tuser\tcountry\tplan\ttx\tmonth\tamount")
	for _, j := range inner {
		fmt.Fprintf(w, "\t%s\t%s\t%s\t%s\t%d\t%7.2f\n", j.User.Name, j.User.Country, j.User.Plan, j.Payment.TxID, j.Payment.Month, j.Payment.Amount)
	}
	w.Flush()

	// Left join aggregated: every user with total paid (0 if none).
	type row struct {
		Name  string
		Plan  string
		Count int
		Total float64
	}
	var left []row
	for _, u := range users {
		r := row{Name: u.Name, Plan: u.Plan}
		for _, p := range idx[u.ID] {
			r.Count++
			r.Total += p.Amount
		}
		left = append(left, r)
	}
	slices.SortFunc(left, func(a, b row) int {
		return cmp.Or(cmp.Compare(b.Total, a.Total), cmp.Compare(a.Name, b.Name))
	})
	fmt.Println("\nLEFT JOIN (aggregated):")
	for _, r := range left {
		fmt.Printf("  %-7s %-5s n=%d total=%7.2f\n", r.Name, r.Plan, r.Count, r.Total)
	}

	// Anti joins both directions.
	fmt.Println("\nusers with no payments:")
	for _, u := range users {
		if _, ok := idx[u.ID]; !ok {
			fmt.Printf("  %+v\n", u)
		}
	}
	fmt.Println("orphan payments (unknown user):")
	for _, p := range payments {
		if _, ok := userIdx[p.User]; !ok {
			fmt.Printf("  %+v\n", p)
		}
	}

	// Revenue by plan via join.
	byPlan := map[string]float64{}
	for _, j := range inner {
		byPlan[j.User.Plan] += j.Payment.Amount
	}
	plans := make([]string, 0, len(byPlan))
	for k := range byPlan {
		plans = append(plans, k)
	}
	slices.Sort(plans)
	fmt.Println("revenue by plan:")
	for _, p := range plans {
		fmt.Printf("  %-5s %8.2f\n", p, byPlan[p])
	}
}
