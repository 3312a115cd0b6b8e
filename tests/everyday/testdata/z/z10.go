package main

import (
	"errors"
	"fmt"
)

type Celsius float64
type Fahrenheit float64

func (c Celsius) String() string    { return fmt.Sprintf("%.1f°C", float64(c)) }
func (f Fahrenheit) String() string { return fmt.Sprintf("%.1f°F", float64(f)) }
func (c Celsius) ToF() Fahrenheit   { return Fahrenheit(c*9/5 + 32) }
func (f Fahrenheit) ToC() Celsius   { return Celsius((f - 32) * 5 / 9) }

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
)

var dayNames = [...]string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"}

func (d Weekday) String() string {
	if d < 0 || int(d) >= len(dayNames) {
		return fmt.Sprintf("Weekday(%d)", int(d))
	}
	return dayNames[d]
}

func (d Weekday) Weekend() bool { return d == Saturday || d == Sunday }
func (d Weekday) Add(n int) Weekday {
	return Weekday(((int(d)+n)%7 + 7) % 7)
}

type Point struct{ X, Y int }

func (p Point) GoString() string { return fmt.Sprintf("Pt(%d,%d)", p.X, p.Y) }

type ValidationError struct {
	Field string
	Value any
}

func (e ValidationError) Error() string {
	return fmt.Sprintf("invalid %s: %v", e.Field, e.Value)
}

type Reading struct {
	Day  Weekday
	Temp Celsius
	At   Point
}

func validate(r Reading) error {
	if r.Temp < -90 || r.Temp > 60 {
		return ValidationError{"temp", r.Temp}
	}
	if r.Day.String()[0] == 'W' && r.Day != Wednesday {
		return ValidationError{Field: "day", Value: r.Day}
	}
	return nil
}

func main() {
	temps := []Celsius{-40, 0, 21.5, 37, 100}
	for _, t := range temps {
		fmt.Printf("%v = %v (%s) back=%v\n", t, t.ToF(), t.ToF(), t.ToF().ToC())
	}
	fmt.Printf("%v %d %s %q %x\n", Friday, Friday, Monday, Tuesday, Saturday)
	for d := Sunday; d <= Saturday; d++ {
		fmt.Printf("%s:%t ", d, d.Weekend())
	}
	fmt.Println()
	fmt.Println(Friday.Add(3), Monday.Add(-2), Weekday(9), Sunday.Add(-15))

	p := Point{3, 4}
	fmt.Printf("%v %+v %#v\n", p, p, p)
	readings := []Reading{
		{Monday, 18.25, Point{1, 2}},
		{Weekday(12), 20, Point{0, 0}},
		{Friday, 75, Point{5, 5}},
	}
	fmt.Printf("%v\n", readings[0])
	fmt.Printf("%+v\n", readings[0])
	fmt.Printf("%#v\n", readings[0].At)
	for _, r := range readings {
		err := validate(r)
		var ve ValidationError
		if errors.As(err, &ve) {
			fmt.Printf("error: %v (field=%s, type=%T)\n", err, ve.Field, ve.Value)
		} else {
			fmt.Println("ok:", r.Day, r.Temp)
		}
	}
	var e error = ValidationError{"x", 1}
	fmt.Println(e)
	fmt.Printf("%T %v %s\n", e, e, []Weekday{Monday, Friday})
}
