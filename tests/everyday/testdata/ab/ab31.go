package main

import (
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"
)

// Series is a minimal column interface, like a pandas Series with a dtype.
type Series interface {
	Name() string
	Len() int
	Dtype() string
	Str(i int) string
	IsNA(i int) bool
}

type FloatSeries struct {
	name string
	data []float64 // NaN = missing
}

func (s FloatSeries) Name() string    { return s.name }
func (s FloatSeries) Len() int        { return len(s.data) }
func (s FloatSeries) Dtype() string   { return "float64" }
func (s FloatSeries) IsNA(i int) bool { return math.IsNaN(s.data[i]) }
func (s FloatSeries) Str(i int) string {
	if s.IsNA(i) {
		return "NaN"
	}
	return strconv.FormatFloat(s.data[i], 'f', 2, 64)
}

// Apply returns a new FloatSeries with f applied to non-missing values.
func (s FloatSeries) Apply(name string, f func(float64) float64) FloatSeries {
	out := FloatSeries{name: name, data: make([]float64, len(s.data))}
	for i, v := range s.data {
		if math.IsNaN(v) {
			out.data[i] = v
		} else {
			out.data[i] = f(v)
		}
	}
	return out
}

func (s FloatSeries) Mean() float64 {
	sum, n := 0.0, 0
	for _, v := range s.data {
		if !math.IsNaN(v) {
			sum += v
			n++
		}
	}
	return sum / float64(n)
}

type StringSeries struct {
	name string
	data []*string
}

func (s StringSeries) Name() string    { return s.name }
func (s StringSeries) Len() int        { return len(s.data) }
func (s StringSeries) Dtype() string   { return "object" }
func (s StringSeries) IsNA(i int) bool { return s.data[i] == nil }
func (s StringSeries) Str(i int) string {
	if s.data[i] == nil {
		return "None"
	}
	return *s.data[i]
}

func (s StringSeries) Map(name string, f func(string) string) StringSeries {
	out := StringSeries{name: name, data: make([]*string, len(s.data))}
	for i, p := range s.data {
		if p != nil {
			v := f(*p)
			out.data[i] = &v
		}
	}
	return out
}

type DataFrame struct{ cols []Series }

func (df *DataFrame) Add(s Series) { df.cols = append(df.cols, s) }

func (df DataFrame) Info() {
	fmt.Printf("<DataFrame> %d entries, %d columns\n", df.cols[0].Len(), len(df.cols))
	fmt.Printf(" #  %-14s %-12s %s\n", "Column", "Non-Null", "Dtype")
	for i, c := range df.cols {
		nn := 0
		for j := 0; j < c.Len(); j++ {
			if !c.IsNA(j) {
				nn++
			}
		}
		fmt.Printf(" %d  %-14s %-12s %s\n", i, c.Name(), fmt.Sprintf("%d non-null", nn), c.Dtype())
	}
}

func (df DataFrame) Head(n int) {
	widths := make([]int, len(df.cols))
	for i, c := range df.cols {
		widths[i] = len(c.Name())
		for j := 0; j < min(n, c.Len()); j++ {
			widths[i] = max(widths[i], len(c.Str(j)))
		}
	}
	fmt.Print("   ")
	for i, c := range df.cols {
		fmt.Printf(" %*s", widths[i], c.Name())
	}
	fmt.Println()
	for j := 0; j < min(n, df.cols[0].Len()); j++ {
		fmt.Printf("%3d", j)
		for i, c := range df.cols {
			fmt.Printf(" %*s", widths[i], c.Str(j))
		}
		fmt.Println()
	}
}

func sp(s string) *string { return &s }

func main() {
	city := StringSeries{"city", []*string{sp(" paris"), sp("Berlin "), nil, sp("MADRID"), sp("rome"), sp("berlin"), nil, sp("Paris")}}
	temp := FloatSeries{"temp_f", []float64{68.0, 59.9, 71.6, math.NaN(), 80.6, 57.2, 64.4, math.NaN()}}

	df := DataFrame{}
	df.Add(city)
	df.Add(temp)
	df.Info()
	fmt.Println()
	df.Head(8)

	clean := city.Map("city_clean", func(s string) string {
		s = strings.ToLower(strings.TrimSpace(s))
		return strings.ToUpper(s[:1]) + s[1:]
	})
	celsius := temp.Apply("temp_c", func(f float64) float64 { return (f - 32) * 5 / 9 })
	filled := celsius.Apply("temp_c_filled", func(v float64) float64 { return v })
	m := celsius.Mean()
	for i, v := range filled.data {
		if math.IsNaN(v) {
			filled.data[i] = m
		}
	}
	df.Add(clean)
	df.Add(celsius)
	df.Add(filled)
	fmt.Println()
	df.Info()
	fmt.Println()
	df.Head(8)

	counts := map[string]int{}
	for i := 0; i < clean.Len(); i++ {
		counts[clean.Str(i)]++
	}
	keys := make([]string, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Printf("\ncity_clean.value_counts(dropna=False):")
	for _, k := range keys {
		fmt.Printf(" %s=%d", k, counts[k])
	}
	fmt.Printf("\ntemp_c mean (skipna) = %.3f\n", m)
}
