package main

import (
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
)

type Stack[T any] struct{ items []T }

var ErrUnderflow = errors.New("stack underflow")

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }
func (s *Stack[T]) Len() int { return len(s.items) }
func (s *Stack[T]) Pop() (T, error) {
	var zero T
	if len(s.items) == 0 {
		return zero, ErrUnderflow
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, nil
}
func (s *Stack[T]) Items() []T { return append([]T(nil), s.items...) }

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Filter[T any](xs []T, keep func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

type UnknownTokenError struct{ Tok string }

func (e UnknownTokenError) Error() string { return fmt.Sprintf("unknown token %q", e.Tok) }

type Calc struct {
	st  Stack[float64]
	ops map[string]func() error
}

func NewCalc() *Calc {
	c := &Calc{}
	binary := func(f func(a, b float64) (float64, error)) func() error {
		return func() error {
			b, err1 := c.st.Pop()
			a, err2 := c.st.Pop()
			if err := errors.Join(err1, err2); err != nil {
				return err
			}
			r, err := f(a, b)
			if err == nil {
				c.st.Push(r)
			}
			return err
		}
	}
	c.ops = map[string]func() error{
		"+": binary(func(a, b float64) (float64, error) { return a + b, nil }),
		"-": binary(func(a, b float64) (float64, error) { return a - b, nil }),
		"*": binary(func(a, b float64) (float64, error) { return a * b, nil }),
		"^": binary(func(a, b float64) (float64, error) { return math.Pow(a, b), nil }),
		"/": binary(func(a, b float64) (float64, error) {
			if b == 0 {
				return 0, errors.New("divide by zero")
			}
			return a / b, nil
		}),
		"dup": func() error { v, err := c.st.Pop(); c.st.Push(v); c.st.Push(v); return err },
		"sum": func() error {
			total := 0.0
			for c.st.Len() > 0 {
				v, _ := c.st.Pop()
				total += v
			}
			c.st.Push(total)
			return nil
		},
		"sqrt": func() error {
			v, err := c.st.Pop()
			if err == nil {
				c.st.Push(math.Sqrt(v))
			}
			return err
		},
	}
	return c
}

func (c *Calc) Eval(src string, trace bool) (float64, error) {
	c.st = Stack[float64]{}
	toks := Filter(strings.Fields(src), func(t string) bool { return !strings.HasPrefix(t, "#") })
	for _, tok := range toks {
		if op, ok := c.ops[tok]; ok {
			if err := op(); err != nil {
				return 0, fmt.Errorf("at %q: %w", tok, err)
			}
		} else if f, err := strconv.ParseFloat(tok, 64); err == nil {
			c.st.Push(f)
		} else {
			return 0, fmt.Errorf("eval: %w", UnknownTokenError{tok})
		}
		if trace {
			shown := Map(c.st.Items(), func(f float64) string { return strconv.FormatFloat(f, 'g', 6, 64) })
			fmt.Printf("    %-5s [%s]\n", tok, strings.Join(shown, " "))
		}
	}
	if c.st.Len() != 1 {
		return 0, fmt.Errorf("expected 1 value on stack, have %d", c.st.Len())
	}
	return c.st.Pop()
}

func main() {
	c := NewCalc()
	exprs := []string{"3 4 + 2 *", "5 1 2 + 4 * + 3 -", "2 #comment 10 ^ dup +", "1 2 3 4 5 sum sqrt",
		"1 +", "4 0 /", "2 3 swap", "1 2 3"}
	for i, e := range exprs {
		fmt.Printf("%d: %s\n", i+1, e)
		v, err := c.Eval(e, i == 1)
		var ute UnknownTokenError
		switch {
		case err == nil:
			fmt.Printf("  = %g\n", v)
		case errors.Is(err, ErrUnderflow):
			fmt.Printf("  underflow: %v\n", err)
		case errors.As(err, &ute):
			fmt.Printf("  bad token %s\n", ute.Tok)
		default:
			fmt.Printf("  error: %v\n", err)
		}
	}
	ints := Map([]string{"10", "x", "30", "-4"}, func(s string) int { n, _ := strconv.Atoi(s); return n })
	fmt.Println("positive:", Filter(ints, func(n int) bool { return n > 0 }))
}
