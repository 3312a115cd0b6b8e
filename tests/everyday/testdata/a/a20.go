// League table: multi-key stable sorting of match results.
package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

type Team struct {
	Name                        string
	Played, Won, Drawn, Lost    int
	GoalsFor, GoalsAgainst, Pts int
	Form                        []byte
}

func (t *Team) GD() int { return t.GoalsFor - t.GoalsAgainst }

func (t *Team) record(gf, ga int) {
	t.Played++
	t.GoalsFor += gf
	t.GoalsAgainst += ga
	switch {
	case gf > ga:
		t.Won++
		t.Pts += 3
		t.Form = append(t.Form, 'W')
	case gf == ga:
		t.Drawn++
		t.Pts++
		t.Form = append(t.Form, 'D')
	default:
		t.Lost++
		t.Form = append(t.Form, 'L')
	}
}

const results = `
Rovers 2-1 United
City 0-0 Athletic
Wanderers 3-3 Albion
United 1-0 City
Athletic 2-2 Rovers
Albion 0-1 Wanderers
Rovers 1-1 City
United 4-2 Albion
Athletic 0-3 Wanderers
City 2-0 Albion
Wanderers 1-2 Rovers
United 0-0 Athletic
Albion 1-3 Rovers
Athletic 1-0 City
Wanderers 2-2 United
`

type League map[string]*Team

func (l League) team(name string) *Team {
	if l[name] == nil {
		l[name] = &Team{Name: name}
	}
	return l[name]
}

func parseScore(s string) (int, int, error) {
	a, b, ok := strings.Cut(s, "-")
	if !ok {
		return 0, 0, fmt.Errorf("bad score %q", s)
	}
	x, err := strconv.Atoi(a)
	if err != nil {
		return 0, 0, err
	}
	y, err := strconv.Atoi(b)
	return x, y, err
}

func main() {
	league := League{}
	for _, line := range strings.Split(strings.TrimSpace(results), "\n") {
		f := strings.Fields(line)
		hg, ag, err := parseScore(f[1])
		if err != nil {
			fmt.Println("skip:", err)
			continue
		}
		league.team(f[0]).record(hg, ag)
		league.team(f[2]).record(ag, hg)
	}

	table := make([]*Team, 0, len(league))
	for _, t := range league {
		table = append(table, t)
	}
	// Sort by name first so ties beyond all keys are stable and deterministic.
	sort.Slice(table, func(i, j int) bool { return table[i].Name < table[j].Name })
	keys := []struct {
		name string
		less func(a, b *Team) bool
	}{
		{"goals for", func(a, b *Team) bool { return a.GoalsFor > b.GoalsFor }},
		{"goal difference", func(a, b *Team) bool { return a.GD() > b.GD() }},
		{"points", func(a, b *Team) bool { return a.Pts > b.Pts }},
	}
	// Apply least significant key first with a stable sort.
	for _, k := range keys {
		sort.SliceStable(table, func(i, j int) bool { return k.less(table[i], table[j]) })
	}

	fmt.Printf("%-3s %-10s %2s %2s %2s %2s %3s %3s %4s %3s  %s\n", "#", "Team", "P", "W", "D", "L", "GF", "GA", "GD", "Pts", "Form")
	for i, t := range table {
		fmt.Printf("%-3d %-10s %2d %2d %2d %2d %3d %3d %+4d %3d  %s\n",
			i+1, t.Name, t.Played, t.Won, t.Drawn, t.Lost, t.GoalsFor, t.GoalsAgainst, t.GD(), t.Pts, t.Form)
	}

	fmt.Println("\nBy defence (fewest conceded, then name):")
	byDef := append([]*Team(nil), table...)
	sort.Slice(byDef, func(i, j int) bool {
		if byDef[i].GoalsAgainst != byDef[j].GoalsAgainst {
			return byDef[i].GoalsAgainst < byDef[j].GoalsAgainst
		}
		return byDef[i].Name < byDef[j].Name
	})
	for _, t := range byDef {
		fmt.Printf("  %-10s conceded %d (%.2f per game)\n", t.Name, t.GoalsAgainst, float64(t.GoalsAgainst)/float64(t.Played))
	}

	fmt.Println("\nUnbeaten teams:")
	for _, t := range table {
		if t.Lost == 0 {
			fmt.Printf("  %s (%d played)\n", t.Name, t.Played)
		}
	}
	idx := sort.Search(len(table), func(i int) bool { return table[i].Pts < 6 })
	fmt.Printf("\n%d teams have 6+ points; first below is %q\n", idx, table[idx].Name)
	names := make([]string, len(table))
	for i, t := range table {
		names[i] = t.Name
	}
	sort.Sort(sort.Reverse(sort.StringSlice(names)))
	fmt.Println("reverse alphabetical:", names)
	fmt.Println("is sorted by pts desc:", sort.SliceIsSorted(table, func(i, j int) bool { return table[i].Pts > table[j].Pts }))
}
