// Minesweeper: seeded mine placement, neighbour counts, cascade reveal, flags, win/lose.
package main

import (
	"fmt"
	"math/rand/v2"
	"strings"
)

type Cell struct {
	Mine     bool
	Adjacent int
	Revealed bool
	Flagged  bool
}

type Status int

const (
	Playing Status = iota
	Won
	Lost
)

func (s Status) String() string { return [...]string{"playing", "won", "lost"}[s] }

type Game struct {
	W, H   int
	cells  [][]Cell
	status Status
	hidden int
	mines  int
}

func NewGame(w, h, mines int, rng *rand.Rand, safeX, safeY int) *Game {
	g := &Game{W: w, H: h, mines: mines, hidden: w * h}
	g.cells = make([][]Cell, h)
	for y := range g.cells {
		g.cells[y] = make([]Cell, w)
	}
	for _, idx := range rng.Perm(w * h) {
		if mines == 0 {
			break
		}
		x, y := idx%w, idx/w
		if abs(x-safeX) <= 1 && abs(y-safeY) <= 1 {
			continue
		}
		g.cells[y][x].Mine = true
		mines--
	}
	g.each(func(x, y int, c *Cell) {
		g.around(x, y, func(_, _ int, n *Cell) {
			if n.Mine {
				c.Adjacent++
			}
		})
	})
	return g
}

func abs(v int) int {
	if v < 0 {
		return -v
	}
	return v
}

func (g *Game) each(f func(x, y int, c *Cell)) {
	for y := range g.cells {
		for x := range g.cells[y] {
			f(x, y, &g.cells[y][x])
		}
	}
}

func (g *Game) around(x, y int, f func(nx, ny int, c *Cell)) {
	for dy := -1; dy <= 1; dy++ {
		for dx := -1; dx <= 1; dx++ {
			nx, ny := x+dx, y+dy
			if (dx != 0 || dy != 0) && nx >= 0 && ny >= 0 && nx < g.W && ny < g.H {
				f(nx, ny, &g.cells[ny][nx])
			}
		}
	}
}

func (g *Game) Reveal(x, y int) int {
	c := &g.cells[y][x]
	if g.status != Playing || c.Revealed || c.Flagged {
		return 0
	}
	c.Revealed = true
	g.hidden--
	if c.Mine {
		g.status = Lost
		return 1
	}
	n := 1
	if c.Adjacent == 0 {
		g.around(x, y, func(nx, ny int, _ *Cell) { n += g.Reveal(nx, ny) })
	}
	if g.hidden == g.mines && g.status == Playing {
		g.status = Won
	}
	return n
}

func (g *Game) Toggle(x, y int) { c := &g.cells[y][x]; c.Flagged = !c.Flagged && !c.Revealed }

func (g *Game) String() string {
	var sb strings.Builder
	sb.WriteString("   " + "01234567"[:g.W] + "\n")
	for y, row := range g.cells {
		fmt.Fprintf(&sb, "%d  ", y)
		for _, c := range row {
			switch {
			case c.Revealed && c.Mine:
				sb.WriteByte('*')
			case c.Revealed && c.Adjacent == 0:
				sb.WriteByte(' ')
			case c.Revealed:
				sb.WriteByte(byte('0' + c.Adjacent))
			case c.Flagged:
				sb.WriteByte('F')
			case g.status == Lost && c.Mine:
				sb.WriteByte('x')
			default:
				sb.WriteByte('#')
			}
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

func main() {
	rng := rand.New(rand.NewPCG(4, 4))
	g := NewGame(8, 8, 10, rng, 0, 0)
	type action struct {
		flag bool
		x, y int
	}
	script := []action{{false, 0, 0}, {false, 7, 7}, {true, 0, 3}, {false, 0, 3}, {true, 0, 3}, {true, 0, 3}, {false, 7, 0}, {false, 0, 7}}
	for _, a := range script {
		if a.flag {
			g.Toggle(a.x, a.y)
			fmt.Printf("flag (%d,%d) -> %v\n", a.x, a.y, g.cells[a.y][a.x].Flagged)
			continue
		}
		n := g.Reveal(a.x, a.y)
		fmt.Printf("reveal (%d,%d): opened %d, hidden %d, status %v\n", a.x, a.y, n, g.hidden, g.status)
	}
	fmt.Print(g)
	// Auto-solve the rest by revealing every safe cell (cheating, to test the win path).
	g.each(func(x, y int, c *Cell) {
		if !c.Mine && !c.Revealed {
			c.Flagged = false
			g.Reveal(x, y)
		}
	})
	fmt.Println("after revealing all safe cells:", g.status)
	fmt.Print(g)
	g2 := NewGame(5, 5, 6, rng, 2, 2)
	g2.Reveal(2, 2)
	var mineX, mineY int
	g2.each(func(x, y int, c *Cell) {
		if c.Mine {
			mineX, mineY = x, y
		}
	})
	g2.Reveal(mineX, mineY)
	fmt.Printf("second game stepped on (%d,%d): %v\n", mineX, mineY, g2.status)
	fmt.Print(g2)
}
