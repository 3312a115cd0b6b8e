package main

import (
	"fmt"
	"strings"
)

const W, H = 10, 8

type Board [H][W]bool

func (b Board) Neighbors(r, c int) int {
	n := 0
	for dr := -1; dr <= 1; dr++ {
		for dc := -1; dc <= 1; dc++ {
			if dr == 0 && dc == 0 {
				continue
			}
			rr, cc := (r+dr+H)%H, (c+dc+W)%W
			if b[rr][cc] {
				n++
			}
		}
	}
	return n
}

// Step returns a new board; b is a copy so modifying it is harmless.
func (b Board) Step() Board {
	var next Board
	for r := 0; r < H; r++ {
		for c := 0; c < W; c++ {
			n := b.Neighbors(r, c)
			next[r][c] = n == 3 || (b[r][c] && n == 2)
		}
	}
	b[0][0] = !b[0][0] // only affects the local copy
	return next
}

func (b *Board) Set(cells ...[2]int) {
	for _, c := range cells {
		b[c[0]][c[1]] = true
	}
}

func (b Board) Alive() int {
	n := 0
	for _, row := range b {
		for _, v := range row {
			if v {
				n++
			}
		}
	}
	return n
}

func (b Board) String() string {
	var sb strings.Builder
	for _, row := range b {
		for _, v := range row {
			if v {
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
	var b Board
	b.Set([2]int{0, 1}, [2]int{1, 2}, [2]int{2, 0}, [2]int{2, 1}, [2]int{2, 2}) // glider
	b.Set([2]int{5, 6}, [2]int{5, 7}, [2]int{5, 8})                             // blinker
	start := b
	history := map[Board]int{}
	for gen := 0; gen <= 40; gen++ {
		if prev, ok := history[b]; ok {
			fmt.Printf("gen %d repeats gen %d (period %d)\n", gen, prev, gen-prev)
			break
		}
		history[b] = gen
		if gen%4 == 0 && gen <= 8 {
			fmt.Printf("gen %d alive=%d\n%v", gen, b.Alive(), b)
		}
		b = b.Step()
	}
	fmt.Println("start unchanged:", start.Alive(), start == b, start[0][0])

	arr := [3]int{1, 2, 3}
	cp := arr
	cp[0] = 99
	ptr := &arr
	ptr[1] = 42
	fmt.Println(arr, cp, arr == [3]int{1, 42, 3}, len(arr))
	grid := [2][2]string{{"a", "b"}, {"c", "d"}}
	g2 := grid
	g2[1][1] = "z"
	fmt.Printf("%v %v %q\n", grid, g2, g2[1])
}
