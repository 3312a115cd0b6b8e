package main

import (
	"fmt"
	"math"
)

// State is a vector of ODE state variables.
type State []float64

func (s State) axpy(a float64, d State) State {
	out := make(State, len(s))
	for i := range s {
		out[i] = s[i] + a*d[i]
	}
	return out
}

type Deriv func(t float64, y State) State

type Stepper func(f Deriv, t float64, y State, h float64) State

func Euler(f Deriv, t float64, y State, h float64) State {
	return y.axpy(h, f(t, y))
}

func Heun(f Deriv, t float64, y State, h float64) State {
	k1 := f(t, y)
	k2 := f(t+h, y.axpy(h, k1))
	out := make(State, len(y))
	for i := range y {
		out[i] = y[i] + h/2*(k1[i]+k2[i])
	}
	return out
}

func RK4(f Deriv, t float64, y State, h float64) State {
	k1 := f(t, y)
	k2 := f(t+h/2, y.axpy(h/2, k1))
	k3 := f(t+h/2, y.axpy(h/2, k2))
	k4 := f(t+h, y.axpy(h, k3))
	out := make(State, len(y))
	for i := range y {
		out[i] = y[i] + h/6*(k1[i]+2*k2[i]+2*k3[i]+k4[i])
	}
	return out
}

func solve(f Deriv, step Stepper, y0 State, t0, t1 float64, n int) State {
	h := (t1 - t0) / float64(n)
	y := y0
	for i := 0; i < n; i++ {
		y = step(f, t0+float64(i)*h, y, h)
	}
	return y
}

type method struct {
	name string
	step Stepper
}

var methods = []method{{"euler", Euler}, {"heun", Heun}, {"rk4", RK4}}

func main() {
	// Radioactive decay dy/dt = -k y
	const k = 0.693147 / 5.27 // cobalt-60 half-life in years
	decay := func(t float64, y State) State { return State{-k * y[0]} }
	exact := 1000 * math.Exp(-k*20)
	fmt.Printf("Decay of 1000 g Co-60 after 20 years (exact %.6f g)\n", exact)
	for _, m := range methods {
		for _, n := range []int{10, 40, 160} {
			y := solve(decay, m.step, State{1000}, 0, 20, n)
			fmt.Printf("  %-5s n=%4d  y=%12.6f  err=%.2e\n", m.name, n, y[0], math.Abs(y[0]-exact))
		}
	}

	// Harmonic oscillator x'' = -w^2 x, energy conservation
	const w = 2.0
	osc := func(t float64, y State) State { return State{y[1], -w * w * y[0]} }
	energy := func(y State) float64 { return 0.5*y[1]*y[1] + 0.5*w*w*y[0]*y[0] }
	y0 := State{1, 0}
	e0 := energy(y0)
	fmt.Printf("\nHarmonic oscillator w=%.1f, x(0)=1, v(0)=0, E0=%.3f\n", w, e0)
	fmt.Printf("  %-5s %8s %8s %10s %10s\n", "step", "t", "x", "v", "dE/E0")
	for _, m := range methods {
		y := y0
		h := 0.05
		for i := 1; i <= 200; i++ {
			y = m.step(osc, float64(i-1)*h, y, h)
			if i%50 == 0 {
				t := float64(i) * h
				fmt.Printf("  %-5s %8.2f %8.4f %10.4f %+10.2e\n", m.name, t, y[0], y[1], (energy(y)-e0)/e0)
			}
		}
	}
	fmt.Printf("  exact x(10)=%.4f v(10)=%.4f\n", math.Cos(w*10), -w*math.Sin(w*10))

	// Logistic growth with RK4, print trajectory
	const r, K = 0.8, 500.0
	logistic := func(t float64, y State) State { return State{r * y[0] * (1 - y[0]/K)} }
	fmt.Println("\nLogistic growth (RK4, h=0.5):")
	y := State{10}
	for i := 0; i <= 20; i++ {
		t := float64(i) * 0.5
		if i%2 == 0 {
			ex := K / (1 + (K/10-1)*math.Exp(-r*t))
			fmt.Printf("  t=%4.1f  N=%8.3f  exact=%8.3f\n", t, y[0], ex)
		}
		y = RK4(logistic, t, y, 0.5)
	}
}
