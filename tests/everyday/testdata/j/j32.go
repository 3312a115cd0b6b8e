// Command j32 builds a generic Stack[T] and Queue[T] and uses them for a
// shunting-yard infix-to-RPN converter and an RPN evaluator.
package main

import (
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
	"unicode"
)

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }
func (s *Stack[T]) Len() int { return len(s.items) }

func (s *Stack[T]) Peek() (v T, ok bool) {
	if len(s.items) > 0 {
		v, ok = s.items[len(s.items)-1], true
	}
	return
}

func (s *Stack[T]) Pop() (v T, ok bool) {
	if v, ok = s.Peek(); ok {
		var zero T
		s.items[len(s.items)-1] = zero // let the GC reclaim it
		s.items = s.items[:len(s.items)-1]
	}
	return
}

type Queue[T any] struct{ items []T }

func (q *Queue[T]) Enqueue(v T) { q.items = append(q.items, v) }
func (q *Queue[T]) Slice() []T  { return q.items }

var prec = map[string]int{"+": 1, "-": 1, "*": 2, "/": 2, "^": 3}

func tokenize(expr string) []string {
	var toks []string
	for i := 0; i < len(expr); {
		switch c := rune(expr[i]); {
		case unicode.IsSpace(c):
			i++
		case unicode.IsDigit(c) || c == '.':
			j := i
			for j < len(expr) && (unicode.IsDigit(rune(expr[j])) || expr[j] == '.') {
				j++
			}
			toks = append(toks, expr[i:j])
			i = j
		default:
			toks = append(toks, string(c))
			i++
		}
	}
	return toks
}

func ToRPN(expr string) ([]string, error) {
	var out Queue[string]
	var ops Stack[string]
	for _, t := range tokenize(expr) {
		switch {
		case t == "(":
			ops.Push(t)
		case t == ")":
			for {
				top, ok := ops.Pop()
				if !ok {
					return nil, errors.New("unbalanced ')'")
				}
				if top == "(" {
					break
				}
				out.Enqueue(top)
			}
		case prec[t] > 0:
			for top, ok := ops.Peek(); ok && top != "(" &&
				(prec[top] > prec[t] || prec[top] == prec[t] && t != "^"); top, ok = ops.Peek() {
				ops.Pop()
				out.Enqueue(top)
			}
			ops.Push(t)
		default:
			if _, err := strconv.ParseFloat(t, 64); err != nil {
				return nil, fmt.Errorf("bad token %q", t)
			}
			out.Enqueue(t)
		}
	}
	for ops.Len() > 0 {
		top, _ := ops.Pop()
		if top == "(" {
			return nil, errors.New("unbalanced '('")
		}
		out.Enqueue(top)
	}
	return out.Slice(), nil
}

var binops = map[string]func(float64, float64) float64{
	"+": func(x, y float64) float64 { return x + y },
	"-": func(x, y float64) float64 { return x - y },
	"*": func(x, y float64) float64 { return x * y },
	"/": func(x, y float64) float64 { return x / y },
	"^": math.Pow,
}

func EvalRPN(toks []string) (float64, error) {
	var st Stack[float64]
	for _, t := range toks {
		if prec[t] == 0 {
			v, _ := strconv.ParseFloat(t, 64)
			st.Push(v)
			continue
		}
		b, ok1 := st.Pop()
		a, ok2 := st.Pop()
		if !ok1 || !ok2 {
			return 0, fmt.Errorf("operator %s: stack underflow", t)
		}
		st.Push(binops[t](a, b))
	}
	if st.Len() != 1 {
		return 0, fmt.Errorf("malformed expression: %d values left", st.Len())
	}
	v, _ := st.Pop()
	return v, nil
}

func main() {
	for _, e := range []string{"3 + 4 * 2", "(1 + 2) * (3 + 4)", "2 ^ 3 ^ 2", "10 / 4 - 1.5", "((7))", "(1 + 2", "1 + x", "1 +"} {
		rpn, err := ToRPN(e)
		if err != nil {
			fmt.Printf("%-18s parse error: %v\n", e, err)
			continue
		}
		v, err := EvalRPN(rpn)
		if err != nil {
			fmt.Printf("%-18s rpn=%-16s eval error: %v\n", e, strings.Join(rpn, " "), err)
			continue
		}
		fmt.Printf("%-18s rpn=%-16s = %g\n", e, strings.Join(rpn, " "), v)
	}
}
