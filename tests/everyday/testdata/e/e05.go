package main

import (
	"fmt"
	"strings"
)

type Tile struct {
	Mine     bool
	Adjacent int
	Open     bool
	Flagged  bool
}

type Field struct {
	W, H  int
	tiles [][]Tile
}

func ParseField(layout string) *Field {
	lines := strings.Split(strings.TrimSpace(layout), "\n")
	f := &Field{H: len(lines), W: len(lines[0])}
	f.tiles = make([][]Tile, f.H)
	for y, line := range lines {
		f.tiles[y] = make([]Tile, f.W)
		for x, ch := range line {
			f.tiles[y][x].Mine = ch == '*'
		}
	}
	f.eachTile(func(x, y int, t *Tile) {
		f.neighbours(x, y, func(nx, ny int) {
			if f.tiles[ny][nx].Mine {
				t.Adjacent++
			}
		})
	})
	return f
}

func (f *Field) eachTile(fn func(x, y int, t *Tile)) {
	for y := range f.tiles {
		for x := range f.tiles[y] {
			fn(x, y, &f.tiles[y][x])
		}
	}
}

func (f *Field) neighbours(x, y int, fn func(nx, ny int)) {
	for dy := -1; dy <= 1; dy++ {
		for dx := -1; dx <= 1; dx++ {
			nx, ny := x+dx, y+dy
			if (dx != 0 || dy != 0) && nx >= 0 && ny >= 0 && nx < f.W && ny < f.H {
				fn(nx, ny)
			}
		}
	}
}

// Open reveals a tile; zero tiles flood outward. Returns tiles opened and whether a mine blew.
func (f *Field) Open(x, y int) (opened int, boom bool) {
	t := &f.tiles[y][x]
	if t.Open || t.Flagged {
		return 0, false
	}
	if t.Mine {
		t.Open = true
		return 1, true
	}
	stack := [][2]int{{x, y}}
	for len(stack) > 0 {
		p := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		cur := &f.tiles[p[1]][p[0]]
		if cur.Open {
			continue
		}
		cur.Open = true
		opened++
		if cur.Adjacent == 0 {
			f.neighbours(p[0], p[1], func(nx, ny int) {
				if n := f.tiles[ny][nx]; !n.Open && !n.Mine && !n.Flagged {
					stack = append(stack, [2]int{nx, ny})
				}
			})
		}
	}
	return opened, false
}

func (f *Field) Won() bool {
	won := true
	f.eachTile(func(_, _ int, t *Tile) {
		if !t.Mine && !t.Open {
			won = false
		}
	})
	return won
}

func (f *Field) String() string {
	var sb strings.Builder
	for _, row := range f.tiles {
		for _, t := range row {
			switch {
			case t.Flagged:
				sb.WriteByte('F')
			case !t.Open:
				sb.WriteByte('#')
			case t.Mine:
				sb.WriteByte('*')
			case t.Adjacent == 0:
				sb.WriteByte(' ')
			default:
				sb.WriteByte(byte('0' + t.Adjacent))
			}
		}
		sb.WriteString("|\n")
	}
	return sb.String()
}

func main() {
	layout := `
..........
..*.......
.......*..
..........
*.....*...
..........
...*......
.........*`
	f := ParseField(layout)
	clicks := [][2]int{{9, 0}, {0, 7}, {5, 5}, {0, 0}, {3, 7}, {2, 0}}
	f.tiles[4][0].Flagged = true
	for _, c := range clicks {
		n, boom := f.Open(c[0], c[1])
		fmt.Printf("open (%d,%d): +%d tiles boom=%t won=%t\n", c[0], c[1], n, boom, f.Won())
		if boom {
			break
		}
	}
	fmt.Print(f)
	fmt.Println("try a mine:")
	_, boom := f.Open(3, 6)
	fmt.Println("boom:", boom)
	fmt.Print(f)
}
