package main

import (
	"fmt"
	"slices"
	"strings"
)

type Mark byte

const (
	Empty Mark = 0
	X     Mark = 'X'
	O     Mark = 'O'
)

func (m Mark) Other() Mark { return X + O - m }

type Board [9]Mark

var lines = [8][3]int{{0, 1, 2}, {3, 4, 5}, {6, 7, 8}, {0, 3, 6}, {1, 4, 7}, {2, 5, 8}, {0, 4, 8}, {2, 4, 6}}

func (b *Board) Winner() Mark {
	for _, l := range lines {
		if b[l[0]] != Empty && b[l[0]] == b[l[1]] && b[l[1]] == b[l[2]] {
			return b[l[0]]
		}
	}
	return Empty
}

func (b *Board) Full() bool { return !slices.Contains(b[:], Empty) }

func (b Board) String() string {
	rows := make([]string, 3)
	for r := range 3 {
		cells := make([]string, 3)
		for c := range 3 {
			cells[c] = string(rune('0' + r*3 + c))
			if m := b[r*3+c]; m != Empty {
				cells[c] = string(m)
			}
		}
		rows[r] = " " + strings.Join(cells, " | ")
	}
	return strings.Join(rows, "\n---+---+---\n") + "\n"
}

type Player interface {
	Choose(b Board, me Mark) int
	Name() string
}

type Minimax struct{ nodes int }

func (m *Minimax) Name() string { return "minimax" }

// search returns score from the perspective of `me` (+10 win, -10 loss), preferring fast wins.
func (m *Minimax) search(b *Board, turn, me Mark, depth int) int {
	m.nodes++
	if w := b.Winner(); w != Empty {
		if w == me {
			return 10 - depth
		}
		return depth - 10
	}
	if b.Full() {
		return 0
	}
	best := -100
	if turn != me {
		best = 100
	}
	for i := range b {
		if b[i] != Empty {
			continue
		}
		b[i] = turn
		s := m.search(b, turn.Other(), me, depth+1)
		b[i] = Empty
		if turn == me {
			best = max(best, s)
		} else {
			best = min(best, s)
		}
	}
	return best
}

func (m *Minimax) Choose(b Board, me Mark) int {
	bestMove, bestScore := -1, -100
	for i := range b {
		if b[i] == Empty {
			b[i] = me
			if s := m.search(&b, me.Other(), me, 1); s > bestScore {
				bestMove, bestScore = i, s
			}
			b[i] = Empty
		}
	}
	return bestMove
}

// FirstFree is a naive player that scans in a fixed preference order.
type FirstFree struct{ order []int }

func (f FirstFree) Name() string { return fmt.Sprintf("first-free%v", f.order) }
func (f FirstFree) Choose(b Board, _ Mark) int {
	for _, i := range f.order {
		if b[i] == Empty {
			return i
		}
	}
	return -1
}

func play(px, po Player, show bool) Mark {
	var b Board
	players := map[Mark]Player{X: px, O: po}
	turn, moves := X, []int(nil)
	for b.Winner() == Empty && !b.Full() {
		mv := players[turn].Choose(b, turn)
		b[mv] = turn
		moves = append(moves, mv)
		turn = turn.Other()
	}
	w := b.Winner()
	result := "draw"
	if w != Empty {
		result = string(w) + " wins"
	}
	fmt.Printf("X=%s O=%s moves=%v -> %s\n", px.Name(), po.Name(), moves, result)
	if show {
		fmt.Print(b)
	}
	return w
}

func main() {
	mm := &Minimax{}
	corner := FirstFree{[]int{0, 2, 6, 8, 4, 1, 3, 5, 7}}
	rowwise := FirstFree{[]int{0, 1, 2, 3, 4, 5, 6, 7, 8}}
	play(mm, mm, true)
	fmt.Println("nodes searched:", mm.nodes)
	play(corner, mm, true)
	play(mm, rowwise, false)
	play(rowwise, corner, false)
	play(corner, rowwise, false)
}
