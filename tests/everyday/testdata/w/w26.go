package main

import (
	"fmt"
	"strings"
)

func sieve(n int) []int {
	composite := make([]bool, n+1)
	var primes []int
	for i := 2; i <= n; i++ {
		if composite[i] {
			continue
		}
		primes = append(primes, i)
		for j := i * i; j <= n; j += i {
			composite[j] = true
		}
	}
	return primes
}

func grade(score int) string {
	var notes []string
	switch {
	case score >= 90:
		notes = append(notes, "A")
		fallthrough
	case score >= 75:
		notes = append(notes, "pass-with-merit")
		fallthrough
	case score >= 50:
		notes = append(notes, "pass")
	case score >= 0:
		notes = append(notes, "fail")
	default:
		notes = append(notes, "invalid")
	}
	return strings.Join(notes, ",")
}

func collatzLen(n int) (steps int) {
	for ; n != 1; steps++ {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
	}
	return
}

func main() {
	primes := sieve(60)
	fmt.Println(len(primes), "primes:", primes)
	target, found := 50, false
search:
	for i, p := range primes {
		for _, q := range primes[i:] {
			if p+q > target {
				continue search
			}
			if found = p+q == target; found {
				fmt.Printf("goldbach %d = %d + %d\n", target, p, q)
				break search
			}
		}
	}
	fmt.Println("found:", found)
	grid, sum := [][]int{{1, 2, 3}, {4, -5, 6}, {7, 8, 9}}, 0
rows:
	for r, row := range grid {
		for c, v := range row {
			if v < 0 {
				fmt.Printf("negative at (%d,%d), skipping rest of row\n", r, c)
				continue rows
			}
			sum += v
		}
	}
	fmt.Println("sum of valid cells:", sum)
	for _, s := range []int{95, 80, 60, 10, -3} {
		fmt.Printf("%3d -> %s\n", s, grade(s))
	}
	best, bestN := 0, 0
	for n := 1; n < 30; n++ {
		if l := collatzLen(n); l > best {
			best, bestN = l, n
		}
	}
	fmt.Println("longest collatz under 30:", bestN, best)
	i := 0
loop:
	if i < 5 {
		fmt.Print(i*i, " ")
		i++
		goto loop
	}
	fmt.Println()
	switch x := 7; x {
	case 0, 2, 4, 6, 8:
		fmt.Println(x, "is even digit")
	default:
		fmt.Println(x, "is odd digit")
	}
	var count int
outer:
	for {
		for {
			count++
			if count%7 == 0 {
				break outer
			}
			if count%3 == 0 {
				break
			}
		}
	}
	fmt.Println("count:", count)
}
