package main

import (
	"fmt"
	"strings"
)

// Vec3 implements fmt.Formatter so verbs and flags control its rendering.
type Vec3 struct{ X, Y, Z float64 }

func (v Vec3) Format(f fmt.State, verb rune) {
	prec, hasPrec := f.Precision()
	if !hasPrec {
		prec = 2
	}
	switch verb {
	case 'v':
		if f.Flag('+') {
			fmt.Fprintf(f, "Vec3{X:%.*f Y:%.*f Z:%.*f}", prec, v.X, prec, v.Y, prec, v.Z)
			return
		}
		if f.Flag('#') {
			fmt.Fprintf(f, "main.Vec3{%g, %g, %g}", v.X, v.Y, v.Z)
			return
		}
		fallthrough
	case 'f':
		s := fmt.Sprintf("(%.*f, %.*f, %.*f)", prec, v.X, prec, v.Y, prec, v.Z)
		if w, ok := f.Width(); ok && len(s) < w {
			pad := strings.Repeat(" ", w-len(s))
			if f.Flag('-') {
				s += pad
			} else {
				s = pad + s
			}
		}
		fmt.Fprint(f, s)
	case 's':
		fmt.Fprintf(f, "<%g %g %g>", v.X, v.Y, v.Z)
	case 'q':
		fmt.Fprintf(f, "%q", fmt.Sprintf("%g,%g,%g", v.X, v.Y, v.Z))
	default:
		fmt.Fprintf(f, "%%!%c(Vec3)", verb)
	}
}

// Temperature implements only Stringer.
type Temperature float64

func (t Temperature) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }

// Secret implements GoStringer and Stringer to redact.
type Secret string

func (s Secret) String() string   { return "****" }
func (s Secret) GoString() string { return `Secret("redacted")` }

type Reading struct {
	Sensor string
	Temp   Temperature
	Pos    Vec3
	Key    Secret
}

type Hex []byte

func (h Hex) Format(f fmt.State, verb rune) {
	sep := ""
	if f.Flag(' ') {
		sep = " "
	}
	parts := make([]string, len(h))
	for i, b := range h {
		if verb == 'X' {
			parts[i] = fmt.Sprintf("%02X", b)
		} else {
			parts[i] = fmt.Sprintf("%02x", b)
		}
	}
	fmt.Fprint(f, strings.Join(parts, sep))
}

func main() {
	v := Vec3{1, 2.5, -3.25}
	fmt.Printf("%%v    : %v\n", v)
	fmt.Printf("%%+v   : %+v\n", v)
	fmt.Printf("%%#v   : %#v\n", v)
	fmt.Printf("%%.0f  : %.0f\n", v)
	fmt.Printf("%%.4v  : %.4v\n", v)
	fmt.Printf("%%30v  : [%30v]\n", v)
	fmt.Printf("%%-30v : [%-30v]\n", v)
	fmt.Printf("%%s    : %s\n", v)
	fmt.Printf("%%q    : %q\n", v)
	fmt.Printf("%%d    : %d\n", v)
	fmt.Printf("%%T    : %T\n", v)

	t := Temperature(21.456)
	fmt.Printf("temp %v | %s | %.2f | %8v|\n", t, t, float64(t), t)

	k := Secret("hunter2")
	fmt.Printf("secret %v %s %#v %q\n", k, k, k, k)

	r := Reading{"kitchen", 19.95, Vec3{0, 1, 2}, "abc"}
	fmt.Printf("reading %v\n", r)
	fmt.Printf("reading %+v\n", r)
	fmt.Printf("reading %#v\n", r)

	h := Hex{0xde, 0xad, 0xbe, 0xef, 0x01}
	fmt.Printf("hex %x | % x | %X | % X\n", h, h, h, h)

	readings := []Temperature{18, 22.25, -4.5}
	fmt.Println("temps:", readings)
	fmt.Print(fmt.Sprint(v, t), " | ", fmt.Sprintln(k, Vec3{}))
}
