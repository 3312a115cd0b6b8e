package rt

import (
	"bytes"
	"testing"
)

func TestPrintLikeRuntime(t *testing.T) {
	var b bytes.Buffer
	var p *int
	var s []int
	var e any
	PrintTo(&b, true, 1, 1.5, true, "s", p, s, -2.0, e, complex(9, 10), float32(0.1))
	PrintTo(&b, false, "a", 2, "b")
	want := "1 1.5 true s 0x0 [0/0]0x0 -2 (0x0,0x0) (9+10i) 0.1\na2b"
	if !shortFloats {
		want = "1 +1.500000e+000 true s 0x0 [0/0]0x0 -2.000000e+000 (0x0,0x0) (+9.000000e+000+1.000000e+001i) +1.000000e-001\na2b"
	}
	if b.String() != want {
		t.Errorf("got %q, want %q", b.String(), want)
	}
}
