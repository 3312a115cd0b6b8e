package rt

import (
	"fmt"
	"testing"
)

func TestElemsCallsTheMethods(t *testing.T) {
	deg := func(v any) string { return fmt.Sprintf("%v°", v) }
	for _, c := range []struct {
		format string
		x      any
		key    func(any) string
		want   string
	}{
		{"%v", []int{1, 2}, nil, "[1° 2°]"},
		{"%s", [2]int{3, 4}, nil, "[3° 4°]"},
		{"%v", map[string]int{"b": 2, "a": 1}, nil, "map[a:1° b:2°]"},
		{"%v", map[int]string{2: "x", 1: "y"}, deg, "map[1°:y 2°:x]"},
		{"%d", []int{1, 2}, nil, "[1 2]"},
		{"%#v", []int{1}, nil, "[]int{1}"},
	} {
		elem := deg
		if c.key != nil {
			elem = nil
		}
		if got := fmt.Sprintf(c.format, Elems(c.x, c.key, elem)); got != c.want {
			t.Errorf("Sprintf(%q, %v) = %q, want %q", c.format, c.x, got, c.want)
		}
	}
}
