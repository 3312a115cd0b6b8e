// Knight's tour on a 5x5 board using Warnsdorff ordering with backtracking.
package main

import (
	"fmt"
	"sort"
	"strings"
)

const N = 5

type Square struct{ R, C int }

func (s Square) String() string { return fmt.Sprintf("%c%d", 'a'+s.C, s.R+1) }

var jumps = [8]Square{{2, 1}, {1, 2}, {-1, 2}, {-2, 1}, {-2, -1}, {-1, -2}, {1, -2}, {2, -1}}

type Board [N][N]int

func (b *Board) onBoard(s Square) bool { return s.R >= 0 && s.R < N && s.C >= 0 && s.C < N }

func (b *Board) moves(s Square) []Square {
	var out []Square
	for _, j := range jumps {
		n := Square{s.R + j.R, s.C + j.C}
		if b.onBoard(n) && b[n.R][n.C] == 0 {
			out = append(out, n)
		}
	}
	return out
}

type Tour struct {
	board Board
	nodes int
	limit int
}

func (t *Tour) search(s Square, step int) bool {
	t.nodes++
	if t.nodes > t.limit {
		return false
	}
	t.board[s.R][s.C] = step
	if step == N*N {
		return true
	}
	next := t.board.moves(s)
	sort.SliceStable(next, func(i, j int) bool {
		return len(t.board.moves(next[i])) < len(t.board.moves(next[j]))
	})
	for _, n := range next {
		if t.search(n, step+1) {
			return true
		}
	}
	t.board[s.R][s.C] = 0
	return false
}

func (b Board) String() string {
	var sb strings.Builder
	for r := N - 1; r >= 0; r-- {
		fmt.Fprintf(&sb, "%d |", r+1)
		for c := 0; c < N; c++ {
			fmt.Fprintf(&sb, "%3d", b[r][c])
		}
		sb.WriteString("\n")
	}
	sb.WriteString("  +" + strings.Repeat("---", N) + "\n   ")
	for c := 0; c < N; c++ {
		fmt.Fprintf(&sb, "  %c", 'a'+c)
	}
	sb.WriteString("\n")
	return sb.String()
}

func (b Board) Verify() bool {
	pos := make(map[int]Square)
	for r := 0; r < N; r++ {
		for c := 0; c < N; c++ {
			pos[b[r][c]] = Square{r, c}
		}
	}
	for k := 1; k < N*N; k++ {
		a, z := pos[k], pos[k+1]
		dr, dc := a.R-z.R, a.C-z.C
		if dr*dr+dc*dc != 5 {
			return false
		}
	}
	return len(pos) == N*N
}

func main() {
	t := &Tour{limit: 100000}
	start := Square{0, 0}
	if t.search(start, 1) {
		fmt.Printf("tour from %v found after %d nodes, valid=%v\n", start, t.nodes, t.board.Verify())
		fmt.Print(t.board)
	}
	found := 0
	for r := 0; r < N; r++ {
		var row []string
		for c := 0; c < N; c++ {
			s := Square{r, c}
			if (r+c)%2 == 1 {
				row = append(row, fmt.Sprintf("%v:--", s))
				continue
			}
			tt := &Tour{limit: 20000}
			if tt.search(s, 1) {
				found++
				row = append(row, fmt.Sprintf("%v:%d", s, tt.nodes))
			} else {
				row = append(row, fmt.Sprintf("%v:??", s))
			}
		}
		fmt.Println(strings.Join(row, " "))
	}
	fmt.Printf("starts with a tour: %d of %d (odd squares are impossible by colouring)\n", found, (N*N+1)/2)
	var b Board
	fmt.Println("mobility from each empty square:")
	for r := N - 1; r >= 0; r-- {
		for c := 0; c < N; c++ {
			fmt.Printf("%2d", len(b.moves(Square{r, c})))
		}
		fmt.Println()
	}
}
