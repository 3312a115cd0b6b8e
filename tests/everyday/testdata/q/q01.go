// q01: generic stack used for bracket validation and RPN evaluation.
package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// Stack is a LIFO container backed by a slice.
type Stack[T any] struct {
	items []T
}

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}

func (s *Stack[T]) Peek() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	return s.items[len(s.items)-1], true
}

func (s *Stack[T]) Len() int { return len(s.items) }

var pairs = map[rune]rune{')': '(', ']': '[', '}': '{'}

func balanced(expr string) bool {
	var st Stack[rune]
	for _, r := range expr {
		switch r {
		case '(', '[', '{':
			st.Push(r)
		case ')', ']', '}':
			top, ok := st.Pop()
			if !ok || top != pairs[r] {
				return false
			}
		}
	}
	return st.Len() == 0
}

var ErrStackUnderflow = errors.New("stack underflow")

func evalRPN(expr string) (float64, error) {
	var st Stack[float64]
	for tok := range strings.FieldsSeq(expr) {
		switch tok {
		case "+", "-", "*", "/":
			b, ok1 := st.Pop()
			a, ok2 := st.Pop()
			if !ok1 || !ok2 {
				return 0, fmt.Errorf("token %q: %w", tok, ErrStackUnderflow)
			}
			switch tok {
			case "+":
				st.Push(a + b)
			case "-":
				st.Push(a - b)
			case "*":
				st.Push(a * b)
			case "/":
				if b == 0 {
					return 0, errors.New("division by zero")
				}
				st.Push(a / b)
			}
		default:
			f, err := strconv.ParseFloat(tok, 64)
			if err != nil {
				return 0, fmt.Errorf("bad token %q", tok)
			}
			st.Push(f)
		}
	}
	if st.Len() != 1 {
		return 0, fmt.Errorf("expected 1 value on stack, found %d", st.Len())
	}
	v, _ := st.Pop()
	return v, nil
}

func main() {
	fmt.Println("== bracket validation ==")
	exprs := []string{"(a+b)*[c-d]", "{[()]}", "([)]", "((x)", "", "func() { return []int{1} }"}
	for i, e := range exprs {
		fmt.Printf("%d. %-28q balanced=%v\n", i+1, e, balanced(e))
	}

	fmt.Println("== RPN evaluation ==")
	rpn := []string{
		"3 4 +",
		"5 1 2 + 4 * + 3 -",
		"2 3 4 * +",
		"1 +",
		"4 0 /",
		"1 2 3",
		"10 2 / 3 *",
		"x 1 +",
	}
	for _, e := range rpn {
		v, err := evalRPN(e)
		if err != nil {
			fmt.Printf("%-22s -> error: %v (underflow=%v)\n", e, err, errors.Is(err, ErrStackUnderflow))
			continue
		}
		fmt.Printf("%-22s -> %.2f\n", e, v)
	}

	fmt.Println("== peek behaviour ==")
	var names Stack[string]
	for _, n := range []string{"alpha", "beta", "gamma"} {
		names.Push(n)
		top, _ := names.Peek()
		fmt.Printf("pushed %s, top=%s, len=%d\n", n, top, names.Len())
	}
	for names.Len() > 0 {
		v, _ := names.Pop()
		fmt.Println("popped", v)
	}
	_, ok := names.Pop()
	fmt.Println("pop on empty ok:", ok)
}
