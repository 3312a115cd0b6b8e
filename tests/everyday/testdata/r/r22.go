package main

import (
	"fmt"
	"math"
	"slices"
	"strings"
	"unicode"
)

type Cipher interface {
	Encode(string) string
	Decode(string) string
	Name() string
}

type Caesar int

func shift(r rune, k int) rune {
	switch {
	case unicode.IsUpper(r) && r <= 'Z':
		return 'A' + (r-'A'+rune(k)+26*10)%26
	case unicode.IsLower(r) && r <= 'z':
		return 'a' + (r-'a'+rune(k)+26*10)%26
	}
	return r
}

func (c Caesar) Encode(s string) string {
	return strings.Map(func(r rune) rune { return shift(r, int(c)) }, s)
}
func (c Caesar) Decode(s string) string { return Caesar(-int(c)).Encode(s) }
func (c Caesar) Name() string           { return fmt.Sprintf("caesar(%d)", int(c)) }

type Vigenere string

func (v Vigenere) apply(s string, sign int) string {
	var b strings.Builder
	i := 0
	for _, r := range s {
		if r < 128 && unicode.IsLetter(r) {
			k := int(unicode.ToLower(rune(v[i%len(v)])) - 'a')
			r = shift(r, sign*k)
			i++
		}
		b.WriteRune(r)
	}
	return b.String()
}
func (v Vigenere) Encode(s string) string { return v.apply(s, 1) }
func (v Vigenere) Decode(s string) string { return v.apply(s, -1) }
func (v Vigenere) Name() string           { return "vigenere(" + string(v) + ")" }

// English letter frequencies (percent), a..z.
var english = [26]float64{8.2, 1.5, 2.8, 4.3, 12.7, 2.2, 2.0, 6.1, 7.0, 0.15, 0.77, 4.0, 2.4,
	6.7, 7.5, 1.9, 0.095, 6.0, 6.3, 9.1, 2.8, 0.98, 2.4, 0.15, 2.0, 0.074}

func histogram(s string) ([26]int, int) {
	var h [26]int
	n := 0
	for _, r := range strings.ToLower(s) {
		if r >= 'a' && r <= 'z' {
			h[r-'a']++
			n++
		}
	}
	return h, n
}

func chiSquared(s string) float64 {
	h, n := histogram(s)
	score := 0.0
	for i, obs := range h {
		exp := english[i] / 100 * float64(n)
		score += math.Pow(float64(obs)-exp, 2) / exp
	}
	return score
}

func crackCaesar(ct string) (int, float64) {
	scores := make([]float64, 26)
	for k := range 26 {
		scores[k] = chiSquared(Caesar(k).Decode(ct))
	}
	best := slices.Index(scores, slices.Min(scores))
	return best, scores[best]
}

func main() {
	plain := "Meet me near the old clock tower at seven, and bring the parsing notes!"
	ciphers := []Cipher{Caesar(3), Caesar(13), Caesar(-5), Vigenere("lemon")}
	for _, c := range ciphers {
		enc := c.Encode(plain)
		fmt.Printf("%-16s %s\n", c.Name(), enc)
		fmt.Printf("%-16s roundtrip=%v\n", "", c.Decode(enc) == plain)
	}
	secret := Caesar(17).Encode(plain)
	k, score := crackCaesar(secret)
	fmt.Printf("cracked key=%d chi2=%.1f -> %s\n", k, score, Caesar(k).Decode(secret))

	h, n := histogram(plain)
	type lf struct {
		r rune
		c int
	}
	var freq []lf
	for i, c := range h {
		if c > 0 {
			freq = append(freq, lf{rune('a' + i), c})
		}
	}
	slices.SortFunc(freq, func(a, b lf) int {
		if a.c != b.c {
			return b.c - a.c
		}
		return int(a.r - b.r)
	})
	fmt.Printf("letter frequencies (%d letters):\n", n)
	for _, f := range freq[:8] {
		fmt.Printf("  %c %5.1f%% %s\n", f.r, 100*float64(f.c)/float64(n), strings.Repeat("*", f.c))
	}
}
