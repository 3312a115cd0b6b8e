package main

import (
	"errors"
	"fmt"
	"iter"
	"strconv"
	"strings"
)

type Stack[T any] struct {
	items []T
}

var ErrEmpty = errors.New("stack is empty")

func (s *Stack[T]) Push(v ...T) { s.items = append(s.items, v...) }

func (s *Stack[T]) Pop() (T, error) {
	var zero T
	if len(s.items) == 0 {
		return zero, ErrEmpty
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, nil
}

func (s *Stack[T]) Peek() (T, bool) {
	if len(s.items) == 0 {
		var zero T
		return zero, false
	}
	return s.items[len(s.items)-1], true
}

func (s *Stack[T]) Len() int { return len(s.items) }

// Drain yields items top-to-bottom, removing them.
func (s *Stack[T]) Drain() iter.Seq[T] {
	return func(yield func(T) bool) {
		for s.Len() > 0 {
			v, _ := s.Pop()
			if !yield(v) {
				return
			}
		}
	}
}

func evalRPN(expr string) (float64, error) {
	var st Stack[float64]
	for tok := range strings.FieldsSeq(expr) {
		switch tok {
		case "+", "-", "*", "/":
			b, err1 := st.Pop()
			a, err2 := st.Pop()
			if err := errors.Join(err1, err2); err != nil {
				return 0, fmt.Errorf("operator %q: %w", tok, err)
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
		return 0, fmt.Errorf("malformed: %d values left", st.Len())
	}
	v, _ := st.Pop()
	return v, nil
}

func balanced(s string) bool {
	pairs := map[rune]rune{')': '(', ']': '[', '}': '{'}
	var st Stack[rune]
	for _, r := range s {
		switch r {
		case '(', '[', '{':
			st.Push(r)
		case ')', ']', '}':
			top, err := st.Pop()
			if err != nil || top != pairs[r] {
				return false
			}
		}
	}
	return st.Len() == 0
}

func main() {
	for _, e := range []string{"3 4 + 2 *", "5 1 2 + 4 * + 3 -", "1 0 /", "1 +", "2 3", "x 1 +"} {
		v, err := evalRPN(e)
		if err != nil {
			fmt.Printf("%-22q error: %v\n", e, strings.ReplaceAll(err.Error(), "\n", "; "))
			continue
		}
		fmt.Printf("%-22q = %g\n", e, v)
	}
	for _, s := range []string{"{[()]}", "([)]", "((", "a(b[c]d)e"} {
		fmt.Printf("balanced(%q) = %t\n", s, balanced(s))
	}

	words := &Stack[string]{}
	words.Push("alpha", "beta", "gamma", "delta")
	top, _ := words.Peek()
	fmt.Println("peek:", top)
	for w := range words.Drain() {
		fmt.Println("drained:", w)
		if w == "beta" {
			break
		}
	}
	fmt.Println("left:", words.Len(), words.items)
}
