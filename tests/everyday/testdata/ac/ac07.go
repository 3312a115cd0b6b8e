// Elementary (1D) cellular automata: rules 30, 90, 110, 184 with statistics.
package main

import (
	"fmt"
	"strings"
)

type Boundary int

const (
	Dead Boundary = iota
	Wrap
)

func (b Boundary) String() string {
	switch b {
	case Dead:
		return "dead"
	case Wrap:
		return "wrap"
	}
	return "unknown"
}

type Automaton struct {
	Rule     uint8
	Boundary Boundary
	cells    []bool
}

func New(rule uint8, width int, b Boundary) *Automaton {
	a := &Automaton{Rule: rule, Boundary: b, cells: make([]bool, width)}
	a.cells[width/2] = true
	return a
}

func (a *Automaton) cell(i int) bool {
	n := len(a.cells)
	if i < 0 || i >= n {
		if a.Boundary == Dead {
			return false
		}
		i = (i + n) % n
	}
	return a.cells[i]
}

func (a *Automaton) Step() {
	next := make([]bool, len(a.cells))
	for i := range a.cells {
		pattern := 0
		if a.cell(i - 1) {
			pattern |= 4
		}
		if a.cell(i) {
			pattern |= 2
		}
		if a.cell(i + 1) {
			pattern |= 1
		}
		next[i] = a.Rule&(1<<pattern) != 0
	}
	a.cells = next
}

func (a Automaton) String() string {
	var sb strings.Builder
	for _, c := range a.cells {
		if c {
			sb.WriteRune('█')
		} else {
			sb.WriteByte(' ')
		}
	}
	return strings.TrimRight(sb.String(), " ")
}

func (a *Automaton) Count() int {
	n := 0
	for _, c := range a.cells {
		if c {
			n++
		}
	}
	return n
}

type Stat func(history [][]bool) string

func main() {
	for _, rule := range []uint8{90, 30} {
		a := New(rule, 31, Dead)
		fmt.Printf("rule %d (%v boundary)\n", rule, a.Boundary)
		for i := 0; i < 12; i++ {
			fmt.Printf("|%s\n", a)
			a.Step()
		}
	}
	stats := map[string]Stat{
		"center-bits": func(h [][]bool) string {
			var sb strings.Builder
			for _, row := range h {
				if row[len(row)/2] {
					sb.WriteByte('1')
				} else {
					sb.WriteByte('0')
				}
			}
			return sb.String()
		},
		"density": func(h [][]bool) string {
			total, on := 0, 0
			for _, row := range h {
				for _, c := range row {
					total++
					if c {
						on++
					}
				}
			}
			return fmt.Sprintf("%.3f", float64(on)/float64(total))
		},
	}
	names := []string{"center-bits", "density"}
	for _, rule := range []uint8{30, 90, 110, 184} {
		for _, b := range []Boundary{Dead, Wrap} {
			a := New(rule, 41, b)
			var hist [][]bool
			for i := 0; i < 24; i++ {
				hist = append(hist, append([]bool(nil), a.cells...))
				a.Step()
			}
			fmt.Printf("rule %3d %-4v final=%2d", rule, b, a.Count())
			for _, n := range names {
				fmt.Printf(" %s=%s", n, stats[n](hist))
			}
			fmt.Println()
		}
	}
}
