package main

import (
	"errors"
	"fmt"
)

type Point struct {
	X, Y int
}

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type Secret string

func (s Secret) GoString() string { return `Secret("***")` }
func (s Secret) String() string   { return "***" }

type Record struct {
	Name  string
	Tags  []string
	Attrs map[string]int
	Loc   *Point
	Temp  Celsius
	next  *Record
}

type Color uint8

func (c Color) Format(f fmt.State, verb rune) {
	names := []string{"red", "green", "blue"}
	switch verb {
	case 'v', 's':
		if f.Flag('+') {
			fmt.Fprintf(f, "Color(%d:%s)", uint8(c), names[c%3])
			return
		}
		fmt.Fprint(f, names[c%3])
	default:
		fmt.Fprintf(f, "%d", uint8(c))
	}
}

func main() {
	p := Point{3, -4}
	fmt.Printf("%v | %+v | %#v | %T\n", p, p, p, p)
	pp := &p
	fmt.Printf("%v %+v\n", pp, pp)

	r := Record{Name: "probe", Tags: []string{"a", "b"}, Attrs: map[string]int{"z": 1, "a": 2}, Loc: nil, Temp: 21.456}
	fmt.Printf("%v\n%+v\n", r, r)
	fmt.Printf("%#v\n", r.Tags)
	fmt.Printf("%#v %#v\n", r.Attrs, r.Temp)

	fmt.Printf("[%d] [%5d] [%-5d] [%05d] [%+d] [%x] [%X] [%o] [%O] [%b] [%#x]\n", 42, 42, 42, 42, 42, 255, 255, 8, 8, 5, 255)
	fmt.Printf("[%f] [%.2f] [%8.2f] [%-8.2f] [%e] [%E] [%g] [%G] [%.3g]\n", 3.14159, 3.14159, 3.14159, 3.14159, 123456.789, 0.000123, 1e21, 1e-7, 3.14159)
	fmt.Printf("[%s] [%10s] [%-10s] [%.3s] [%q] [%x] [% x] [%X]\n", "gopher", "gopher", "gopher", "gopher", "go\"pher\n", "hi", "hi", []byte("Go"))
	fmt.Printf("[%c] [%U] [%#U] [%q] [%d]\n", 'G', 'ß', '世', 'x', 'A')
	fmt.Printf("[%t] [%v] [%5t]\n", true, false, true)
	fmt.Printf("[%v] [%d] [%s] [%v]\n", []int{1, 2}, []int{1, 2}, []string{"x", "y"}, [2]bool{true})
	fmt.Printf("[%v] [%v] [%v] [%d]\n", nil, []int(nil), map[string]int(nil), []int{})
	fmt.Printf("[%*d] [%-*d] [%.*f]\n", 6, 7, 4, 7, 2, 2.71828)
	fmt.Printf("%[2]s %[1]s %[2]s\n", "world", "hello")
	fmt.Printf("%6.2f%% done\n", 99.5)
	bad := []string{"%d %s|", "%d|%d|", "%z %!|"}
	fmt.Printf(bad[0], "str", 5)
	fmt.Printf(bad[1], 1)
	fmt.Printf(bad[2], 1, 2, 3)
	fmt.Println()

	var s Secret = "hunter2"
	fmt.Printf("%v %s %#v %q\n", s, s, s, s)
	fmt.Println(Celsius(-3.75), []Celsius{1, 2.5})
	c := Color(1)
	fmt.Printf("%v %+v %d %s\n", c, c, c, Color(5))

	err := fmt.Errorf("wrap: %w", errors.New("inner"))
	fmt.Printf("%v | %s | %q\n", err, err, err)
	fmt.Println(fmt.Sprint("a", 1, 2, "b", "c", 3.0, 4), fmt.Sprintln("x", 1))
	fmt.Printf("%v %.2v %10.3v|\n", 1.0/3, 1.0/3, 2.0/3)
	fmt.Printf("%x %X %x\n", -255, "Hello", 3.5)
	fmt.Printf("%08.3f|%-8.3f|%+.1e\n", -3.14159, 2.5, 12345.678)
	type pair struct {
		a any
		b error
	}
	fmt.Printf("%+v\n", pair{a: 1.5})
	fmt.Printf("%v %v\n", int8(-128), uint64(18446744073709551615))
	fmt.Printf("%6.3v|%-6v|%06d\n", "abcdef", true, -42)
	fmt.Printf("%t %v\n", 1 < 2, complex(1, -2))
}
