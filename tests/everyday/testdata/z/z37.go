package main

import (
	"fmt"
	"strings"
)

const W, H = 8, 6

type Board [H][W]bool

func ParseBoard(rows ...string) Board {
	var b Board
	for y, row := range rows {
		for x, ch := range row {
			b[y][x] = ch == '#'
		}
	}
	return b
}

func (b Board) neighbors(x, y int) int {
	n := 0
	for dy := -1; dy <= 1; dy++ {
		for dx := -1; dx <= 1; dx++ {
			if dx == 0 && dy == 0 {
				continue
			}
			nx, ny := (x+dx+W)%W, (y+dy+H)%H
			if b[ny][nx] {
				n++
			}
		}
	}
	return n
}

// Step returns a new board; the receiver is a copy, so the caller's board is untouched.
func (b Board) Step() Board {
	var next Board
	for y := range H {
		for x := range W {
			n := b.neighbors(x, y)
			next[y][x] = n == 3 || (b[y][x] && n == 2)
		}
	}
	return next
}

func (b *Board) Toggle(x, y int) { b[y][x] = !b[y][x] }

func (b Board) Alive() int {
	c := 0
	for _, row := range b {
		for _, cell := range row {
			if cell {
				c++
			}
		}
	}
	return c
}

func (b Board) String() string {
	var sb strings.Builder
	for _, row := range b {
		for _, cell := range row {
			if cell {
				sb.WriteByte('#')
			} else {
				sb.WriteByte('.')
			}
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

func main() {
	glider := ParseBoard(
		".#......",
		"..#.....",
		"###.....",
	)
	b := glider
	history := map[Board]int{b: 0}
	for gen := 1; gen <= 24; gen++ {
		b = b.Step()
		if gen%4 == 0 {
			fmt.Printf("gen %d alive=%d\n%v", gen, b.Alive(), b)
		}
		if prev, ok := history[b]; ok {
			fmt.Printf("gen %d repeats gen %d (period %d)\n", gen, prev, gen-prev)
			break
		}
		history[b] = gen
	}
	fmt.Println("original untouched:", glider == ParseBoard(".#......", "..#.....", "###....."))

	blinker := ParseBoard("", "", "..###...")
	s1 := blinker.Step()
	s2 := s1.Step()
	fmt.Print(s1)
	fmt.Println("blinker period 2:", s2 == blinker, s1 != blinker)
	blinker.Toggle(0, 0)
	fmt.Println("toggled alive:", blinker.Alive(), "s2 alive:", s2.Alive())
	arrs := []Board{blinker, s1}
	arrs[0].Toggle(0, 0)
	fmt.Println(blinker.Alive(), arrs[0].Alive(), len(history))
}
