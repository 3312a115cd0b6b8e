package main

import (
	"fmt"
	"strconv"
	"strings"
)

func sma(xs []float64, n int) []float64 {
	var out []float64
	sum := 0.0
	for i, x := range xs {
		sum += x
		if i >= n {
			sum -= xs[i-n]
		}
		if i >= n-1 {
			out = append(out, sum/float64(n))
		}
	}
	return out
}

func ema(xs []float64, alpha float64) []float64 {
	out := make([]float64, len(xs))
	for i, x := range xs {
		if i == 0 {
			out[i] = x
			continue
		}
		out[i] = alpha*x + (1-alpha)*out[i-1]
	}
	return out
}

type window struct {
	buf  []float64
	pos  int
	full bool
}

func newWindow(n int) *window { return &window{buf: make([]float64, n)} }

func (w *window) push(x float64) {
	w.buf[w.pos] = x
	w.pos = (w.pos + 1) % len(w.buf)
	if w.pos == 0 {
		w.full = true
	}
}

func (w *window) max() float64 {
	n := len(w.buf)
	if !w.full {
		n = w.pos
	}
	m := w.buf[0]
	for _, v := range w.buf[:n] {
		m = max(m, v)
	}
	return m
}

func fmtAll(xs []float64, prec int) string {
	parts := make([]string, len(xs))
	for i, x := range xs {
		parts[i] = strconv.FormatFloat(x, 'f', prec, 64)
	}
	return "[" + strings.Join(parts, " ") + "]"
}

func main() {
	prices := []float64{10, 11, 12, 11.5, 13, 14.2, 13.8, 15, 16.1, 15.7, 17, 18.3}
	fmt.Println("prices:", fmtAll(prices, 1))
	fmt.Println("sma3:  ", fmtAll(sma(prices, 3), 3))
	fmt.Println("sma5:  ", fmtAll(sma(prices, 5), 3))
	fmt.Println("ema.5: ", fmtAll(ema(prices, 0.5), 4))

	w := newWindow(4)
	for i, p := range prices {
		w.push(p)
		fmt.Printf("t=%02d price=%5.1f rolling-max=%5.1f\n", i, p, w.max())
	}

	s3, s5 := sma(prices, 3), sma(prices, 5)
	off := len(s3) - len(s5)
	for i := 1; i < len(s5); i++ {
		prevDiff := s3[i-1+off] - s5[i-1]
		diff := s3[i+off] - s5[i]
		if prevDiff <= 0 && diff > 0 {
			fmt.Println("golden cross at", i+4)
		} else if prevDiff >= 0 && diff < 0 {
			fmt.Println("death cross at", i+4)
		}
	}
	for _, f := range []byte{'f', 'e', 'g', 'E', 'G'} {
		fmt.Println(string(f), strconv.FormatFloat(1234.5678, f, -1, 64), strconv.FormatFloat(0.000012345, f, 3, 64))
	}
	fmt.Println(strconv.FormatFloat(1.0/3, 'f', -1, 32), strconv.FormatFloat(1.0/3, 'f', -1, 64))
}
