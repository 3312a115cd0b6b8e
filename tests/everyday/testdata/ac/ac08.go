// Tic-tac-toe with minimax + alpha-beta from scripted mid-game positions.
package main

import (
	"fmt"
	"strings"
)

type Mark int8

const (
	Empty Mark = iota
	X
	O
)

func (m Mark) String() string {
	return [...]string{".", "X", "O"}[m]
}

func (m Mark) Other() Mark {
	if m == X {
		return O
	}
	return X
}

type Board [9]Mark

var lines = [8][3]int{
	{0, 1, 2}, {3, 4, 5}, {6, 7, 8},
	{0, 3, 6}, {1, 4, 7}, {2, 5, 8},
	{0, 4, 8}, {2, 4, 6},
}

func (b *Board) Winner() Mark {
	for _, l := range lines {
		if b[l[0]] != Empty && b[l[0]] == b[l[1]] && b[l[1]] == b[l[2]] {
			return b[l[0]]
		}
	}
	return Empty
}

func (b *Board) Full() bool {
	for _, m := range b {
		if m == Empty {
			return false
		}
	}
	return true
}

func (b Board) String() string {
	var sb strings.Builder
	for r := 0; r < 3; r++ {
		sb.WriteString("   ")
		for c := 0; c < 3; c++ {
			sb.WriteString(b[r*3+c].String())
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

type Searcher struct{ nodes int }

// minimax returns score from X's perspective: +10-depth for win, -(10-depth) for loss.
func (s *Searcher) minimax(b *Board, turn Mark, depth, alpha, beta int) int {
	s.nodes++
	if w := b.Winner(); w == X {
		return 10 - depth
	} else if w == O {
		return depth - 10
	}
	if b.Full() {
		return 0
	}
	for i := range b {
		if b[i] != Empty {
			continue
		}
		b[i] = turn
		v := s.minimax(b, turn.Other(), depth+1, alpha, beta)
		b[i] = Empty
		if turn == X && v > alpha {
			alpha = v
		} else if turn == O && v < beta {
			beta = v
		}
		if alpha >= beta {
			break
		}
	}
	if turn == X {
		return alpha
	}
	return beta
}

func (s *Searcher) BestMove(b Board, turn Mark) (int, int) {
	best, bestScore := -1, 0
	for i := range b {
		if b[i] != Empty {
			continue
		}
		b[i] = turn
		v := s.minimax(&b, turn.Other(), 1, -100, 100)
		b[i] = Empty
		if turn == O {
			v = -v
		}
		if best < 0 || v > bestScore {
			best, bestScore = i, v
		}
	}
	return best, bestScore
}

func parse(s string) (Board, Mark) {
	var b Board
	nx, no := 0, 0
	for i, ch := range strings.ReplaceAll(s, "/", "") {
		switch ch {
		case 'X':
			b[i] = X
			nx++
		case 'O':
			b[i] = O
			no++
		}
	}
	if nx > no {
		return b, O
	}
	return b, X
}

func main() {
	positions := []string{"X../.O./...", "XO./.X./...", "X.O/.X./..O", "OX./XO./..X"}
	for _, p := range positions {
		b, turn := parse(p)
		fmt.Printf("position %s, %v to move\n", p, turn)
		s := &Searcher{}
		for b.Winner() == Empty && !b.Full() {
			mv, score := s.BestMove(b, turn)
			b[mv] = turn
			fmt.Printf("  %v plays %d (score %+d)\n", turn, mv, score)
			turn = turn.Other()
		}
		fmt.Print(b)
		result := "draw"
		if w := b.Winner(); w != Empty {
			result = w.String() + " wins"
		}
		fmt.Printf("  result: %s, nodes searched: %d\n", result, s.nodes)
	}
}
