package main

import (
	"fmt"
	"math"
	"math/rand/v2"
	"strings"
)

type Histogram struct {
	Lo, Hi float64
	Counts []int
	Under  int
	Over   int
	total  int
}

func NewHistogram(lo, hi float64, bins int) *Histogram {
	return &Histogram{Lo: lo, Hi: hi, Counts: make([]int, bins)}
}

func (h *Histogram) Width() float64 { return (h.Hi - h.Lo) / float64(len(h.Counts)) }

func (h *Histogram) Add(x float64) {
	h.total++
	switch {
	case x < h.Lo:
		h.Under++
	case x >= h.Hi:
		h.Over++
	default:
		h.Counts[int((x-h.Lo)/h.Width())]++
	}
}

func (h *Histogram) Render(maxWidth int, expected func(a, b float64) float64) string {
	peak := 0
	for _, c := range h.Counts {
		peak = max(peak, c)
	}
	var sb strings.Builder
	w := h.Width()
	for i, c := range h.Counts {
		a := h.Lo + float64(i)*w
		bar := c * maxWidth / peak
		exp := expected(a, a+w) * float64(h.total)
		fmt.Fprintf(&sb, "[%5.2f,%5.2f) %5d %-*s| exp %7.1f\n", a, a+w, c, maxWidth, strings.Repeat("*", bar), exp)
	}
	fmt.Fprintf(&sb, "underflow=%d overflow=%d total=%d\n", h.Under, h.Over, h.total)
	return sb.String()
}

func (h *Histogram) ChiSquare(expected func(a, b float64) float64) float64 {
	w := h.Width()
	chi := 0.0
	for i, c := range h.Counts {
		a := h.Lo + float64(i)*w
		e := expected(a, a+w) * float64(h.total)
		d := float64(c) - e
		chi += d * d / e
	}
	return chi
}

func normalCDF(mu, sigma float64) func(float64) float64 {
	return func(x float64) float64 {
		return 0.5 * (1 + math.Erf((x-mu)/(sigma*math.Sqrt2)))
	}
}

func main() {
	rng := rand.New(rand.NewPCG(1, 2))
	const n = 5000
	const mu, sigma = 10.0, 2.0

	normal := NewHistogram(4, 16, 16)
	expo := NewHistogram(0, 4, 16)
	var sum, sumSq float64
	for i := 0; i < n; i++ {
		x := rng.NormFloat64()*sigma + mu
		normal.Add(x)
		sum += x
		sumSq += x * x
		expo.Add(rng.ExpFloat64())
	}
	mean := sum / n
	sd := math.Sqrt(sumSq/n - mean*mean)
	fmt.Printf("Normal(%.0f, %.0f) sample: mean=%.4f sd=%.4f\n\n", mu, sigma, mean, sd)

	cdf := normalCDF(mu, sigma)
	normExp := func(a, b float64) float64 { return cdf(b) - cdf(a) }
	fmt.Print(normal.Render(40, normExp))
	fmt.Printf("chi-square (15 dof): %.3f\n\n", normal.ChiSquare(normExp))

	expExp := func(a, b float64) float64 { return math.Exp(-a) - math.Exp(-b) }
	fmt.Println("Exponential(1) sample:")
	fmt.Print(expo.Render(40, expExp))
	fmt.Printf("chi-square (15 dof): %.3f\n", expo.ChiSquare(expExp))
}
