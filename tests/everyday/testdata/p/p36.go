// Control flow study: switch with fallthrough, labeled break/continue, Roman numerals.
package main

import (
	"fmt"
	"strings"
)

// verses prints a cumulative song using fallthrough to accumulate lines.
func verses(day int) []string {
	var out []string
	switch day {
	case 4:
		out = append(out, "four calling birds")
		fallthrough
	case 3:
		out = append(out, "three french hens")
		fallthrough
	case 2:
		out = append(out, "two turtle doves")
		fallthrough
	case 1:
		prefix := ""
		if day > 1 {
			prefix = "and "
		}
		out = append(out, prefix+"a partridge in a pear tree")
	default:
		if day > 4 {
			out = append(out, "(too many gifts)")
		}
	}
	return out
}

var romanTable = []struct {
	value  int
	symbol string
}{
	{1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"}, {100, "C"}, {90, "XC"},
	{50, "L"}, {40, "XL"}, {10, "X"}, {9, "IX"}, {5, "V"}, {4, "IV"}, {1, "I"},
}

func toRoman(n int) string {
	var sb strings.Builder
	for _, e := range romanTable {
		for n >= e.value {
			sb.WriteString(e.symbol)
			n -= e.value
		}
	}
	return sb.String()
}

func fromRoman(s string) int {
	val := map[byte]int{'I': 1, 'V': 5, 'X': 10, 'L': 50, 'C': 100, 'D': 500, 'M': 1000}
	total := 0
	for i := range len(s) {
		v := val[s[i]]
		if i+1 < len(s) && v < val[s[i+1]] {
			total -= v
		} else {
			total += v
		}
	}
	return total
}

func main() {
	for d := 1; d <= 5; d++ {
		fmt.Printf("day %d: %s\n", d, strings.Join(verses(d), ", "))
	}

	for _, n := range []int{1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999} {
		r := toRoman(n)
		fmt.Printf("%4d -> %-12s -> %d\n", n, r, fromRoman(r))
	}
	roundTrip := 0
	for n := 1; n < 4000; n++ {
		if fromRoman(toRoman(n)) == n {
			roundTrip++
		}
	}
	fmt.Println("roman round trips ok:", roundTrip)

	// Labeled continue: find numbers below 60 with no divisor in a blocklist.
	blocked := []int{2, 3, 5}
	var survivors []int
outer:
	for n := 2; n < 60; n++ {
		for _, b := range blocked {
			if n != b && n%b == 0 {
				continue outer
			}
		}
		survivors = append(survivors, n)
	}
	fmt.Println("not divisible by 2,3,5 (except themselves):", survivors)

	// Labeled break: find first pair in a matrix summing to a target.
	grid := [][]int{{3, 8, 1}, {9, 4, 7}, {2, 6, 5}}
	target := 15
	found := [2][2]int{{-1, -1}, {-1, -1}}
search:
	for r1, row := range grid {
		for c1, a := range row {
			for r2 := r1; r2 < len(grid); r2++ {
				for c2, b := range grid[r2] {
					if (r2 > r1 || c2 > c1) && a+b == target {
						found = [2][2]int{{r1, c1}, {r2, c2}}
						break search
					}
				}
			}
		}
	}
	fmt.Println("first pair summing to", target, "at", found)

	// Type switch over heterogeneous values.
	for _, v := range []any{42, "go", 3.5, []int{1, 2}, nil, true} {
		switch x := v.(type) {
		case int, float64:
			fmt.Printf("number %v; ", x)
		case string:
			fmt.Printf("string of len %d; ", len(x))
		case nil:
			fmt.Print("nil; ")
		default:
			fmt.Printf("other %T; ", x)
		}
	}
	fmt.Println()
}
