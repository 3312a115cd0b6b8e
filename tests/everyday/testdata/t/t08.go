package main

import "fmt"

func grade(score int) string {
	switch {
	case score >= 90:
		return "A"
	case score >= 80:
		return "B"
	case score >= 70:
		return "C"
	default:
		return "F"
	}
}

func levels(n int) []string {
	var out []string
	switch n {
	case 3:
		out = append(out, "three")
		fallthrough
	case 2:
		out = append(out, "two")
		fallthrough
	case 1:
		out = append(out, "one")
	case 0:
		out = append(out, "zero")
	default:
		out = append(out, "many")
	}
	return out
}

func main() {
	for _, s := range []int{95, 85, 72, 10} {
		fmt.Print(grade(s), " ")
	}
	fmt.Println()
	for i := range 5 {
		fmt.Println(i, levels(i))
	}

	switch c := 'e'; c {
	case 'a', 'e', 'i', 'o', 'u':
		fmt.Println(string(c), "is a vowel")
	default:
		fmt.Println(string(c), "is a consonant")
	}

	// labeled break and continue
	matrix := [][]int{{1, 2, 3}, {4, -5, 6}, {7, 8, 9}, {10, 11, 12}}
	found := [2]int{-1, -1}
search:
	for i, row := range matrix {
		for j, v := range row {
			if v < 0 {
				found = [2]int{i, j}
				break search
			}
		}
	}
	fmt.Println("first negative at", found)

	var primes []int
outer:
	for n := 2; n < 40; n++ {
		for d := 2; d*d <= n; d++ {
			if n%d == 0 {
				continue outer
			}
		}
		primes = append(primes, n)
	}
	fmt.Println(primes)

	// break inside switch inside loop exits only switch
	count := 0
	for i := range 6 {
		switch {
		case i%2 == 0:
			break
		default:
			count += i
		}
	}
	fmt.Println("odd sum:", count)
	i := 0
loop:
	for {
		switch {
		case i > 4:
			break loop
		}
		i++
	}
	fmt.Println("i =", i)

	j := 0
	goto check
inc:
	j += 3
check:
	if j < 10 {
		goto inc
	}
	fmt.Println("j =", j)
}
