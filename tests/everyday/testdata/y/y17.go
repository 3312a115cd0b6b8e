package main

import (
	"fmt"
	"math"
	"slices"
	"strings"
)

type Celsius float64
type Fahrenheit float64
type Kelvin float64

func (c Celsius) String() string    { return fmt.Sprintf("%.1f°C", float64(c)) }
func (f Fahrenheit) String() string { return fmt.Sprintf("%.1f°F", float64(f)) }

func (c Celsius) ToF() Fahrenheit { return Fahrenheit(c*9/5 + 32) }
func (f Fahrenheit) ToC() Celsius { return Celsius((f - 32) * 5 / 9) }

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }
type Square struct{ Rect }

func (r Rect) Area() float64        { return r.W * r.H }
func (r Rect) Perimeter() float64   { return 2 * (r.W + r.H) }
func (c Circle) Area() float64      { return math.Pi * c.R * c.R }
func (c Circle) Perimeter() float64 { return 2 * math.Pi * c.R }
func (c Circle) String() string     { return fmt.Sprintf("Circle(r=%g)", c.R) }

func NewSquare(s float64) Square { return Square{Rect{s, s}} }

func classify(v any) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case Celsius:
		return "temperature " + x.String()
	case fmt.Stringer:
		return "stringer " + x.String()
	case int, int64:
		return fmt.Sprintf("integer %v", x)
	case float64:
		return fmt.Sprintf("float %.3f", x)
	case string:
		return fmt.Sprintf("string len=%d", len(x))
	case []int:
		return fmt.Sprintf("ints sum=%d", sum(x))
	case error:
		return "error " + x.Error()
	case Shape:
		return fmt.Sprintf("shape area=%.2f", x.Area())
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func sum(xs []int) (t int) {
	for _, x := range xs {
		t += x
	}
	return
}

func main() {
	temps := []Celsius{-40, 0, 21.5, 37, 100}
	for _, t := range temps {
		fmt.Printf("%v = %v, back %v\n", t, t.ToF(), t.ToF().ToC())
	}
	fmt.Println(temps)
	fmt.Printf("%.2f %v %s %T\n", temps[2], temps[2], Fahrenheit(98.6), Kelvin(300))

	shapes := []Shape{Rect{3, 4}, Circle{1}, NewSquare(2.5), Circle{0.5}}
	slices.SortFunc(shapes, func(a, b Shape) int {
		if a.Area() < b.Area() {
			return -1
		}
		if a.Area() > b.Area() {
			return 1
		}
		return 0
	})
	for _, s := range shapes {
		fmt.Printf("%-14s %-12T area=%7.3f perim=%7.3f\n", fmt.Sprint(s), s, s.Area(), s.Perimeter())
	}

	var nilShape Shape
	items := []any{nil, Celsius(5), Circle{2}, 42, int64(7), 3.14159, "héllo", []int{1, 2, 3},
		fmt.Errorf("boom"), Rect{1, 2}, map[string]int{}, nilShape, Kelvin(1)}
	for i, it := range items {
		fmt.Printf("%2d %s\n", i, classify(it))
	}

	if s, ok := shapes[0].(fmt.Stringer); ok {
		fmt.Println("first is stringer:", s)
	}
	if _, ok := shapes[0].(Rect); !ok {
		fmt.Printf("first is not Rect, it is %T\n", shapes[0])
	}
	var sb strings.Builder
	var w fmt.Stringer = Celsius(12)
	fmt.Fprint(&sb, w, " ", Fahrenheit(50))
	fmt.Println(sb.String())
}
