package main

import (
	"errors"
	"fmt"
	"strings"
)

type Cell byte

const (
	Empty Cell = '.'
	Red   Cell = 'r'
	Blk   Cell = 'b'
)

type Pos struct{ R, C int }

type Move struct {
	From, To Pos
	Capture  *Pos
}

func (m Move) String() string {
	s := fmt.Sprintf("(%d,%d)->(%d,%d)", m.From.R, m.From.C, m.To.R, m.To.C)
	if m.Capture != nil {
		s += fmt.Sprintf(" x(%d,%d)", m.Capture.R, m.Capture.C)
	}
	return s
}

var (
	ErrNotYourPiece = errors.New("not your piece")
	ErrIllegal      = errors.New("illegal move")
	ErrMustCapture  = errors.New("capture available, must jump")
)

type Game struct {
	board [8][8]Cell
	turn  Cell
	log   []string
}

func NewGame() *Game {
	g := &Game{turn: Red}
	for r := range 8 {
		for c := range 8 {
			switch {
			case (r+c)%2 == 0 || r == 3 || r == 4:
				g.board[r][c] = Empty
			case r < 3:
				g.board[r][c] = Blk
			default:
				g.board[r][c] = Red
			}
		}
	}
	return g
}

var (
	forward = map[Cell]int{Red: -1, Blk: 1}
	other   = map[Cell]Cell{Red: Blk, Blk: Red}
)

func in(p Pos) bool { return p.R >= 0 && p.R < 8 && p.C >= 0 && p.C < 8 }

func (g *Game) LegalMoves() []Move {
	var steps, jumps []Move
	d := forward[g.turn]
	for r := range 8 {
		for c := range 8 {
			if g.board[r][c] != g.turn {
				continue
			}
			for _, dc := range []int{-1, 1} {
				to := Pos{r + d, c + dc}
				if in(to) && g.board[to.R][to.C] == Empty {
					steps = append(steps, Move{From: Pos{r, c}, To: to})
				}
				over := to
				land := Pos{r + 2*d, c + 2*dc}
				if in(land) && g.board[over.R][over.C] == other[g.turn] && g.board[land.R][land.C] == Empty {
					ov := over
					jumps = append(jumps, Move{From: Pos{r, c}, To: land, Capture: &ov})
				}
			}
		}
	}
	if len(jumps) > 0 {
		return jumps
	}
	return steps
}

func (g *Game) Play(from, to Pos) error {
	if !in(from) || g.board[from.R][from.C] != g.turn {
		return fmt.Errorf("play %v: %w", from, ErrNotYourPiece)
	}
	legal := g.LegalMoves()
	for _, m := range legal {
		if m.From == from && m.To == to {
			g.board[to.R][to.C] = g.turn
			g.board[from.R][from.C] = Empty
			if m.Capture != nil {
				g.board[m.Capture.R][m.Capture.C] = Empty
			}
			g.log = append(g.log, fmt.Sprintf("%c %v", g.turn, m))
			g.turn = other[g.turn]
			return nil
		}
	}
	if len(legal) > 0 && legal[0].Capture != nil {
		return fmt.Errorf("play %v->%v: %w", from, to, ErrMustCapture)
	}
	return fmt.Errorf("play %v->%v: %w", from, to, ErrIllegal)
}

func (g *Game) String() string {
	var sb strings.Builder
	for r := range 8 {
		for c := range 8 {
			sb.WriteByte(byte(g.board[r][c]))
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

func main() {
	g := NewGame()
	script := [][4]int{{5, 0, 4, 1}, {2, 3, 3, 2}, {4, 1, 2, 3}, {5, 2, 4, 3}, {1, 2, 3, 4}, {1, 4, 2, 3}, {0, 1, 1, 0}, {5, 4, 4, 3}, {2, 1, 3, 0}}
	for _, s := range script {
		err := g.Play(Pos{s[0], s[1]}, Pos{s[2], s[3]})
		switch {
		case errors.Is(err, ErrMustCapture):
			fmt.Println("rejected (forced jump):", err)
		case err != nil:
			fmt.Println("rejected:", err)
		default:
			fmt.Println("ok:", g.log[len(g.log)-1])
		}
	}
	fmt.Print(g)
	fmt.Printf("%c to move, %d legal moves\n", g.turn, len(g.LegalMoves()))
	for _, m := range g.LegalMoves() {
		fmt.Println("  ", m)
	}
}
