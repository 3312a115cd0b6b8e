// Tower of Hanoi: recursive and iterative solvers behind an interface, with move validation.
package main

import (
	"errors"
	"fmt"
	"strings"
)

type Peg int

const (
	A Peg = iota
	B
	C
)

func (p Peg) String() string { return string(rune('A' + p)) }

type Move struct{ From, To Peg }

func (m Move) String() string { return fmt.Sprintf("%v->%v", m.From, m.To) }

type Towers struct {
	pegs [3][]int
}

var ErrEmpty = errors.New("source peg empty")

type BigOnSmallError struct{ Disk, Onto int }

func (e *BigOnSmallError) Error() string {
	return fmt.Sprintf("cannot place disk %d onto disk %d", e.Disk, e.Onto)
}

func NewTowers(n int) *Towers {
	t := &Towers{}
	for d := n; d >= 1; d-- {
		t.pegs[A] = append(t.pegs[A], d)
	}
	return t
}

func (t *Towers) Apply(m Move) error {
	src := t.pegs[m.From]
	if len(src) == 0 {
		return ErrEmpty
	}
	disk := src[len(src)-1]
	dst := t.pegs[m.To]
	if len(dst) > 0 && dst[len(dst)-1] < disk {
		return &BigOnSmallError{disk, dst[len(dst)-1]}
	}
	t.pegs[m.From] = src[:len(src)-1]
	t.pegs[m.To] = append(dst, disk)
	return nil
}

func (t Towers) String() string {
	parts := make([]string, 3)
	for i, p := range t.pegs {
		parts[i] = fmt.Sprintf("%v%v", Peg(i), p)
	}
	return strings.Join(parts, " ")
}

type Solver interface {
	Solve(n int) []Move
	Name() string
}

type Recursive struct{}

func (Recursive) Name() string { return "recursive" }
func (Recursive) Solve(n int) []Move {
	var out []Move
	var rec func(n int, from, to, via Peg)
	rec = func(n int, from, to, via Peg) {
		if n == 0 {
			return
		}
		rec(n-1, from, via, to)
		out = append(out, Move{from, to})
		rec(n-1, via, to, from)
	}
	rec(n, A, C, B)
	return out
}

type Iterative struct{}

func (Iterative) Name() string { return "iterative" }
func (Iterative) Solve(n int) []Move {
	t := NewTowers(n)
	order := []Peg{A, B, C}
	if n%2 == 1 {
		order = []Peg{A, C, B}
	}
	var out []Move
	pos := 0 // where the smallest disk is, as index into order
	total := 1<<n - 1
	for len(out) < total {
		next := (pos + 1) % 3
		m := Move{order[pos], order[next]}
		t.Apply(m)
		out = append(out, m)
		pos = next
		if len(out) == total {
			break
		}
		x, y := order[(pos+1)%3], order[(pos+2)%3]
		if err := t.Apply(Move{x, y}); err == nil {
			out = append(out, Move{x, y})
		} else {
			t.Apply(Move{y, x})
			out = append(out, Move{y, x})
		}
	}
	return out
}

func main() {
	solvers := []Solver{Recursive{}, Iterative{}}
	for n := 1; n <= 6; n++ {
		var results []string
		for _, s := range solvers {
			moves := s.Solve(n)
			t := NewTowers(n)
			ok := true
			for _, m := range moves {
				if err := t.Apply(m); err != nil {
					ok = false
				}
			}
			ok = ok && len(t.pegs[C]) == n
			results = append(results, fmt.Sprintf("%s=%d(ok=%v)", s.Name(), len(moves), ok))
		}
		fmt.Printf("n=%d %s\n", n, strings.Join(results, " "))
	}
	t := NewTowers(3)
	fmt.Println("start:", t)
	for i, m := range (Recursive{}).Solve(3) {
		t.Apply(m)
		fmt.Printf("%d. %v  %v\n", i+1, m, t)
	}
	bad := NewTowers(3)
	for _, m := range []Move{{A, B}, {A, B}, {C, A}} {
		err := bad.Apply(m)
		var bs *BigOnSmallError
		switch {
		case err == nil:
			fmt.Println(m, "ok")
		case errors.As(err, &bs):
			fmt.Printf("%v rejected: %v (disk=%d)\n", m, err, bs.Disk)
		case errors.Is(err, ErrEmpty):
			fmt.Printf("%v rejected: %v\n", m, err)
		}
	}
}
