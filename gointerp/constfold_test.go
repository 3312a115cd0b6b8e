package gointerp

import "testing"

// Constants get go/types' exact values: arithmetic beyond 64 bits, iota
// repeated through conversions, typed constants of session types.
func TestConstantsAsTheCompilerComputesThem(t *testing.T) {
	in := newInterp(t)
	mustRunAll(t, in, `const (
	huge  = 1 << 100
	one   = huge >> 100
	third = 1.0 / 3
)

type Weekday int

func (d Weekday) String() string { return [...]string{"Sun", "Mon", "Tue"}[d] }

const (
	Sunday Weekday = iota
	Monday
	Tuesday
)

const (
	p = float32(iota) / 2
	q
	r
)

const (
	a = string(rune(iota + 'a'))
	b
)`, `func bigger() bool { return huge > huge-1 }`)
	for expr, want := range map[string]string{
		`one`:                        "1",
		`bigger()`:                   "true",
		`fmt.Sprint(Tuesday)`:        "Tue",
		`fmt.Sprint(p, q, r)`:        "0 0.5 1",
		`a + b`:                      "ab",
		`fmt.Sprintf("%.4f", third)`: "0.3333",
		`huge >> 98`:                 "4",
	} {
		if got := value(t, in, expr); got != want {
			t.Errorf("%s = %s, want %s", expr, got, want)
		}
	}
}

// A constant whose type's package the session did not import (os.ModeDir
// is an fs.FileMode) is left as written.
func TestConstantOfUnimportedType(t *testing.T) {
	in := newInterp(t)
	mustRun(t, in, "const big = 1 << 70")
	if got := value(t, in, "m := os.ModeDir | 0o755\nfmt.Sprint(m&0o777, big>>68)"); got != "-rwxr-xr-x 4" {
		t.Errorf("got %s", got)
	}
}

// A complex constant built from a package's float constant: yaegi failed
// with "mismatched types untyped float and untyped float64".
func TestComplexConstantOfPackageFloat(t *testing.T) {
	in := newInterp(t)
	got := value(t, in, `const c = 2i * math.E
var z complex64 = complex(1, math.Pi)
x := 1
fmt.Sprint(complex(0, math.Pi), " ", c, " ", z, " ", cmplx.Abs(complex(-math.Phi, 0)), " ", x<<(1+0i), " ", x<<((1+0i)<<x))`)
	if want := "(0+3.141592653589793i) (0+5.43656365691809i) (1+3.1415927i) 1.618033988749895 2 4"; got != want {
		t.Errorf("got %s, want %s", got, want)
	}
}
