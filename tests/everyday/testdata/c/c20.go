// Tournament leaderboard: multi-key sorting with cmp.Compare and cmp.Or,
// tie-aware ranking and head-to-head lookups.
package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

type Match struct {
	Home, Away           string
	HomeGoals, AwayGoals int
}

type Row struct {
	Team                           string
	Played, Won, Drawn, Lost       int
	GoalsFor, GoalsAgainst, Points int
}

func (r Row) GoalDiff() int { return r.GoalsFor - r.GoalsAgainst }

var results = `Lions 2-1 Tigers
Bears 0-0 Wolves
Tigers 3-3 Bears
Wolves 1-2 Lions
Eagles 4-0 Bears
Lions 0-1 Eagles
Tigers 2-0 Wolves
Eagles 1-1 Tigers
Wolves 3-1 Eagles
Bears 2-2 Lions`

func parseMatches(s string) []Match {
	var out []Match
	for line := range strings.Lines(s) {
		var m Match
		line = strings.TrimSpace(line)
		if _, err := fmt.Sscanf(line, "%s %d-%d %s", &m.Home, &m.HomeGoals, &m.AwayGoals, &m.Away); err != nil {
			fmt.Println("skip:", line, err)
			continue
		}
		out = append(out, m)
	}
	return out
}

func buildTable(ms []Match) []Row {
	idx := map[string]*Row{}
	get := func(t string) *Row {
		if r, ok := idx[t]; ok {
			return r
		}
		r := &Row{Team: t}
		idx[t] = r
		return r
	}
	for _, m := range ms {
		h, a := get(m.Home), get(m.Away)
		h.Played++
		a.Played++
		h.GoalsFor += m.HomeGoals
		h.GoalsAgainst += m.AwayGoals
		a.GoalsFor += m.AwayGoals
		a.GoalsAgainst += m.HomeGoals
		switch cmp.Compare(m.HomeGoals, m.AwayGoals) {
		case 1:
			h.Won++
			a.Lost++
			h.Points += 3
		case -1:
			a.Won++
			h.Lost++
			a.Points += 3
		default:
			h.Drawn++
			a.Drawn++
			h.Points++
			a.Points++
		}
	}
	rows := make([]Row, 0, len(idx))
	for _, r := range idx {
		rows = append(rows, *r)
	}
	return rows
}

// standings orders by points, goal difference, goals scored, then name.
func standings(a, b Row) int {
	return cmp.Or(
		cmp.Compare(b.Points, a.Points),
		cmp.Compare(b.GoalDiff(), a.GoalDiff()),
		cmp.Compare(b.GoalsFor, a.GoalsFor),
		strings.Compare(a.Team, b.Team),
	)
}

func main() {
	matches := parseMatches(results)
	table := buildTable(matches)
	slices.SortFunc(table, standings)

	fmt.Println("Pos Team    P  W  D  L  GF GA  GD Pts")
	for i, r := range table {
		pos := fmt.Sprint(i + 1)
		if i > 0 && table[i-1].Points == r.Points && table[i-1].GoalDiff() == r.GoalDiff() && table[i-1].GoalsFor == r.GoalsFor {
			pos = "="
		}
		fmt.Printf("%3s %-7s %d %2d %2d %2d %3d %2d %+3d %3d\n", pos, r.Team, r.Played, r.Won, r.Drawn, r.Lost,
			r.GoalsFor, r.GoalsAgainst, r.GoalDiff(), r.Points)
	}

	// Alternative views on the same data.
	attack := slices.Clone(table)
	slices.SortStableFunc(attack, func(a, b Row) int { return cmp.Compare(b.GoalsFor, a.GoalsFor) })
	fmt.Print("\nbest attack: ")
	for _, r := range attack {
		fmt.Printf("%s(%d) ", r.Team, r.GoalsFor)
	}
	fmt.Println()

	defense := slices.MinFunc(table, func(a, b Row) int {
		return cmp.Or(cmp.Compare(a.GoalsAgainst, b.GoalsAgainst), strings.Compare(a.Team, b.Team))
	})
	fmt.Printf("best defense: %s conceded %d\n", defense.Team, defense.GoalsAgainst)

	unbeaten := slices.ContainsFunc(table, func(r Row) bool { return r.Lost == 0 })
	fmt.Println("any unbeaten team:", unbeaten)
	pos := slices.IndexFunc(table, func(r Row) bool { return r.Team == "Wolves" })
	fmt.Println("Wolves position:", pos+1)

	// Head-to-head and biggest wins.
	slices.SortFunc(matches, func(a, b Match) int {
		return cmp.Or(
			cmp.Compare(abs(b.HomeGoals-b.AwayGoals), abs(a.HomeGoals-a.AwayGoals)),
			cmp.Compare(b.HomeGoals+b.AwayGoals, a.HomeGoals+a.AwayGoals),
			strings.Compare(a.Home, b.Home),
		)
	})
	fmt.Println("\nmatches by margin:")
	for _, m := range matches[:5] {
		fmt.Printf("  %-7s %d-%d %s\n", m.Home, m.HomeGoals, m.AwayGoals, m.Away)
	}
	total := 0
	for _, m := range matches {
		total += m.HomeGoals + m.AwayGoals
	}
	fmt.Printf("goals per match: %.2f\n", float64(total)/float64(len(matches)))

	// Would a bonus point for 3+ goals change the top?
	bonus := slices.Clone(table)
	for i := range bonus {
		bonus[i].Points += bonus[i].GoalsFor / 3
	}
	slices.SortFunc(bonus, standings)
	fmt.Println("with goal bonus, leader is", bonus[0].Team, "on", bonus[0].Points, "points")
	fmt.Println("original order unchanged:", table[0].Team, "leads with", table[0].Points)
}

func abs(x int) int { return max(x, -x) }
