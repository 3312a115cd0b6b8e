// q26: select over multiple done channels: a health-check supervisor with deterministic shutdown.
package main

import (
	"fmt"
	"slices"
	"sync"
)

type Probe struct {
	Name     string
	FailAt   int // check number at which this probe reports unhealthy (0 = never)
	Interval int
}

type Report struct {
	Probe   string
	Check   int
	Healthy bool
}

// runProbe performs checks driven by ticks from the supervisor rather than wall-clock time.
func runProbe(p Probe, ticks <-chan int, stop <-chan struct{}, reports chan<- Report, unhealthy chan<- string) {
	for {
		select {
		case <-stop:
			return
		case t, ok := <-ticks:
			if !ok {
				return
			}
			if t%p.Interval != 0 {
				reports <- Report{p.Name, t, true}
				continue
			}
			healthy := p.FailAt == 0 || t < p.FailAt
			reports <- Report{p.Name, t, healthy}
			if !healthy {
				select {
				case unhealthy <- p.Name:
				case <-stop:
				}
				return
			}
		}
	}
}

func main() {
	probes := []Probe{
		{"postgres", 0, 2},
		{"redis", 7, 1},
		{"kafka", 0, 3},
		{"s3", 12, 4},
	}
	stop := make(chan struct{})
	unhealthy := make(chan string)
	reports := make(chan Report)
	tickChans := make([]chan int, len(probes))
	var wg sync.WaitGroup
	for i, p := range probes {
		tickChans[i] = make(chan int)
		wg.Go(func() { runProbe(p, tickChans[i], stop, reports, unhealthy) })
	}

	var log []Report
	var firstFailure string
	alive := slices.Repeat([]bool{true}, len(probes))
	// Supervisor: broadcast each tick to every live probe, then collect one report from each.
tickLoop:
	for tick := 1; tick <= 20; tick++ {
		for i, ch := range tickChans {
			if alive[i] {
				ch <- tick
			}
		}
		pending := 0
		for _, a := range alive {
			if a {
				pending++
			}
		}
		for pending > 0 {
			r := <-reports
			log = append(log, r)
			pending--
			if !r.Healthy {
				firstFailure = <-unhealthy
				for i, p := range probes {
					if p.Name == r.Probe {
						alive[i] = false
					}
				}
			}
		}
		if firstFailure != "" {
			fmt.Printf("tick %d: %s unhealthy, shutting down\n", tick, firstFailure)
			break tickLoop
		}
	}
	close(stop)
	wg.Wait()

	slices.SortFunc(log, func(a, b Report) int {
		if a.Check != b.Check {
			return a.Check - b.Check
		}
		return slices.IndexFunc(probes, func(p Probe) bool { return p.Name == a.Probe }) -
			slices.IndexFunc(probes, func(p Probe) bool { return p.Name == b.Probe })
	})
	for _, r := range log {
		if r.Check >= 5 {
			fmt.Printf("check %2d %-8s healthy=%v\n", r.Check, r.Probe, r.Healthy)
		}
	}
	fmt.Println("reports collected:", len(log))
	fmt.Println("first failure:", firstFailure)
}
