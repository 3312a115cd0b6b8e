package main

import (
	"errors"
	"fmt"
	"strconv"
)

type PanicError struct {
	Op    string
	Value any
}

func (e *PanicError) Error() string { return fmt.Sprintf("%s panicked: %v", e.Op, e.Value) }

func (e *PanicError) Unwrap() error {
	if err, ok := e.Value.(error); ok {
		return err
	}
	return nil
}

var ErrInvariant = errors.New("invariant violated")

// Safe runs f and converts any panic into a *PanicError.
func Safe[T any](op string, f func() T) (result T, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = &PanicError{Op: op, Value: r}
		}
	}()
	return f(), nil
}

type Stack struct{ data []int }

func (s *Stack) Push(v int) { s.data = append(s.data, v) }
func (s *Stack) Pop() int {
	if len(s.data) == 0 {
		panic(fmt.Errorf("pop on empty stack: %w", ErrInvariant))
	}
	v := s.data[len(s.data)-1]
	s.data = s.data[:len(s.data)-1]
	return v
}

// rpn evaluates a reverse polish expression, panicking freely inside.
func rpn(tokens []string) int {
	s := &Stack{}
	for _, t := range tokens {
		switch t {
		case "+", "-", "*", "/":
			b, a := s.Pop(), s.Pop()
			switch t {
			case "+":
				s.Push(a + b)
			case "-":
				s.Push(a - b)
			case "*":
				s.Push(a * b)
			case "/":
				s.Push(a / b)
			}
		default:
			n, err := strconv.Atoi(t)
			if err != nil {
				panic(err)
			}
			s.Push(n)
		}
	}
	if len(s.data) != 1 {
		panic(fmt.Sprintf("stack has %d items at end", len(s.data)))
	}
	return s.data[0]
}

func main() {
	inputs := [][]string{
		{"3", "4", "+", "2", "*"},
		{"1", "+"},
		{"10", "0", "/"},
		{"5", "x", "+"},
		{"1", "2", "3"},
		{"100", "7", "-", "3", "/"},
	}
	for _, in := range inputs {
		v, err := Safe(fmt.Sprint(in), func() int { return rpn(in) })
		if err == nil {
			fmt.Printf("%-22s = %d\n", fmt.Sprint(in), v)
			continue
		}
		var pe *PanicError
		var re interface{ RuntimeError() }
		var ne *strconv.NumError
		kind := "other"
		switch {
		case errors.Is(err, ErrInvariant):
			kind = "invariant"
		case errors.As(err, &ne):
			kind = "parse(" + ne.Num + ")"
		case errors.As(err, &re):
			kind = "runtime"
		case errors.As(err, &pe):
			kind = fmt.Sprintf("value %T", pe.Value)
		}
		fmt.Printf("%-22s ! [%s] %v\n", fmt.Sprint(in), kind, err)
	}

	// Index out of range and nil pointer, both runtime errors.
	_, err := Safe("index", func() int { xs := []int{1, 2}; i := 5; return xs[i] })
	fmt.Println("index:", err)
	_, err = Safe("nilptr", func() string { var s *Stack; return fmt.Sprint(len(s.data)) })
	fmt.Println("nilptr:", err)
	s, err := Safe("fine", func() string { return "no panic here" })
	fmt.Printf("fine: %q err=%v\n", s, err)

	// Re-panic after partial handling.
	func() {
		defer func() { fmt.Println("outer recovered:", recover()) }()
		func() {
			defer func() {
				r := recover()
				fmt.Println("inner saw:", r)
				panic(fmt.Sprintf("re-panic(%v)", r))
			}()
			panic("first")
		}()
	}()
}
