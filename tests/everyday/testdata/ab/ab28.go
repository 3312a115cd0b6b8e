package main

import (
	"fmt"
	"math"
	"math/rand/v2"
	"strings"
)

type Series struct {
	Name string
	Vals []float64
}

// EWM computes an exponentially weighted mean with span (alpha = 2/(span+1)), adjust=False.
func (s Series) EWM(span int) []float64 {
	alpha := 2 / (float64(span) + 1)
	out := make([]float64, len(s.Vals))
	for i, v := range s.Vals {
		if i == 0 {
			out[i] = v
			continue
		}
		out[i] = alpha*v + (1-alpha)*out[i-1]
	}
	return out
}

// Bollinger returns rolling mean and mean ± k*std over window (NaN until window filled).
func (s Series) Bollinger(window int, k float64) (mid, lo, hi []float64) {
	n := len(s.Vals)
	mid, lo, hi = make([]float64, n), make([]float64, n), make([]float64, n)
	for i := range s.Vals {
		if i+1 < window {
			mid[i], lo[i], hi[i] = math.NaN(), math.NaN(), math.NaN()
			continue
		}
		w := s.Vals[i+1-window : i+1]
		var sum, ss float64
		for _, v := range w {
			sum += v
		}
		m := sum / float64(window)
		for _, v := range w {
			ss += (v - m) * (v - m)
		}
		sd := math.Sqrt(ss / float64(window-1))
		mid[i], lo[i], hi[i] = m, m-k*sd, m+k*sd
	}
	return
}

func nan(v float64) string {
	if math.IsNaN(v) {
		return "    NaN"
	}
	return fmt.Sprintf("%7.2f", v)
}

func main() {
	rng := rand.New(rand.NewPCG(1, 2))
	price := 50.0
	s := Series{Name: "XYZ"}
	for i := 0; i < 30; i++ {
		price += rng.NormFloat64()*1.2 + 0.1
		if i == 18 {
			price += 6 // news spike
		}
		s.Vals = append(s.Vals, math.Round(price*100)/100)
	}
	fast, slow := s.EWM(5), s.EWM(12)
	mid, lo, hi := s.Bollinger(10, 2)

	fmt.Printf("%3s %7s %7s %7s %7s %7s %7s  %s\n", "t", "close", "ema5", "ema12", "bb_lo", "bb_mid", "bb_hi", "flags")
	var crosses []int
	for i, v := range s.Vals {
		var flags []string
		if !math.IsNaN(hi[i]) && v > hi[i] {
			flags = append(flags, "above-band")
		}
		if !math.IsNaN(lo[i]) && v < lo[i] {
			flags = append(flags, "below-band")
		}
		if i > 0 && (fast[i-1]-slow[i-1])*(fast[i]-slow[i]) < 0 {
			dir := "bull-cross"
			if fast[i] < slow[i] {
				dir = "bear-cross"
			}
			flags = append(flags, dir)
			crosses = append(crosses, i)
		}
		line := fmt.Sprintf("%3d %7.2f %7.2f %7.2f %s %s %s  %s", i, v, fast[i], slow[i], nan(lo[i]), nan(mid[i]), nan(hi[i]),
			strings.Join(flags, ","))
		fmt.Println(strings.TrimRight(line, " "))
	}

	// simple crossover strategy P&L: long when ema5 > ema12
	pos, pnl := 0.0, 0.0
	for i := 1; i < len(s.Vals); i++ {
		pnl += pos * (s.Vals[i] - s.Vals[i-1])
		if fast[i] > slow[i] {
			pos = 1
		} else {
			pos = 0
		}
	}
	fmt.Printf("\ncrossovers at t=%v\n", crosses)
	fmt.Printf("buy&hold P&L: %+.2f  crossover P&L: %+.2f\n", s.Vals[len(s.Vals)-1]-s.Vals[0], pnl)
}
