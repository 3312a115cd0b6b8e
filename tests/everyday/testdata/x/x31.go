package main

import "fmt"

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
)

func (d Weekday) String() string {
	return [...]string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"}[d]
}

type Perm uint8

const (
	Read Perm = 1 << iota
	Write
	Exec
	_
	Admin
)

func (p Perm) String() string {
	if p == 0 {
		return "---"
	}
	s := ""
	for i, n := range "rwx?A" {
		if p&(1<<i) != 0 {
			s += string(n)
		}
	}
	return s
}

const (
	KB = 1 << (10 * (iota + 1))
	MB
	GB
)

const (
	a, b = iota, iota * 10
	c, d
	e, f = "e", iota
)

func describe(n int) []string {
	var out []string
	switch {
	case n > 100:
		out = append(out, "huge")
		fallthrough
	case n > 10:
		out = append(out, "big")
		fallthrough
	case n > 0:
		out = append(out, "positive")
	case n == 0:
		out = append(out, "zero")
	default:
		out = append(out, "negative")
	}
	return out
}

func main() {
	for d := Sunday; d <= Saturday; d++ {
		switch d {
		case Saturday, Sunday:
			fmt.Printf("%v:weekend ", d)
		default:
			fmt.Printf("%v:%d ", d, int(d))
		}
	}
	fmt.Println()
	p := Read | Exec
	fmt.Println(p, Read|Write|Exec|Admin, Perm(0), p&^Read, uint8(Admin), Write)
	fmt.Printf("%v %d %08b %s\n", p, p, p, p|Admin)
	fmt.Println(KB, MB, GB, a, b, c, d, e, f)
	for _, n := range []int{500, 50, 5, 0, -5} {
		fmt.Println(n, describe(n))
	}

	matrix := [][]int{{1, 2, 3}, {4, -5, 6}, {7, 8, 9}}
outer:
	for i, row := range matrix {
		for j, v := range row {
			if v < 0 {
				fmt.Printf("negative at (%d,%d), skipping row\n", i, j)
				continue outer
			}
			if v == 8 {
				fmt.Println("found 8, stopping")
				break outer
			}
			fmt.Print(v, " ")
		}
		fmt.Println("| end of row", i)
	}

	i := 0
retry:
	i++
	if i < 4 {
		fmt.Println("attempt", i)
		goto retry
	}
	fmt.Println("gave up after", i)

}
