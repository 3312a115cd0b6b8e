package main

import (
	"fmt"
	"math/rand/v2"
	"strings"
)

// Discrete-event simulation of a single-server queue (M/M/1-like) and a multi-teller comparison.

type Customer struct {
	ID      int
	Arrival float64
	Service float64
}

type Stats struct {
	Served    int
	TotalWait float64
	MaxWait   float64
	Busy      float64
	MaxQueue  int
}

func (s Stats) String() string {
	return fmt.Sprintf("served=%d avgWait=%.3f maxWait=%.3f util=%.3f",
		s.Served, s.TotalWait/float64(s.Served), s.MaxWait, s.Busy)
}

func generate(r *rand.Rand, n int, lambda, mu float64) []Customer {
	cs := make([]Customer, n)
	t := 0.0
	for i := range cs {
		t += r.ExpFloat64() / lambda
		cs[i] = Customer{i, t, r.ExpFloat64() / mu}
	}
	return cs
}

func simulate(cs []Customer, servers int) Stats {
	free := make([]float64, servers)
	var st Stats
	var end float64
	var busy float64
	for _, c := range cs {
		k := 0
		for i := range free {
			if free[i] < free[k] {
				k = i
			}
		}
		start := max(c.Arrival, free[k])
		wait := start - c.Arrival
		free[k] = start + c.Service
		busy += c.Service
		end = max(end, free[k])
		st.Served++
		st.TotalWait += wait
		st.MaxWait = max(st.MaxWait, wait)
	}
	st.Busy = busy / (end * float64(servers))
	return st
}

func main() {
	r := rand.New(rand.NewPCG(11, 13))
	fmt.Println("Single server, mu=1.0:")
	fmt.Printf("%6s %10s %12s %s\n", "rho", "theoryWq", "", "simulation")
	for _, lambda := range []float64{0.5, 0.7, 0.8, 0.9} {
		cs := generate(r, 4000, lambda, 1.0)
		st := simulate(cs, 1)
		rho := lambda / 1.0
		wq := rho / (1 - rho)
		fmt.Printf("%6.2f %10.3f %12s %v\n", rho, wq, "", st)
	}

	fmt.Println("\nBank with lambda=2.5, mu=1.0, varying tellers:")
	cs := generate(r, 3000, 2.5, 1.0)
	for tellers := 3; tellers <= 6; tellers++ {
		st := simulate(cs, tellers)
		bar := strings.Repeat("#", int(st.TotalWait/float64(st.Served)*20))
		fmt.Printf("  tellers=%d avgWait=%7.4f %s\n", tellers, st.TotalWait/float64(st.Served), bar)
	}

	fmt.Println("\nFirst customers:")
	for _, c := range cs[:5] {
		fmt.Printf("  #%d arrives %.3f needs %.3f\n", c.ID, c.Arrival, c.Service)
	}
}
