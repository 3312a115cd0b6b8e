package main

import (
	"errors"
	"fmt"
	"strings"
)

const (
	Rows = 6
	Cols = 7
)

type Disc uint8

const (
	None Disc = iota
	Yellow
	Red
)

func (d Disc) String() string {
	return [...]string{".", "Y", "R"}[d]
}

type Board [Rows][Cols]Disc

var ErrColumnFull = errors.New("column full")
var ErrBadColumn = errors.New("no such column")

// Drop places a disc and returns the row it landed in.
func (b *Board) Drop(col int, d Disc) (int, error) {
	if col < 0 || col >= Cols {
		return -1, fmt.Errorf("drop %d: %w", col, ErrBadColumn)
	}
	for r := Rows - 1; r >= 0; r-- {
		if b[r][col] == None {
			b[r][col] = d
			return r, nil
		}
	}
	return -1, fmt.Errorf("drop %d: %w", col, ErrColumnFull)
}

func (b Board) countDir(r, c, dr, dc int, d Disc) int {
	n := 0
	for {
		r, c = r+dr, c+dc
		if r < 0 || r >= Rows || c < 0 || c >= Cols || b[r][c] != d {
			return n
		}
		n++
	}
}

func (b Board) Wins(r, c int) bool {
	d := b[r][c]
	for _, dir := range [4][2]int{{0, 1}, {1, 0}, {1, 1}, {1, -1}} {
		if 1+b.countDir(r, c, dir[0], dir[1], d)+b.countDir(r, c, -dir[0], -dir[1], d) >= 4 {
			return true
		}
	}
	return false
}

func (b Board) String() string {
	var sb strings.Builder
	for _, row := range b {
		for _, d := range row {
			sb.WriteString(d.String())
		}
		sb.WriteByte('\n')
	}
	sb.WriteString("0123456\n")
	return sb.String()
}

type Strategy func(b Board, me Disc) int

// center prefers the column closest to the middle that is not full.
func center(b Board, me Disc) int {
	for _, c := range []int{3, 2, 4, 1, 5, 0, 6} {
		if b[0][c] == None {
			return c
		}
	}
	return -1
}

// greedy wins immediately if possible, blocks otherwise, else falls back.
func greedy(fallback Strategy) Strategy {
	return func(b Board, me Disc) int {
		opp := Yellow + Red - me
		for _, who := range []Disc{me, opp} {
			for c := range Cols {
				trial := b
				if r, err := trial.Drop(c, who); err == nil && trial.Wins(r, c) {
					return c
				}
			}
		}
		return fallback(b, me)
	}
}

func leftmost(b Board, me Disc) int {
	for c := range Cols {
		if b[0][c] == None {
			return c
		}
	}
	return -1
}

func play(name string, ys, rs Strategy) {
	var b Board
	players := map[Disc]Strategy{Yellow: ys, Red: rs}
	turn, moves := Yellow, []int(nil)
	for ply := 0; ply < Rows*Cols; ply++ {
		col := players[turn](b, turn)
		r, err := b.Drop(col, turn)
		if err != nil {
			fmt.Println("error:", err)
			return
		}
		moves = append(moves, col)
		if b.Wins(r, col) {
			fmt.Printf("== %s: %v wins after %d plies, moves=%v\n%v", name, turn, ply+1, moves, b)
			return
		}
		turn = Yellow + Red - turn
	}
	fmt.Printf("== %s: draw\n%v", name, b)
}

func main() {
	play("center vs leftmost", center, leftmost)
	play("greedy(center) vs leftmost", greedy(center), leftmost)
	play("leftmost vs greedy(center)", leftmost, greedy(center))
	play("greedy(leftmost) vs greedy(center)", greedy(leftmost), greedy(center))
	var b Board
	for range Rows {
		b.Drop(0, Red)
	}
	_, err := b.Drop(0, Yellow)
	fmt.Println("full column:", err, errors.Is(err, ErrColumnFull))
	_, err = b.Drop(9, Yellow)
	fmt.Println("bad column:", err, errors.Is(err, ErrBadColumn))
}
