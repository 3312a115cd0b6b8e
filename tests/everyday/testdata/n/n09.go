// Deduplication of contact records: exact, normalized, and keep-latest strategies.
package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"time"
	"unicode"
)

type Contact struct {
	ID      int
	Name    string
	Email   string
	Phone   string
	Updated time.Time
}

func normEmail(e string) string {
	e = strings.ToLower(strings.TrimSpace(e))
	local, domain, ok := strings.Cut(e, "@")
	if !ok {
		return e
	}
	if domain == "gmail.com" || domain == "googlemail.com" {
		local, _, _ = strings.Cut(local, "+")
		local = strings.ReplaceAll(local, ".", "")
		domain = "gmail.com"
	}
	return local + "@" + domain
}

func normPhone(p string) string {
	var b strings.Builder
	for _, r := range p {
		if unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	s := b.String()
	if len(s) == 11 && s[0] == '1' {
		s = s[1:]
	}
	return s
}

func normName(n string) string { return strings.Join(strings.Fields(strings.ToLower(n)), " ") }

func day(d int) time.Time { return time.Date(2024, time.May, d, 9, 0, 0, 0, time.UTC) }

func main() {
	raw := []Contact{
		{1, "Alice Smith", "alice.smith@gmail.com", "(555) 123-4567", day(1)}, {2, "alice  smith", "AliceSmith+news@gmail.com", "555.123.4567", day(5)},
		{3, "Bob Jones", "bob@example.org", "+1 555 987 6543", day(2)}, {4, "Bob Jones", "bob@example.org", "+1 555 987 6543", day(2)},
		{5, "Carol White", "carol@white.io", "555-222-3333", day(3)}, {6, "Carol White", "carol.w@white.io", "5552223333", day(9)},
		{7, "Dan Brown", "dan@brown.net", "", day(4)}, {8, "Eve Black", "eve@black.com", "555 000 1111", day(6)},
		{9, "EVE BLACK", " eve@black.com ", "", day(8)}, {10, "Frank Green", "frank@green.dev", "555-444-5555", day(7)},
		{11, "Alice Smith", "a.lice.smith@googlemail.com", "", day(10)},
	}
	fmt.Printf("raw records: %d\n", len(raw))

	// 1. Exact duplicates on all fields except ID.
	type exactKey struct{ Name, Email, Phone string }
	seen := map[exactKey]int{}
	var exactDups []string
	for _, c := range raw {
		k := exactKey{c.Name, c.Email, c.Phone}
		if first, ok := seen[k]; ok {
			exactDups = append(exactDups, fmt.Sprintf("%d==%d", c.ID, first))
			continue
		}
		seen[k] = c.ID
	}
	fmt.Printf("exact duplicates: %v\n", exactDups)

	// 2. Normalized email key, keep the latest record.
	latest := map[string]Contact{}
	groupSize := map[string]int{}
	for _, c := range raw {
		k := normEmail(c.Email)
		groupSize[k]++
		if cur, ok := latest[k]; !ok || c.Updated.After(cur.Updated) {
			latest[k] = c
		}
	}
	keys := make([]string, 0, len(latest))
	for k := range latest {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	fmt.Printf("\nby normalized email: %d unique\n", len(keys))
	for _, k := range keys {
		c := latest[k]
		fmt.Printf("  %-24s x%d keep id=%-2d updated=%s\n", k, groupSize[k], c.ID, c.Updated.Format("Jan 2"))
	}

	// 3. Union-find clustering: link records sharing email OR phone OR name.
	parent := make([]int, len(raw))
	for i := range parent {
		parent[i] = i
	}
	find := func(x int) int {
		for parent[x] != x {
			parent[x] = parent[parent[x]]
			x = parent[x]
		}
		return x
	}
	union := func(a, b int) {
		ra, rb := find(a), find(b)
		if ra != rb {
			parent[max(ra, rb)] = min(ra, rb)
		}
	}
	firstBy := map[string]int{}
	for i, c := range raw {
		for _, k := range []string{"e:" + normEmail(c.Email), "p:" + normPhone(c.Phone), "n:" + normName(c.Name)} {
			if k == "p:" {
				continue
			}
			if j, ok := firstBy[k]; ok {
				union(i, j)
			} else {
				firstBy[k] = i
			}
		}
	}
	clusters := map[int][]int{}
	for i := range raw {
		r := find(i)
		clusters[r] = append(clusters[r], raw[i].ID)
	}
	roots := make([]int, 0, len(clusters))
	for r := range clusters {
		roots = append(roots, r)
	}
	slices.SortFunc(roots, func(a, b int) int {
		return cmp.Or(cmp.Compare(len(clusters[b]), len(clusters[a])), cmp.Compare(a, b))
	})
	fmt.Printf("\nentity clusters (email|phone|name): %d\n", len(roots))
	for _, r := range roots {
		fmt.Printf("  %-12s ids=%v\n", normName(raw[r].Name), clusters[r])
	}
	fmt.Printf("dedup ratio: %.1f%%\n", 100*(1-float64(len(roots))/float64(len(raw))))
}
