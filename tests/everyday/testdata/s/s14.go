package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

// Anagram groups with sorted keys, palindromes and letter signatures.

func signature(w string) string {
	r := []rune(strings.ToLower(w))
	slices.Sort(r)
	return string(r)
}

func isPalindrome(s string) bool {
	var rs []rune
	for _, r := range strings.ToLower(s) {
		if r >= 'a' && r <= 'z' {
			rs = append(rs, r)
		}
	}
	for i, j := 0, len(rs)-1; i < j; i, j = i+1, j-1 {
		if rs[i] != rs[j] {
			return false
		}
	}
	return true
}

func main() {
	words := []string{
		"listen", "silent", "enlist", "google", "inlets", "banana",
		"stone", "tones", "notes", "onset", "seton", "rat", "tar", "art",
		"evil", "vile", "live", "veil", "gopher", "level", "act", "cat",
	}
	groups := map[string][]string{}
	for _, w := range words {
		k := signature(w)
		groups[k] = append(groups[k], w)
	}
	keys := slices.Sorted(maps.Keys(groups))
	fmt.Println("Anagram groups:")
	for _, k := range keys {
		g := groups[k]
		if len(g) < 2 {
			continue
		}
		slices.Sort(g)
		fmt.Printf("  %-8s (%d) %s\n", k, len(g), strings.Join(g, ", "))
	}

	var singles []string
	for _, k := range keys {
		if len(groups[k]) == 1 {
			singles = append(singles, groups[k][0])
		}
	}
	fmt.Println("no anagram partner:", singles)

	// Largest group
	best := slices.MaxFunc(keys, func(a, b string) int {
		if len(groups[a]) != len(groups[b]) {
			return len(groups[a]) - len(groups[b])
		}
		return strings.Compare(b, a)
	})
	fmt.Printf("largest group: %s -> %v\n", best, groups[best])

	phrases := []string{"A man, a plan, a canal: Panama", "Go hang a salami, I'm a lasagna hog",
		"data science", "Was it a car or a cat I saw?", "level", "gopher"}
	fmt.Println("\nPalindromes:")
	for _, p := range phrases {
		fmt.Printf("  %-38q %t\n", p, isPalindrome(p))
	}

	// Letter multiset difference: what must be added to make b from a
	diff := func(a, b string) string {
		cnt := map[rune]int{}
		for _, r := range a {
			cnt[r]++
		}
		var need []rune
		for _, r := range b {
			if cnt[r] > 0 {
				cnt[r]--
			} else {
				need = append(need, r)
			}
		}
		slices.Sort(need)
		return string(need)
	}
	fmt.Println("\nLetters needed:")
	for _, p := range [][2]string{{"stone", "stones"}, {"rat", "parrot"}, {"evil", "vile"}} {
		fmt.Printf("  %s -> %s: %q\n", p[0], p[1], diff(p[0], p[1]))
	}
}
