package main

import (
	"errors"
	"fmt"
	"strings"
)

type Cell int8

const (
	Empty Cell = iota
	X
	O
)

func (c Cell) String() string { return [...]string{".", "X", "O"}[c] }

func (c Cell) Other() Cell { return 3 - c }

type Status int

const (
	InProgress Status = iota
	XWins
	OWins
	Draw
)

func (s Status) String() string { return [...]string{"in progress", "X wins", "O wins", "draw"}[s] }

var lines = [8][3]int{{0, 1, 2}, {3, 4, 5}, {6, 7, 8}, {0, 3, 6}, {1, 4, 7}, {2, 5, 8}, {0, 4, 8}, {2, 4, 6}}

var (
	ErrOccupied = errors.New("square occupied")
	ErrOffBoard = errors.New("off the board")
	ErrGameOver = errors.New("game is over")
)

type Board struct {
	cells [9]Cell
	turn  Cell
	nodes int
}

func (b *Board) Status() Status {
	for _, l := range lines {
		if c := b.cells[l[0]]; c != Empty && c == b.cells[l[1]] && c == b.cells[l[2]] {
			return Status(c)
		}
	}
	for _, c := range b.cells {
		if c == Empty {
			return InProgress
		}
	}
	return Draw
}

func (b *Board) Play(sq int) error {
	switch {
	case b.Status() != InProgress:
		return ErrGameOver
	case sq < 0 || sq > 8:
		return fmt.Errorf("move %d: %w", sq, ErrOffBoard)
	case b.cells[sq] != Empty:
		return fmt.Errorf("move %d by %v: %w (holds %v)", sq, b.turn, ErrOccupied, b.cells[sq])
	}
	b.cells[sq] = b.turn
	b.turn = b.turn.Other()
	return nil
}

// minimax returns the best score for the player to move, and the square achieving it.
func (b *Board) minimax(depth int) (int, int) {
	b.nodes++
	switch s := b.Status(); s {
	case XWins, OWins:
		return -(10 - depth), -1 // the previous mover won; sooner is worse for us
	case Draw:
		return 0, -1
	}
	best, move := -100, -1
	for sq := range b.cells {
		if b.cells[sq] != Empty {
			continue
		}
		b.cells[sq], b.turn = b.turn, b.turn.Other()
		score, _ := b.minimax(depth + 1)
		b.cells[sq], b.turn = Empty, b.turn.Other()
		if -score > best {
			best, move = -score, sq
		}
	}
	return best, move
}

func (b *Board) String() string {
	rows := make([]string, 3)
	for r := range 3 {
		rows[r] = fmt.Sprintf("%v %v %v", b.cells[r*3], b.cells[r*3+1], b.cells[r*3+2])
	}
	return strings.Join(rows, " | ")
}

func main() {
	b := &Board{turn: X}
	human := []int{0, 4, 9, 8, 2, 6, 5}
	fmt.Println("Game 1: scripted X vs minimax O")
game:
	for _, mv := range human {
		if err := b.Play(mv); err != nil {
			fmt.Printf("  X tries %d: %v\n", mv, err)
			if errors.Is(err, ErrGameOver) {
				break game
			}
			continue
		}
		fmt.Printf("  X -> %d   %v\n", mv, b)
		if b.Status() != InProgress {
			break
		}
		b.nodes = 0
		score, sq := b.minimax(0)
		_ = b.Play(sq)
		fmt.Printf("  O -> %d   %v   (score %+d, %d nodes)\n", sq, b, score, b.nodes)
		if b.Status() != InProgress {
			break
		}
	}
	fmt.Println("  result:", b.Status())

	fmt.Println("Game 2: minimax vs minimax")
	b2 := &Board{turn: X}
	for b2.Status() == InProgress {
		mover := b2.turn
		_, sq := b2.minimax(0)
		if err := b2.Play(sq); err != nil {
			fmt.Println("  unexpected:", err)
			return
		}
		fmt.Printf("  %v -> %d   %v\n", mover, sq, b2)
	}
	fmt.Println("  result:", b2.Status())
	fmt.Println("  play after end:", b2.Play(0))
}
