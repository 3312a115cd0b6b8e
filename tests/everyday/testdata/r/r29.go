package main

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
)

type Normalizer func(string) []rune

func lettersOnly(s string) []rune {
	var out []rune
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			out = append(out, r)
		}
	}
	return out
}

func IsPalindrome(s string, norm Normalizer) bool {
	rs := norm(s)
	for i := range len(rs) / 2 {
		if rs[i] != rs[len(rs)-1-i] {
			return false
		}
	}
	return len(rs) > 0
}

// LongestPalindrome uses expand-around-center over runes.
func LongestPalindrome(s string) string {
	rs := []rune(s)
	best := [2]int{0, 0}
	expand := func(lo, hi int) {
		for lo >= 0 && hi < len(rs) && rs[lo] == rs[hi] {
			lo--
			hi++
		}
		if hi-lo-1 > best[1]-best[0] {
			best = [2]int{lo + 1, hi}
		}
	}
	for i := range rs {
		expand(i, i)
		expand(i, i+1)
	}
	return string(rs[best[0]:best[1]])
}

type Graphemeish []string

// clusters groups a base rune with following combining marks, so that
// reversing keeps accents attached.
func clusters(s string) Graphemeish {
	var out Graphemeish
	for _, r := range s {
		if unicode.Is(unicode.Mn, r) && len(out) > 0 {
			out[len(out)-1] += string(r)
			continue
		}
		out = append(out, string(r))
	}
	return out
}

func (g Graphemeish) Reverse() string {
	c := slices.Clone(g)
	slices.Reverse(c)
	return strings.Join(c, "")
}

func main() {
	phrases := []string{
		"A man, a plan, a canal: Panama!",
		"Was it a car or a cat I saw?",
		"No 'x' in Nixon",
		"Step on no pets",
		"Hello, world",
		"Ésope reste ici et se repose",
		"12321",
		"¡¿!?",
		"たけやぶやけた",
	}
	for _, p := range phrases {
		fmt.Printf("%-34q palindrome=%v\n", p, IsPalindrome(p, lettersOnly))
	}
	fmt.Println("longest palindromic substrings:")
	for _, s := range []string{"forgeeksskeegfor", "babad", "abacdfgdcaba", "racecar level", "日本本日x"} {
		fmt.Printf("  %-18s -> %q\n", s, LongestPalindrome(s))
	}
	combining := "cafe\u0301 nai\u0308ve"
	naive := []rune(combining)
	slices.Reverse(naive)
	fmt.Printf("naive reverse:   %q\n", string(naive))
	fmt.Printf("cluster reverse: %q\n", clusters(combining).Reverse())
	fmt.Printf("clusters: %d runes: %d bytes: %d\n", len(clusters(combining)), len([]rune(combining)), len(combining))
	words := strings.Fields("level noon civic radar kayak rotor sagas stats tenet refer hello world")
	pals := slices.DeleteFunc(slices.Clone(words), func(w string) bool { return !IsPalindrome(w, lettersOnly) })
	slices.SortFunc(pals, func(a, b string) int { return strings.Compare(a, b) })
	fmt.Printf("palindromic words: %d/%d %v\n", len(pals), len(words), pals)
}
