package main

import "fmt"

type Point struct {
	X, Y int
}

type Item struct {
	Name  string
	Price float64
	Tags  []string
	Dim   *Point
	inner bool
}

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f deg", float64(t)) }

func main() {
	p := Point{3, -4}
	fmt.Printf("%v|%+v|%#v|%T\n", p, p, p, p)
	it := Item{Name: "pen", Price: 1.5, Tags: []string{"a", "b"}}
	fmt.Printf("%v\n%+v\n", it, it)
	fmt.Printf("%#v\n", []int{1, 2})
	fmt.Printf("%#v %#v\n", map[string]int{"z": 1, "a": 2}, "q\"s")
	fmt.Printf("%q %q %q\n", "tab\there", 'x', []string{"a b", "c"})
	fmt.Printf("%x %X %x % x\n", 3054, "hi", []byte{1, 171}, "abc")
	fmt.Printf("[%08.3f] [%8.2f] [%-8.2f] [%+d]\n", 3.14159, 2.5, 2.5, 42)
	fmt.Printf("[%-8s] [%8s] [%.2s] [%5.1q]\n", "go", "go", "golang", "xyz")
	fmt.Printf("%U %c %c %d\n", '世', 0x4E16, 'A'+2, 'a')
	fmt.Printf("%b %o %O %#b\n", 10, 64, 64, 5)
	fmt.Printf("%e %E %.2e %g %g\n", 123456.789, 0.000123, 1e6, 1e21, 0.00001)
	fmt.Printf("%t %v %5t\n", true, false, true)
	fmt.Printf("%6d|%-6d|%06d|%x\n", 42, 42, -42, -255)
	fmt.Printf("%v %s %d\n", Temp(21.55), Temp(0), []int{1, 2})
	fmt.Printf("%*d|%-*d|\n", 5, 7, 4, 8)
	fmt.Printf("%[2]d %[1]d %d\n", 1, 2)
	fmt.Printf("%v %v\n", nil, []any{nil, 1})
	fmt.Printf("%T %T %T %T\n", nil, 'a', 2.0, [2]bool{})
	fmt.Printf("%v %.3v %8.3v\n", 1.0/3, 1.0/3, 2.0/3)
	fmt.Printf("%%|%5.1f%%\n", 99.5)
	var e error
	fmt.Printf("%v\n", e)
	type pair struct {
		A any
		B []byte
	}
	fmt.Printf("%+v %v\n", pair{nil, []byte("hi")}, pair{1, nil})
	s := fmt.Sprint("a", 1, 2, "b", "c", 3.0)
	fmt.Println(s, len(s))
	fmt.Println(fmt.Sprintln("x", 1) == "x 1\n")
	fmt.Printf("%v %d\n", [3]uint8{1, 2, 3}, []uint8{4, 5})
	fmt.Printf("%s\n", []byte("bytes"))
	fmt.Printf("%x %X\n", "Hello", []byte("Hello"))
	fmt.Printf("%c|%-4c|%4c|\n", 'é', 'x', 'y')
	fmt.Printf("%08b %3o %#X\n", 37, 9, 48879)
	fmt.Printf("%v %v\n", int8(-128), uint16(65535))
	fmt.Printf("%6.2f%%|%-10.4e|\n", 12.3456, 12345.678)
	fmt.Printf("%v %+v\n", struct{}{}, &struct{ A int }{5})
	fmt.Printf("%v\n", complex(1, -2))
}
