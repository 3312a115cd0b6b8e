// N-Queens: count solutions for n=1..8 and render the first solution for a few sizes.
package main

import (
	"fmt"
	"strings"
)

type Board struct {
	n     int
	queen []int // queen[row] = column
	cols  []bool
	diag1 []bool
	diag2 []bool
}

func NewBoard(n int) *Board {
	return &Board{
		n:     n,
		queen: make([]int, n),
		cols:  make([]bool, n),
		diag1: make([]bool, 2*n-1),
		diag2: make([]bool, 2*n-1),
	}
}

func (b *Board) place(r, c int, on bool) {
	b.cols[c] = on
	b.diag1[r+c] = on
	b.diag2[r-c+b.n-1] = on
	if on {
		b.queen[r] = c
	}
}

func (b *Board) free(r, c int) bool {
	return !b.cols[c] && !b.diag1[r+c] && !b.diag2[r-c+b.n-1]
}

// Walk calls visit for every complete placement; visit returns false to stop.
func (b *Board) Walk(visit func([]int) bool) {
	var rec func(r int) bool
	rec = func(r int) bool {
		if r == b.n {
			return visit(b.queen)
		}
		for c := 0; c < b.n; c++ {
			if b.free(r, c) {
				b.place(r, c, true)
				cont := rec(r + 1)
				b.place(r, c, false)
				if !cont {
					return false
				}
			}
		}
		return true
	}
	rec(0)
}

func Render(sol []int) string {
	var sb strings.Builder
	for _, c := range sol {
		for j := range sol {
			if j == c {
				sb.WriteString("Q ")
			} else {
				sb.WriteString(". ")
			}
		}
		sb.WriteString("\n")
	}
	return sb.String()
}

type Symmetry int

const (
	Identity Symmetry = iota
	MirrorH
	Rot180
)

func (s Symmetry) String() string {
	return [...]string{"identity", "mirror", "rot180"}[s]
}

func transform(sol []int, s Symmetry) []int {
	n := len(sol)
	out := make([]int, n)
	for r, c := range sol {
		switch s {
		case Identity:
			out[r] = c
		case MirrorH:
			out[r] = n - 1 - c
		case Rot180:
			out[n-1-r] = n - 1 - c
		}
	}
	return out
}

func key(sol []int) string { return fmt.Sprint(sol) }

func main() {
	for n := 1; n <= 8; n++ {
		count := 0
		NewBoard(n).Walk(func([]int) bool { count++; return true })
		fmt.Printf("n=%d solutions=%d\n", n, count)
	}
	for _, n := range []int{4, 5, 6} {
		var first []int
		NewBoard(n).Walk(func(q []int) bool {
			first = append([]int(nil), q...)
			return false
		})
		fmt.Printf("first solution for n=%d: %v\n", n, first)
		fmt.Print(Render(first))
	}
	// Check symmetry closure for n=6.
	set := map[string]bool{}
	var sols [][]int
	NewBoard(6).Walk(func(q []int) bool {
		cp := append([]int(nil), q...)
		set[key(cp)] = true
		sols = append(sols, cp)
		return true
	})
	for _, s := range []Symmetry{Identity, MirrorH, Rot180} {
		ok := true
		for _, sol := range sols {
			if !set[key(transform(sol, s))] {
				ok = false
			}
		}
		fmt.Printf("n=6 closed under %v: %v\n", s, ok)
	}
}
