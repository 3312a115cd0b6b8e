package main

import (
	"errors"
	"fmt"
	"strings"
)

const (
	Wall = '#'
	Goal = '.'
)

type Pos struct{ R, C int }

type Level struct {
	tiles         []string // static layer: walls, goals, floor
	boxes         map[Pos]bool
	player        Pos
	pushes, steps int
	undo          []snapshot
}

type snapshot struct {
	player Pos
	moved  *[2]Pos // box from, to
}

var (
	ErrWall      = errors.New("walked into wall")
	ErrHeavy     = errors.New("box cannot move")
	ErrNoHistory = errors.New("nothing to undo")
)

var dirs = map[byte]Pos{'u': {-1, 0}, 'd': {1, 0}, 'l': {0, -1}, 'r': {0, 1}}

func Load(src string) *Level {
	lv := &Level{boxes: map[Pos]bool{}}
	static := strings.NewReplacer("$", " ", "*", ".", "@", " ", "+", ".")
	for r, line := range strings.Split(strings.Trim(src, "\n"), "\n") {
		for c, ch := range line {
			switch ch {
			case '$', '*':
				lv.boxes[Pos{r, c}] = true
			case '@', '+':
				lv.player = Pos{r, c}
			}
		}
		lv.tiles = append(lv.tiles, static.Replace(line))
	}
	return lv
}

func (lv *Level) at(p Pos) byte {
	if p.R < 0 || p.R >= len(lv.tiles) || p.C < 0 || p.C >= len(lv.tiles[p.R]) {
		return Wall
	}
	return lv.tiles[p.R][p.C]
}

func (lv *Level) Move(d byte) error {
	delta := dirs[d]
	next := Pos{lv.player.R + delta.R, lv.player.C + delta.C}
	if lv.at(next) == Wall {
		return fmt.Errorf("move %c: %w", d, ErrWall)
	}
	snap := snapshot{player: lv.player}
	if lv.boxes[next] {
		beyond := Pos{next.R + delta.R, next.C + delta.C}
		if lv.at(beyond) == Wall || lv.boxes[beyond] {
			return fmt.Errorf("move %c: %w", d, ErrHeavy)
		}
		delete(lv.boxes, next)
		lv.boxes[beyond] = true
		snap.moved = &[2]Pos{next, beyond}
		lv.pushes++
	}
	lv.undo = append(lv.undo, snap)
	lv.player = next
	lv.steps++
	return nil
}

func (lv *Level) Undo() error {
	if len(lv.undo) == 0 {
		return ErrNoHistory
	}
	s := lv.undo[len(lv.undo)-1]
	lv.undo = lv.undo[:len(lv.undo)-1]
	lv.player = s.player
	if s.moved != nil {
		delete(lv.boxes, s.moved[1])
		lv.boxes[s.moved[0]] = true
		lv.pushes--
	}
	lv.steps--
	return nil
}

func (lv *Level) Solved() bool {
	for p := range lv.boxes {
		if lv.at(p) != Goal {
			return false
		}
	}
	return true
}

func (lv *Level) String() string {
	var sb strings.Builder
	for r, row := range lv.tiles {
		for c, t := range []byte(row) {
			p := Pos{r, c}
			switch {
			case p == lv.player:
				sb.WriteByte(map[bool]byte{false: '@', true: '+'}[t == Goal])
			case lv.boxes[p]:
				sb.WriteByte(map[bool]byte{false: '$', true: '*'}[t == Goal])
			default:
				sb.WriteByte(t)
			}
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

func main() {
	const level = `
#######
#.  # #
#$$ @ #
# .   #
#######`
	lv := Load(level)
	fmt.Print(lv)
	for _, m := range "llZudllludrruuldZd" {
		if m == 'Z' {
			err := lv.Undo()
			fmt.Printf("undo -> err=%v steps=%d pushes=%d\n", err, lv.steps, lv.pushes)
			continue
		}
		if err := lv.Move(byte(m)); err != nil {
			fmt.Println("rejected:", err, "| heavy:", errors.Is(err, ErrHeavy))
		}
	}
	fmt.Print(lv)
	fmt.Printf("steps=%d pushes=%d solved=%t\n", lv.steps, lv.pushes, lv.Solved())
	fmt.Println("fresh level undo:", Load(level).Undo())
}
