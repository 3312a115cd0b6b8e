package main

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
)

type P struct{ X, Y int }

func (p P) Add(q P) P { return P{p.X + q.X, p.Y + q.Y} }

var (
	Up    = P{0, -1}
	Down  = P{0, 1}
	Left  = P{-1, 0}
	Right = P{1, 0}
)

var ErrWall = errors.New("hit the wall")
var ErrSelf = errors.New("bit itself")

type Snake struct {
	body []P // head first
	dir  P
	grow int
}

func (s *Snake) Head() P { return s.body[0] }

func (s *Snake) Occupies(p P) bool { return slices.Contains(s.body, p) }

type Game struct {
	W, H         int
	Snake        *Snake
	Food         P
	Score, Ticks int
	rng          *rand.Rand
}

func (g *Game) placeFood() {
	for {
		p := P{g.rng.IntN(g.W), g.rng.IntN(g.H)}
		if !g.Snake.Occupies(p) {
			g.Food = p
			return
		}
	}
}

func (g *Game) Step() error {
	s := g.Snake
	next := s.Head().Add(s.dir)
	if next.X < 0 || next.Y < 0 || next.X >= g.W || next.Y >= g.H {
		return fmt.Errorf("tick %d at %v: %w", g.Ticks, next, ErrWall)
	}
	// The tail moves away this tick unless we're growing.
	tailFree := s.grow == 0
	for i, b := range s.body {
		if b == next && !(tailFree && i == len(s.body)-1) {
			return fmt.Errorf("tick %d at %v: %w", g.Ticks, next, ErrSelf)
		}
	}
	s.body = append([]P{next}, s.body...)
	if s.grow > 0 {
		s.grow--
	} else {
		s.body = s.body[:len(s.body)-1]
	}
	if next == g.Food {
		g.Score += 10
		s.grow += 2
		g.placeFood()
	}
	g.Ticks++
	return nil
}

// Autopilot: greedy towards food, avoiding immediate death.
func (g *Game) steer() {
	s := g.Snake
	h := s.Head()
	best, bestDist := s.dir, 1<<30
	for _, d := range []P{Up, Right, Down, Left} {
		if d.Add(s.dir) == (P{}) {
			continue // no reversing
		}
		n := h.Add(d)
		if n.X < 0 || n.Y < 0 || n.X >= g.W || n.Y >= g.H || s.Occupies(n) {
			continue
		}
		dist := abs(n.X-g.Food.X) + abs(n.Y-g.Food.Y)
		if dist < bestDist {
			best, bestDist = d, dist
		}
	}
	s.dir = best
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

func (g *Game) String() string {
	var sb strings.Builder
	sb.WriteString("+" + strings.Repeat("-", g.W) + "+\n")
	for y := range g.H {
		sb.WriteByte('|')
		for x := range g.W {
			p := P{x, y}
			switch {
			case p == g.Snake.Head():
				sb.WriteByte('@')
			case g.Snake.Occupies(p):
				sb.WriteByte('o')
			case p == g.Food:
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

func main() {
	g := &Game{W: 16, H: 8, rng: rand.New(rand.NewPCG(1, 2))}
	g.Snake = &Snake{body: []P{{3, 4}, {2, 4}, {1, 4}}, dir: Right}
	g.placeFood()
	for g.Ticks <= 1000 {
		g.steer()
		if err := g.Step(); err != nil {
			fmt.Printf("game over: %v\n  wall? %t self? %t\n", err, errors.Is(err, ErrWall), errors.Is(err, ErrSelf))
			break
		}
		if g.Ticks%40 == 0 {
			fmt.Printf("tick %d score %d length %d\n%v", g.Ticks, g.Score, len(g.Snake.body), g)
		}
	}
	fmt.Printf("final: ticks=%d score=%d length=%d\n%v", g.Ticks, g.Score, len(g.Snake.body), g)
}
