package main

import (
	"fmt"
	"maps"
	"slices"
)

type Point struct{ X, Y int }

type Employee struct {
	Name   string
	Skills []string
}

func modifyArray(a [4]int) [4]int { a[0] = 100; return a }
func modifySlice(s []int)         { s[0] = 100 }

func appendInside(s []int) []int {
	s = append(s, 999)
	s[1] = -1
	return s
}

func main() {
	arr := [4]int{1, 2, 3, 4}
	arr2 := modifyArray(arr)
	fmt.Println("array value semantics:", arr, arr2, arr == [4]int{1, 2, 3, 4})

	sl := []int{1, 2, 3, 4}
	modifySlice(sl)
	fmt.Println("slice shares backing:", sl)

	base := make([]int, 3, 10)
	copy(base, []int{1, 2, 3})
	a := append(base, 4)
	b := append(base, 5)
	fmt.Println("aliasing:", a, b, len(base), cap(base))

	c := base[:3:3]
	d := append(c, 6)
	d[0] = 42
	fmt.Println("full slice expr:", base, d, cap(c))

	small := []int{1, 2, 3}
	grown := appendInside(small)
	fmt.Println("append realloc:", small, grown)
	roomy := make([]int, 3, 4)
	grown2 := appendInside(roomy)
	fmt.Println("append in place:", roomy, grown2, roomy[:4])

	src := []int{1, 2, 3, 4, 5}
	n := copy(src[1:], src)
	fmt.Println("overlapping copy:", n, src)
	dst := make([]int, 2)
	fmt.Println("short copy:", copy(dst, src), dst)
	bs := make([]byte, 5)
	fmt.Println(copy(bs, "héllo"), bs)

	sub := src[1:3]
	fmt.Println(len(sub), cap(sub), sub[:cap(sub)])

	visits := map[Point]int{}
	path := []Point{{0, 0}, {1, 0}, {1, 1}, {0, 0}, {1, 1}, {0, 0}}
	for _, p := range path {
		visits[p]++
	}
	keys := slices.SortedFunc(maps.Keys(visits), func(a, b Point) int {
		if a.X != b.X {
			return a.X - b.X
		}
		return a.Y - b.Y
	})
	for _, k := range keys {
		fmt.Printf("%v:%d ", k, visits[k])
	}
	fmt.Println(Point{1, 2} == Point{1, 2}, Point{1, 2} != Point{2, 1})

	grid := map[[2]int]string{{0, 0}: "origin", {2, 3}: "treasure"}
	fmt.Println(grid[[2]int{2, 3}], grid[[2]int{9, 9}] == "", len(grid))

	people := map[string]Employee{"ann": {"Ann", []string{"go"}}}
	e := people["ann"]
	e.Name = "Annie"
	e.Skills[0] = "rust"
	fmt.Println(people["ann"], e)
	people["ann"] = e
	fmt.Println(people["ann"])

	items := []Point{{1, 1}, {2, 2}}
	for _, it := range items {
		it.X = 99
	}
	for i := range items {
		items[i].Y *= 10
	}
	fmt.Println(items)

	cl := slices.Clone(src)
	cl[0] = -7
	m1 := map[string]int{"a": 1}
	m2 := maps.Clone(m1)
	m2["b"] = 2
	fmt.Println(src, cl, slices.Equal(src, cl), len(m1), len(m2), maps.Equal(m1, m2))

	var nilSlice []int
	empty := []int{}
	fmt.Println(nilSlice == nil, empty == nil, len(nilSlice), append(nilSlice, 1))
	matrix := make([][]int, 3)
	row := make([]int, 3)
	for i := range matrix {
		matrix[i] = row
	}
	matrix[0][0] = 1
	fmt.Println("shared rows:", matrix)
	fmt.Println(slices.Insert([]int{1, 2, 5}, 2, 3, 4), slices.Delete([]int{0, 1, 2, 3, 4}, 1, 3), slices.Repeat([]string{"x"}, 3))
}
