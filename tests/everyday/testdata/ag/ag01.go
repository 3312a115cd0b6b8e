// ag01: generic stack used to evaluate RPN expressions and check brackets.
package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

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

var errUnderflow = errors.New("stack underflow")

func evalRPN(expr string) (float64, error) {
	var st Stack[float64]
	for _, tok := range strings.Fields(expr) {
		switch tok {
		case "+", "-", "*", "/":
			b, ok1 := st.Pop()
			a, ok2 := st.Pop()
			if !ok1 || !ok2 {
				return 0, fmt.Errorf("token %q: %w", tok, errUnderflow)
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
		return 0, fmt.Errorf("expected 1 value on stack, got %d", st.Len())
	}
	v, _ := st.Pop()
	return v, nil
}

type bracket struct {
	ch  rune
	pos int
}

func balanced(s string) (bool, string) {
	pairs := map[rune]rune{')': '(', ']': '[', '}': '{'}
	var st Stack[bracket]
	for i, r := range s {
		switch r {
		case '(', '[', '{':
			st.Push(bracket{r, i})
		case ')', ']', '}':
			top, ok := st.Pop()
			if !ok {
				return false, fmt.Sprintf("unexpected %c at %d", r, i)
			}
			if top.ch != pairs[r] {
				return false, fmt.Sprintf("mismatch %c@%d vs %c@%d", top.ch, top.pos, r, i)
			}
		}
	}
	if top, ok := st.Peek(); ok {
		return false, fmt.Sprintf("unclosed %c at %d", top.ch, top.pos)
	}
	return true, "ok"
}

func main() {
	exprs := []string{
		"3 4 +",
		"5 1 2 + 4 * + 3 -",
		"2 3 4 * +",
		"10 2 /",
		"1 +",
		"4 0 /",
		"1 2 3",
		"7 x *",
		"2.5 4 * 1.5 -",
	}
	for _, e := range exprs {
		v, err := evalRPN(e)
		if err != nil {
			fmt.Printf("%-22q error: %v\n", e, err)
			continue
		}
		fmt.Printf("%-22q = %g\n", e, v)
	}
	fmt.Println("--- brackets ---")
	for _, s := range []string{"(a[b]{c})", "((]", "{[()()]}", "(()", "())", ""} {
		ok, msg := balanced(s)
		fmt.Printf("%-12q %-5v %s\n", s, ok, msg)
	}
	var names Stack[string]
	for _, n := range []string{"alpha", "beta", "gamma"} {
		names.Push(n)
	}
	for names.Len() > 0 {
		n, _ := names.Pop()
		fmt.Println("pop", n)
	}
	_, ok := names.Pop()
	fmt.Println("pop on empty ok:", ok)
}
