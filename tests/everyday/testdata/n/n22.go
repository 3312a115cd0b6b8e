// RFM segmentation: recency, frequency, monetary quintile scores from transactions.
package main

import (
	"cmp"
	"fmt"
	"slices"
	"time"
)

type CustomerID int64

func (c CustomerID) String() string { return fmt.Sprintf("C%03d", int64(c)) }

type Cents int64

func (c Cents) String() string { return fmt.Sprintf("%d.%02d", c/100, c%100) }

type Txn struct {
	Customer CustomerID
	At       time.Time
	Amount   Cents
}

type RFM struct {
	ID        CustomerID
	Recency   int // days since last purchase
	Frequency int
	Monetary  Cents
	R, F, M   int
}

func (r RFM) Segment() string {
	switch {
	case r.R >= 4 && r.F >= 4 && r.M >= 4:
		return "champion"
	case r.R >= 3 && r.F >= 3:
		return "loyal"
	case r.R >= 4 && r.F <= 2:
		return "new/promising"
	case r.R <= 2 && r.F >= 3:
		return "at-risk"
	case r.R <= 2 && r.F <= 2:
		return "hibernating"
	default:
		return "needs-attention"
	}
}

// scoreQuintile assigns 1..5 by rank; higherBetter flips the direction.
func scoreQuintile[T cmp.Ordered](rows []RFM, get func(RFM) T, set func(*RFM, int), higherBetter bool) {
	idx := make([]int, len(rows))
	for i := range idx {
		idx[i] = i
	}
	slices.SortStableFunc(idx, func(a, b int) int {
		c := cmp.Compare(get(rows[a]), get(rows[b]))
		if !higherBetter {
			c = -c
		}
		return cmp.Or(c, cmp.Compare(rows[a].ID, rows[b].ID))
	})
	for rank, i := range idx {
		set(&rows[i], 1+rank*5/len(rows))
	}
}

func main() {
	asOf := time.Date(2024, time.October, 1, 0, 0, 0, 0, time.UTC)
	var txns []Txn
	for c := 1; c <= 25; c++ {
		n := 1 + (c*7)%9
		for k := 0; k < n; k++ {
			daysAgo := (c*13+k*29)%300 + 1
			amt := Cents(1500 + (c*k*991+c*37)%12000)
			txns = append(txns, Txn{CustomerID(c), asOf.AddDate(0, 0, -daysAgo), amt})
		}
	}
	byC := map[CustomerID]*RFM{}
	for _, t := range txns {
		r := byC[t.Customer]
		if r == nil {
			r = &RFM{ID: t.Customer, Recency: 1 << 30}
			byC[t.Customer] = r
		}
		days := int(asOf.Sub(t.At).Hours() / 24)
		r.Recency = min(r.Recency, days)
		r.Frequency++
		r.Monetary += t.Amount
	}
	rows := make([]RFM, 0, len(byC))
	for _, r := range byC {
		rows = append(rows, *r)
	}
	slices.SortFunc(rows, func(a, b RFM) int { return cmp.Compare(a.ID, b.ID) })
	scoreQuintile(rows, func(r RFM) int { return r.Recency }, func(r *RFM, s int) { r.R = s }, false)
	scoreQuintile(rows, func(r RFM) int { return r.Frequency }, func(r *RFM, s int) { r.F = s }, true)
	scoreQuintile(rows, func(r RFM) Cents { return r.Monetary }, func(r *RFM, s int) { r.M = s }, true)

	fmt.Printf("as of %s: %d transactions, %d customers\n\n", asOf.Format(time.DateOnly), len(txns), len(rows))
	fmt.Println("cust  rec  freq  monetary  RFM  segment")
	slices.SortFunc(rows, func(a, b RFM) int {
		return cmp.Or(cmp.Compare(b.R+b.F+b.M, a.R+a.F+a.M), cmp.Compare(a.ID, b.ID))
	})
	for _, r := range rows {
		fmt.Printf("%v  %3d  %4d  %8v  %d%d%d  %s\n", r.ID, r.Recency, r.Frequency, r.Monetary, r.R, r.F, r.M, r.Segment())
	}
	seg := map[string][]CustomerID{}
	for _, r := range rows {
		seg[r.Segment()] = append(seg[r.Segment()], r.ID)
	}
	names := make([]string, 0, len(seg))
	for k := range seg {
		names = append(names, k)
	}
	slices.Sort(names)
	fmt.Println("\nsegment sizes:")
	for _, n := range names {
		fmt.Printf("  %-16s %2d %v\n", n, len(seg[n]), seg[n])
	}
}
