package main

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strings"
)

type Player struct {
	Name    string
	Rating  float64
	Games   int
	W, D, L int
	Peak    float64
}

type Result float64

const (
	Loss Result = 0
	Draw Result = 0.5
	Win  Result = 1
)

type Game struct {
	White, Black string
	Score        Result // from white's perspective
}

func Expected(ra, rb float64) float64 {
	return 1 / (1 + math.Pow(10, (rb-ra)/400))
}

// kFactor follows a FIDE-like schedule.
func kFactor(p *Player) float64 {
	switch {
	case p.Games < 10:
		return 40
	case p.Rating >= 2400:
		return 10
	default:
		return 20
	}
}

type League struct {
	players map[string]*Player
	history []string
}

func (lg *League) get(name string) *Player {
	p, ok := lg.players[name]
	if !ok {
		p = &Player{Name: name, Rating: 1500, Peak: 1500}
		lg.players[name] = p
	}
	return p
}

func (lg *League) Record(g Game) {
	w, b := lg.get(g.White), lg.get(g.Black)
	ew := Expected(w.Rating, b.Rating)
	dw := kFactor(w) * (float64(g.Score) - ew)
	db := kFactor(b) * ((1 - float64(g.Score)) - (1 - ew))
	w.Rating += dw
	b.Rating += db
	for _, p := range []*Player{w, b} {
		p.Games++
		p.Peak = max(p.Peak, p.Rating)
	}
	switch g.Score {
	case Win:
		w.W++
		b.L++
	case Loss:
		w.L++
		b.W++
	default:
		w.D++
		b.D++
	}
	lg.history = append(lg.history, fmt.Sprintf("%-6s %-3s %-6s  exp=%.2f  %+6.1f %+6.1f", g.White,
		map[Result]string{Win: "1-0", Draw: "=", Loss: "0-1"}[g.Score], g.Black, ew, dw, db))
}

func (lg *League) Standings() []*Player {
	out := make([]*Player, 0, len(lg.players))
	for _, p := range lg.players {
		out = append(out, p)
	}
	slices.SortFunc(out, func(a, b *Player) int {
		return cmp.Or(cmp.Compare(b.Rating, a.Rating), strings.Compare(a.Name, b.Name))
	})
	return out
}

func main() {
	lg := &League{players: map[string]*Player{}}
	// Hidden "true" strengths drive a deterministic result model.
	truth := map[string]int{"ada": 1850, "ben": 1700, "cyd": 1600, "dee": 1500, "eli": 1400, "fox": 1300}
	names := []string{"ada", "ben", "cyd", "dee", "eli", "fox"}
	round := 0
	for cycle := 0; cycle < 4; cycle++ {
		for i := 0; i < len(names); i++ {
			for j := i + 1; j < len(names); j++ {
				round++
				white, black := names[i], names[j]
				if (cycle+i+j)%2 == 1 {
					white, black = black, white
				}
				diff := truth[white] - truth[black] + 30 // white advantage
				var s Result
				switch {
				case diff > 120 || (diff > 0 && round%3 != 0):
					s = Win
				case diff < -120 || (diff < 0 && round%3 != 0):
					s = Loss
				default:
					s = Draw
				}
				lg.Record(Game{white, black, s})
			}
		}
	}
	for i, h := range lg.history {
		if i < 8 || i >= len(lg.history)-4 {
			fmt.Printf("%3d %s\n", i+1, h)
		} else if i == 8 {
			fmt.Println("    ...")
		}
	}
	fmt.Printf("\n%-4s %-5s %7s %7s %3s %3s %3s %5s\n", "rank", "name", "rating", "peak", "W", "D", "L", "true")
	sum := 0.0
	for i, p := range lg.Standings() {
		sum += p.Rating
		fmt.Printf("%-4d %-5s %7.1f %7.1f %3d %3d %3d %5d\n", i+1, p.Name, p.Rating, p.Peak, p.W, p.D, p.L, truth[p.Name])
	}
	fmt.Printf("average rating %.1f (pool started at 1500)\n", sum/float64(len(names)))
}
