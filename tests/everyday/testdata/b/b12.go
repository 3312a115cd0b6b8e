package main

import (
	"fmt"
	"math"
	"math/cmplx"
	"sort"
	"strings"
)

// FFT computes the discrete Fourier transform with the recursive radix-2 algorithm.
func FFT(x []complex128) []complex128 {
	n := len(x)
	if n == 1 {
		return []complex128{x[0]}
	}
	if n&(n-1) != 0 {
		panic("length must be a power of two")
	}
	even := make([]complex128, n/2)
	odd := make([]complex128, n/2)
	for i := 0; i < n/2; i++ {
		even[i] = x[2*i]
		odd[i] = x[2*i+1]
	}
	e, o := FFT(even), FFT(odd)
	out := make([]complex128, n)
	for k := 0; k < n/2; k++ {
		tw := cmplx.Rect(1, -2*math.Pi*float64(k)/float64(n)) * o[k]
		out[k] = e[k] + tw
		out[k+n/2] = e[k] - tw
	}
	return out
}

// IFFT uses the conjugation trick.
func IFFT(X []complex128) []complex128 {
	tmp := make([]complex128, len(X))
	for i, v := range X {
		tmp[i] = cmplx.Conj(v)
	}
	y := FFT(tmp)
	for i, v := range y {
		y[i] = cmplx.Conj(v) / complex(float64(len(X)), 0)
	}
	return y
}

// naiveDFT for verification.
func naiveDFT(x []complex128) []complex128 {
	n := len(x)
	out := make([]complex128, n)
	for k := range out {
		for t, v := range x {
			out[k] += v * cmplx.Exp(complex(0, -2*math.Pi*float64(k*t)/float64(n)))
		}
	}
	return out
}

type peak struct {
	bin   int
	freq  float64
	amp   float64
	phase float64
}

func main() {
	const n = 64
	const fs = 64.0 // sample rate in Hz
	signal := make([]complex128, n)
	for i := range signal {
		t := float64(i) / fs
		v := 1.5 +
			2.0*math.Sin(2*math.Pi*5*t) +
			0.8*math.Cos(2*math.Pi*12*t+math.Pi/4) +
			0.3*math.Sin(2*math.Pi*20*t)
		signal[i] = complex(v, 0)
	}

	X := FFT(signal)
	ref := naiveDFT(signal)
	maxDiff := 0.0
	for i := range X {
		maxDiff = math.Max(maxDiff, cmplx.Abs(X[i]-ref[i]))
	}
	fmt.Printf("FFT vs naive DFT max difference: %.3e\n", maxDiff)

	fmt.Println("\nSingle-sided amplitude spectrum (bins 0..24):")
	var peaks []peak
	for k := 0; k <= 24; k++ {
		amp := cmplx.Abs(X[k]) / n
		if k > 0 {
			amp *= 2
		}
		bar := ""
		for j := 0; j < int(amp*15+0.5); j++ {
			bar += "="
		}
		fmt.Println(strings.TrimRight(fmt.Sprintf("  %5.1f Hz  %7.4f  %s", float64(k)*fs/n, amp, bar), " "))
		if amp > 0.1 {
			peaks = append(peaks, peak{k, float64(k) * fs / n, amp, cmplx.Phase(X[k])})
		}
	}

	sort.Slice(peaks, func(i, j int) bool { return peaks[i].amp > peaks[j].amp })
	fmt.Println("\nDetected components (by amplitude):")
	for _, p := range peaks {
		fmt.Printf("  bin %2d  %5.1f Hz  amp=%.4f  phase=%+.4f rad\n", p.bin, p.freq, p.amp, p.phase)
	}

	// Parseval's theorem
	var et, ef float64
	for i := range signal {
		et += math.Pow(cmplx.Abs(signal[i]), 2)
		ef += math.Pow(cmplx.Abs(X[i]), 2)
	}
	fmt.Printf("\nParseval: time energy=%.6f freq energy/N=%.6f\n", et, ef/n)

	back := IFFT(X)
	maxErr := 0.0
	for i := range back {
		maxErr = math.Max(maxErr, cmplx.Abs(back[i]-signal[i]))
	}
	fmt.Printf("round trip max error: %.3e\n", maxErr)

	// Polynomial multiplication via FFT: (1+2x+3x^2)(4+5x)
	a := []complex128{1, 2, 3, 0, 0, 0, 0, 0}
	b := []complex128{4, 5, 0, 0, 0, 0, 0, 0}
	A, B := FFT(a), FFT(b)
	C := make([]complex128, len(A))
	for i := range A {
		C[i] = A[i] * B[i]
	}
	c := IFFT(C)
	fmt.Print("product coefficients:")
	for _, v := range c[:4] {
		fmt.Printf(" %.0f", math.Round(real(v)))
	}
	fmt.Println()
}
