package main

import (
	"fmt"
	"math"
	"strings"
)

// Populations of prey (rabbits) and predators (foxes).
type Pop struct{ Prey, Pred float64 }

func (p Pop) add(q Pop, s float64) Pop { return Pop{p.Prey + s*q.Prey, p.Pred + s*q.Pred} }

type LotkaVolterra struct {
	Alpha, Beta, Delta, Gamma float64
}

func (m LotkaVolterra) Rate(p Pop) Pop {
	return Pop{
		Prey: m.Alpha*p.Prey - m.Beta*p.Prey*p.Pred,
		Pred: m.Delta*p.Prey*p.Pred - m.Gamma*p.Pred,
	}
}

// Invariant is conserved along exact trajectories.
func (m LotkaVolterra) Invariant(p Pop) float64 {
	return m.Delta*p.Prey - m.Gamma*math.Log(p.Prey) + m.Beta*p.Pred - m.Alpha*math.Log(p.Pred)
}

func (m LotkaVolterra) Equilibrium() Pop { return Pop{m.Gamma / m.Delta, m.Alpha / m.Beta} }

func (m LotkaVolterra) Step(p Pop, h float64) Pop {
	k1 := m.Rate(p)
	k2 := m.Rate(p.add(k1, h/2))
	k3 := m.Rate(p.add(k2, h/2))
	k4 := m.Rate(p.add(k3, h))
	return Pop{
		p.Prey + h/6*(k1.Prey+2*k2.Prey+2*k3.Prey+k4.Prey),
		p.Pred + h/6*(k1.Pred+2*k2.Pred+2*k3.Pred+k4.Pred),
	}
}

type Event struct {
	T     float64
	Kind  string
	Value float64
}

func main() {
	model := LotkaVolterra{Alpha: 1.1, Beta: 0.04, Delta: 0.01, Gamma: 0.4}
	p := Pop{Prey: 60, Pred: 15}
	eq := model.Equilibrium()
	fmt.Printf("Equilibrium: prey=%.1f predators=%.1f\n", eq.Prey, eq.Pred)
	inv0 := model.Invariant(p)

	const h = 0.01
	const tEnd = 40.0
	steps := int(tEnd / h)
	var events []Event
	prev, prev2 := p, p
	maxDrift := 0.0
	fmt.Printf("\n%6s %9s %9s  %s\n", "t", "prey", "foxes", "prey(#) / foxes(o)")
	for i := 0; i <= steps; i++ {
		t := float64(i) * h
		if i%200 == 0 {
			line := []byte(strings.Repeat(" ", 50))
			line[min(49, int(p.Prey/4))] = '#'
			line[min(49, int(p.Pred/4))] = 'o'
			fmt.Printf("%6.1f %9.3f %9.3f  |%s|\n", t, p.Prey, p.Pred, string(line))
		}
		if i >= 2 {
			if prev.Prey > prev2.Prey && prev.Prey > p.Prey {
				events = append(events, Event{t - h, "prey peak", prev.Prey})
			}
			if prev.Pred > prev2.Pred && prev.Pred > p.Pred {
				events = append(events, Event{t - h, "fox peak", prev.Pred})
			}
		}
		maxDrift = math.Max(maxDrift, math.Abs(model.Invariant(p)-inv0))
		prev2, prev = prev, p
		p = model.Step(p, h)
	}

	fmt.Println("\nPeaks:")
	var preyPeaks []float64
	for _, e := range events {
		fmt.Printf("  t=%6.2f  %-9s %8.3f\n", e.T, e.Kind, e.Value)
		if e.Kind == "prey peak" {
			preyPeaks = append(preyPeaks, e.T)
		}
	}
	if len(preyPeaks) > 1 {
		period := (preyPeaks[len(preyPeaks)-1] - preyPeaks[0]) / float64(len(preyPeaks)-1)
		fmt.Printf("\nobserved period %.3f, small-oscillation theory %.3f\n", period, 2*math.Pi/math.Sqrt(model.Alpha*model.Gamma))
	}
	fmt.Printf("max drift of conserved quantity: %.3e\n", maxDrift)
}
