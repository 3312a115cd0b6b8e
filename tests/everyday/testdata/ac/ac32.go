// Mastermind: feedback scoring and a consistent-guess solver over all 6^4 codes.
package main

import (
	"fmt"
	"math/rand/v2"
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

type Feedback struct{ Black, White int }

func (f Feedback) String() string {
	return strings.Repeat("●", f.Black) + strings.Repeat("○", f.White) + strings.Repeat("·", Pegs-f.Black-f.White)
}

func Score(secret, guess Code) Feedback {
	var f Feedback
	var cs, cg [Colors]int
	for i := 0; i < Pegs; i++ {
		if secret[i] == guess[i] {
			f.Black++
		} else {
			cs[secret[i]]++
			cg[guess[i]]++
		}
	}
	for c := 0; c < Colors; c++ {
		f.White += min(cs[c], cg[c])
	}
	return f
}

func AllCodes() []Code {
	var out []Code
	var c Code
	var rec func(i int)
	rec = func(i int) {
		if i == Pegs {
			out = append(out, c)
			return
		}
		for v := uint8(0); v < Colors; v++ {
			c[i] = v
			rec(i + 1)
		}
	}
	rec(0)
	return out
}

type Strategy interface {
	Name() string
	Pick(candidates []Code, turn int) Code
}

type FirstConsistent struct{ Opening Code }

func (s FirstConsistent) Name() string { return "first-consistent" }
func (s FirstConsistent) Pick(c []Code, turn int) Code {
	if turn == 1 {
		return s.Opening
	}
	return c[0]
}

type RandomConsistent struct{ rng *rand.Rand }

func (s RandomConsistent) Name() string              { return "random-consistent" }
func (s RandomConsistent) Pick(c []Code, _ int) Code { return c[s.rng.IntN(len(c))] }

func Play(secret Code, all []Code, s Strategy, verbose bool) int {
	cands := all
	for turn := 1; turn <= 10; turn++ {
		g := s.Pick(cands, turn)
		fb := Score(secret, g)
		next := cands[:0:0]
		for _, c := range cands {
			if Score(c, g) == fb {
				next = append(next, c)
			}
		}
		if verbose {
			fmt.Printf("  turn %d: %v %v  remaining %d\n", turn, g, fb, len(next))
		}
		if fb.Black == Pegs {
			return turn
		}
		cands = next
	}
	return -1
}

func main() {
	all := AllCodes()
	fmt.Println("total codes:", len(all))
	examples := [][2]Code{{{0, 1, 2, 3}, {3, 2, 1, 0}}, {{0, 0, 1, 1}, {1, 1, 0, 0}}, {{0, 1, 1, 2}, {1, 1, 1, 1}}, {{5, 4, 3, 2}, {5, 4, 3, 2}}}
	for _, e := range examples {
		fmt.Printf("score(%v,%v)=%v %+v\n", e[0], e[1], Score(e[0], e[1]), Score(e[0], e[1]))
	}
	rng := rand.New(rand.NewPCG(8, 13))
	secret := Code{4, 1, 1, 5}
	fc := FirstConsistent{Opening: Code{0, 0, 1, 1}}
	fmt.Println("solving", secret, "with", fc.Name())
	Play(secret, all, fc, true)
	strategies := []Strategy{fc, RandomConsistent{rng}}
	secrets := make([]Code, 12)
	for i := range secrets {
		secrets[i] = all[rng.IntN(len(all))]
	}
	for _, s := range strategies {
		total, worst := 0, 0
		var turns []string
		for _, sec := range secrets {
			n := Play(sec, all, s, false)
			total += n
			worst = max(worst, n)
			turns = append(turns, fmt.Sprintf("%v:%d", sec, n))
		}
		fmt.Printf("%-17s avg=%.2f worst=%d\n", s.Name(), float64(total)/float64(len(secrets)), worst)
		fmt.Println("  ", strings.Join(turns[:6], " "))
		fmt.Println("  ", strings.Join(turns[6:], " "))
	}
}
