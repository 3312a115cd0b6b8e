package main

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"slices"
	"strconv"
	"strings"
)

type Term interface {
	Roll(rng *rand.Rand) (total int, detail string)
	String() string
}

type Const int
type Dice struct {
	N, Sides int
	Keep     int  // 0 = keep all; >0 keep highest; <0 keep lowest
	Explode  bool // reroll and add on max face
}

func (c Const) Roll(*rand.Rand) (int, string) { return int(c), strconv.Itoa(int(c)) }
func (c Const) String() string                { return strconv.Itoa(int(c)) }

func (d Dice) String() string {
	s := fmt.Sprintf("%dd%d", d.N, d.Sides)
	if d.Keep != 0 {
		s += map[bool]string{true: "kh", false: "kl"}[d.Keep > 0] + strconv.Itoa(max(d.Keep, -d.Keep))
	}
	return s + map[bool]string{true: "!"}[d.Explode]
}

func (d Dice) Roll(rng *rand.Rand) (int, string) {
	rolls := make([]int, d.N)
	for i := range rolls { // roll once; keep rolling while exploding dice show their max face
		for r := d.Sides; r == d.Sides && (d.Explode || rolls[i] == 0); {
			r = rng.IntN(d.Sides) + 1
			rolls[i] += r
		}
	}
	kept := slices.Sorted(slices.Values(rolls))
	if d.Keep > 0 {
		kept = kept[len(kept)-d.Keep:]
	} else if d.Keep < 0 {
		kept = kept[:-d.Keep]
	}
	total := 0
	for _, r := range kept {
		total += r
	}
	return total, fmt.Sprintf("%v", rolls) + map[bool]string{true: fmt.Sprintf("->%v", kept)}[d.Keep != 0]
}

type ParseError struct {
	Pos int
	Msg string
}

func (e *ParseError) Error() string { return fmt.Sprintf("at %d: %s", e.Pos, e.Msg) }

type Expr struct {
	Terms []Term
	Signs []int // +1 or -1 per term
}

func Parse(src string) (Expr, error) { // e.g. "4d6kh3 + 2d8! - 1"
	s := strings.ReplaceAll(strings.ToLower(src), " ", "")
	e, sign, i := Expr{}, 1, 0
	num := func() int { // reads digits at i; returns -1 if none
		j := i
		for i < len(s) && s[i] >= '0' && s[i] <= '9' {
			i++
		}
		if n, err := strconv.Atoi(s[j:i]); err == nil {
			return n
		}
		return -1
	}
	for {
		start, n := i, num()
		if i < len(s) && s[i] == 'd' {
			i++
			d := Dice{N: max(n, 1), Sides: num()}
			if d.Sides < 2 {
				return e, &ParseError{i, "die needs at least 2 sides"}
			}
			if mode := s[i:min(i+2, len(s))]; mode == "kh" || mode == "kl" {
				i += 2
				if d.Keep = num(); d.Keep < 1 || d.Keep > d.N {
					return e, &ParseError{i, fmt.Sprintf("cannot keep %d of %d dice", d.Keep, d.N)}
				}
				d.Keep *= map[string]int{"kh": 1, "kl": -1}[mode]
			}
			if d.Explode = strings.HasPrefix(s[i:], "!"); d.Explode {
				i++
			}
			e.Terms = append(e.Terms, d)
		} else if n >= 0 {
			e.Terms = append(e.Terms, Const(n))
		} else {
			return e, &ParseError{start, fmt.Sprintf("expected number or dice in %q", src)}
		}
		e.Signs = append(e.Signs, sign)
		if i == len(s) {
			return e, nil
		}
		if sign = map[byte]int{'+': 1, '-': -1}[s[i]]; sign == 0 {
			return e, &ParseError{i, fmt.Sprintf("unexpected %q", s[i])}
		}
		i++
	}
}

func (e Expr) Roll(rng *rand.Rand) (int, string) {
	total, parts := 0, []string{}
	for k, t := range e.Terms {
		v, detail := t.Roll(rng)
		total += e.Signs[k] * v
		parts = append(parts, map[int]string{1: "+", -1: "-"}[e.Signs[k]]+t.String()+"="+detail)
	}
	return total, strings.TrimPrefix(strings.Join(parts, " "), "+")
}

func main() {
	rng := rand.New(rand.NewPCG(2024, 7))
	for _, src := range []string{"3d6+2", "4d6kh3", "2d20kl1", "d100", "1d8 + 1d6 - 3", "6d6!", "3d6kh5", "2d1", "2d6+", "4x6"} {
		e, err := Parse(src)
		var pe *ParseError
		if errors.As(err, &pe) {
			fmt.Printf("%-14s parse error %v\n", src, pe)
			continue
		}
		total, detail := e.Roll(rng)
		fmt.Printf("%-14s %4d  %s\n", src, total, detail)
	}
	e, _ := Parse("2d6")
	hist := map[int]int{}
	trials := 3600
	for range trials {
		v, _ := e.Roll(rng)
		hist[v]++
	}
	fmt.Println("2d6 over 3600 rolls (expected in brackets):")
	for sum := 2; sum <= 12; sum++ {
		expected := 6 - max(sum-7, 7-sum) // ways to roll sum, out of 36
		fmt.Printf("%3d %4d [%3d] %s\n", sum, hist[sum], expected*trials/36, strings.Repeat("#", hist[sum]/20))
	}
}
