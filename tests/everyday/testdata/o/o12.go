package main

import (
	"fmt"
)

type Color uint8

const (
	Red Color = iota + 1
	Green
	Blue
)

func (c Color) String() string {
	switch c {
	case Red:
		return "Red"
	case Green:
		return "Green"
	case Blue:
		return "Blue"
	}
	return fmt.Sprintf("Color(%d)", uint8(c))
}

type Point struct {
	X, Y int
}

type Tag string

type Widget struct {
	Name   string
	Pos    Point
	Color  Color
	Tags   []Tag
	Attrs  map[string]int
	Parent *Widget
	hidden bool
	Size   [2]uint16
	Any    any
	Fn     func() `json:"-"`
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

type Celsius float64
type Grid [2][3]int8

type ErrCode int

func (e ErrCode) Error() string { return fmt.Sprintf("error code %d", int(e)) }

func show(label string, x any) {
	fmt.Printf("%-10s %%v=%v\n", label, x)
	fmt.Printf("%-10s %%+v=%+v\n", "", x)
	fmt.Printf("%-10s %%#v=%#v\n", "", x)
	fmt.Printf("%-10s %%T=%T\n", "", x)
}

func main() {
	w := Widget{
		Name:  "btn",
		Pos:   Point{3, 4},
		Color: Blue,
		Tags:  []Tag{"ui", "primary"},
		Attrs: map[string]int{"z": 2, "a": 1},
		Size:  [2]uint16{80, 24},
		Any:   Point{-1, -1},
	}
	show("point", Point{1, 2})
	show("color", Green)
	show("color?", Color(9))
	show("tag", Tag("x"))
	show("celsius", Celsius(36.6))
	show("grid", Grid{{1, 2, 3}, {4, 5, 6}})
	show("pair", Pair[string, int]{"age", 42})
	show("pairs", []Pair[int, Color]{{1, Red}, {2, Blue}})
	show("errcode", ErrCode(404))
	show("nilslice", []Tag(nil))
	show("empty", []Tag{})
	show("nilmap", map[Tag]bool(nil))
	fmt.Printf("widget %%v:  %v\n", w)
	fmt.Printf("widget %%+v: %+v\n", w)
	var e error = ErrCode(500)
	fmt.Printf("iface  %v %T %d\n", e, e, e)
	var a any
	fmt.Printf("nil any %v %T %#v\n", a, a, a)
	fmt.Printf("bytes %v %s %q %x %#v\n", []byte("hi"), []byte("hi"), []byte("hi"), []byte("hi"), []byte("hi"))
	fmt.Printf("runes %v %q %U\n", 'é', 'é', 'é')
	fmt.Printf("struct ptr field nil? %v\n", w.Parent == nil)
}
