package main

import (
	"fmt"
	"math"
	"strings"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Named struct{ Name string }

func (n Named) Describe() string { return "shape " + n.Name }
func (n *Named) Rename(s string) { n.Name = s }
func (n Named) Kind() string     { return "generic" }

type Circle struct {
	Named
	R float64
}

func (c Circle) Area() float64      { return math.Pi * c.R * c.R }
func (c Circle) Perimeter() float64 { return 2 * math.Pi * c.R }
func (c Circle) Kind() string       { return "round" }

type Rect struct {
	*Named
	W, H float64
}

func (r Rect) Area() float64      { return r.W * r.H }
func (r Rect) Perimeter() float64 { return 2 * (r.W + r.H) }

type Square struct {
	Rect
}

func (s Square) Describe() string { return "square! " + s.Rect.Describe() }

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }

type Logger struct {
	prefix string
	lines  []string
}

func (l *Logger) Log(s string) { l.lines = append(l.lines, l.prefix+s) }

type Service struct {
	*Logger
	Name string
}

func classify(v any) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int, int64, int32:
		return fmt.Sprintf("integer %v", x)
	case float32, float64:
		return fmt.Sprintf("float %v", x)
	case string:
		return "string of len " + fmt.Sprint(len(x))
	case Circle:
		return "circle r=" + fmt.Sprint(x.R)
	case Shape:
		return fmt.Sprintf("other shape area=%.1f", x.Area())
	case fmt.Stringer:
		return "stringer " + x.String()
	case error:
		return "error " + x.Error()
	default:
		return fmt.Sprintf("unknown %T", x)
	}
}

func main() {
	c := Circle{Named{"c1"}, 2}
	r := Rect{&Named{"r1"}, 3, 4}
	sq := Square{Rect{&Named{"sq"}, 5, 5}}
	shapes := []Shape{c, r, sq, &c}
	for _, s := range shapes {
		fmt.Printf("%-12T area=%7.3f perim=%7.3f\n", s, s.Area(), s.Perimeter())
	}
	fmt.Println(c.Describe(), "|", c.Kind(), "|", c.Named.Kind())
	fmt.Println(r.Describe(), "|", r.Kind(), "|", sq.Describe())

	c.Rename("renamed") // addressable, promoted pointer method
	r.Rename("r-renamed")
	rCopy := r
	rCopy.Rename("shared")
	sq.Rename("SQ")
	fmt.Println(c.Name, r.Name, rCopy.Name, sq.Name, sq.Rect.Named.Name)

	svc := Service{&Logger{prefix: "[svc] "}, "api"}
	svc.Log("start")
	other := svc
	other.Log("from copy")
	fmt.Println(strings.Join(svc.lines, "; "), len(other.lines))

	type describer interface{ Describe() string }
	for _, v := range []any{c, r, sq, 42} {
		if d, ok := v.(describer); ok {
			fmt.Println("describer:", d.Describe())
		} else {
			fmt.Printf("%T is not a describer\n", v)
		}
	}
	vals := []any{nil, 3, int64(4), 2.5, float32(1.5), "héllo", c, r, fmt.Errorf("boom"), uint8(1), Temp(21.5), []int{1}}
	for _, v := range vals {
		fmt.Println(classify(v))
	}
}
