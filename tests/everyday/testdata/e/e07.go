package main

import (
	"fmt"
	"math/rand/v2"
	"strings"
)

type Dir int

const (
	Left Dir = iota
	Right
	Up
	Down
)

type Board [4][4]int

// slideRow compresses a row to the left, merging equal neighbours once.
func slideRow(row [4]int) (out [4]int, score int) {
	i, last := 0, 0
	for _, v := range row {
		if v == 0 {
			continue
		}
		if last == v {
			out[i-1] = v * 2
			score += v * 2
			last = 0
			continue
		}
		out[i], last = v, v
		i++
	}
	return
}

func (b Board) transpose() Board {
	var t Board
	for r := range 4 {
		for c := range 4 {
			t[c][r] = b[r][c]
		}
	}
	return t
}

func (b Board) mirror() Board {
	for r := range b {
		b[r][0], b[r][1], b[r][2], b[r][3] = b[r][3], b[r][2], b[r][1], b[r][0]
	}
	return b
}

func (b Board) Move(d Dir) (Board, int, bool) {
	switch d {
	case Right:
		nb, s, ok := b.mirror().Move(Left)
		return nb.mirror(), s, ok
	case Up:
		nb, s, ok := b.transpose().Move(Left)
		return nb.transpose(), s, ok
	case Down:
		nb, s, ok := b.transpose().Move(Right)
		return nb.transpose(), s, ok
	}
	var nb Board
	total := 0
	for r := range b {
		var s int
		nb[r], s = slideRow(b[r])
		total += s
	}
	return nb, total, nb != b
}

func (b *Board) Spawn(rng *rand.Rand) bool {
	var empty [][2]int
	for r := range 4 {
		for c := range 4 {
			if b[r][c] == 0 {
				empty = append(empty, [2]int{r, c})
			}
		}
	}
	if len(empty) == 0 {
		return false
	}
	p := empty[rng.IntN(len(empty))]
	v := 2
	if rng.IntN(10) == 0 {
		v = 4
	}
	b[p[0]][p[1]] = v
	return true
}

func (b Board) String() string {
	var sb strings.Builder
	for _, row := range b {
		for _, v := range row {
			if v == 0 {
				sb.WriteString("    .")
			} else {
				fmt.Fprintf(&sb, "%5d", v)
			}
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

func main() {
	fmt.Println(slideRow([4]int{2, 2, 2, 2}))
	fmt.Println(slideRow([4]int{4, 0, 4, 8}))

	rng := rand.New(rand.NewPCG(1, 2))
	var b Board
	b.Spawn(rng)
	b.Spawn(rng)
	score, moves := 0, 0
	pref := []Dir{Down, Left, Right, Up}
	for {
		moved := false
		for _, d := range pref {
			nb, s, ok := b.Move(d)
			if ok {
				b, score, moved = nb, score+s, true
				moves++
				break
			}
		}
		if !moved {
			break
		}
		b.Spawn(rng)
		if moves%50 == 0 {
			fmt.Printf("after %d moves score=%d\n%v", moves, score, b)
		}
	}
	best := 0
	for _, row := range b {
		for _, v := range row {
			best = max(best, v)
		}
	}
	fmt.Printf("game over after %d moves, score=%d, best tile=%d\n%v", moves, score, best, b)
}
