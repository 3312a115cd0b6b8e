package main

import (
	"fmt"
	"sort"
	"strings"
)

type Color int

const (
	White Color = iota
	Black
)

func (c Color) String() string { return [...]string{"white", "black"}[c] }

type Square struct{ File, Rank int }

func (s Square) String() string { return fmt.Sprintf("%c%d", 'a'+s.File, s.Rank+1) }
func (s Square) OnBoard() bool  { return s.File >= 0 && s.File < 8 && s.Rank >= 0 && s.Rank < 8 }

type Piece interface {
	Symbol() rune
	Owner() Color
	Moves(b *Board, from Square) []Square
}

type base struct{ color Color }

// Owner is promoted to every piece type through embedding.
func (b base) Owner() Color { return b.color }

type Knight struct{ base }
type Rook struct{ base }
type Bishop struct{ base }
type Queen struct{ base }

func sym(c Color, r rune) rune {
	if c == Black {
		return r + ('a' - 'A')
	}
	return r
}

func (k Knight) Symbol() rune { return sym(k.color, 'N') }
func (r Rook) Symbol() rune   { return sym(r.color, 'R') }
func (b Bishop) Symbol() rune { return sym(b.color, 'B') }
func (q Queen) Symbol() rune  { return sym(q.color, 'Q') }

func (k Knight) Moves(b *Board, from Square) []Square {
	var out []Square
	for _, d := range [][2]int{{1, 2}, {2, 1}, {2, -1}, {1, -2}, {-1, -2}, {-2, -1}, {-2, 1}, {-1, 2}} {
		to := Square{from.File + d[0], from.Rank + d[1]}
		if !to.OnBoard() {
			continue
		}
		if p := b.At(to); p == nil || p.Owner() != k.color {
			out = append(out, to)
		}
	}
	return out
}

func slide(b *Board, from Square, c Color, dirs [][2]int) []Square {
	var out []Square
	for _, d := range dirs {
		to := Square{from.File + d[0], from.Rank + d[1]}
		for to.OnBoard() {
			p := b.At(to)
			if p != nil {
				if p.Owner() != c {
					out = append(out, to)
				}
				break
			}
			out = append(out, to)
			to = Square{to.File + d[0], to.Rank + d[1]}
		}
	}
	return out
}

var straight = [][2]int{{1, 0}, {-1, 0}, {0, 1}, {0, -1}}
var diagonal = [][2]int{{1, 1}, {1, -1}, {-1, 1}, {-1, -1}}

func (r Rook) Moves(b *Board, from Square) []Square   { return slide(b, from, r.color, straight) }
func (x Bishop) Moves(b *Board, from Square) []Square { return slide(b, from, x.color, diagonal) }
func (q Queen) Moves(b *Board, from Square) []Square {
	return slide(b, from, q.color, append(append([][2]int{}, straight...), diagonal...))
}

type Board struct{ cells [8][8]Piece }

func (b *Board) At(s Square) Piece     { return b.cells[s.Rank][s.File] }
func (b *Board) Put(s Square, p Piece) { b.cells[s.Rank][s.File] = p }

func (b *Board) String() string {
	var sb strings.Builder
	for r := 7; r >= 0; r-- {
		fmt.Fprintf(&sb, "%d ", r+1)
		for f := 0; f < 8; f++ {
			if p := b.cells[r][f]; p != nil {
				sb.WriteRune(p.Symbol())
			} else {
				sb.WriteByte('.')
			}
		}
		sb.WriteByte('\n')
	}
	sb.WriteString("  abcdefgh\n")
	return sb.String()
}

func main() {
	var b Board
	b.Put(Square{1, 0}, Knight{base{White}})
	b.Put(Square{0, 0}, Rook{base{White}})
	b.Put(Square{3, 3}, Queen{base{White}})
	b.Put(Square{5, 5}, Bishop{base{Black}})
	b.Put(Square{3, 6}, Rook{base{Black}})
	b.Put(Square{6, 7}, Knight{base{Black}})
	fmt.Print(b.String())

	total := map[Color]int{}
	for r := 0; r < 8; r++ {
		for f := 0; f < 8; f++ {
			from := Square{f, r}
			p := b.At(from)
			if p == nil {
				continue
			}
			moves := p.Moves(&b, from)
			sort.Slice(moves, func(i, j int) bool { return moves[i].String() < moves[j].String() })
			names := make([]string, len(moves))
			for i, m := range moves {
				names[i] = m.String()
				if q := b.At(m); q != nil {
					names[i] += "x"
				}
			}
			total[p.Owner()] += len(moves)
			fmt.Printf("%c@%-3s %-6v %2d: %s\n", p.Symbol(), from, p.Owner(), len(moves), strings.Join(names, " "))
		}
	}
	fmt.Printf("mobility white=%d black=%d\n", total[White], total[Black])
}
