package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type Facing byte

const (
	N Facing = 'N'
	E Facing = 'E'
	S Facing = 'S'
	W Facing = 'W'
)

var right = map[Facing]Facing{N: E, E: S, S: W, W: N}
var left = map[Facing]Facing{N: W, W: S, S: E, E: N}
var step = map[Facing][2]int{N: {0, 1}, E: {1, 0}, S: {0, -1}, W: {-1, 0}}

type Robot struct {
	Name string
	X, Y int
	Dir  Facing
	Odo  int
	Lost bool
}

func (r Robot) String() string {
	s := fmt.Sprintf("%s %d %d %c", r.Name, r.X, r.Y, r.Dir)
	if r.Lost {
		s += " LOST"
	}
	return s
}

type Plateau struct {
	MaxX, MaxY int
	Rocks      map[[2]int]bool
	scents     map[[3]int]bool // position+dir where a robot fell off
}

var ErrBlocked = errors.New("blocked by rock")
var ErrBadCommand = errors.New("bad command")

// Execute runs a command string like "FF2RL3F". A number repeats the next command.
func (p *Plateau) Execute(r *Robot, cmds string) error {
	repeat := ""
	for i, ch := range cmds {
		if ch >= '0' && ch <= '9' {
			repeat += string(ch)
			continue
		}
		n := 1
		if repeat != "" {
			n, _ = strconv.Atoi(repeat)
			repeat = ""
		}
		for range n {
			if r.Lost {
				return nil
			}
			switch ch {
			case 'L':
				r.Dir = left[r.Dir]
			case 'R':
				r.Dir = right[r.Dir]
			case 'F':
				d := step[r.Dir]
				nx, ny := r.X+d[0], r.Y+d[1]
				if p.Rocks[[2]int{nx, ny}] {
					return fmt.Errorf("%s at cmd %d (%d,%d): %w", r.Name, i, nx, ny, ErrBlocked)
				}
				if nx < 0 || ny < 0 || nx > p.MaxX || ny > p.MaxY {
					key := [3]int{r.X, r.Y, int(r.Dir)}
					if p.scents[key] {
						continue // a previous robot fell here; ignore the move
					}
					p.scents[key] = true
					r.Lost = true
					continue
				}
				r.X, r.Y = nx, ny
				r.Odo++
			default:
				return fmt.Errorf("%s: %q at %d: %w", r.Name, ch, i, ErrBadCommand)
			}
		}
	}
	return nil
}

func (p *Plateau) Draw(robots []*Robot) string {
	var sb strings.Builder
	for y := p.MaxY; y >= 0; y-- {
		for x := 0; x <= p.MaxX; x++ {
			ch := byte('.')
			if p.Rocks[[2]int{x, y}] {
				ch = '#'
			}
			for _, r := range robots {
				if !r.Lost && r.X == x && r.Y == y {
					ch = r.Name[0]
				}
			}
			sb.WriteByte(ch)
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

func main() {
	p := &Plateau{MaxX: 7, MaxY: 5, Rocks: map[[2]int]bool{{3, 3}: true, {5, 1}: true}, scents: map[[3]int]bool{}}
	jobs := []struct {
		r    *Robot
		cmds string
	}{
		{&Robot{Name: "Alpha", X: 1, Y: 2, Dir: E}, "RFRFRFRFF"},
		{&Robot{Name: "Bravo", X: 3, Y: 2, Dir: N}, "FRRFLLFFRRFLL"},
		{&Robot{Name: "Charlie", X: 0, Y: 3, Dir: W}, "LLFFFLFLFL"},
		{&Robot{Name: "Delta", X: 6, Y: 5, Dir: N}, "F"},
		{&Robot{Name: "Echo", X: 6, Y: 5, Dir: N}, "FRF2LFF"},
		{&Robot{Name: "Foxtrot", X: 0, Y: 0, Dir: N}, "3F12R2FX"},
		{&Robot{Name: "Golf", X: 2, Y: 1, Dir: E}, "10F"},
	}
	var robots []*Robot
	for _, j := range jobs {
		err := p.Execute(j.r, j.cmds)
		robots = append(robots, j.r)
		switch {
		case errors.Is(err, ErrBlocked):
			fmt.Printf("%-22v odo=%-2d stopped: %v\n", j.r, j.r.Odo, err)
		case err != nil:
			fmt.Printf("%-22v odo=%-2d aborted: %v\n", j.r, j.r.Odo, err)
		default:
			fmt.Printf("%-22v odo=%-2d\n", j.r, j.r.Odo)
		}
	}
	fmt.Print(p.Draw(robots))
	fmt.Println("scents:", len(p.scents))
}
