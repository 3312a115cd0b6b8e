package main

import (
	"fmt"
	"math"
	"strconv"
	"strings"
)

type constant struct {
	name  string
	value float64
	unit  string
}

var physics = []constant{
	{"speed of light", 299792458, "m/s"},
	{"Planck constant", 6.62607015e-34, "J s"},
	{"elementary charge", 1.602176634e-19, "C"},
	{"Avogadro number", 6.02214076e23, "1/mol"},
	{"gravitational const", 6.67430e-11, "m^3/(kg s^2)"},
	{"standard gravity", 9.80665, "m/s^2"},
	{"electron mass", 9.1093837015e-31, "kg"},
	{"Boltzmann constant", 1.380649e-23, "J/K"},
}

// engineering formats x with an exponent that is a multiple of 3 and an SI prefix.
func engineering(x float64) string {
	if x == 0 {
		return "0"
	}
	prefixes := map[int]string{-30: "q", -27: "r", -24: "y", -21: "z", -18: "a", -15: "f", -12: "p", -9: "n", -6: "µ", -3: "m", 0: "", 3: "k", 6: "M", 9: "G", 12: "T", 15: "P", 18: "E", 21: "Z", 24: "Y"}
	exp := int(math.Floor(math.Log10(math.Abs(x))))
	eng := exp - ((exp%3)+3)%3
	mant := x / math.Pow(10, float64(eng))
	p, ok := prefixes[eng]
	if !ok {
		return strconv.FormatFloat(x, 'e', 3, 64)
	}
	return strconv.FormatFloat(mant, 'f', 3, 64) + " " + p
}

func sigFigs(x float64, n int) string {
	return strconv.FormatFloat(x, 'g', n, 64)
}

func main() {
	fmt.Printf("%-20s %-14s %-16s %-22s %s\n", "constant", "%g", "%e", "%.3e / eng", "unit")
	fmt.Println(strings.Repeat("-", 86))
	for _, c := range physics {
		fmt.Printf("%-20s %-14g %-16e %-10.3e %-11s %s\n", c.name, c.value, c.value, c.value, engineering(c.value), c.unit)
	}

	fmt.Println("\nstrconv.FormatFloat of pi with various formats:")
	for _, f := range []byte{'f', 'e', 'g', 'b', 'x'} {
		for _, prec := range []int{-1, 4} {
			fmt.Printf("  fmt=%c prec=%2d  %s\n", f, prec, strconv.FormatFloat(math.Pi, f, prec, 64))
			if f == 'b' {
				break
			}
		}
	}

	fmt.Println("\nWidth, precision and flags:")
	v := 1234.56789
	for _, spec := range []string{"%f", "%.2f", "%10.3f", "%-10.1f|", "%+.1f", "%010.2f", "%.3g", "%.1e"} {
		fmt.Printf("  %-9s -> [%s]\n", spec, fmt.Sprintf(spec, v))
	}

	fmt.Println("\nSignificant figures of 0.000123456789:")
	for n := 1; n <= 5; n += 2 {
		fmt.Printf("  %d sig: %s\n", n, sigFigs(0.000123456789, n))
	}

	fmt.Println("\nSpecial values:")
	specials := []float64{math.Inf(1), math.Inf(-1), math.NaN(), math.Copysign(0, -1), 1e21, 123456789.0, math.SmallestNonzeroFloat64}
	for _, s := range specials {
		fmt.Printf("  %%v=%-24v %%.2f=%-12.2f q=%q\n", s, s, strconv.FormatFloat(s, 'g', -1, 64))
	}

	fmt.Println("\nfloat32 vs float64 shortest representation:")
	for _, x := range []float64{0.1, 1.0 / 3, 16777217, 3.4e38} {
		f32 := float32(x)
		fmt.Printf("  %-22s float32=%-14s back=%s\n",
			strconv.FormatFloat(x, 'g', -1, 64),
			strconv.FormatFloat(float64(f32), 'g', -1, 32),
			strconv.FormatFloat(float64(f32), 'g', -1, 64))
	}

	fmt.Println("\nParsing round trips:")
	for _, s := range []string{"1e-7", "0x1p-2", "1_000.5", "inf", "-0", "2.5e400", "abc"} {
		x, err := strconv.ParseFloat(s, 64)
		if err != nil {
			fmt.Printf("  %-10q error: %v (value %g)\n", s, err, x)
			continue
		}
		fmt.Printf("  %-10q -> %g\n", s, x)
	}
}
