package main

import (
	"fmt"
	"strings"
)

const N = 6

type Board [N][N]bool

func (b Board) Neighbors(r, c int) int {
	n := 0
	for dr := -1; dr <= 1; dr++ {
		for dc := -1; dc <= 1; dc++ {
			if dr == 0 && dc == 0 {
				continue
			}
			rr, cc := (r+dr+N)%N, (c+dc+N)%N
			if b[rr][cc] {
				n++
			}
		}
	}
	return n
}

func (b Board) Step() Board {
	var next Board
	for r := range N {
		for c := range N {
			n := b.Neighbors(r, c)
			next[r][c] = n == 3 || (b[r][c] && n == 2)
		}
	}
	return next
}

func (b *Board) Set(cells ...[2]int) {
	for _, cell := range cells {
		b[cell[0]][cell[1]] = true
	}
}

func (b Board) String() string {
	var sb strings.Builder
	for _, row := range b {
		for _, alive := range row {
			if alive {
				sb.WriteByte('#')
			} else {
				sb.WriteByte('.')
			}
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

func (b Board) Alive() (n int) {
	for _, row := range b {
		for _, v := range row {
			if v {
				n++
			}
		}
	}
	return
}

func main() {
	var b Board
	b.Set([2]int{0, 1}, [2]int{1, 2}, [2]int{2, 0}, [2]int{2, 1}, [2]int{2, 2})
	fmt.Print(b)
	start := b
	seen := map[Board]int{b: 0}
	for gen := 1; gen <= 30; gen++ {
		b = b.Step()
		if prev, ok := seen[b]; ok {
			fmt.Printf("gen %d repeats gen %d\n", gen, prev)
			break
		}
		seen[b] = gen
		if gen%4 == 0 {
			fmt.Printf("gen %d alive=%d\n", gen, b.Alive())
		}
	}
	fmt.Print(b)
	fmt.Println("start unchanged:", start.Alive(), start == b)

	blinker := Board{}
	blinker.Set([2]int{2, 1}, [2]int{2, 2}, [2]int{2, 3})
	two := blinker.Step().Step()
	fmt.Println("blinker period 2:", two == blinker, blinker.Step() != blinker)
}
