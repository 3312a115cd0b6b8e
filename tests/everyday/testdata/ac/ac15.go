// Anagram grouping with canonical signatures, generic grouping helpers and sorted output.
package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"unicode"
)

type Signature string

type Signer interface {
	Sign(word string) Signature
}

type SortedLetters struct{}

func (SortedLetters) Sign(w string) Signature {
	r := []rune(strings.ToLower(w))
	r = slices.DeleteFunc(r, func(c rune) bool { return !unicode.IsLetter(c) })
	slices.Sort(r)
	return Signature(r)
}

type LetterCounts struct{}

func (LetterCounts) Sign(w string) Signature {
	var counts [26]int
	for _, c := range strings.ToLower(w) {
		if c >= 'a' && c <= 'z' {
			counts[c-'a']++
		}
	}
	var sb strings.Builder
	for i, n := range counts {
		if n > 0 {
			fmt.Fprintf(&sb, "%c%d", 'a'+i, n)
		}
	}
	return Signature(sb.String())
}

func GroupBy[T any, K comparable](items []T, key func(T) K) map[K][]T {
	out := make(map[K][]T)
	for _, it := range items {
		k := key(it)
		out[k] = append(out[k], it)
	}
	return out
}

func SortedKeys[K cmp.Ordered, V any](m map[K]V) []K {
	keys := make([]K, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

type Group struct {
	Sig   Signature
	Words []string
}

func Anagrams(words []string, s Signer) []Group {
	m := GroupBy(words, s.Sign)
	var groups []Group
	for _, k := range SortedKeys(m) {
		ws := slices.Clone(m[k])
		slices.Sort(ws)
		ws = slices.Compact(ws)
		if len(ws) > 1 {
			groups = append(groups, Group{k, ws})
		}
	}
	slices.SortStableFunc(groups, func(a, b Group) int {
		if c := cmp.Compare(len(b.Words), len(a.Words)); c != 0 {
			return c
		}
		return cmp.Compare(a.Words[0], b.Words[0])
	})
	return groups
}

func main() {
	text := `listen silent enlist tinsel inlets stone tones notes onset steno
	evil vile live veil levi angel glean angle range anger night thing
	below elbow bowel state taste teats stale least slate steal tales
	heart earth hater rat tar art star rats arts tsar race care acre
	dusty study lemon melon apple paper silent`
	words := strings.Fields(text)
	fmt.Printf("%d words, %d unique\n", len(words), len(slices.Compact(slices.Sorted(slices.Values(words)))))
	for _, s := range []Signer{SortedLetters{}, LetterCounts{}} {
		groups := Anagrams(words, s)
		fmt.Printf("signer %T: %d groups\n", s, len(groups))
		for _, g := range groups {
			fmt.Printf("  %-14s %s\n", g.Sig, strings.Join(g.Words, " "))
		}
	}
	byLen := GroupBy(words, func(w string) int { return len(w) })
	for _, n := range SortedKeys(byLen) {
		fmt.Printf("length %d: %d words\n", n, len(byLen[n]))
	}
	phrases := []string{"Dormitory", "Dirty room", "The eyes", "They see", "Astronomer", "Moon starer", "Conversation", "Voices rant on"}
	for i := 0; i+1 < len(phrases); i += 2 {
		a, b := phrases[i], phrases[i+1]
		same := SortedLetters{}.Sign(a) == SortedLetters{}.Sign(b)
		fmt.Printf("%q vs %q anagram=%v\n", a, b, same)
	}
}
