package main

import (
	"fmt"
	"sort"
)

type Point struct{ X, Y int }

type Player struct {
	Name  string
	Score int
	Pos   Point
}

func main() {
	// array of structs: range copies values
	team := [3]Player{{"ann", 10, Point{}}, {"bob", 20, Point{1, 1}}, {"cid", 5, Point{2, 2}}}
	for _, p := range team {
		p.Score += 100
	}
	fmt.Println("after range copy:", team[0].Score, team[1].Score)
	for i := range team {
		team[i].Score += 1
	}
	fmt.Printf("%+v\n", team[2])

	// slice of pointers
	ptrs := []*Player{}
	for i := range team {
		ptrs = append(ptrs, &team[i])
	}
	for _, p := range ptrs {
		p.Pos.X += 10
	}
	fmt.Println(team[0].Pos, team[1].Pos, team[2].Pos)

	// map of structs: must reassign
	m := map[string]Player{}
	for _, p := range team {
		m[p.Name] = p
	}
	p := m["bob"]
	p.Score = 999
	fmt.Println("before reassign:", m["bob"].Score)
	m["bob"] = p
	fmt.Println("after reassign:", m["bob"].Score)

	// map of pointers: modify in place
	mp := map[string]*Player{}
	for i := range team {
		mp[team[i].Name] = &team[i]
	}
	mp["cid"].Score = 555
	fmt.Println("team[2].Score:", team[2].Score)

	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("%-4s %4d %v\n", k, m[k].Score, m[k].Pos)
	}

	// struct keys and comparison
	visits := map[Point]int{}
	path := []Point{{0, 0}, {1, 0}, {0, 0}, {1, 1}, {1, 0}, {0, 0}}
	for _, pt := range path {
		visits[pt]++
	}
	fmt.Println(visits)
	fmt.Println(Point{1, 2} == Point{1, 2}, Point{1, 2} == Point{2, 1})

	// missing key gives zero value
	zp, ok := m["zed"]
	fmt.Printf("%+v %v\n", zp, ok)
	delete(m, "ann")
	fmt.Println(len(m))

	// map of slices
	groups := map[bool][]string{}
	for _, pl := range team {
		groups[pl.Score > 50] = append(groups[pl.Score > 50], pl.Name)
	}
	fmt.Println(groups[true], groups[false])
}
