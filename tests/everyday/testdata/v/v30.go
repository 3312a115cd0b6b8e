package main

import (
	"fmt"
	"math"
	"slices"
	"strings"
)

type Reading struct {
	Sensor string
	Value  float64
	Valid  bool
}

type Step struct {
	Name string
	Fn   func([]Reading) []Reading
}

type Cleaner struct {
	Min, Max float64
	log      []string
}

func (c *Cleaner) logf(format string, args ...any) {
	c.log = append(c.log, fmt.Sprintf(format, args...))
}

func (c *Cleaner) DropInvalid(rs []Reading) []Reading {
	out := slices.DeleteFunc(slices.Clone(rs), func(r Reading) bool { return !r.Valid })
	c.logf("drop_invalid: %d -> %d", len(rs), len(out))
	return out
}

func (c *Cleaner) Clip(rs []Reading) []Reading {
	clipped := 0
	out := make([]Reading, len(rs))
	for i, r := range rs {
		v := math.Max(c.Min, math.Min(c.Max, r.Value))
		if v != r.Value {
			clipped++
		}
		r.Value = v
		out[i] = r
	}
	c.logf("clip[%g,%g]: %d values clipped", c.Min, c.Max, clipped)
	return out
}

func (c *Cleaner) DropNaN(rs []Reading) []Reading {
	out := slices.DeleteFunc(slices.Clone(rs), func(r Reading) bool { return math.IsNaN(r.Value) })
	c.logf("drop_nan: removed %d", len(rs)-len(out))
	return out
}

func (c *Cleaner) MADFilter(rs []Reading) []Reading {
	vals := make([]float64, len(rs))
	for i, r := range rs {
		vals[i] = r.Value
	}
	med := median(vals)
	dev := make([]float64, len(vals))
	for i, v := range vals {
		dev[i] = math.Abs(v - med)
	}
	mad := median(dev)
	out := rs[:0:0]
	for _, r := range rs {
		if score := 0.6745 * (r.Value - med) / mad; math.Abs(score) <= 3.5 {
			out = append(out, r)
		} else {
			c.logf("mad: dropping %s=%.2f (robust z=%.2f)", r.Sensor, r.Value, score)
		}
	}
	return out
}

func median(xs []float64) float64 {
	s := slices.Clone(xs)
	slices.Sort(s)
	if n := len(s); n%2 == 0 {
		return (s[n/2-1] + s[n/2]) / 2
	}
	return s[len(s)/2]
}

func main() {
	data := []Reading{
		{"t1", 21.4, true}, {"t2", 22.1, true}, {"t3", math.NaN(), true}, {"t4", 21.9, false},
		{"t5", 85.0, true}, {"t6", 20.8, true}, {"t7", -40, true}, {"t8", 22.6, true},
		{"t9", 21.1, true}, {"t10", 23.0, true}, {"t11", math.Inf(1), true}, {"t12", 21.7, true},
	}
	c := &Cleaner{Min: -10, Max: 60}
	pipeline := []Step{
		{"invalid", c.DropInvalid},
		{"nan", c.DropNaN},
		{"clip", c.Clip},
		{"mad", c.MADFilter},
	}
	cur := data
	for i, st := range pipeline {
		cur = st.Fn(cur)
		names := make([]string, len(cur))
		for j, r := range cur {
			names[j] = r.Sensor
		}
		fmt.Printf("after step %d (%-7s): n=%2d %s\n", i+1, st.Name, len(cur), strings.Join(names, ","))
	}
	fmt.Println("log:")
	for _, l := range c.log {
		fmt.Println("  " + l)
	}
	var sum float64
	for _, r := range cur {
		sum += r.Value
	}
	fmt.Printf("clean mean=%.4f\n", sum/float64(len(cur)))
	fmt.Println(math.NaN(), math.Inf(-1), data[2].Value == data[2].Value, -0.0, math.Copysign(0, -1))
	fmt.Printf("%v %.2f %8.3f|%-8.2f|\n", math.Inf(1), math.NaN(), math.Pi, math.E)
	fmt.Printf("%T %T\n", c.Clip, pipeline[0].Fn)
}
