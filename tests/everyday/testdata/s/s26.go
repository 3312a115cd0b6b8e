package main

import (
	"fmt"
	"math"
	"slices"
)

// Named numeric types with String methods: Celsius, Fahrenheit, Meters, Probability.

type Celsius float64
type Fahrenheit float64
type Meters float64
type Probability float64

func (c Celsius) String() string     { return fmt.Sprintf("%.1f°C", float64(c)) }
func (f Fahrenheit) String() string  { return fmt.Sprintf("%.1f°F", float64(f)) }
func (c Celsius) ToF() Fahrenheit    { return Fahrenheit(c*9/5 + 32) }
func (f Fahrenheit) ToC() Celsius    { return Celsius((f - 32) * 5 / 9) }
func (p Probability) String() string { return fmt.Sprintf("%.2f%%", float64(p)*100) }

func (m Meters) String() string {
	switch {
	case m >= 1000:
		return fmt.Sprintf("%.2fkm", float64(m)/1000)
	case m < 1:
		return fmt.Sprintf("%.0fcm", float64(m)*100)
	}
	return fmt.Sprintf("%.1fm", float64(m))
}

func (p Probability) And(q Probability) Probability { return p * q }
func (p Probability) Or(q Probability) Probability  { return p + q - p*q }
func (p Probability) Not() Probability              { return 1 - p }

type Reading struct {
	City string
	Temp Celsius
}

func main() {
	readings := []Reading{
		{"Oslo", -3.5}, {"Lisbon", 17.2}, {"Cairo", 28.9}, {"Toronto", -8.1},
		{"Sydney", 22.4}, {"Reykjavik", 1.0}, {"Mumbai", 31.6},
	}
	slices.SortFunc(readings, func(a, b Reading) int {
		if a.Temp < b.Temp {
			return -1
		} else if a.Temp > b.Temp {
			return 1
		}
		return 0
	})
	for _, r := range readings {
		fmt.Printf("%-10s %8v %8v\n", r.City, r.Temp, r.Temp.ToF())
	}
	var sum Celsius
	for _, r := range readings {
		sum += r.Temp
	}
	fmt.Println("average:", sum/Celsius(len(readings)))
	fmt.Println("boiling:", Fahrenheit(212).ToC(), "body:", Celsius(37).ToF())
	fmt.Printf("raw value with %%v vs %%.3f: %v vs %.3f\n", Celsius(21.456), Celsius(21.456))

	temps := map[string]Celsius{}
	for _, r := range readings {
		temps[r.City] = r.Temp
	}
	fmt.Println("map:", temps)

	heights := []Meters{0.42, 1.85, 8848.86, 324, 0.05, 1500}
	slices.Sort(heights)
	fmt.Println("heights:", heights)
	var trail Meters
	for _, seg := range []Meters{1200, 850.5, 2300, 75} {
		trail += seg
	}
	fmt.Println("trail:", trail, "half:", trail/2)

	rain := Probability(0.3)
	wind := Probability(0.45)
	fmt.Println("\nP(rain) =", rain, "P(wind) =", wind)
	fmt.Println("P(rain and wind) =", rain.And(wind))
	fmt.Println("P(rain or wind)  =", rain.Or(wind))
	fmt.Println("P(neither)       =", rain.Not().And(wind.Not()))
	week := Probability(1)
	for range 7 {
		week = week.And(rain.Not())
	}
	fmt.Println("P(no rain all week) =", week)
	odds := map[string]Probability{"heads": 0.5, "six": Probability(1.0 / 6), "royal flush": 1.539e-6}
	fmt.Println("odds:", odds)
	fmt.Printf("entropy of fair die: %.4f bits\n", -6*float64(odds["six"])*math.Log2(float64(odds["six"])))
}
