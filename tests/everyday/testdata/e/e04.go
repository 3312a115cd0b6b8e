package main

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"strings"
)

const N = 10

type Ship struct {
	Name   string
	Length int
	hits   int
}

type cell struct {
	ship *Ship
	shot bool
}

type Ocean struct {
	grid  [N][N]cell
	ships []*Ship
	sunk  int
}

var (
	ErrOffGrid    = errors.New("off grid")
	ErrOverlap    = errors.New("overlaps another ship")
	ErrAlreadyHit = errors.New("already fired there")
)

var orient = [2][2]int{{1, 0}, {0, 1}} // vertical, horizontal

func (o *Ocean) Place(s *Ship, r, c int, dir [2]int) error {
	dr, dc := dir[0], dir[1]
	for i := range s.Length {
		rr, cc := r+i*dr, c+i*dc
		if rr < 0 || rr >= N || cc < 0 || cc >= N {
			return ErrOffGrid
		}
		if o.grid[rr][cc].ship != nil {
			return ErrOverlap
		}
	}
	for i := range s.Length {
		o.grid[r+i*dr][c+i*dc].ship = s
	}
	o.ships = append(o.ships, s)
	return nil
}

type Result int

const (
	Miss Result = iota
	Hit
	Sink
)

func (r Result) String() string { return [...]string{"miss", "hit", "SINK"}[r] }

func (o *Ocean) Fire(r, c int) (Result, *Ship, error) {
	if r < 0 || r >= N || c < 0 || c >= N {
		return Miss, nil, fmt.Errorf("fire %c%d: %w", 'A'+r, c+1, ErrOffGrid)
	}
	cl := &o.grid[r][c]
	if cl.shot {
		return Miss, nil, fmt.Errorf("fire %c%d: %w", 'A'+r, c+1, ErrAlreadyHit)
	}
	cl.shot = true
	if cl.ship == nil {
		return Miss, nil, nil
	}
	cl.ship.hits++
	if cl.ship.hits >= cl.ship.Length {
		o.sunk++
		return Sink, cl.ship, nil
	}
	return Hit, cl.ship, nil
}

func (o *Ocean) AllSunk() bool { return o.sunk == len(o.ships) }

func (o *Ocean) Render() string {
	var sb strings.Builder
	for r := range N {
		for c := range N {
			cl := o.grid[r][c]
			switch {
			case cl.shot && cl.ship != nil:
				sb.WriteByte('X')
			case cl.shot:
				sb.WriteByte('o')
			case cl.ship != nil:
				sb.WriteByte(cl.ship.Name[0])
			default:
				sb.WriteByte('~')
			}
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

func main() {
	rng := rand.New(rand.NewPCG(1, 2))
	var o Ocean
	fleet := []Ship{{"Carrier", 5, 0}, {"Battleship", 4, 0}, {"Cruiser", 3, 0}, {"Submarine", 3, 0}, {"Destroyer", 2, 0}}
	rejects := map[error]int{}
	for i := 0; i < len(fleet); {
		if err := o.Place(&fleet[i], rng.IntN(N), rng.IntN(N), orient[rng.IntN(2)]); err != nil {
			rejects[err]++
		} else {
			i++
		}
	}
	fmt.Printf("placement rejects: offgrid=%d overlap=%d\n", rejects[ErrOffGrid], rejects[ErrOverlap])
	fmt.Print(o.Render())

	// Hunt: sweep a checkerboard pattern, then target neighbours after a hit.
	var queue [][2]int
	shots, next := 0, 0
	for !o.AllSunk() {
		var r, c int
		if len(queue) > 0 {
			r, c = queue[0][0], queue[0][1]
			queue = queue[1:]
		} else { // k-th cell of the checkerboard
			r = next / (N / 2)
			c = 2*(next%(N/2)) + r%2
			next++
		}
		res, ship, err := o.Fire(r, c)
		if err != nil {
			continue
		}
		shots++
		if res != Miss {
			fmt.Printf("shot %2d at %c%-2d %-4v %s\n", shots, 'A'+r, c+1, res, ship.Name)
			queue = append(queue, [2]int{r - 1, c}, [2]int{r + 1, c}, [2]int{r, c - 1}, [2]int{r, c + 1})
		}
	}
	fmt.Printf("fleet destroyed in %d shots\n", shots)
	fmt.Print(o.Render())
	_, _, err := o.Fire(0, 0)
	fmt.Println("refire:", err)
}
