package main

import (
	"fmt"
	"sort"
	"strings"
)

func main() {
	text := `The quick brown fox jumps over the lazy dog. The dog barks!
A fox, a dog, and a cat walk into a bar. The bartender says: "What is this, a joke?"
the end`

	fmt.Printf("DEBUG: text length = %d\n", len(text))

	// lower-case everything first
	lower := strings.ToLower(text)
	fmt.Printf("DEBUG: lower length = %d\n", len(lower))

	// replace punctuation with spaces
	cleaned := ""
	for i := 0; i < len(lower); i++ {
		c := lower[i]
		if (c >= 'a' && c <= 'z') || c == ' ' || c == '\n' {
			cleaned += string(c)
		} else {
			cleaned += " "
		}
	}

	words := strings.Fields(cleaned)
	fmt.Printf("DEBUG: number of words = %d\n", len(words))

	counts := map[string]int{}
	for _, w := range words {
		counts[w]++
	}
	fmt.Printf("DEBUG: unique words = %d\n", len(counts))

	// sort keys so output is stable
	keys := []string{}
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Strings(keys)

	for _, k := range keys {
		fmt.Printf("%-10s %d\n", k, counts[k])
	}

	// find the most common word (ties broken alphabetically)
	best := ""
	bestN := 0
	for _, k := range keys {
		n := counts[k]
		if n > bestN {
			best = k
			bestN = n
		}
	}
	fmt.Println("most common:", best, bestN)

	// longest word
	longest := ""
	for _, w := range words {
		if len(w) > len(longest) {
			longest = w
		}
	}
	fmt.Println("longest:", longest, len(longest))

	// count letters
	letters := [26]int{}
	for _, w := range words {
		for _, r := range w {
			letters[r-'a']++
		}
	}
	for i := 0; i < 26; i++ {
		if letters[i] > 0 {
			fmt.Printf("%c=%d ", 'a'+i, letters[i])
		}
	}
	fmt.Println()

	// words per line
	lines := strings.Split(text, "\n")
	for i, line := range lines {
		n := len(strings.Fields(line))
		fmt.Printf("line %d: %d words\n", i+1, n)
	}

	// average word length
	total := 0
	for _, w := range words {
		total += len(w)
	}
	avg := float64(total) / float64(len(words))
	fmt.Printf("average word length: %.3f\n", avg)
}
