package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"
	"unicode"
)

type Signature string

func signature(w string) Signature {
	rs := []rune(strings.ToLower(w))
	rs = slices.DeleteFunc(rs, func(r rune) bool { return !unicode.IsLetter(r) })
	slices.Sort(rs)
	return Signature(rs)
}

type Group[K comparable, V any] struct {
	Key   K
	Items []V
}

func GroupBy[K cmp.Ordered, V any](items []V, key func(V) K) []Group[K, V] {
	m := map[K][]V{}
	for _, it := range items {
		k := key(it)
		m[k] = append(m[k], it)
	}
	out := make([]Group[K, V], 0, len(m))
	for _, k := range slices.Sorted(maps.Keys(m)) {
		out = append(out, Group[K, V]{k, m[k]})
	}
	return out
}

const wordList = `listen silent enlist inlets tinsel google banana
stone tones notes onset seton Dormitory dirty-room
astronomer moon-starer evil vile live veil levi
rat tar art star rats arts tsar parse spare pears reaps spear
apple angel glean angle night thing below elbow bowel`

func main() {
	words := strings.Fields(wordList)
	groups := GroupBy(words, signature)
	slices.SortStableFunc(groups, func(a, b Group[Signature, string]) int {
		return cmp.Compare(len(b.Items), len(a.Items))
	})
	fmt.Println("anagram groups (size >= 2):")
	singles := []string{}
	for _, g := range groups {
		if len(g.Items) < 2 {
			singles = append(singles, g.Items...)
			continue
		}
		fmt.Printf("  %-12s %d: %s\n", g.Key, len(g.Items), strings.Join(g.Items, ", "))
	}
	slices.Sort(singles)
	fmt.Println("no anagram partner:", strings.Join(singles, ", "))

	byLen := GroupBy(words, func(w string) int { return len([]rune(w)) })
	fmt.Println("by length:")
	for _, g := range byLen {
		fmt.Printf("  %2d: %2d words, first=%s\n", g.Key, len(g.Items), g.Items[0])
	}
	byInitial := GroupBy(words, func(w string) string { return strings.ToUpper(w[:1]) })
	var b strings.Builder
	for _, g := range byInitial {
		fmt.Fprintf(&b, "%s%d ", g.Key, len(g.Items))
	}
	fmt.Println("by initial:", strings.TrimSpace(b.String()))

	// words that are anagrams of a target after removing one letter
	target := "stones"
	fmt.Printf("one-letter-deletions of %q present in list:\n", target)
	found := map[string]bool{}
	for i := range len(target) {
		sig := signature(target[:i] + target[i+1:])
		for _, g := range groups {
			if g.Key == sig {
				for _, w := range g.Items {
					found[w] = true
				}
			}
		}
	}
	fmt.Println(" ", slices.Sorted(maps.Keys(found)))
}
