package rt

import (
	"fmt"
	"testing"
)

func TestPrintCallsTheMethods(t *testing.T) {
	deg := &Printer{Str: func(v any) string { return fmt.Sprintf("%v°", v) }}
	type reading struct {
		Station string
		T       int
	}
	fields := &Printer{Fields: []*Printer{nil, deg}, Names: []string{"Station", "T"}}
	for _, c := range []struct {
		format string
		x      any
		p      *Printer
		want   string
	}{
		{"%v", []int{1, 2}, &Printer{Elem: deg}, "[1° 2°]"},
		{"%s", [2]int{3, 4}, &Printer{Elem: deg}, "[3° 4°]"},
		{"%v", map[string]int{"b": 2, "a": 1}, &Printer{Elem: deg}, "map[a:1° b:2°]"},
		{"%v", map[int]string{2: "x", 1: "y"}, &Printer{Key: deg}, "map[1°:y 2°:x]"},
		{"%v", reading{"X", 5}, fields, "{X 5°}"},
		{"%+v", reading{"X", 5}, fields, "{Station:X T:5°}"},
		{"%v", &reading{"X", 5}, &Printer{Elem: fields}, "&{X 5°}"},
		{"%v", []reading{{"X", 5}}, &Printer{Elem: fields}, "[{X 5°}]"},
		{"%d", []int{1, 2}, &Printer{Elem: deg}, "[1 2]"},
		{"%#v", []int{1}, &Printer{Elem: deg}, "[]int{1}"},
	} {
		if got := fmt.Sprintf(c.format, Formatted(c.x, c.p)); got != c.want {
			t.Errorf("Sprintf(%q, %v) = %q, want %q", c.format, c.x, got, c.want)
		}
	}
}
