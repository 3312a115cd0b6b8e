// Revenue concentration: Gini coefficient, Lorenz curve, Pareto (80/20) and HHI by account.
package main

import (
	"cmp"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
)

type AccountID int64

func (a AccountID) String() string { return fmt.Sprintf("acct-%03d", int64(a)) }

type Account struct {
	ID      AccountID
	Tier    string
	Revenue float64
}

func gini(vals []float64) float64 {
	s := slices.Clone(vals)
	slices.Sort(s)
	n := float64(len(s))
	var cum, total float64
	for i, v := range s {
		cum += float64(i+1) * v
		total += v
	}
	return (2*cum)/(n*total) - (n+1)/n
}

func main() {
	r := rand.New(rand.NewPCG(8, 80))
	var accts []Account
	for i := 0; i < 120; i++ {
		// Pareto-distributed revenue: x_m / U^(1/alpha)
		rev := 1000 / math.Pow(1-r.Float64(), 1/1.3)
		tier := "smb"
		switch {
		case rev > 20000:
			tier = "enterprise"
		case rev > 4000:
			tier = "mid"
		}
		accts = append(accts, Account{AccountID(i + 1), tier, math.Round(rev)})
	}
	slices.SortFunc(accts, func(a, b Account) int { return cmp.Or(cmp.Compare(b.Revenue, a.Revenue), cmp.Compare(a.ID, b.ID)) })
	var total float64
	vals := make([]float64, len(accts))
	for i, a := range accts {
		total += a.Revenue
		vals[i] = a.Revenue
	}
	fmt.Printf("accounts=%d total revenue=%.0f gini=%.4f\n", len(accts), total, gini(vals))
	fmt.Println("top 5 accounts:")
	for _, a := range accts[:5] {
		fmt.Printf("  %v %-10s %10.0f (%.1f%%)\n", a.ID, a.Tier, a.Revenue, 100*a.Revenue/total)
	}

	// Pareto: share of revenue from top X% of accounts.
	fmt.Println("\ntop share of accounts -> share of revenue:")
	for _, pct := range []float64{0.01, 0.05, 0.10, 0.20, 0.50} {
		k := int(math.Ceil(pct * float64(len(accts))))
		s := 0.0
		for _, a := range accts[:k] {
			s += a.Revenue
		}
		fmt.Printf("  top %4.0f%% (%3d accts) -> %5.1f%%\n", pct*100, k, 100*s/total)
	}
	// Accounts needed to reach 80% of revenue.
	cum, need := 0.0, 0
	for i, a := range accts {
		cum += a.Revenue
		if cum >= 0.8*total {
			need = i + 1
			break
		}
	}
	fmt.Printf("80%% of revenue comes from %d accounts (%.1f%%)\n", need, 100*float64(need)/float64(len(accts)))

	// HHI on revenue shares (0..10000).
	hhi := 0.0
	for _, a := range accts {
		s := 100 * a.Revenue / total
		hhi += s * s
	}
	fmt.Printf("HHI=%.1f\n", hhi)

	// Lorenz curve at deciles (ascending order), with ASCII plot.
	asc := slices.Clone(vals)
	slices.Sort(asc)
	fmt.Println("\nLorenz curve (population% -> revenue%):")
	cum = 0
	next := 1
	for i, v := range asc {
		cum += v
		if (i+1)*10 >= next*len(asc) {
			share := cum / total
			fmt.Printf("  %3d%% -> %5.1f%% |%s%s|\n", next*10, 100*share, strings.Repeat("#", int(share*40)), strings.Repeat(" ", 40-int(share*40)))
			next++
		}
	}
	tiers := map[string][]float64{}
	for _, a := range accts {
		tiers[a.Tier] = append(tiers[a.Tier], a.Revenue)
	}
	fmt.Println("\nwithin-tier gini:")
	for _, t := range []string{"enterprise", "mid", "smb"} {
		if len(tiers[t]) > 1 {
			fmt.Printf("  %-10s n=%3d gini=%.3f\n", t, len(tiers[t]), gini(tiers[t]))
		}
	}
}
