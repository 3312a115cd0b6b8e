// Simulate a coffee shop queue with a seeded math/rand/v2 generator.
package main

import (
	"cmp"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
)

type Drink struct {
	Name     string
	PrepSecs int
	Weight   int // relative popularity
}

var menu = []Drink{
	{"espresso", 40, 5},
	{"latte", 90, 8},
	{"cappuccino", 85, 6},
	{"cold brew", 20, 3},
	{"mocha", 110, 2},
}

type Customer struct {
	ID      int
	Arrive  float64
	Drink   Drink
	Start   float64
	Done    float64
	Barista int
}

func (c Customer) Wait() float64 { return c.Start - c.Arrive }

func pickDrink(r *rand.Rand) Drink {
	total := 0
	for _, d := range menu {
		total += d.Weight
	}
	n := r.IntN(total)
	for _, d := range menu {
		if n < d.Weight {
			return d
		}
		n -= d.Weight
	}
	return menu[len(menu)-1]
}

func simulate(seed1, seed2 uint64, customers, baristas int, meanGap float64) []Customer {
	r := rand.New(rand.NewPCG(seed1, seed2))
	free := make([]float64, baristas) // time each barista becomes free
	out := make([]Customer, 0, customers)
	t := 0.0
	for id := range customers {
		t += r.ExpFloat64() * meanGap
		c := Customer{ID: id + 1, Arrive: t, Drink: pickDrink(r)}
		b := slices.Index(free, slices.Min(free))
		c.Barista = b + 1
		c.Start = max(t, free[b])
		jitter := 0.8 + 0.4*r.Float64()
		c.Done = c.Start + float64(c.Drink.PrepSecs)*jitter
		free[b] = c.Done
		out = append(out, c)
	}
	return out
}

type summary struct {
	avgWait, p90Wait, maxWait float64
	makespan                  float64
}

func summarise(cs []Customer) summary {
	waits := make([]float64, len(cs))
	var s summary
	for i, c := range cs {
		waits[i] = c.Wait()
		s.avgWait += c.Wait()
		s.makespan = max(s.makespan, c.Done)
	}
	s.avgWait /= float64(len(cs))
	slices.Sort(waits)
	s.p90Wait = waits[int(math.Ceil(0.9*float64(len(waits))))-1]
	s.maxWait = waits[len(waits)-1]
	return s
}

func main() {
	cs := simulate(1, 2, 12, 2, 45)
	fmt.Println(" id  arrive drink       barista  start   done   wait")
	for _, c := range cs {
		fmt.Printf("%3d %7.1f %-11s %4d %8.1f %6.1f %6.1f\n",
			c.ID, c.Arrive, c.Drink.Name, c.Barista, c.Start, c.Done, c.Wait())
	}
	s := summarise(cs)
	fmt.Printf("avg wait %.1fs, p90 %.1fs, max %.1fs, last drink at %.0fs\n\n", s.avgWait, s.p90Wait, s.maxWait, s.makespan)

	fmt.Println("staffing study (200 customers, mean gap 30s):")
	for baristas := 1; baristas <= 4; baristas++ {
		s := summarise(simulate(1, 2, 200, baristas, 30))
		bar := strings.Repeat("#", min(40, int(s.avgWait/10)))
		fmt.Printf("  %d barista(s): avg %7.1fs p90 %7.1fs %s\n", baristas, s.avgWait, s.p90Wait, bar)
	}

	// Drink popularity from a large sample, compared with the configured weights.
	counts := map[string]int{}
	big := simulate(1, 2, 5000, 3, 30)
	for _, c := range big {
		counts[c.Drink.Name]++
	}
	byCount := slices.Clone(menu)
	slices.SortFunc(byCount, func(a, b Drink) int { return cmp.Compare(counts[b.Name], counts[a.Name]) })
	fmt.Println("\nobserved popularity over 5000 orders:")
	for _, d := range byCount {
		fmt.Printf("  %-11s %5d (%.1f%%, expected %.1f%%)\n", d.Name, counts[d.Name],
			100*float64(counts[d.Name])/5000, 100*float64(d.Weight)/24)
	}

	// Same seed, same story; a different seed changes it.
	a := summarise(simulate(1, 2, 50, 2, 40))
	b := summarise(simulate(1, 2, 50, 2, 40))
	c := summarise(simulate(7, 9, 50, 2, 40))
	fmt.Printf("\nreproducible: %v, different seed differs: %v\n", a == b, a != c)

	// Shuffle a raffle among loyalty members with the same generator type.
	r := rand.New(rand.NewPCG(1, 2))
	members := []string{"ana", "bo", "cy", "dev", "eun", "fin", "gia", "hal"}
	r.Shuffle(len(members), func(i, j int) { members[i], members[j] = members[j], members[i] })
	fmt.Println("raffle order:", members)
	fmt.Println("winning ticket:", r.IntN(1000), "bonus perm:", r.Perm(5))
}
