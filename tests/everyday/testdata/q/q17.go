// q17: multi-key sorting with slices.SortFunc/cmp and generic grouping of incidents.
package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"
)

type Priority int

const (
	P1 Priority = iota + 1
	P2
	P3
)

func (p Priority) String() string { return fmt.Sprintf("P%d", int(p)) }

type Incident struct {
	ID       int
	Team     string
	Priority Priority
	Minutes  int // time to resolve
	Title    string
}

// By composes comparators: the first non-zero result wins.
func By[T any](cmps ...func(a, b T) int) func(a, b T) int {
	return func(a, b T) int {
		for _, c := range cmps {
			if r := c(a, b); r != 0 {
				return r
			}
		}
		return 0
	}
}

func Asc[T any, K cmp.Ordered](key func(T) K) func(a, b T) int {
	return func(a, b T) int { return cmp.Compare(key(a), key(b)) }
}

func Desc[T any, K cmp.Ordered](key func(T) K) func(a, b T) int {
	return func(a, b T) int { return cmp.Compare(key(b), key(a)) }
}

func CountBy[T any, K comparable](xs []T, key func(T) K) map[K]int {
	out := map[K]int{}
	for _, x := range xs {
		out[key(x)]++
	}
	return out
}

func main() {
	incidents := []Incident{
		{101, "payments", P2, 45, "webhook retries"},
		{102, "search", P1, 120, "index corruption"},
		{103, "payments", P1, 30, "card auth failing"},
		{104, "infra", P3, 15, "disk 80%"},
		{105, "search", P2, 45, "slow autocomplete"},
		{106, "infra", P1, 200, "region outage"},
		{107, "payments", P3, 10, "typo in receipt"},
		{108, "infra", P2, 45, "cert expiry warning"},
		{109, "search", P3, 5, "log noise"},
		{110, "payments", P2, 60, "refund queue lag"},
	}
	fmt.Println("-- by priority, then longest resolution, then id --")
	s := slices.Clone(incidents)
	slices.SortFunc(s, By(
		Asc(func(i Incident) Priority { return i.Priority }),
		Desc(func(i Incident) int { return i.Minutes }),
		Asc(func(i Incident) int { return i.ID }),
	))
	for _, in := range s {
		fmt.Printf("%s %3dm #%d %-9s %s\n", in.Priority, in.Minutes, in.ID, in.Team, in.Title)
	}

	fmt.Println("-- stable by team keeps previous order inside team --")
	slices.SortStableFunc(s, Asc(func(i Incident) string { return i.Team }))
	for _, in := range s {
		fmt.Printf("%-9s %s #%d\n", in.Team, in.Priority, in.ID)
	}

	fmt.Println("-- per-team totals --")
	counts := CountBy(incidents, func(i Incident) string { return i.Team })
	for _, team := range slices.Sorted(maps.Keys(counts)) {
		total := 0
		for _, in := range incidents {
			if in.Team == team {
				total += in.Minutes
			}
		}
		fmt.Printf("%-9s incidents=%d minutes=%3d avg=%.1f\n", team, counts[team], total, float64(total)/float64(counts[team]))
	}
	byPrio := CountBy(incidents, func(i Incident) Priority { return i.Priority })
	var parts []string
	for _, p := range slices.Sorted(maps.Keys(byPrio)) {
		parts = append(parts, fmt.Sprintf("%s=%d", p, byPrio[p]))
	}
	fmt.Println("priority mix:", strings.Join(parts, " "))

	idx, found := slices.BinarySearchFunc(s, "search", func(in Incident, team string) int { return strings.Compare(in.Team, team) })
	fmt.Println("first search incident at index", idx, "found:", found, "id:", s[idx].ID)
	worst := slices.MaxFunc(incidents, By(Asc(func(i Incident) int { return i.Minutes }), Desc(func(i Incident) int { return i.ID })))
	fmt.Println("longest incident:", worst.ID, worst.Title)
}
