// Connect Four on a 6x7 board: depth-limited alpha-beta vs a greedy (depth-1) player.
package main

import (
	"fmt"
	"strings"
)

const (
	Rows = 6
	Cols = 7
)

type Disc byte

const (
	None Disc = '.'
	Red  Disc = 'R'
	Yel  Disc = 'Y'
)

func (d Disc) Opp() Disc {
	if d == Red {
		return Yel
	}
	return Red
}

type Board struct {
	cells   [Rows][Cols]Disc
	heights [Cols]int
	moves   int
}

func NewBoard() *Board {
	b := &Board{}
	for r := range b.cells {
		for c := range b.cells[r] {
			b.cells[r][c] = None
		}
	}
	return b
}

func (b *Board) CanPlay(c int) bool { return b.heights[c] < Rows }

func (b *Board) Play(c int, d Disc) { b.cells[b.heights[c]][c] = d; b.heights[c]++; b.moves++ }
func (b *Board) Undo(c int)         { b.heights[c]--; b.cells[b.heights[c]][c] = None; b.moves-- }

var windows [][4][2]int

func init() {
	for r := 0; r < Rows; r++ {
		for c := 0; c < Cols; c++ {
			for _, d := range [][2]int{{0, 1}, {1, 0}, {1, 1}, {1, -1}} {
				er, ec := r+3*d[0], c+3*d[1]
				if er < 0 || er >= Rows || ec < 0 || ec >= Cols {
					continue
				}
				var w [4][2]int
				for k := 0; k < 4; k++ {
					w[k] = [2]int{r + k*d[0], c + k*d[1]}
				}
				windows = append(windows, w)
			}
		}
	}
}

// Evaluate returns (winner, heuristic score for d).
func (b *Board) Evaluate(d Disc) (Disc, int) {
	score := 0
	for _, w := range windows {
		mine, theirs := 0, 0
		for _, p := range w {
			switch b.cells[p[0]][p[1]] {
			case d:
				mine++
			case d.Opp():
				theirs++
			}
		}
		switch {
		case mine == 4:
			return d, 0
		case theirs == 4:
			return d.Opp(), 0
		case theirs == 0:
			score += []int{0, 1, 4, 16}[mine]
		case mine == 0:
			score -= []int{0, 1, 5, 20}[theirs]
		}
	}
	return None, score
}

var order = []int{3, 2, 4, 1, 5, 0, 6}

type Player interface {
	Choose(b *Board, me Disc) int
	Name() string
}

type AlphaBeta struct{ Depth, nodes int }

func (p *AlphaBeta) Name() string {
	if p.Depth == 1 {
		return "greedy"
	}
	return fmt.Sprintf("alphabeta(d=%d)", p.Depth)
}

func (p *AlphaBeta) search(b *Board, me, turn Disc, depth, alpha, beta int) int {
	p.nodes++
	if w, s := b.Evaluate(me); w == me {
		return 100000 + depth
	} else if w == me.Opp() {
		return -100000 - depth
	} else if depth == 0 || b.moves == Rows*Cols {
		return s
	}
	for _, c := range order {
		if !b.CanPlay(c) {
			continue
		}
		b.Play(c, turn)
		v := p.search(b, me, turn.Opp(), depth-1, alpha, beta)
		b.Undo(c)
		if turn == me {
			alpha = max(alpha, v)
		} else {
			beta = min(beta, v)
		}
		if alpha >= beta {
			break
		}
	}
	if turn == me {
		return alpha
	}
	return beta
}

func (p *AlphaBeta) Choose(b *Board, me Disc) int {
	best, bestV := -1, 0
	for _, c := range order {
		if !b.CanPlay(c) {
			continue
		}
		b.Play(c, me)
		v := p.search(b, me, me.Opp(), p.Depth-1, -1<<30, 1<<30)
		b.Undo(c)
		if best < 0 || v > bestV {
			best, bestV = c, v
		}
	}
	return best
}

func (b *Board) String() string {
	var sb strings.Builder
	for r := Rows - 1; r >= 0; r-- {
		sb.WriteString("  |" + string(b.cells[r][:]) + "|\n")
	}
	sb.WriteString("  +0123456+\n")
	return sb.String()
}

func playGame(first, second Player) {
	b := NewBoard()
	players := map[Disc]Player{Red: first, Yel: second}
	turn := Red
	var moves []string
	result := "draw: board full"
	for b.moves < Rows*Cols {
		c := players[turn].Choose(b, turn)
		b.Play(c, turn)
		moves = append(moves, fmt.Sprintf("%c%d", turn, c))
		if w, _ := b.Evaluate(turn); w == turn {
			result = fmt.Sprintf("%s (%c) beats %s after %d moves", players[turn].Name(), turn, players[turn.Opp()].Name(), b.moves)
			break
		}
		turn = turn.Opp()
	}
	fmt.Printf("%s vs %s: %s\n", first.Name(), second.Name(), result)
	fmt.Println("  moves:", strings.Join(moves, " "))
	fmt.Print(b)
}

func main() {
	fmt.Println("windows of four:", len(windows))
	playGame(&AlphaBeta{Depth: 3}, &AlphaBeta{Depth: 1})
	playGame(&AlphaBeta{Depth: 1}, &AlphaBeta{Depth: 3})
	b := NewBoard()
	for _, c := range []int{3, 3, 4, 4, 5} {
		b.Play(c, map[bool]Disc{true: Red, false: Yel}[b.moves%2 == 0])
	}
	ab := &AlphaBeta{Depth: 3}
	fmt.Printf("threat position: yellow must block at %d (nodes %d)\n", ab.Choose(b, Yel), ab.nodes)
}
