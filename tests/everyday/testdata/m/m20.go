package main

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
)

type Color int

const (
	White Color = iota
	Black
)

func (c Color) String() string { return [...]string{"white", "black"}[c] }
func colorOf(p byte) Color     { return Color(p >> 5 & 1) } // ASCII lower case has bit 5 set

type Board [64]byte // index = rank*8 + file; upper case = white, lower case = black

func parseFEN(placement string) (b Board) {
	for d := '1'; d <= '8'; d++ { // expand run lengths into empty (zero) squares
		placement = strings.ReplaceAll(placement, string(d), strings.Repeat("\x00", int(d-'0')))
	}
	rows := strings.Split(placement, "/")
	for sq := range b {
		b[sq] = rows[7-sq/8][sq%8]
	}
	return b
}

var (
	ErrNoPiece   = errors.New("no piece on square")
	ErrWrongTurn = errors.New("not your turn")
	ErrGameOver  = errors.New("game is over")
	ErrIllegal   = errors.New("illegal move")
)

func (b *Board) reason(from, to int) string { // why from->to breaks movement rules, or ""
	p, target := b[from], b[to]
	if target != 0 && colorOf(target) == colorOf(p) {
		return "cannot capture own piece"
	}
	df, dr := to%8-from%8, to/8-from/8
	adf, adr := max(df, -df), max(dr, -dr)
	straight, diagonal := (df == 0) != (dr == 0), adf == adr && df != 0
	switch kind := p | 0x20; {
	case kind == 'n' && adf*adr == 2, kind == 'k' && max(adf, adr) == 1:
		return ""
	case kind == 'r' && straight, kind == 'b' && diagonal, kind == 'q' && (straight || diagonal):
		step := (to - from) / max(adf, adr)
		for s := from + step; s != to; s += step {
			if b[s] != 0 {
				return "path is blocked"
			}
		}
		return ""
	case kind == 'p':
		dir, start := 1-2*int(colorOf(p)), 1+5*int(colorOf(p)) // white moves up from rank 2
		push := df == 0 && target == 0 && (dr == dir || dr == 2*dir && from/8 == start && b[from+8*dir] == 0)
		if push || adf == 1 && dr == dir && target != 0 {
			return ""
		}
	}
	return fmt.Sprintf("%c cannot move like that", p)
}

func (b *Board) inCheck(c Color) bool {
	king := bytes.IndexByte(b[:], map[Color]byte{White: 'K', Black: 'k'}[c])
	for sq, p := range b {
		if p != 0 && colorOf(p) != c && b.reason(sq, king) == "" {
			return true
		}
	}
	return false
}

type Game struct {
	board Board
	turn  Color
	over  bool
}

func (g *Game) verdict(from, to int) string { // movement rules, then king safety
	if r := g.board.reason(from, to); r != "" {
		return r
	}
	nb := g.board
	nb[to], nb[from] = nb[from], 0
	if nb.inCheck(g.turn) {
		return "would leave king in check"
	}
	return ""
}

func (g *Game) hasLegalMove() bool {
	for i := range 64 * 64 {
		from, to := i/64, i%64
		if p := g.board[from]; p != 0 && colorOf(p) == g.turn && g.verdict(from, to) == "" {
			return true
		}
	}
	return false
}

func (g *Game) Move(m string) (string, error) {
	from, to := int(m[1]-'1')*8+int(m[0]-'a'), int(m[3]-'1')*8+int(m[2]-'a')
	switch p := g.board[from]; {
	case g.over:
		return "", ErrGameOver
	case p == 0:
		return "", fmt.Errorf("%s: %w", m[:2], ErrNoPiece)
	case colorOf(p) != g.turn:
		return "", fmt.Errorf("%c on %s belongs to %v: %w", p, m[:2], colorOf(p), ErrWrongTurn)
	}
	if r := g.verdict(from, to); r != "" {
		return "", fmt.Errorf("%w: %s", ErrIllegal, r)
	}
	g.board[to], g.board[from], g.turn = g.board[from], 0, 1-g.turn
	g.over = !g.hasLegalMove()
	return outcomes[g.board.inCheck(g.turn)][g.over], nil
}

// outcomes[in check][no legal move] for the side to move
var outcomes = map[bool]map[bool]string{false: {false: "ok", true: "stalemate"}, true: {false: "check", true: "checkmate"}}

func main() {
	scenarios := []struct{ name, fen, moves string }{
		{"scholar's mate", "rnbqkbnr/pppppppp/8/8/8/8/PPPPPPPP/RNBQKBNR", "e2e4 e7e5 e5e4 f1c6 f1c4 b8c6 d1d3 d1h5 g8f6 h5f7 a7a6"},
		{"king safety", "4k3/8/8/8/8/8/4r3/4K3", "e1f2 e1e2 e8d7 e2e7 d7d6 e2e3"},
		{"pin", "4k3/4r3/8/8/8/8/4B3/4K3", "e2d3 e2e4 e7e4 e1d2 a1a2"},
		{"stalemate", "k7/8/1Q6/8/8/8/8/7K", "b6c7 a8b8"},
	}
	for _, sc := range scenarios {
		g := &Game{board: parseFEN(sc.fen)}
		fmt.Printf("== %s ==\n", sc.name)
		for _, mv := range strings.Fields(sc.moves) {
			mover := g.turn
			res, err := g.Move(mv)
			if err != nil {
				res = "rejected: " + err.Error()
			}
			fmt.Printf("  %-5v %s %s\n", mover, mv, res)
			if errors.Is(err, ErrGameOver) {
				break
			}
		}
	}
}
