package main

import (
	"fmt"
	"strings"
)

// Tower of Hanoi with move recording and peg state visualisation.

type Move struct {
	Disk     int
	From, To byte
}

func (m Move) String() string { return fmt.Sprintf("disk %d: %c -> %c", m.Disk, m.From, m.To) }

type Towers struct {
	pegs  map[byte][]int
	moves []Move
}

func NewTowers(n int) *Towers {
	t := &Towers{pegs: map[byte][]int{'A': {}, 'B': {}, 'C': {}}}
	for d := n; d >= 1; d-- {
		t.pegs['A'] = append(t.pegs['A'], d)
	}
	return t
}

func (t *Towers) move(from, to byte) {
	src := t.pegs[from]
	d := src[len(src)-1]
	t.pegs[from] = src[:len(src)-1]
	dst := t.pegs[to]
	if len(dst) > 0 && dst[len(dst)-1] < d {
		panic("illegal move")
	}
	t.pegs[to] = append(dst, d)
	t.moves = append(t.moves, Move{d, from, to})
}

func (t *Towers) Solve(n int, from, to, via byte) {
	if n == 0 {
		return
	}
	t.Solve(n-1, from, via, to)
	t.move(from, to)
	t.Solve(n-1, via, to, from)
}

func (t *Towers) State() string {
	var parts []string
	for _, p := range []byte("ABC") {
		parts = append(parts, fmt.Sprintf("%c%v", p, t.pegs[p]))
	}
	return strings.Join(parts, " ")
}

func main() {
	t := NewTowers(3)
	fmt.Println("start:", t.State())
	t.Solve(3, 'A', 'C', 'B')
	for i, m := range t.moves {
		fmt.Printf("%2d. %v\n", i+1, m)
	}
	fmt.Println("end:  ", t.State())

	fmt.Println("\nMove counts (2^n - 1):")
	for n := 1; n <= 12; n++ {
		tw := NewTowers(n)
		tw.Solve(n, 'A', 'C', 'B')
		perDisk := make([]int, n+1)
		for _, m := range tw.moves {
			perDisk[m.Disk]++
		}
		fmt.Printf("  n=%2d moves=%5d smallest disk moved %4d times, largest %d\n",
			n, len(tw.moves), perDisk[1], perDisk[n])
	}

	// Iterative solution for 4 disks: the smallest disk cycles A->B->C->A for even n
	n := 4
	total := 1<<n - 1
	var sb strings.Builder
	for m := 1; m <= total; m++ {
		from := (m & (m - 1)) % 3
		to := ((m | (m - 1)) + 1) % 3
		fmt.Fprintf(&sb, "%c%c ", "ABC"[from], "ABC"[to])
	}
	fmt.Println("\nbit-trick moves for n=4:", strings.TrimSpace(sb.String()))
}
