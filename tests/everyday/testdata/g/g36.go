// Seeded demand simulation to size safety stock and compare reorder policies.
package main

import (
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
)

type Policy struct {
	Name         string
	ReorderPoint int
	OrderQty     int
}

type Result struct {
	Policy
	FillRate     float64
	StockoutDays int
	AvgOnHand    float64
	Orders       int
}

const (
	days      = 180
	leadTime  = 5
	meanDaily = 40.0
	sdDaily   = 12.0
)

func demandSeries(r *rand.Rand) []int {
	d := make([]int, days)
	for i := range d {
		v := math.Round(meanDaily + sdDaily*r.NormFloat64())
		if i%7 == 5 || i%7 == 6 { // weekends are quieter
			v *= 0.6
		}
		d[i] = max(0, int(v))
	}
	return d
}

func simulate(p Policy, demand []int) Result {
	onHand := p.ReorderPoint + p.OrderQty
	pipeline := map[int]int{} // arrival day -> qty
	onOrder := 0
	var served, wanted, sumOnHand int
	res := Result{Policy: p}
	for day, want := range demand {
		if q, ok := pipeline[day]; ok {
			onHand += q
			onOrder -= q
			delete(pipeline, day)
		}
		ship := min(want, onHand)
		onHand -= ship
		served += ship
		wanted += want
		if ship < want {
			res.StockoutDays++
		}
		if onHand+onOrder <= p.ReorderPoint {
			pipeline[day+leadTime] += p.OrderQty
			onOrder += p.OrderQty
			res.Orders++
		}
		sumOnHand += onHand
	}
	res.FillRate = float64(served) / float64(wanted)
	res.AvgOnHand = float64(sumOnHand) / float64(len(demand))
	return res
}

func main() {
	r := rand.New(rand.NewPCG(1, 2))
	demand := demandSeries(r)

	total := 0
	for _, d := range demand {
		total += d
	}
	avg := float64(total) / days
	var ss float64
	for _, d := range demand {
		ss += (float64(d) - avg) * (float64(d) - avg)
	}
	sd := math.Sqrt(ss / days)
	fmt.Printf("Simulated %d days: total %d, mean %.1f/day, sd %.1f\n", days, total, avg, sd)
	fmt.Printf("First two weeks: %v\n\n", demand[:14])

	var policies []Policy
	for _, z := range []float64{0, 1.0, 1.65, 2.33} {
		safety := int(math.Ceil(z * sd * math.Sqrt(leadTime)))
		rop := int(math.Round(avg*leadTime)) + safety
		policies = append(policies, Policy{fmt.Sprintf("z=%.2f", z), rop, 400})
	}
	policies = append(policies, Policy{"min-max tight", 150, 200})

	var results []Result
	for _, p := range policies {
		results = append(results, simulate(p, demand))
	}
	slices.SortStableFunc(results, func(a, b Result) int {
		switch {
		case a.FillRate > b.FillRate:
			return -1
		case a.FillRate < b.FillRate:
			return 1
		}
		return 0
	})
	fmt.Printf("%-14s %5s %5s %9s %9s %8s %7s\n", "Policy", "ROP", "Qty", "FillRate", "StockOut", "AvgOnHd", "Orders")
	fmt.Println(strings.Repeat("-", 63))
	for _, res := range results {
		fmt.Printf("%-14s %5d %5d %8.2f%% %9d %8.1f %7d\n", res.Name, res.ReorderPoint, res.OrderQty,
			res.FillRate*100, res.StockoutDays, res.AvgOnHand, res.Orders)
	}
}
