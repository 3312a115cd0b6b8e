package main

import (
	"fmt"
	"math"
)

// ODE solvers: Euler vs RK4 on exponential decay and a harmonic oscillator.

type State []float64

type Deriv func(t float64, y State) State

func add(a State, s float64, b State) State {
	out := make(State, len(a))
	for i := range a {
		out[i] = a[i] + s*b[i]
	}
	return out
}

func eulerStep(f Deriv, t float64, y State, h float64) State {
	return add(y, h, f(t, y))
}

func rk4Step(f Deriv, t float64, y State, h float64) State {
	k1 := f(t, y)
	k2 := f(t+h/2, add(y, h/2, k1))
	k3 := f(t+h/2, add(y, h/2, k2))
	k4 := f(t+h, add(y, h, k3))
	out := make(State, len(y))
	for i := range y {
		out[i] = y[i] + h/6*(k1[i]+2*k2[i]+2*k3[i]+k4[i])
	}
	return out
}

func integrate(step func(Deriv, float64, State, float64) State, f Deriv, y0 State, t1 float64, n int) State {
	h := t1 / float64(n)
	y := y0
	for i := range n {
		y = step(f, float64(i)*h, y, h)
	}
	return y
}

func main() {
	decay := func(t float64, y State) State { return State{-0.5 * y[0]} }
	exact := 10 * math.Exp(-0.5*4)
	fmt.Println("Exponential decay y'=-0.5y, y(0)=10, t=4")
	fmt.Printf("%6s %12s %12s %12s %12s\n", "steps", "euler", "rk4", "errE", "errRK")
	for _, n := range []int{4, 8, 16, 32, 64} {
		e := integrate(eulerStep, decay, State{10}, 4, n)[0]
		r := integrate(rk4Step, decay, State{10}, 4, n)[0]
		fmt.Printf("%6d %12.8f %12.8f %12.2e %12.2e\n", n, e, r, math.Abs(e-exact), math.Abs(r-exact))
	}

	osc := func(t float64, y State) State { return State{y[1], -y[0]} }
	fmt.Println("\nHarmonic oscillator x''=-x, x(0)=1, v(0)=0")
	y := State{1, 0}
	h := 0.1
	for i := range 63 {
		y = rk4Step(osc, float64(i)*h, y, h)
		if (i+1)%9 == 0 {
			t := float64(i+1) * h
			energy := 0.5 * (y[0]*y[0] + y[1]*y[1])
			fmt.Printf("t=%4.1f x=% .6f v=% .6f cos(t)=% .6f E=%.8f\n", t, y[0], y[1], math.Cos(t), energy)
		}
	}

	ye := integrate(eulerStep, osc, State{1, 0}, 2*math.Pi, 100)
	yr := integrate(rk4Step, osc, State{1, 0}, 2*math.Pi, 100)
	fmt.Printf("\nAfter one period: euler=(%.5f, %.5f) rk4=(%.8f, %.8f)\n", ye[0], ye[1], yr[0], yr[1])
}
