package rt

import (
	"fmt"
	"io"
	"math"
	"reflect"
	"runtime"
	"strconv"
	"strings"
)

// PrintTo implements Go's builtin print and println for cells: the
// runtime's own formatting (pointers in hex, a slice as [len/cap]0xaddr,
// a nil interface as (0x0,0x0), floats as the toolchain's runtime writes
// them: 1.5 since Go 1.26, +1.500000e+000 before), without spaces for
// print, with spaces and a newline for println. Go writes them to
// standard error.
func PrintTo(w io.Writer, ln bool, args ...any) {
	var b strings.Builder
	for i, a := range args {
		if ln && i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(printValue(a))
	}
	if ln {
		b.WriteByte('\n')
	}
	_, _ = io.WriteString(w, b.String())
}

func printValue(a any) string {
	if a == nil {
		return "(0x0,0x0)" // println(nil) does not compile: a nil interface
	}
	v := reflect.ValueOf(a)
	switch v.Kind() {
	case reflect.Bool:
		return strconv.FormatBool(v.Bool())
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return strconv.FormatInt(v.Int(), 10)
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return strconv.FormatUint(v.Uint(), 10)
	case reflect.Float32:
		return printFloat(v.Float(), 32)
	case reflect.Float64:
		return printFloat(v.Float(), 64)
	case reflect.Complex64, reflect.Complex128:
		c, bits := v.Complex(), 64
		if v.Kind() == reflect.Complex64 {
			bits = 32
		}
		if shortFloats {
			return strconv.FormatComplex(c, 'g', -1, 2*bits)
		}
		return "(" + printFloat(real(c), bits) + printFloat(imag(c), bits) + "i)"
	case reflect.String:
		return v.String()
	case reflect.Pointer, reflect.Chan, reflect.Map, reflect.Func, reflect.UnsafePointer:
		return fmt.Sprintf("%#x", v.Pointer())
	case reflect.Slice:
		return fmt.Sprintf("[%d/%d]%#x", v.Len(), v.Cap(), v.Pointer())
	default:
		return fmt.Sprintf("(%v)", a)
	}
}

// shortFloats: the runtime of Go 1.26 and later prints floats as
// strconv's shortest 'g' form.
var shortFloats = goMinor(runtime.Version()) >= 26

func goMinor(v string) int {
	rest, ok := strings.CutPrefix(v, "go1.")
	if !ok {
		return 1 << 20 // a development toolchain: the newest behaviour
	}
	n := 0
	for _, r := range rest {
		if r < '0' || r > '9' {
			break
		}
		n = n*10 + int(r-'0')
	}
	return n
}

// printFloat formats like the runtime: the shortest 'g' form since Go
// 1.26, sign and d.dddddde±ddd before.
func printFloat(f float64, bits int) string {
	if shortFloats {
		return strconv.FormatFloat(f, 'g', -1, bits)
	}
	switch {
	case math.IsNaN(f):
		return "NaN"
	case math.IsInf(f, 1):
		return "+Inf"
	case math.IsInf(f, -1):
		return "-Inf"
	}
	s := strconv.FormatFloat(f, 'e', 6, 64) // 1.500000e+00
	mant, exp, _ := strings.Cut(s, "e")
	if !strings.HasPrefix(mant, "-") {
		mant = "+" + mant
	}
	sign, digits := exp[:1], exp[1:]
	for len(digits) < 3 {
		digits = "0" + digits
	}
	return mant + "e" + sign + digits
}
