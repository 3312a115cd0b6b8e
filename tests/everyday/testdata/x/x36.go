package main

import (
	"errors"
	"fmt"
	"os"
)

type Color struct {
	R, G, B uint8
}

type Pixel struct {
	X, Y  int
	C     Color
	Label string
	Tags  []string
	Meta  map[string]int
	Next  *Pixel
}

type Level int

func (l Level) String() string { return [...]string{"DEBUG", "INFO", "WARN"}[l] }

type Secret string

func (s Secret) GoString() string { return `Secret("***")` }
func (s Secret) Format(f fmt.State, verb rune) {
	switch verb {
	case 'v', 's':
		if f.Flag('+') {
			fmt.Fprintf(f, "secret(%d chars)", len(s))
			return
		}
		fmt.Fprint(f, "***")
	default:
		fmt.Fprintf(f, "%%!%c(Secret)", verb)
	}
}

func main() {
	c := Color{255, 128, 0}
	p := Pixel{X: 1, Y: -2, C: c, Label: "dot", Tags: []string{"a", "b"}, Meta: map[string]int{"z": 1, "a": 2}}
	fmt.Printf("%v\n%+v\n", p, p)
	fmt.Printf("%#v\n", c)
	fmt.Printf("%#v %#v %#v\n", []int{1, 2}, map[string]bool{"b": true, "a": false}, "q\"s")
	fmt.Printf("%T %T %T %T %T\n", p, &p, p.Tags, p.Meta, Level(1))
	fmt.Printf("%v %d %s %q %x\n", Level(2), Level(2), Level(0), Level(1), Level(1))

	fmt.Printf("|%5d|%-5d|%05d|%+d|% d|%x|%X|%#x|%o|%O|%b|\n", 42, 42, 42, 42, 42, 255, 255, 255, 8, 8, 5)
	fmt.Printf("|%8.3f|%-8.2f|%08.3f|%+.1e|%e|%E|%g|%G|\n", 3.14159, 2.5, -3.14159, 12345.678, 0.000123, 1e21, 1e21, 1e-7)
	fmt.Printf("|%g|%g|%g|%.3g|%v|%v|%v|\n", 100000.0, 1000000.0, 1e-4, 1234.5678, 1e20, 1e21, float32(0.1))
	fmt.Printf("|%s|%10s|%-10s|%.2s|%q|%x|% x|%X|\n", "go", "go", "go", "gopher", "a\nb", "hi", "hi", "héllo")
	fmt.Printf("|%c|%c|%U|%#U|%q|%d|\n", 'G', 0x4E16, 'é', '世', 'x', 'x')
	fmt.Printf("|%*d|%-*d|%.*f|\n", 6, 7, 4, 9, 2, 3.14159)
	fmt.Printf("|%[2]d %[1]d|%[4]*.[3]*[5]f|\n", 1, 2, 2, 8, 3.14159)
	fmt.Printf("|%t|%v|%5t|\n", true, false, true)
	fmt.Printf("|%v|%v|%v|%d|\n", nil, []string(nil), map[int]int(nil), []int(nil))
	fmt.Printf("|%v|%s|%d|\n", errors.New("e1"), []byte("bytes"), []byte("ab"))
	fmt.Printf("|%x|%X|% X|%#x|\n", []byte{1, 171, 255}, "ok", []byte{10, 11}, []byte{1, 2})
	fmt.Printf("|%6.2f%%|%3c|%-4q|%#q|\n", 99.5, 'z', 'y', "back`tick")
	fmt.Printf("|%v|%+v|%#v|%s|%d|\n", Secret("pw"), Secret("pw"), Secret("pw"), Secret("pw"), Secret("pw"))
	fmt.Printf("%d %s\n", "str", 12)
	fmt.Printf("%d\n", 1, 2)
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%!\n")
	fmt.Printf("|%v|%v|\n", [2]bool{true}, struct {
		A int
		b string
	}{1, "x"})
	fmt.Printf("|%6.2v|%.0f|%.0f|%.0f|%5.1f|\n", 3.14159, 0.5, 1.5, 2.5, -0.04)
	fmt.Printf("|%3v|%-3v|%03v|\n", []int{1, 2}, []int{3}, []int{4, 5})
	fmt.Printf("|%v|%.2v|%8.3v|\n", complex(1, -2), complex(1.2345, 0), 1+2i)
	s := fmt.Sprint("a", 1, 2, "b", "c", 3.0, nil, 'x')
	fmt.Println(s, len(s))
	s2 := fmt.Sprintln("a", 1, true)
	fmt.Print(s2, len(s2), "\n")
	n, err := fmt.Fprintf(os.Stdout, "%-6s|%6s|\n", "左", "右")
	fmt.Println(n, err)
	var ip *int
	var e error
	fmt.Println(ip == nil, e, fmt.Sprintf("%v %d", ip == nil, []any{1, "a", nil}))
}
