package main

import (
	"fmt"
	"strings"
)

// N-queens: count solutions by backtracking and print the first board.

type Solver struct {
	n         int
	cols      []bool
	diag1     []bool
	diag2     []bool
	placement []int
	count     int
	first     []int
	nodes     int
}

func NewSolver(n int) *Solver {
	return &Solver{
		n:         n,
		cols:      make([]bool, n),
		diag1:     make([]bool, 2*n),
		diag2:     make([]bool, 2*n),
		placement: make([]int, n),
	}
}

func (s *Solver) solve(row int) {
	s.nodes++
	if row == s.n {
		s.count++
		if s.first == nil {
			s.first = append([]int(nil), s.placement...)
		}
		return
	}
	for c := range s.n {
		d1, d2 := row+c, row-c+s.n
		if s.cols[c] || s.diag1[d1] || s.diag2[d2] {
			continue
		}
		s.cols[c], s.diag1[d1], s.diag2[d2] = true, true, true
		s.placement[row] = c
		s.solve(row + 1)
		s.cols[c], s.diag1[d1], s.diag2[d2] = false, false, false
	}
}

func board(p []int) string {
	var sb strings.Builder
	for _, c := range p {
		for j := range p {
			if j == c {
				sb.WriteString(" Q")
			} else {
				sb.WriteString(" .")
			}
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

func main() {
	fmt.Printf("%3s %10s %10s\n", "n", "solutions", "nodes")
	for n := 1; n <= 9; n++ {
		s := NewSolver(n)
		s.solve(0)
		fmt.Printf("%3d %10d %10d\n", n, s.count, s.nodes)
	}

	s := NewSolver(8)
	s.solve(0)
	fmt.Println("\nFirst 8-queens solution:", s.first)
	fmt.Print(board(s.first))

	// Verify the solution independently
	ok := true
	for i := range s.first {
		for j := i + 1; j < len(s.first); j++ {
			dc := s.first[i] - s.first[j]
			if dc == 0 || dc == j-i || dc == i-j {
				ok = false
			}
		}
	}
	fmt.Println("verified:", ok)
}
