package main

import (
	"cmp"
	"fmt"
	"slices"
)

type Row struct {
	Team               string
	P, W, D, L, GF, GA int
	Form               []byte
}

func (r *Row) Points() int { return 3*r.W + r.D }
func (r *Row) GD() int     { return r.GF - r.GA }

func (r *Row) record(gf, ga int) {
	r.P++
	r.GF += gf
	r.GA += ga
	var f byte
	switch {
	case gf > ga:
		r.W++
		f = 'W'
	case gf < ga:
		r.L++
		f = 'L'
	default:
		r.D++
		f = 'D'
	}
	r.Form = append(r.Form, f)
	if len(r.Form) > 5 {
		r.Form = r.Form[1:]
	}
}

// roundRobin uses the circle method; returns rounds of (home, away) index pairs.
func roundRobin(n int) [][][2]int {
	idx := make([]int, n)
	for i := range idx {
		idx[i] = i
	}
	var rounds [][][2]int
	for r := 0; r < n-1; r++ {
		var games [][2]int
		for i := 0; i < n/2; i++ {
			a, b := idx[i], idx[n-1-i]
			if r%2 == 1 {
				a, b = b, a
			}
			games = append(games, [2]int{a, b})
		}
		rounds = append(rounds, games)
		// rotate all but the first
		last := idx[n-1]
		copy(idx[2:], idx[1:n-1])
		idx[1] = last
	}
	return rounds
}

// goals is a deterministic "model" of a match from team ratings and a counter.
func goals(attack, defence, salt int) int {
	v := (attack*7 + salt*13) % (defence + 5)
	return v / 3
}

func main() {
	teams := []string{"Ajax", "Boca", "Celtic", "Dynamo", "Everton", "Flamengo"}
	rating := map[string]int{"Ajax": 9, "Boca": 8, "Celtic": 7, "Dynamo": 5, "Everton": 6, "Flamengo": 8}
	table := make(map[string]*Row, len(teams))
	for _, t := range teams {
		table[t] = &Row{Team: t}
	}
	schedule := roundRobin(len(teams))
	salt := 0
	for leg := 0; leg < 2; leg++ {
		for r, games := range schedule {
			for _, g := range games {
				home, away := teams[g[0]], teams[g[1]]
				if leg == 1 {
					home, away = away, home
				}
				salt++
				hg := goals(rating[home]+1, rating[away], salt)
				ag := goals(rating[away], rating[home], salt*3)
				table[home].record(hg, ag)
				table[away].record(ag, hg)
				if leg == 0 && r == 0 {
					fmt.Printf("R1: %-8s %d-%d %s\n", home, hg, ag, away)
				}
			}
		}
	}
	rows := make([]*Row, 0, len(table))
	for _, t := range teams {
		rows = append(rows, table[t])
	}
	slices.SortFunc(rows, func(a, b *Row) int {
		return cmp.Or(
			cmp.Compare(b.Points(), a.Points()),
			cmp.Compare(b.GD(), a.GD()),
			cmp.Compare(b.GF, a.GF),
			cmp.Compare(a.Team, b.Team),
		)
	})
	fmt.Printf("\n%-3s %-9s %2s %2s %2s %2s %3s %3s %4s %3s  %s\n", "#", "Team", "P", "W", "D", "L", "GF", "GA", "GD", "Pts", "Form")
	for i, r := range rows {
		fmt.Printf("%-3d %-9s %2d %2d %2d %2d %3d %3d %+4d %3d  %s\n", i+1, r.Team, r.P, r.W, r.D, r.L, r.GF, r.GA, r.GD(), r.Points(), r.Form)
	}
	var totalGoals, games int
	for _, r := range rows {
		totalGoals += r.GF
		games += r.P
	}
	fmt.Printf("\n%d matches, %.2f goals per match\n", games/2, float64(totalGoals)/float64(games/2))
	fmt.Println("every pair meets once per leg:", checkPairs(schedule, len(teams)))
}

func checkPairs(s [][][2]int, n int) bool {
	seen := map[[2]int]int{}
	for _, rnd := range s {
		for _, g := range rnd {
			a, b := min(g[0], g[1]), max(g[0], g[1])
			seen[[2]int{a, b}]++
		}
	}
	return len(seen) == n*(n-1)/2
}
