// Command j17 solves small search problems with labeled break and
// continue: a word search grid, prime sieving and seat allocation.
package main

import (
	"fmt"
	"strings"
)

var grid = []string{
	"GOPHERX",
	"QCHANKM",
	"DEFERAA",
	"RANGEUP",
	"SLICEZO",
	"XOREZYK",
}

type hit struct {
	word     string
	row, col int
	dir      string
}

var dirs = []struct {
	name   string
	dr, dc int
}{{"east", 0, 1}, {"south", 1, 0}, {"southeast", 1, 1}, {"west", 0, -1}}

func find(word string) (hit, bool) {
	var found hit
	ok := false
search:
	for r := range len(grid) {
		for c := range len(grid[r]) {
			if grid[r][c] != word[0] {
				continue
			}
		dirLoop:
			for _, d := range dirs {
				for i := range len(word) {
					rr, cc := r+d.dr*i, c+d.dc*i
					if rr < 0 || rr >= len(grid) || cc < 0 || cc >= len(grid[rr]) || grid[rr][cc] != word[i] {
						continue dirLoop
					}
				}
				found, ok = hit{word, r, c, d.name}, true
				break search
			}
		}
	}
	return found, ok
}

func primesBelow(n int) []int {
	var ps []int
outer:
	for c := 2; c < n; c++ {
		for _, p := range ps {
			if p*p > c {
				break
			}
			if c%p == 0 {
				continue outer
			}
		}
		ps = append(ps, c)
	}
	return ps
}

// allocate finds the first row with k adjacent free seats.
func allocate(rows []string, k int) (row, seat int, ok bool) {
rows:
	for r, line := range rows {
		run := 0
		for s, ch := range line {
			switch ch {
			case 'x':
				run = 0
			case '#': // a broken row: skip it entirely
				continue rows
			default:
				run++
				if run == k {
					row, seat, ok = r, s-k+1, true
					break rows
				}
			}
		}
	}
	return
}

func main() {
	for _, w := range []string{"GOPHER", "DEFER", "RANGE", "SLICE", "CHAN", "GO", "MAP", "ZERO", "HEAP"} {
		if h, ok := find(w); ok {
			fmt.Printf("%-6s at (%d,%d) going %s\n", h.word, h.row, h.col, h.dir)
		} else {
			fmt.Printf("%-6s not found\n", w)
		}
	}

	ps := primesBelow(60)
	fmt.Println("primes:", ps)

	theatre := []string{
		"xx..x.x.",
		"..#.....",
		"x...x...",
		"........",
	}
	for _, k := range []int{2, 3, 4, 6, 9} {
		r, s, ok := allocate(theatre, k)
		if !ok {
			fmt.Printf("%d seats: none\n", k)
			continue
		}
		row := []byte(theatre[r])
		for i := range k {
			row[s+i] = 'o'
		}
		fmt.Printf("%d seats: row %d from %d  %s\n", k, r, s, strings.ToUpper(string(row)))
	}
}
