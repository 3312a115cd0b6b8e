package main

import "fmt"

func show(name string, s []int) {
	fmt.Printf("%s len=%d cap=%d %v\n", name, len(s), cap(s), s)
}

func main() {
	base := []int{1, 2, 3, 4, 5}
	a := base[1:3]
	show("a", a)
	a = append(a, 99) // overwrites base[3]
	show("base", base)
	show("a", a)

	b := base[1:3:3] // full slice expr limits cap
	b = append(b, 77)
	show("b", b)
	show("base", base)
	b[0] = -1
	fmt.Println("base[1] still", base[1])

	grow := make([]int, 0, 4)
	first := append(grow, 1, 2, 3)
	second := append(grow, 9)
	fmt.Println("shared backing:", first, second, cap(first))
	third := append(first, 4, 5)
	third[0] = -9
	fmt.Println("realloc:", first[0], third[0], cap(third) >= 5)

	dst := make([]int, 3)
	n := copy(dst, base)
	fmt.Println("copied", n, dst)
	n = copy(base[2:], base)
	fmt.Println("overlap copy", n, base)

	bs := make([]byte, 5)
	n = copy(bs, "héllo")
	fmt.Println(n, bs, string(bs[:n]))

	// 2D slice
	grid := make([][]int, 3)
	for i := range grid {
		grid[i] = make([]int, 4)
		for j := range grid[i] {
			grid[i][j] = i * j
		}
	}
	fmt.Println(grid)
	row := grid[2]
	row[3] = 100
	fmt.Println("grid shares row:", grid[2])

	// arrays are values
	arr := [3][2]int{{1, 2}, {3, 4}, {5, 6}}
	arr2 := arr
	arr2[1][0] = 30
	fmt.Println(arr, arr2, arr == arr2)
	arr2[1][0] = 3
	fmt.Println("equal again:", arr == arr2)

	modify := func(x [3]int) { x[0] = 1000 }
	modifyS := func(x []int) { x[0] = 1000 }
	av := [3]int{1, 2, 3}
	modify(av)
	sv := av[:]
	modifyS(sv)
	fmt.Println(av, sv)

	// nil vs empty
	var ns []int
	es := []int{}
	fmt.Println(ns == nil, es == nil, len(ns), len(es))
	ns = append(ns, es...)
	fmt.Println(ns == nil)
}
