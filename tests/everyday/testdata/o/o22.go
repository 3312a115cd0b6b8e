package main

import (
	"errors"
	"fmt"
	"math"
)

type Meters float64
type Seconds float64
type MetersPerSecond float64
type Kilograms float64
type Newtons float64

func (m Meters) String() string {
	switch {
	case math.Abs(float64(m)) >= 1000:
		return fmt.Sprintf("%.2fkm", float64(m)/1000)
	case math.Abs(float64(m)) < 1:
		return fmt.Sprintf("%.0fcm", float64(m)*100)
	}
	return fmt.Sprintf("%.2fm", float64(m))
}

func (s Seconds) String() string {
	if s >= 3600 {
		h := int(s) / 3600
		m := (int(s) % 3600) / 60
		return fmt.Sprintf("%dh%02dm", h, m)
	}
	if s >= 60 {
		return fmt.Sprintf("%dm%02ds", int(s)/60, int(s)%60)
	}
	return fmt.Sprintf("%.1fs", float64(s))
}

func (v MetersPerSecond) String() string {
	return fmt.Sprintf("%.2fm/s (%.1fkm/h)", float64(v), float64(v)*3.6)
}
func (k Kilograms) String() string { return fmt.Sprintf("%.1fkg", float64(k)) }
func (n Newtons) String() string   { return fmt.Sprintf("%.1fN", float64(n)) }

// Typed operations keep unit algebra explicit.
func Speed(d Meters, t Seconds) (MetersPerSecond, error) {
	if t <= 0 {
		return 0, &UnitError{"speed", "time must be positive", float64(t)}
	}
	return MetersPerSecond(float64(d) / float64(t)), nil
}

func (v MetersPerSecond) Over(t Seconds) Meters { return Meters(float64(v) * float64(t)) }

func Weight(m Kilograms) Newtons { return Newtons(float64(m) * 9.80665) }

type UnitError struct {
	Op     string
	Reason string
	Value  float64
}

func (e *UnitError) Error() string { return fmt.Sprintf("%s: %s (got %g)", e.Op, e.Reason, e.Value) }

type Quantity interface {
	fmt.Stringer
	~float64
}

func Sum[Q Quantity](qs ...Q) Q {
	var t Q
	for _, q := range qs {
		t += q
	}
	return t
}

func Largest[Q Quantity](qs ...Q) Q {
	m := qs[0]
	for _, q := range qs[1:] {
		m = max(m, q)
	}
	return m
}

type Leg struct {
	Name string
	Dist Meters
	Time Seconds
}

func main() {
	legs := []Leg{
		{"warmup", 800, 300},
		{"tempo", 5000, 1230},
		{"sprint", 400, 62},
		{"cooldown", 1200, 480},
		{"broken", 100, 0},
		{"stretch", 0.3, 45},
	}
	var dists []Meters
	var times []Seconds
	for _, l := range legs {
		v, err := Speed(l.Dist, l.Time)
		var ue *UnitError
		if errors.As(err, &ue) {
			fmt.Printf("%-9s %9v in %-7v -> error in %s: %s\n", l.Name, l.Dist, l.Time, ue.Op, ue.Reason)
			continue
		}
		dists = append(dists, l.Dist)
		times = append(times, l.Time)
		fmt.Printf("%-9s %9v in %-7v -> %v\n", l.Name, l.Dist, l.Time, v)
	}
	td, tt := Sum(dists...), Sum(times...)
	avg, _ := Speed(td, tt)
	fmt.Println("total distance:", td)
	fmt.Println("total time:    ", tt)
	fmt.Println("average speed: ", avg)
	fmt.Println("longest leg:   ", Largest(dists...))
	fmt.Println("marathon at avg pace takes", Seconds(42195/float64(avg)))
	fmt.Println("one hour at avg covers", avg.Over(3600))

	for _, kg := range []Kilograms{1, 62.5, 80} {
		fmt.Printf("mass %-7v weighs %v\n", kg, Weight(kg))
	}
	// Conversions must be explicit; the next line would not compile:
	// _ = dists[0] + times[0]
	raw := float64(dists[0]) + float64(times[0])
	fmt.Printf("explicit (meaningless) sum: %.1f, types %T %T\n", raw, dists[0], times[0])
}
