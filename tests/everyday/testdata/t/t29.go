package main

import (
	"fmt"
	"sort"
	"strings"
)

type Reader interface{ Read() string }
type Writer interface{ Write(s string) int }
type ReadWriter interface {
	Reader
	Writer
}

type Buffer struct{ data []string }

func (b *Buffer) Read() string {
	if len(b.data) == 0 {
		return ""
	}
	s := b.data[0]
	b.data = b.data[1:]
	return s
}
func (b *Buffer) Write(s string) int { b.data = append(b.data, s); return len(s) }

// CountingWriter embeds an interface and overrides one method.
type CountingWriter struct {
	Writer
	Bytes, Calls int
}

func (c *CountingWriter) Write(s string) int {
	n := c.Writer.Write(strings.ToUpper(s))
	c.Bytes += n
	c.Calls++
	return n
}

type Shape interface {
	Area() float64
	Perimeter() float64
}
type Rect struct{ W, H float64 }
type Circle struct{ R float64 }
type Square struct{ Rect }

func (r Rect) Area() float64        { return r.W * r.H }
func (r Rect) Perimeter() float64   { return 2 * (r.W + r.H) }
func (c Circle) Area() float64      { return 3 * c.R * c.R }
func (c Circle) Perimeter() float64 { return 6 * c.R }
func (s Square) String() string     { return fmt.Sprintf("Square(%g)", s.W) }
func NewSquare(s float64) Square    { return Square{Rect{s, s}} }

type byArea []Shape

func (a byArea) Len() int           { return len(a) }
func (a byArea) Less(i, j int) bool { return a[i].Area() < a[j].Area() }
func (a byArea) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }

func main() {
	buf := &Buffer{}
	cw := &CountingWriter{Writer: buf}
	var w Writer = cw
	w.Write("hello")
	w.Write("go")
	fmt.Println(cw.Bytes, cw.Calls, buf.data)

	var rw ReadWriter = buf
	rw.Write("third")
	fmt.Println(rw.Read(), rw.Read(), len(buf.data))
	var r Reader = rw
	if w2, ok := r.(Writer); ok {
		w2.Write("via assertion")
	}
	fmt.Println(buf.data)
	_, isRW := w.(ReadWriter)
	fmt.Println("CountingWriter is ReadWriter:", isRW)

	shapes := []Shape{Rect{3, 4}, Circle{1}, NewSquare(2), Circle{1.5}, Rect{1, 1}}
	sort.Sort(byArea(shapes))
	total := 0.0
	for _, s := range shapes {
		total += s.Area()
		desc := fmt.Sprintf("%v", s)
		if st, ok := s.(fmt.Stringer); ok {
			desc = "stringer " + st.String()
		}
		fmt.Printf("%-18s %-12T area=%5.2f perim=%5.2f\n", desc, s, s.Area(), s.Perimeter())
	}
	fmt.Printf("total %.1f\n", total)
	sq := NewSquare(5)
	fmt.Println(sq.Rect.Area(), sq.W, sq == NewSquare(5), Shape(sq) == Shape(NewSquare(5)))
}
