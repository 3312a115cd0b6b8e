package main

import (
	"errors"
	"fmt"
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

type Set[T comparable] map[T]struct{}

func (s Set[T]) Add(vs ...T) {
	for _, v := range vs {
		s[v] = struct{}{}
	}
}

func (s Set[T]) Has(v T) bool { _, ok := s[v]; return ok }

type List[T any] struct {
	head *node[T]
	size int
}

type node[T any] struct {
	val  T
	next *node[T]
}

func (l *List[T]) PushFront(v T) {
	l.head = &node[T]{v, l.head}
	l.size++
}

var errSyntax = errors.New("syntax error")

func evalRPN(expr string) (int, error) {
	var st Stack[int]
	for _, tok := range strings.Fields(expr) {
		switch tok {
		case "+", "-", "*":
			b, ok1 := st.Pop()
			a, ok2 := st.Pop()
			if !ok1 || !ok2 {
				return 0, fmt.Errorf("at %q: %w", tok, errSyntax)
			}
			switch tok {
			case "+":
				st.Push(a + b)
			case "-":
				st.Push(a - b)
			case "*":
				st.Push(a * b)
			}
		default:
			var n int
			fmt.Sscanf(tok, "%d", &n)
			st.Push(n)
		}
	}
	v, _ := st.Pop()
	return v, nil
}

func main() {
	var s Stack[string]
	s.Push("a")
	s.Push("b")
	fmt.Println(len(s.items))
	v, ok := s.Pop()
	fmt.Println(v, ok)
	s.Pop()
	v, ok = s.Pop()
	fmt.Printf("%q %v\n", v, ok)

	fmt.Println(evalRPN("3 4 + 2 *"))
	fmt.Println(evalRPN("5 1 2 + 4 * + 3 -"))
	_, err := evalRPN("1 +")
	fmt.Println(err, errors.Is(err, errSyntax))

	set := Set[int]{}
	set.Add(3, 1, 3, 2)
	fmt.Println(len(set), set.Has(2), set.Has(5), set)

	var l List[float64]
	for _, f := range []float64{1.5, 2.5, 3.5} {
		l.PushFront(f)
	}
	var parts []string
	for n := l.head; n != nil; n = n.next {
		parts = append(parts, fmt.Sprintf("%.1f", n.val))
	}
	fmt.Println(l.size, strings.Join(parts, " -> "))
	fmt.Printf("%T %T\n", s, set)
}
