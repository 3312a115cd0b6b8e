package main

import (
	"fmt"
	"math"
	"math/rand/v2"
	"strings"
)

type Signal []float64

type Filter interface {
	Apply(Signal) Signal
	Name() string
}

// FIR is a finite impulse response filter defined by its taps.
type FIR struct {
	label string
	Taps  []float64
}

func (f FIR) Name() string { return f.label }

// Apply performs causal convolution, treating samples before t=0 as zero.
func (f FIR) Apply(x Signal) Signal {
	y := make(Signal, len(x))
	for n := range x {
		for k, h := range f.Taps {
			if n-k >= 0 {
				y[n] += h * x[n-k]
			}
		}
	}
	return y
}

// IIR single-pole low-pass: y[n] = a*x[n] + (1-a)*y[n-1]
type OnePole struct{ A float64 }

func (o OnePole) Name() string { return fmt.Sprintf("one-pole a=%.2f", o.A) }
func (o OnePole) Apply(x Signal) Signal {
	y := make(Signal, len(x))
	prev := 0.0
	for i, v := range x {
		prev = o.A*v + (1-o.A)*prev
		y[i] = prev
	}
	return y
}

// windowedSinc designs a low-pass FIR with a Hamming window.
func windowedSinc(cutoff float64, n int) FIR {
	taps := make([]float64, n)
	m := float64(n - 1)
	sum := 0.0
	for i := range taps {
		x := float64(i) - m/2
		s := 2 * cutoff
		if x != 0 {
			s = math.Sin(2*math.Pi*cutoff*x) / (math.Pi * x)
		}
		w := 0.54 - 0.46*math.Cos(2*math.Pi*float64(i)/m)
		taps[i] = s * w
		sum += taps[i]
	}
	for i := range taps {
		taps[i] /= sum
	}
	return FIR{fmt.Sprintf("sinc-%d fc=%.2f", n, cutoff), taps}
}

// Gain evaluates |H(f)| for a normalized frequency f (cycles/sample) by probing with a sinusoid.
func Gain(flt Filter, f float64) float64 {
	const n = 512
	x := make(Signal, n)
	for i := range x {
		x[i] = math.Sin(2 * math.Pi * f * float64(i))
	}
	y := flt.Apply(x)
	return rms(y[n/2:]) / rms(x[n/2:])
}

func rms(s Signal) float64 {
	t := 0.0
	for _, v := range s {
		t += v * v
	}
	return math.Sqrt(t / float64(len(s)))
}

func main() {
	rng := rand.New(rand.NewPCG(1, 2))
	const n = 200
	clean := make(Signal, n)
	noisy := make(Signal, n)
	for i := range clean {
		clean[i] = math.Sin(2 * math.Pi * 0.02 * float64(i))
		noisy[i] = clean[i] + 0.3*math.Sin(2*math.Pi*0.37*float64(i)) + 0.15*rng.NormFloat64()
	}

	filters := []Filter{
		FIR{"box-5", []float64{0.2, 0.2, 0.2, 0.2, 0.2}},
		FIR{"triangle-5", []float64{1. / 9, 2. / 9, 3. / 9, 2. / 9, 1. / 9}},
		OnePole{0.3},
		windowedSinc(0.08, 21),
	}

	fmt.Printf("input noise RMS: %.4f\n\n", rms(diff(noisy, clean)))
	fmt.Printf("%-18s %10s %10s %10s %10s\n", "filter", "residual", "gain@0.02", "gain@0.37", "delay")
	for _, f := range filters {
		y := f.Apply(noisy)
		best, bestLag := math.Inf(1), 0
		for lag := 0; lag <= 15; lag++ {
			r := rms(diff(y[30:], shift(clean, lag)[30:]))
			if r < best {
				best, bestLag = r, lag
			}
		}
		fmt.Printf("%-18s %10.4f %10.4f %10.4f %10d\n", f.Name(), best, Gain(f, 0.02), Gain(f, 0.37), bestLag)
	}

	sinc := filters[3].(FIR)
	fmt.Println("\nwindowed-sinc taps:")
	for i, t := range sinc.Taps {
		bar := strings.Repeat("|", int(math.Abs(t)*200))
		sign := "+"
		if t < 0 {
			sign = "-"
		}
		fmt.Printf("  h[%2d] = %+.5f %s%s\n", i, t, sign, bar)
	}

	fmt.Println("\nfrequency response (gain in dB):")
	fmt.Printf("  %6s", "")
	for _, f := range filters {
		fmt.Printf(" %9s", strings.Fields(f.Name())[0])
	}
	fmt.Println()
	for _, fr := range []float64{0.01, 0.05, 0.08, 0.1, 0.15, 0.25, 0.45} {
		fmt.Printf("  f=%.2f", fr)
		for _, f := range filters {
			fmt.Printf("  %8.2f", 20*math.Log10(Gain(f, fr)))
		}
		fmt.Println()
	}
}

func diff(a, b Signal) Signal {
	out := make(Signal, len(a))
	for i := range a {
		out[i] = a[i] - b[i]
	}
	return out
}

// shift delays a signal by lag samples.
func shift(s Signal, lag int) Signal {
	out := make(Signal, len(s))
	copy(out[lag:], s)
	return out
}
