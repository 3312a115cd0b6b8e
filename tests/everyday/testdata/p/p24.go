// String matching: KMP failure function, Z-algorithm, and naive search cross-checked.
package main

import (
	"fmt"
	"slices"
	"strings"
)

func prefixFunction(p string) []int {
	pi := make([]int, len(p))
	for i, k := 1, 0; i < len(p); i++ {
		for k > 0 && p[i] != p[k] {
			k = pi[k-1]
		}
		if p[i] == p[k] {
			k++
		}
		pi[i] = k
	}
	return pi
}

func kmpSearch(text, pat string) []int {
	if pat == "" {
		return nil
	}
	pi := prefixFunction(pat)
	var hits []int
	for i, k := 0, 0; i < len(text); i++ {
		for k > 0 && text[i] != pat[k] {
			k = pi[k-1]
		}
		if text[i] == pat[k] {
			k++
		}
		if k == len(pat) {
			hits = append(hits, i-k+1)
			k = pi[k-1]
		}
	}
	return hits
}

func zArray(s string) []int {
	z := make([]int, len(s))
	l, r := 0, 0
	for i := 1; i < len(s); i++ {
		if i < r {
			z[i] = min(r-i, z[i-l])
		}
		for i+z[i] < len(s) && s[z[i]] == s[i+z[i]] {
			z[i]++
		}
		if i+z[i] > r {
			l, r = i, i+z[i]
		}
	}
	return z
}

func zSearch(text, pat string) []int {
	const sep = "\x00"
	z := zArray(pat + sep + text)
	var hits []int
	for i := len(pat) + 1; i < len(z); i++ {
		if z[i] >= len(pat) {
			hits = append(hits, i-len(pat)-1)
		}
	}
	return hits
}

func naive(text, pat string) []int {
	var hits []int
	for i := 0; i+len(pat) <= len(text); i++ {
		if text[i:i+len(pat)] == pat {
			hits = append(hits, i)
		}
	}
	return hits
}

// smallestPeriod uses the prefix function: period = n - pi[n-1] if it divides n.
func smallestPeriod(s string) int {
	pi := prefixFunction(s)
	p := len(s) - pi[len(s)-1]
	if len(s)%p == 0 {
		return p
	}
	return len(s)
}

func main() {
	pat := "ababaca"
	fmt.Println("prefix function of", pat, "=", prefixFunction(pat))
	fmt.Println("z-array of aabxaabxcaabxaabxay =", zArray("aabxaabxcaabxaabxay"))

	text := "abababacaababacababacaababaca abababaca"
	for _, p := range []string{"ababaca", "aba", "caab", "zzz", "a"} {
		k, z, n := kmpSearch(text, p), zSearch(text, p), naive(text, p)
		fmt.Printf("%-8q kmp=%v agree=%v\n", p, k, slices.Equal(k, z) && slices.Equal(k, n))
	}

	dna := strings.Repeat("ACGT", 50) + "ACGAACGT" + strings.Repeat("TTGCA", 40)
	for _, motif := range []string{"ACGA", "GCAT", "TGCAT", "CGTA"} {
		hits := kmpSearch(dna, motif)
		preview := hits
		if len(preview) > 5 {
			preview = preview[:5]
		}
		fmt.Printf("motif %-6s %3d hits, first %v\n", motif, len(hits), preview)
	}

	for _, s := range []string{"abcabcabc", "aaaa", "abcab", "xyzxyzxy", "abab"} {
		fmt.Printf("smallest period of %-10q = %d\n", s, smallestPeriod(s))
	}

	// Rotation check via KMP: b is a rotation of a iff b occurs in a+a.
	for _, pr := range [][2]string{{"waterbottle", "erbottlewat"}, {"golang", "langgo"}, {"golang", "nglaog"}} {
		rot := len(pr[0]) == len(pr[1]) && len(kmpSearch(pr[0]+pr[0], pr[1])) > 0
		fmt.Printf("%q rotation of %q: %v\n", pr[1], pr[0], rot)
	}
}
