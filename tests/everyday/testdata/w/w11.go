package main

import (
	"fmt"
	"math"
	"strings"
)

type Entity struct {
	ID   int
	Name string
}

func (e Entity) Describe() string    { return fmt.Sprintf("entity#%d(%s)", e.ID, e.Name) }
func (e *Entity) Rename(name string) { e.Name = name }

type Versioned struct {
	Version int
	History []string
}

func (v *Versioned) Bump(note string) {
	v.Version++
	v.History = append(v.History, fmt.Sprintf("v%d:%s", v.Version, note))
}

type User struct {
	Entity
	Versioned
	Email string
}

type Admin struct {
	User
	Perms []string
}

func (a Admin) Describe() string {
	return "admin " + a.User.Describe() + " perms=" + strings.Join(a.Perms, "|")
}

type Describer interface{ Describe() string }

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
func (c Circle) Describe() string   { return fmt.Sprintf("circle r=%g", c.R) }
func NewSquare(s float64) Square    { return Square{Rect{s, s}} }

type Logger interface{ Log(string) }
type memLog struct{ lines []string }

func (m *memLog) Log(s string) { m.lines = append(m.lines, s) }

type Service struct {
	Logger
	name string
}

func (s Service) Run() { s.Log("running " + s.name) }

func classify(v any) string {
	switch x := v.(type) {
	case Square:
		return fmt.Sprintf("square side=%g", x.W)
	case Shape:
		extra := ""
		if d, ok := x.(Describer); ok {
			extra = " [" + d.Describe() + "]"
		}
		return fmt.Sprintf("%T area=%.2f perim=%.2f%s", x, x.Area(), x.Perimeter(), extra)
	case Describer:
		return "describer: " + x.Describe()
	case int, int64:
		return fmt.Sprintf("integer %v", x)
	case string:
		return "string of len " + fmt.Sprint(len(x))
	case error:
		return "error " + x.Error()
	default:
		return fmt.Sprintf("unknown %T", x)
	}
}

func main() {
	u := User{Entity: Entity{1, "Ann"}, Email: "ann@x.io"}
	u.Bump("created")
	u.Bump("email verified")
	fmt.Println(u.Describe(), u.Name, u.ID, u.Version, u.History)
	a := Admin{User: u, Perms: []string{"read", "write"}}
	a.Rename("Root Ann")
	a.Bump("promoted")
	fmt.Println(a.Describe())
	fmt.Println("original user untouched:", u.Name, u.Version, len(u.History))
	fmt.Printf("%+v\n", a.Entity)
	things := []any{u, a, Rect{3, 4}, Circle{1}, NewSquare(2), 42, int64(7), "hello", nil, fmt.Errorf("boom"), 3.5}
	for i, t := range things {
		fmt.Printf("%2d %s\n", i, classify(t))
	}
	var total float64
	for _, s := range []Shape{Rect{1, 2}, Circle{2}, NewSquare(3)} {
		total += s.Area()
	}
	fmt.Printf("total area %.3f\n", total)
	log := &memLog{}
	Service{Logger: log, name: "api"}.Run()
	Service{log, "worker"}.Run()
	fmt.Println(log.lines)
}
