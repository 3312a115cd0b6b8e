package main

import (
	"fmt"
	"sort"
)

type Point struct{ X, Y int }

type Segment struct {
	From, To Point
}

type Grid [3][3]rune

func (g Grid) Mark(p Point, r rune) Grid {
	g[p.Y][p.X] = r
	return g
}

func (g *Grid) MarkInPlace(p Point, r rune) {
	g[p.Y][p.X] = r
}

func (g Grid) String() string {
	s := ""
	for _, row := range g {
		for _, c := range row {
			if c == 0 {
				c = '.'
			}
			s += string(c)
		}
		s += "\n"
	}
	return s
}

func main() {
	a, b := Point{1, 2}, Point{1, 2}
	fmt.Println(a == b, a != Point{2, 1}, Segment{a, b} == Segment{b, a})

	visits := map[Point]int{}
	path := []Point{{0, 0}, {1, 0}, {1, 1}, {0, 0}, {1, 1}, {2, 2}, {0, 0}}
	for _, p := range path {
		visits[p]++
	}
	fmt.Println(visits)
	pts := make([]Point, 0, len(visits))
	for p := range visits {
		pts = append(pts, p)
	}
	sort.Slice(pts, func(i, j int) bool {
		if visits[pts[i]] != visits[pts[j]] {
			return visits[pts[i]] > visits[pts[j]]
		}
		if pts[i].X != pts[j].X {
			return pts[i].X < pts[j].X
		}
		return pts[i].Y < pts[j].Y
	})
	fmt.Printf("%v\n", pts)

	edges := map[Segment]string{{Point{0, 0}, Point{1, 1}}: "diag", {Point{0, 0}, Point{0, 1}}: "up"}
	fmt.Println(edges[Segment{Point{0, 0}, Point{1, 1}}], len(edges[Segment{}]) == 0)

	arr := [5]int{1, 2, 3, 4, 5}
	arrCopy := arr
	arrCopy[0] = 100
	sl := arr[:]
	sl[1] = 200
	fmt.Println(arr, arrCopy, sl, arr == [5]int{1, 200, 3, 4, 5})

	s1 := []int{1, 2, 3}
	s2 := s1
	s2[0] = 99
	s3 := append(s1[:1], 7)
	fmt.Println(s1, s2, s3, len(s3), cap(s3))
	s4 := make([]int, len(s1))
	n := copy(s4, s1)
	s4[2] = -1
	fmt.Println(n, s1, s4)

	var g Grid
	g2 := g.Mark(Point{1, 1}, 'X')
	g.MarkInPlace(Point{0, 0}, 'O')
	fmt.Print(g, "--\n", g2)
	fmt.Println(g == g2, g2 == Grid{}.Mark(Point{1, 1}, 'X'))

	matrix := [2][3]int{{1, 2, 3}, {4, 5, 6}}
	m2 := matrix
	m2[1][2] = 60
	fmt.Printf("%v %v %d\n", matrix, m2, len(matrix[0]))
	counts := map[[2]string]int{}
	for _, pair := range [][2]string{{"a", "b"}, {"b", "a"}, {"a", "b"}} {
		counts[pair]++
	}
	fmt.Println(counts)
	type key struct {
		user string
		day  int
	}
	logins := map[key]bool{{"amy", 1}: true, {"bo", 2}: true}
	fmt.Println(logins[key{"amy", 1}], logins[key{"amy", 2}], logins)
}
