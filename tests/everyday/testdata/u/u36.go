package main

import (
	"cmp"
	"fmt"
	"maps"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
)

type Sample struct {
	Route   string
	Status  int
	Latency float64 // milliseconds
}

type Summary struct {
	Count         int
	Errors        int
	Min, Max      float64
	Mean, StdDev  float64
	P50, P95, P99 float64
}

func percentile(sorted []float64, p float64) float64 {
	if len(sorted) == 0 {
		return math.NaN()
	}
	rank := p / 100 * float64(len(sorted)-1)
	lo, hi := int(math.Floor(rank)), int(math.Ceil(rank))
	frac := rank - float64(lo)
	return sorted[lo] + (sorted[hi]-sorted[lo])*frac
}

func summarize(samples []Sample) Summary {
	lat := make([]float64, 0, len(samples))
	s := Summary{Count: len(samples)}
	sum := 0.0
	for _, x := range samples {
		lat = append(lat, x.Latency)
		sum += x.Latency
		if x.Status >= 500 {
			s.Errors++
		}
	}
	slices.Sort(lat)
	s.Min, s.Max = lat[0], lat[len(lat)-1]
	s.Mean = sum / float64(len(lat))
	for _, v := range lat {
		s.StdDev += (v - s.Mean) * (v - s.Mean)
	}
	s.StdDev = math.Sqrt(s.StdDev / float64(len(lat)))
	s.P50, s.P95, s.P99 = percentile(lat, 50), percentile(lat, 95), percentile(lat, 99)
	return s
}

func histogram(samples []Sample, bounds []float64) []int {
	counts := make([]int, len(bounds)+1)
	for _, s := range samples {
		i, _ := slices.BinarySearch(bounds, s.Latency)
		counts[i]++
	}
	return counts
}

func main() {
	rng := rand.New(rand.NewPCG(3, 5))
	routes := []string{"/api/users", "/api/orders", "/healthz"}
	var samples []Sample
	for range 300 {
		r := routes[rng.IntN(len(routes))]
		base := map[string]float64{"/api/users": 40, "/api/orders": 120, "/healthz": 2}[r]
		lat := base * (0.5 + rng.ExpFloat64())
		status := 200
		if rng.Float64() < 0.04 {
			status = 503
		}
		samples = append(samples, Sample{r, status, math.Round(lat*100) / 100})
	}

	byRoute := map[string][]Sample{}
	for _, s := range samples {
		byRoute[s.Route] = append(byRoute[s.Route], s)
	}
	keys := slices.Sorted(maps.Keys(byRoute))

	fmt.Printf("%-12s %5s %4s %8s %8s %8s %8s %8s\n", "route", "n", "err", "mean", "p50", "p95", "p99", "max")
	for _, k := range keys {
		s := summarize(byRoute[k])
		fmt.Printf("%-12s %5d %4d %8.2f %8.2f %8.2f %8.2f %8.2f\n", k, s.Count, s.Errors, s.Mean, s.P50, s.P95, s.P99, s.Max)
	}
	all := summarize(samples)
	fmt.Printf("overall: n=%d errors=%d min=%.2f max=%.2f mean=%.3f stddev=%.3f\n", all.Count, all.Errors, all.Min, all.Max, all.Mean, all.StdDev)
	fmt.Printf("%+v\n", Summary{Count: 2, Min: 1.5, Max: 3, P99: 2.97})
	errRate := float64(all.Errors) / float64(all.Count) * 100
	fmt.Printf("error rate %.2f%% (SLO 99.0%% %s)\n", errRate, map[bool]string{true: "met", false: "violated"}[errRate < 1])

	bounds := []float64{5, 25, 50, 100, 250, 500}
	hist := histogram(samples, bounds)
	for i, c := range hist {
		label := fmt.Sprintf("<=%g", bounds[min(i, len(bounds)-1)])
		if i == len(bounds) {
			label = fmt.Sprintf(">%g", bounds[len(bounds)-1])
		}
		fmt.Printf("%7s %3d %s\n", label, c, strings.Repeat("#", c/4))
	}

	slowest := slices.MaxFunc(samples, func(a, b Sample) int { return cmp.Compare(a.Latency, b.Latency) })
	fmt.Printf("slowest: %+v\n", slowest)
	fmt.Println(percentile([]float64{1, 2, 3, 4}, 50), math.IsNaN(percentile(nil, 50)))
}
