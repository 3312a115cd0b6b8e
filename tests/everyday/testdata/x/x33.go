package main

import "fmt"

type Point struct{ X, Y int }

type Key struct {
	User string
	Day  int
}

func modify(s []int) { s[0] = 100 }

func appendOne(s []int) []int { return append(s, 1) }

func main() {
	base := make([]int, 3, 10)
	a := append(base, 1)
	b := append(base, 2) // shares backing array with a
	fmt.Println("a:", a, "b:", b, "len:", len(a), len(b))

	full := []int{1, 2, 3}
	c := append(full, 4)
	d := append(full, 5) // full had no spare capacity -> new arrays
	c[0] = -1
	fmt.Println("full:", full, "c:", c, "d:", d)

	s := []int{0, 1, 2, 3, 4, 5, 6, 7}
	sub := s[2:5]
	sub[0] = 20
	fmt.Println("s:", s, "sub:", sub, len(sub))
	sub = append(sub, 50) // overwrites s[5]
	fmt.Println("s after append:", s)
	capped := s[2:4:4]
	capped = append(capped, 99) // forced copy
	capped[0] = -20
	fmt.Println("s after capped:", s, "capped:", capped)

	modify(s)
	fmt.Println("after modify:", s[0], "appendOne len:", len(appendOne(s[:2])), "s[2]:", s[2])

	var grow []int
	lens := []int{}
	for i := range 10 {
		grow = append(grow, i)
		lens = append(lens, len(grow))
	}
	fmt.Println(lens, grow[len(grow)-1])

	n := copy(s, []int{9, 9})
	fmt.Println("copied:", n, s[:4])
	str := "hello"
	bs := make([]byte, 3)
	fmt.Println(copy(bs, str), string(bs))

	// struct comparison and map keys
	p1, p2 := Point{1, 2}, Point{1, 2}
	fmt.Println(p1 == p2, p1 != Point{2, 1})
	visits := map[Key]int{}
	visits[Key{"ann", 1}]++
	visits[Key{"ann", 1}]++
	visits[Key{"bob", 1}]++
	fmt.Println(visits[Key{"ann", 1}], visits[Key{"bob", 2}], len(visits))
	grid := map[Point]string{{0, 0}: "origin", {1, 0}: "east"}
	fmt.Println(grid[Point{}], grid[Point{X: 1}])

	// anonymous structs
	cfg := struct {
		Host string
		Port int
		TLS  bool
	}{"localhost", 8080, false}
	fmt.Printf("%v %+v\n", cfg, cfg)
	anon := []struct {
		name string
		age  int
	}{{"x", 1}, {"y", 2}}
	anon[1].age = 20
	for _, v := range anon {
		v.age = 0 // copy
	}
	fmt.Println(anon)
	pt := struct{ X, Y int }{3, 4}
	var named Point = pt // assignable: identical underlying types
	fmt.Println(named, pt == struct{ X, Y int }(named))

	// maps of slices and slices of maps
	groups := map[string][]string{}
	for _, w := range []string{"apple", "avocado", "banana", "blueberry", "cherry"} {
		k := w[:1]
		groups[k] = append(groups[k], w)
	}
	fmt.Println(groups["a"], groups["b"], len(groups["z"]), groups)
	rows := []map[string]int{{"x": 1}, {"x": 2, "y": 3}}
	rows = append(rows, map[string]int{})
	rows[2]["z"] = 9
	fmt.Println(rows, len(rows[1]))
	var nilMap map[string]int
	fmt.Println(nilMap["q"], len(nilMap), nilMap == nil)
	var nilSlice []int
	empty := []int{}
	fmt.Println(nilSlice == nil, empty == nil, len(nilSlice), fmt.Sprint(nilSlice) == fmt.Sprint(empty))
}
