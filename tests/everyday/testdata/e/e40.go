package main

import (
	"errors"
	"fmt"
	"slices"
	"strings"
)

const (
	Pegs   = 4
	Colors = 6
)

type Code [Pegs]uint8

func (c Code) String() string {
	var sb strings.Builder
	for _, p := range c {
		sb.WriteByte("RGBYOP"[p])
	}
	return sb.String()
}

func ParseCode(s string) (c Code, err error) {
	if len(s) != Pegs {
		return c, fmt.Errorf("code %q: want %d pegs", s, Pegs)
	}
	for i := range s {
		k := strings.IndexByte("RGBYOP", s[i])
		if k < 0 {
			return c, fmt.Errorf("code %q: unknown colour %q", s, s[i])
		}
		c[i] = uint8(k)
	}
	return c, nil
}

type Feedback struct{ Black, White int }

func (f Feedback) String() string { return fmt.Sprintf("%db%dw", f.Black, f.White) }

func Score(secret, guess Code) (f Feedback) {
	var cs, cg [Colors]int
	for i := range Pegs {
		if secret[i] == guess[i] {
			f.Black++
		} else {
			cs[secret[i]]++
			cg[guess[i]]++
		}
	}
	for k := range Colors {
		f.White += min(cs[k], cg[k])
	}
	return f
}

func allCodes() []Code {
	out := make([]Code, 0, 1296)
	for n := range 1296 { // count in base Colors, last peg least significant
		var c Code
		for i, v := Pegs-1, n; i >= 0; i, v = i-1, v/Colors {
			c[i] = uint8(v % Colors)
		}
		out = append(out, c)
	}
	return out
}

type Solver interface {
	Name() string
	Next(candidates []Code) Code
}

// FirstConsistent plays the lexicographically first code still possible.
type FirstConsistent struct{}

func (FirstConsistent) Name() string           { return "first-consistent" }
func (FirstConsistent) Next(cands []Code) Code { return cands[0] }

// MinMax picks the candidate that minimises the largest feedback partition.
type MinMax struct{}

func (MinMax) Name() string { return "minmax" }
func (MinMax) Next(cands []Code) Code {
	if len(cands) == 1296 {
		return Code{0, 0, 1, 1} // classic RRGG opener
	}
	best, bestWorst := cands[0], len(cands)+1
	for _, g := range cands {
		parts, worst := map[Feedback]int{}, 0
		for _, s := range cands {
			fb := Score(s, g)
			parts[fb]++
			worst = max(worst, parts[fb])
		}
		if worst < bestWorst {
			best, bestWorst = g, worst
		}
	}
	return best
}

var ErrGaveUp = errors.New("solver gave up")

func solve(s Solver, secret Code, verbose bool) (int, error) {
	cands := allCodes()
	for turn := 1; turn <= 10; turn++ {
		g := s.Next(cands)
		fb := Score(secret, g)
		if verbose {
			fmt.Printf("   turn %d: %v -> %v (%d candidates before)\n", turn, g, fb, len(cands))
		}
		if fb.Black == Pegs {
			return turn, nil
		}
		cands = slices.DeleteFunc(cands, func(c Code) bool { return Score(c, g) != fb })
	}
	return 0, ErrGaveUp
}

func main() {
	for _, pair := range [][2]string{{"RGBY", "YBGR"}, {"RRGG", "GRRB"}, {"OOPP", "OPOP"}, {"RGBX", "RGBY"}} {
		a, errA := ParseCode(pair[0])
		b, errB := ParseCode(pair[1])
		if err := errors.Join(errA, errB); err != nil {
			fmt.Println("parse error:", err)
			continue
		}
		fmt.Printf("score(%v, %v) = %v\n", a, b, Score(a, b))
	}
	secret, _ := ParseCode("YOPB")
	all := allCodes()
	for _, s := range []Solver{FirstConsistent{}, MinMax{}} {
		fmt.Printf("%s solving %v:\n", s.Name(), secret)
		n, err := solve(s, secret, true)
		fmt.Println("   solved in", n, "err:", err)
		// Distribution over a deterministic sample of secrets.
		hist := make([]int, 11)
		total, count := 0, 0
		for i := 0; i < len(all); i += 73 {
			n, _ := solve(s, all[i], false)
			hist[n]++
			total += n
			count++
		}
		fmt.Printf("%-16s avg %.3f over %d secrets, turns histogram %v\n", s.Name(), float64(total)/float64(count), count, hist[1:8])
	}
}
