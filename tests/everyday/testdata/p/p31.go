// Generic Stack[T] and Queue[T]: bracket matching, RPN evaluation, shunting-yard conversion.
package main

import (
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
)

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }
func (s *Stack[T]) Len() int { return len(s.items) }
func (s *Stack[T]) Peek() (v T, ok bool) {
	if ok = len(s.items) > 0; ok {
		v = s.items[len(s.items)-1]
	}
	return v, ok
}
func (s *Stack[T]) Pop() (v T, ok bool) {
	if v, ok = s.Peek(); ok {
		s.items = s.items[:len(s.items)-1]
	}
	return v, ok
}

// Queue is a FIFO backed by a slice; the consumed prefix is dropped on dequeue.
type Queue[T any] struct{ items []T }

func (q *Queue[T]) Enqueue(v T) { q.items = append(q.items, v) }
func (q *Queue[T]) Len() int    { return len(q.items) }
func (q *Queue[T]) Dequeue() (v T, ok bool) {
	if ok = len(q.items) > 0; ok {
		v, q.items = q.items[0], q.items[1:]
	}
	return v, ok
}

func balanced(s string) bool {
	pairs := map[rune]rune{')': '(', ']': '[', '}': '{'}
	var st Stack[rune]
	for _, r := range s {
		switch r {
		case '(', '[', '{':
			st.Push(r)
		case ')', ']', '}':
			if top, ok := st.Pop(); !ok || top != pairs[r] {
				return false
			}
		}
	}
	return st.Len() == 0
}

var prec = map[string]int{"+": 1, "-": 1, "*": 2, "/": 2, "^": 3}

func toRPN(tokens []string) *Queue[string] {
	out := &Queue[string]{}
	var ops Stack[string]
	for _, t := range tokens {
		switch {
		case t == "(":
			ops.Push(t)
		case t == ")":
			for top, _ := ops.Pop(); top != "("; top, _ = ops.Pop() {
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
			out.Enqueue(t)
		}
	}
	for v, ok := ops.Pop(); ok; v, ok = ops.Pop() {
		out.Enqueue(v)
	}
	return out
}

var ErrStack = errors.New("malformed expression")

func evalRPN(q *Queue[string]) (float64, string, error) {
	var st Stack[float64]
	var parts []string
	for t, ok := q.Dequeue(); ok; t, ok = q.Dequeue() {
		parts = append(parts, t)
		if prec[t] == 0 {
			v, err := strconv.ParseFloat(t, 64)
			if err != nil {
				return 0, "", err
			}
			st.Push(v)
			continue
		}
		b, ok1 := st.Pop()
		a, ok2 := st.Pop()
		if !ok1 || !ok2 {
			return 0, "", ErrStack
		}
		switch t {
		case "+":
			st.Push(a + b)
		case "-":
			st.Push(a - b)
		case "*":
			st.Push(a * b)
		case "/":
			st.Push(a / b)
		case "^":
			st.Push(math.Pow(a, b))
		}
	}
	v, _ := st.Pop()
	if st.Len() != 0 {
		return 0, "", ErrStack
	}
	return v, strings.Join(parts, " "), nil
}

func main() {
	for _, s := range []string{"([]{()})", "([)]", "((", "", "{[()()]}x"} {
		fmt.Printf("balanced(%q) = %v\n", s, balanced(s))
	}
	for _, expr := range []string{"3 + 4 * 2 / ( 1 - 5 ) ^ 2 ^ 3", "( 1 + 2 ) * ( 3 + 4 )", "2 ^ 3 ^ 2", "10 - 4 - 3", "7 +"} {
		v, rpn, err := evalRPN(toRPN(strings.Fields(expr)))
		if err != nil {
			fmt.Printf("%-32s error: %v\n", expr, err)
			continue
		}
		fmt.Printf("%-32s rpn: %-28s = %g\n", expr, rpn, v)
	}
	var q Queue[int]
	for i := range 10 {
		if q.Enqueue(i); i%3 == 2 {
			q.Dequeue()
		}
	}
	front, _ := q.Dequeue()
	fmt.Println("queue front", front, "remaining", q.Len())
}
