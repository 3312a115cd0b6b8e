// Snake game simulation: greedy autopilot, seeded food placement, growth and collision detection.
package main

import (
	"fmt"
	"math/rand/v2"
	"strings"
)

type Dir int

const (
	Up Dir = iota
	Right
	Down
	Left
)

func (d Dir) String() string      { return [...]string{"up", "right", "down", "left"}[d] }
func (d Dir) Opposite(o Dir) bool { return (d+2)%4 == o }

type Pt struct{ X, Y int }

var deltas = [4]Pt{Up: {0, -1}, Right: {1, 0}, Down: {0, 1}, Left: {-1, 0}}

func (p Pt) Step(d Dir) Pt { return Pt{p.X + deltas[d].X, p.Y + deltas[d].Y} }

type Outcome int

const (
	Alive Outcome = iota
	HitWall
	HitSelf
)

func (o Outcome) String() string { return [...]string{"alive", "hit wall", "hit self"}[o] }

type Snake struct {
	body []Pt // head first
	dir  Dir
	grow int
}

func (s *Snake) Head() Pt { return s.body[0] }
func (s *Snake) Occupies(p Pt) bool {
	for _, b := range s.body {
		if b == p {
			return true
		}
	}
	return false
}

type Game struct {
	W, H  int
	snake Snake
	food  Pt
	rng   *rand.Rand
	score int
	tick  int
}

func (g *Game) placeFood() {
	var free []Pt
	for y := 0; y < g.H; y++ {
		for x := 0; x < g.W; x++ {
			if p := (Pt{x, y}); !g.snake.Occupies(p) {
				free = append(free, p)
			}
		}
	}
	g.food = free[g.rng.IntN(len(free))]
}

func (g *Game) Turn(d Dir) bool {
	if d.Opposite(g.snake.dir) {
		return false
	}
	g.snake.dir = d
	return true
}

func (g *Game) Step() Outcome {
	g.tick++
	s := &g.snake
	next := s.Head().Step(s.dir)
	if !g.safe(next) {
		if next.X < 0 || next.Y < 0 || next.X >= g.W || next.Y >= g.H {
			return HitWall
		}
		return HitSelf
	}
	if s.grow > 0 {
		s.body = append(s.body, Pt{})
		s.grow--
	}
	copy(s.body[1:], s.body[:len(s.body)-1])
	s.body[0] = next
	if next == g.food {
		g.score += 10 * len(s.body)
		s.grow += 2
		g.placeFood()
	}
	return Alive
}

func (g *Game) String() string {
	var sb strings.Builder
	sb.WriteString("+" + strings.Repeat("-", g.W) + "+\n")
	for y := 0; y < g.H; y++ {
		sb.WriteByte('|')
		for x := 0; x < g.W; x++ {
			p := Pt{x, y}
			switch {
			case p == g.snake.Head():
				sb.WriteByte('@')
			case g.snake.Occupies(p):
				sb.WriteByte('o')
			case p == g.food:
				sb.WriteByte('*')
			default:
				sb.WriteByte(' ')
			}
		}
		sb.WriteString("|\n")
	}
	sb.WriteString("+" + strings.Repeat("-", g.W) + "+\n")
	return sb.String()
}

func (g *Game) safe(p Pt) bool {
	if p.X < 0 || p.Y < 0 || p.X >= g.W || p.Y >= g.H {
		return false
	}
	body := g.snake.body
	if g.snake.grow == 0 {
		body = body[:len(body)-1] // tail moves away this tick
	}
	for _, b := range body {
		if b == p {
			return false
		}
	}
	return true
}

// Pilot chooses the next direction; ok=false means keep going straight.
type Pilot func(g *Game) (Dir, bool)

func Greedy(g *Game) (Dir, bool) {
	h := g.snake.Head()
	best, bestDist := g.snake.dir, 1<<30
	for d := Up; d <= Left; d++ {
		n := h.Step(d)
		if d.Opposite(g.snake.dir) || !g.safe(n) {
			continue
		}
		dist := abs(n.X-g.food.X) + abs(n.Y-g.food.Y)
		if dist < bestDist {
			best, bestDist = d, dist
		}
	}
	return best, true
}

func abs(v int) int {
	if v < 0 {
		return -v
	}
	return v
}

func play(name string, pilot Pilot, limit int) {
	g := &Game{W: 12, H: 8, rng: rand.New(rand.NewPCG(9, 9))}
	g.snake = Snake{body: []Pt{{3, 4}, {2, 4}, {1, 4}}, dir: Right}
	g.placeFood()
	fmt.Printf("== %s pilot, first food at %v ==\n", name, g.food)
	out := Alive
	for g.tick < limit && out == Alive {
		if d, ok := pilot(g); ok && !g.Turn(d) {
			fmt.Printf("t=%2d ignored reverse turn to %v\n", g.tick, d)
		}
		before := g.score
		out = g.Step()
		if g.score != before {
			fmt.Printf("t=%2d ate at %v, length %d, score %d, next food %v\n",
				g.tick, g.snake.Head(), len(g.snake.body), g.score, g.food)
		}
	}
	if out != Alive {
		fmt.Printf("t=%2d game over: %v heading %v at %v\n", g.tick, out, g.snake.dir, g.snake.Head())
	}
	fmt.Print(g)
	fmt.Printf("final: ticks=%d length=%d score=%d status=%v\n", g.tick, len(g.snake.body), g.score, out)
}

func main() {
	play("greedy", Greedy, 60)
	play("straight", func(*Game) (Dir, bool) { return 0, false }, 60)
}
