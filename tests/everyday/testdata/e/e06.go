package main

import (
	"errors"
	"fmt"
	"slices"
	"strings"
)

type Grid [9][9]uint8

type Conflict struct {
	Unit  string // "row", "col" or "box"
	Index int
	Digit uint8
}

func (c Conflict) Error() string {
	return fmt.Sprintf("%s %d has duplicate %d", c.Unit, c.Index+1, c.Digit)
}

func Parse(s string) (Grid, error) {
	var g Grid
	s = strings.Join(strings.Fields(s), "")
	if len(s) != 81 {
		return g, fmt.Errorf("parse: want 81 cells, got %d", len(s))
	}
	for i, ch := range s {
		switch {
		case ch == '.' || ch == '0':
		case ch >= '1' && ch <= '9':
			g[i/9][i%9] = uint8(ch - '0')
		default:
			return g, fmt.Errorf("parse: bad char %q at %d", ch, i)
		}
	}
	return g, nil
}

func (g *Grid) unit(kind string, idx int) [9]uint8 {
	var u [9]uint8
	for k := range 9 {
		switch kind {
		case "row":
			u[k] = g[idx][k]
		case "col":
			u[k] = g[k][idx]
		case "box":
			u[k] = g[(idx/3)*3+k/3][(idx%3)*3+k%3]
		}
	}
	return u
}

func (g *Grid) Validate() error {
	var errs []error
	for _, kind := range []string{"row", "col", "box"} {
		for i := range 9 {
			var seen [10]bool
			for _, d := range g.unit(kind, i) {
				if d != 0 && seen[d] {
					errs = append(errs, Conflict{kind, i, d})
				}
				seen[d] = true
			}
		}
	}
	return errors.Join(errs...)
}

func (g *Grid) Candidates(r, c int) []uint8 {
	if g[r][c] != 0 {
		return nil
	}
	var used [10]bool
	for _, u := range [][9]uint8{g.unit("row", r), g.unit("col", c), g.unit("box", (r/3)*3+c/3)} {
		for _, d := range u {
			used[d] = true
		}
	}
	var out []uint8
	for d := uint8(1); d <= 9; d++ {
		if !used[d] {
			out = append(out, d)
		}
	}
	return out
}

// FillSingles repeatedly fills cells that have exactly one candidate.
func (g *Grid) FillSingles() int {
	filled := 0
	for progress := true; progress; {
		progress = false
		for r := range 9 {
			for c := range 9 {
				if cand := g.Candidates(r, c); len(cand) == 1 {
					g[r][c] = cand[0]
					filled++
					progress = true
				}
			}
		}
	}
	return filled
}

func (g Grid) String() string {
	var sb strings.Builder
	for r, row := range g {
		if r%3 == 0 && r > 0 {
			sb.WriteString("------+-------+------\n")
		}
		for c, d := range row {
			if c%3 == 0 && c > 0 {
				sb.WriteString("| ")
			}
			sb.WriteByte(".123456789"[d])
			sb.WriteByte(' ')
		}
		sb.WriteString("\n")
	}
	return sb.String()
}

func main() {
	g, err := Parse(`53..7.... 6..195... .98....6. 8...6...3 4..8.3..1 7...2...6 .6....28. ...419..5 ....8..79`)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("valid start:", g.Validate() == nil)
	fmt.Println("candidates r1c3:", g.Candidates(0, 2))
	fmt.Printf("filled %d cells by naked singles\n", g.FillSingles())
	fmt.Print(g)
	complete := !slices.ContainsFunc(g[:], func(row [9]uint8) bool { return slices.Contains(row[:], 0) })
	fmt.Println("valid solved:", g.Validate() == nil, "complete:", complete)
	bad := g
	bad[0][0], bad[4][4] = bad[0][1], 9
	err = bad.Validate()
	fmt.Println("tampered grid errors:")
	for _, line := range strings.Split(err.Error(), "\n") {
		fmt.Println("  -", line)
	}
	if c := (Conflict{}); errors.As(err, &c) {
		fmt.Printf("first conflict: %+v\n", c)
	}
	_, err = Parse("123x")
	fmt.Println(err)
}
