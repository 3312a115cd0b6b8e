// Panic and recover: converting panics to errors with custom messages, re-panicking, cleanup order.
package main

import (
	"errors"
	"fmt"
	"strconv"
)

type ValidationError struct {
	Field string
	Value any
}

func (e *ValidationError) Error() string {
	return fmt.Sprintf("invalid %s: %v", e.Field, e.Value)
}

// safely runs f and converts any panic into an error carrying the operation name.
func safely(op string, f func()) (err error) {
	defer func() {
		if r := recover(); r != nil {
			switch x := r.(type) {
			case error:
				err = fmt.Errorf("%s: recovered: %w", op, x)
			default:
				err = fmt.Errorf("%s: recovered: %v", op, x)
			}
		}
	}()
	f()
	return nil
}

type Matrix struct {
	rows, cols int
	data       []float64
}

func NewMatrix(r, c int) *Matrix {
	if r <= 0 || c <= 0 {
		panic(&ValidationError{"dimensions", fmt.Sprintf("%dx%d", r, c)})
	}
	return &Matrix{r, c, make([]float64, r*c)}
}

func (m *Matrix) At(i, j int) float64 {
	if i < 0 || i >= m.rows || j < 0 || j >= m.cols {
		panic(fmt.Sprintf("index (%d,%d) out of range for %dx%d matrix", i, j, m.rows, m.cols))
	}
	return m.data[i*m.cols+j]
}

func mustAtoi(s string) int {
	n, err := strconv.Atoi(s)
	if err != nil {
		panic(err)
	}
	return n
}

func cleanupOrder() (trace []string) {
	defer func() {
		r := recover()
		trace = append(trace, fmt.Sprintf("recovered %q", r))
	}()
	for i := range 3 {
		defer func() { trace = append(trace, fmt.Sprintf("deferred %d", i)) }()
	}
	panic("boom")
}

func nested() (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("outer caught: %v", r)
		}
	}()
	func() {
		defer func() {
			if r := recover(); r != nil {
				panic(fmt.Sprintf("re-panic(%v)", r)) // wrap and re-raise
			}
		}()
		panic("inner failure")
	}()
	return nil
}

func main() {
	cases := []struct {
		name string
		f    func()
	}{
		{"divide", func() {
			a, b := 10, 0
			fmt.Println(a / b)
		}},
		{"index", func() {
			s := []int{1, 2, 3}
			i := 5
			_ = s[i]
		}},
		{"nil map", func() {
			var m map[string]int
			m["x"] = 1
		}},
		{"matrix dims", func() { NewMatrix(0, 3) }},
		{"matrix at", func() { NewMatrix(2, 2).At(2, 0) }},
		{"atoi", func() { mustAtoi("12a") }},
		{"type assertion", func() {
			var v any = "text"
			_ = v.(int)
		}},
		{"ok", func() {}},
	}
	for _, c := range cases {
		err := safely(c.name, c.f)
		fmt.Printf("%-15s -> %v\n", c.name, err)
		var ve *ValidationError
		if errors.As(err, &ve) {
			fmt.Printf("%-15s    (validation error on field %q)\n", "", ve.Field)
		}
		var ne *strconv.NumError
		if errors.As(err, &ne) {
			fmt.Printf("%-15s    (strconv %s failed on %q)\n", "", ne.Func, ne.Num)
		}
	}
	fmt.Println("cleanup order:", cleanupOrder())
	fmt.Println("nested:", nested())

	var re interface{ RuntimeError() }
	err := safely("slice", func() {
		hi := 5
		_ = make([]int, 2)[1:hi]
	})
	fmt.Println("is runtime error:", errors.As(err, &re))
}
