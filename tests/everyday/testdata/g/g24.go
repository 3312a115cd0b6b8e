// Tiered sales commission with quota attainment, accelerators and a clawback.
package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

type Tier struct {
	UpTo float64 // attainment ceiling as a fraction of quota; 0 = unbounded
	Rate float64
}

var plan = []Tier{{0.5, 0.04}, {1.0, 0.08}, {1.5, 0.12}, {0, 0.15}}

type Deal struct {
	Rep     string
	Account string
	Amount  int64 // dollars
	Churned bool  // customer cancelled within 90 days -> clawback
}

type Rep struct {
	Name   string
	Region string
	Quota  int64
}

type Payout struct {
	Rep        Rep
	Booked     int64
	ByTier     []float64
	Clawback   float64
	Commission float64
}

func (p Payout) Attainment() float64 { return float64(p.Booked) / float64(p.Rep.Quota) }

func compute(rep Rep, deals []Deal) Payout {
	p := Payout{Rep: rep, ByTier: make([]float64, len(plan))}
	for _, d := range deals {
		if d.Churned {
			p.Clawback += float64(d.Amount) * plan[0].Rate
			continue
		}
		p.Booked += d.Amount
	}
	remaining := float64(p.Booked)
	floor := 0.0
	for i, t := range plan {
		if remaining <= 0 {
			break
		}
		span := remaining
		if t.UpTo > 0 {
			span = min(remaining, (t.UpTo-floor)*float64(rep.Quota))
			floor = t.UpTo
		}
		p.ByTier[i] = span * t.Rate
		remaining -= span
	}
	for _, v := range p.ByTier {
		p.Commission += v
	}
	p.Commission -= p.Clawback
	return p
}

func main() {
	reps := []Rep{
		{"Avery", "West", 400000}, {"Blake", "East", 350000},
		{"Casey", "West", 500000}, {"Drew", "Central", 300000},
	}
	deals := []Deal{
		{"Avery", "Pinecone", 120000, false}, {"Avery", "Quartz", 210000, false}, {"Avery", "Riverbend", 95000, false},
		{"Blake", "Summit", 80000, false}, {"Blake", "Tidewater", 60000, true},
		{"Casey", "Umbra", 300000, false}, {"Casey", "Vertex", 280000, false}, {"Casey", "Willow", 250000, false},
		{"Drew", "Xenon", 150000, false}, {"Drew", "Yarrow", 45000, false},
	}
	byRep := map[string][]Deal{}
	for _, d := range deals {
		byRep[d.Rep] = append(byRep[d.Rep], d)
	}
	var payouts []Payout
	for _, r := range reps {
		payouts = append(payouts, compute(r, byRep[r.Name]))
	}
	slices.SortFunc(payouts, func(a, b Payout) int {
		return cmp.Compare(b.Attainment(), a.Attainment())
	})
	hdr := fmt.Sprintf("%-6s %-8s %9s %8s %7s", "Rep", "Region", "Booked", "Quota", "Attain")
	for i := range plan {
		hdr += fmt.Sprintf(" %8s", fmt.Sprintf("T%d", i+1))
	}
	hdr += fmt.Sprintf(" %8s %10s", "Claw", "Payout")
	fmt.Println(hdr)
	fmt.Println(strings.Repeat("-", len(hdr)))
	var total float64
	for _, p := range payouts {
		fmt.Printf("%-6s %-8s %9d %8d %6.1f%%", p.Rep.Name, p.Rep.Region, p.Booked, p.Rep.Quota, p.Attainment()*100)
		for _, v := range p.ByTier {
			fmt.Printf(" %8.2f", v)
		}
		claw := 0.0
		if p.Clawback != 0 {
			claw = -p.Clawback
		}
		fmt.Printf(" %8.2f %10.2f\n", claw, p.Commission)
		total += p.Commission
	}
	fmt.Printf("%*s\n", len(hdr), fmt.Sprintf("Total commissions: %.2f", total))
	clubbers := []string{}
	for _, p := range payouts {
		if p.Attainment() >= 1.0 {
			clubbers = append(clubbers, p.Rep.Name)
		}
	}
	fmt.Println("President's Club:", strings.Join(clubbers, ", "))
}
