// Poisson-based anomaly detection on daily error counts per service.
package main

import (
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"time"
)

type Service string

type DailyCount struct {
	Service Service
	Day     time.Time
	Errors  int
}

// poissonSF returns P(X >= k) for X ~ Poisson(lambda).
func poissonSF(k int, lambda float64) float64 {
	if k <= 0 {
		return 1
	}
	cdf, term := 0.0, math.Exp(-lambda)
	for i := 0; i < k; i++ {
		cdf += term
		term *= lambda / float64(i+1)
	}
	return math.Max(0, 1-cdf)
}

// samplePoisson with Knuth's algorithm (fine for small lambda).
func samplePoisson(r *rand.Rand, lambda float64) int {
	l, k, p := math.Exp(-lambda), 0, 1.0
	for {
		p *= r.Float64()
		if p <= l {
			return k
		}
		k++
	}
}

func main() {
	r := rand.New(rand.NewPCG(555, 1))
	start := time.Date(2024, time.September, 1, 0, 0, 0, 0, time.UTC)
	base := map[Service]float64{"api": 12, "auth": 3, "billing": 1.5, "search": 7}
	svcs := make([]Service, 0, len(base))
	for s := range base {
		svcs = append(svcs, s)
	}
	slices.Sort(svcs)
	var data []DailyCount
	for d := 0; d < 35; d++ {
		day := start.AddDate(0, 0, d)
		for _, s := range svcs {
			lam := base[s]
			if day.Weekday() == time.Saturday || day.Weekday() == time.Sunday {
				lam *= 0.6
			}
			n := samplePoisson(r, lam)
			switch {
			case s == "auth" && d == 24:
				n += 11
			case s == "billing" && d == 31:
				n += 7
			case s == "api" && d >= 28 && d <= 30:
				n += 16
			}
			data = append(data, DailyCount{s, day, n})
		}
	}
	const trainDays, alpha = 21, 0.002
	bySvc := map[Service][]DailyCount{}
	for _, c := range data {
		bySvc[c.Service] = append(bySvc[c.Service], c)
	}
	fmt.Printf("services=%v days=%d baseline=first %d days alpha=%g\n\n", svcs, 35, trainDays, alpha)
	for _, s := range svcs {
		series := bySvc[s]
		// Baseline rate separately for weekdays and weekends using a trailing window.
		fmt.Printf("[%s]\n", s)
		found := 0
		for i := trainDays; i < len(series); i++ {
			c := series[i]
			weekend := c.Day.Weekday() == time.Saturday || c.Day.Weekday() == time.Sunday
			var sum, n float64
			for j := i - trainDays; j < i; j++ {
				wd := series[j].Day.Weekday()
				if (wd == time.Saturday || wd == time.Sunday) == weekend {
					sum += float64(series[j].Errors)
					n++
				}
			}
			lam := sum / n
			p := poissonSF(c.Errors, lam)
			if p < alpha {
				found++
				fmt.Printf("  ANOMALY %s %-9s errors=%2d expected=%5.2f p=%.2e\n", c.Day.Format("01-02"), c.Day.Weekday(), c.Errors, lam, p)
			}
		}
		var total int
		for _, c := range series {
			total += c.Errors
		}
		fmt.Printf("  total=%d mean/day=%.2f anomalies=%d\n", total, float64(total)/float64(len(series)), found)
	}
	// Sanity: analytic tail probabilities.
	fmt.Println("\nP(X>=k | lambda=3):")
	for _, k := range []int{3, 6, 9, 12, 14} {
		fmt.Printf("  k=%2d %.6f\n", k, poissonSF(k, 3))
	}
}
