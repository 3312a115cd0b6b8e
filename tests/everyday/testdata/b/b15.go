package main

import (
	"fmt"
	"strconv"
	"strings"
)

type Celsius float64
type Fahrenheit float64
type Kelvin float64

const (
	AbsoluteZeroC Celsius = -273.15
	FreezingC     Celsius = 0
	BoilingC      Celsius = 100
)

func (c Celsius) String() string    { return strconv.FormatFloat(float64(c), 'f', 2, 64) + "°C" }
func (f Fahrenheit) String() string { return strconv.FormatFloat(float64(f), 'f', 2, 64) + "°F" }
func (k Kelvin) String() string     { return strconv.FormatFloat(float64(k), 'f', 2, 64) + " K" }

func (c Celsius) ToF() Fahrenheit { return Fahrenheit(c*9/5 + 32) }
func (c Celsius) ToK() Kelvin     { return Kelvin(c - AbsoluteZeroC) }
func (f Fahrenheit) ToC() Celsius { return Celsius((f - 32) * 5 / 9) }
func (k Kelvin) ToC() Celsius     { return Celsius(k) + AbsoluteZeroC }

// Length units
type Meters float64
type Feet float64
type Miles float64

func (m Meters) String() string { return fmt.Sprintf("%.3f m", float64(m)) }
func (f Feet) String() string   { return fmt.Sprintf("%.2f ft", float64(f)) }
func (mi Miles) String() string { return fmt.Sprintf("%.4f mi", float64(mi)) }

const (
	metersPerFoot = 0.3048
	metersPerMile = 1609.344
)

func (m Meters) Feet() Feet   { return Feet(m / metersPerFoot) }
func (m Meters) Miles() Miles { return Miles(m / metersPerMile) }
func (f Feet) Meters() Meters { return Meters(f * metersPerFoot) }

// Mass with a unit enum
type MassUnit int

const (
	Gram MassUnit = iota
	Kilogram
	Pound
	Ounce
	Stone
)

var massNames = [...]string{"g", "kg", "lb", "oz", "st"}
var gramsPer = [...]float64{1, 1000, 453.59237, 28.349523125, 6350.29318}

func (u MassUnit) String() string { return massNames[u] }

type Mass struct {
	Value float64
	Unit  MassUnit
}

func (m Mass) To(u MassUnit) Mass {
	return Mass{m.Value * gramsPer[m.Unit] / gramsPer[u], u}
}

func (m Mass) String() string {
	return strconv.FormatFloat(m.Value, 'g', 6, 64) + " " + m.Unit.String()
}

type Stringer interface{ String() string }

func show(label string, vals ...Stringer) {
	line := fmt.Sprintf("%-22s", label)
	for _, v := range vals {
		line += fmt.Sprintf("  %-14s", v)
	}
	fmt.Println(strings.TrimRight(line, " "))
}

func main() {
	fmt.Println("Temperature reference points:")
	for _, c := range []Celsius{AbsoluteZeroC, -40, FreezingC, 20, 37, BoilingC} {
		show(fmt.Sprintf("  %g C", float64(c)), c, c.ToF(), c.ToK())
	}
	fmt.Println("\nOven settings (F -> C):")
	for _, f := range []Fahrenheit{250, 325, 350, 400, 450} {
		c := f.ToC()
		fmt.Printf("  %v = %v (round trip %v)\n", f, c, c.ToF())
	}
	k := Kelvin(5778)
	fmt.Printf("\nSun surface: %v = %v = %v\n", k, k.ToC(), k.ToC().ToF())

	fmt.Println("\nDistances:")
	for _, m := range []Meters{1, 100, 1000, 8848.86, 42195} {
		show("  "+m.String(), m.Feet(), m.Miles())
	}
	h := Feet(6)
	fmt.Printf("  a %v person is %v tall\n", h, h.Meters())

	fmt.Println("\nMass conversions:")
	samples := []Mass{{1, Kilogram}, {150, Pound}, {12, Ounce}, {11, Stone}, {2500, Gram}}
	for _, s := range samples {
		line := fmt.Sprintf("  %-10v", s)
		for u := Gram; u <= Stone; u++ {
			if u != s.Unit {
				line += fmt.Sprintf(" | %-14v", s.To(u))
			}
		}
		fmt.Println(strings.TrimRight(line, " "))
	}

	// Type safety: adding Celsius to Fahrenheit would not compile; must convert.
	var indoor Celsius = 21.5
	var outdoor Fahrenheit = 14
	diff := indoor - outdoor.ToC()
	fmt.Printf("\nIndoor/outdoor difference: %v (%.1f F-degrees)\n", diff, float64(diff)*9/5)
}
