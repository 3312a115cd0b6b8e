// Flood fill: count regions in a picture, recolor them, and compare recursive vs queue fill.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Image [][]rune

func ParseImage(s string) Image {
	var img Image
	for _, line := range strings.Split(strings.TrimSpace(s), "\n") {
		img = append(img, []rune(strings.TrimSpace(line)))
	}
	return img
}

func (img Image) Clone() Image {
	out := make(Image, len(img))
	for i, r := range img {
		out[i] = append([]rune(nil), r...)
	}
	return out
}

func (img Image) In(r, c int) bool { return r >= 0 && r < len(img) && c >= 0 && c < len(img[r]) }

type Filler interface {
	Fill(img Image, r, c int, to rune) int
	Name() string
}

type RecursiveFill struct{ Diagonal bool }

func (f RecursiveFill) Name() string { return fmt.Sprintf("recursive(diag=%v)", f.Diagonal) }

func (f RecursiveFill) Fill(img Image, r, c int, to rune) int {
	from := img[r][c]
	if from == to {
		return 0
	}
	var rec func(r, c int) int
	rec = func(r, c int) int {
		if !img.In(r, c) || img[r][c] != from {
			return 0
		}
		img[r][c] = to
		n := 1
		for dr := -1; dr <= 1; dr++ {
			for dc := -1; dc <= 1; dc++ {
				if (dr == 0 && dc == 0) || (!f.Diagonal && dr != 0 && dc != 0) {
					continue
				}
				n += rec(r+dr, c+dc)
			}
		}
		return n
	}
	return rec(r, c)
}

type QueueFill struct{}

func (QueueFill) Name() string { return "queue" }

func (QueueFill) Fill(img Image, r, c int, to rune) int {
	from := img[r][c]
	if from == to {
		return 0
	}
	type pt struct{ r, c int }
	q := []pt{{r, c}}
	img[r][c] = to
	n := 0
	for len(q) > 0 {
		p := q[0]
		q = q[1:]
		n++
		for _, d := range []pt{{1, 0}, {-1, 0}, {0, 1}, {0, -1}} {
			nr, nc := p.r+d.r, p.c+d.c
			if img.In(nr, nc) && img[nr][nc] == from {
				img[nr][nc] = to
				q = append(q, pt{nr, nc})
			}
		}
	}
	return n
}

func Regions(img Image, f Filler, target rune) []int {
	work := img.Clone()
	var sizes []int
	for r := range work {
		for c := range work[r] {
			if work[r][c] == target {
				sizes = append(sizes, f.Fill(work, r, c, '*'))
			}
		}
	}
	sort.Sort(sort.Reverse(sort.IntSlice(sizes)))
	return sizes
}

func main() {
	img := ParseImage(`
		..##....##..
		.#..#..#..#.
		.#..####..#.
		..##....##..
		......#.....
		.###.#.#.##.
		.#.#..#..#..
		.###.....#.#
	`)
	fmt.Println("original:")
	for _, row := range img {
		fmt.Println(" ", string(row))
	}
	fillers := []Filler{RecursiveFill{}, RecursiveFill{Diagonal: true}, QueueFill{}}
	for _, f := range fillers {
		walls := Regions(img, f, '#')
		spaces := Regions(img, f, '.')
		fmt.Printf("%-24s wall regions=%d sizes=%v\n", f.Name(), len(walls), walls)
		fmt.Printf("%-24s space regions=%d largest=%d\n", "", len(spaces), spaces[0])
	}
	painted := img.Clone()
	n := QueueFill{}.Fill(painted, 0, 0, 'o')
	m := RecursiveFill{}.Fill(painted, 1, 2, 'x')
	z := QueueFill{}.Fill(painted, 0, 0, 'o')
	fmt.Printf("painted outside=%d inner=%d repaint=%d\n", n, m, z)
	for _, row := range painted {
		fmt.Println(" ", string(row))
	}
}
