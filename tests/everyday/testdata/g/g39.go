// Org analytics: span of control, depth, and lowest common manager via parent links.
package main

import (
	"fmt"
	"slices"
	"strings"
)

type Org struct {
	parent   map[string]string
	children map[string][]string
	title    map[string]string
}

func NewOrg() *Org {
	return &Org{parent: map[string]string{}, children: map[string][]string{}, title: map[string]string{}}
}

func (o *Org) Add(name, title, manager string) {
	o.title[name] = title
	if manager != "" {
		o.parent[name] = manager
		o.children[manager] = append(o.children[manager], name)
	}
}

// Chain returns the path from name up to the root, inclusive.
func (o *Org) Chain(name string) []string {
	path := []string{name}
	for {
		p, ok := o.parent[name]
		if !ok {
			return path
		}
		path = append(path, p)
		name = p
	}
}

func (o *Org) Depth(name string) int { return len(o.Chain(name)) - 1 }

func (o *Org) LCM(a, b string) string {
	seen := map[string]bool{}
	for _, n := range o.Chain(a) {
		seen[n] = true
	}
	for _, n := range o.Chain(b) {
		if seen[n] {
			return n
		}
	}
	return ""
}

func (o *Org) Managers() []string {
	var m []string
	for k := range o.children {
		m = append(m, k)
	}
	slices.Sort(m)
	return m
}

func main() {
	o := NewOrg()
	for _, r := range [][3]string{
		{"Iris", "CEO", ""}, {"Jamal", "COO", "Iris"}, {"Kerry", "CPO", "Iris"},
		{"Lars", "Ops Director", "Jamal"}, {"Mona", "Support Lead", "Lars"},
		{"Nils", "Agent", "Mona"}, {"Olga", "Agent", "Mona"}, {"Pete", "Agent", "Mona"},
		{"Quinn", "Agent", "Mona"}, {"Rosa", "Agent", "Mona"}, {"Sam", "Agent", "Mona"},
		{"Tess", "Agent", "Mona"}, {"Ugo", "Agent", "Mona"}, {"Vera", "Agent", "Mona"},
		{"Walt", "PM Lead", "Kerry"}, {"Xia", "PM", "Walt"}, {"Yusuf", "Designer", "Kerry"},
		{"Zara", "Logistics", "Jamal"},
	} {
		o.Add(r[0], r[1], r[2])
	}

	fmt.Println("Span of control:")
	var spans []int
	for _, m := range o.Managers() {
		n := len(o.children[m])
		spans = append(spans, n)
		note := ""
		switch {
		case n == 1:
			note = "single report - consider flattening"
		case n > 8:
			note = "wide span - consider a team lead"
		}
		fmt.Printf("  %-6s %-13s %2d %-10s %s\n", m, o.title[m], n, strings.Repeat("|", n), note)
	}
	slices.Sort(spans)
	median := float64(spans[len(spans)/2])
	if len(spans)%2 == 0 {
		median = float64(spans[len(spans)/2-1]+spans[len(spans)/2]) / 2
	}
	fmt.Printf("  median span %.1f over %d managers\n\n", median, len(spans))

	layers := map[int][]string{}
	maxDepth := 0
	for name := range o.title {
		d := o.Depth(name)
		layers[d] = append(layers[d], name)
		maxDepth = max(maxDepth, d)
	}
	fmt.Println("Layers:")
	for d := 0; d <= maxDepth; d++ {
		slices.Sort(layers[d])
		fmt.Printf("  L%d (%2d): %s\n", d, len(layers[d]), strings.Join(layers[d], " "))
	}

	fmt.Println("\nEscalation paths (lowest common manager):")
	for _, pair := range [][2]string{{"Nils", "Zara"}, {"Xia", "Yusuf"}, {"Olga", "Xia"}, {"Mona", "Sam"}} {
		lcm := o.LCM(pair[0], pair[1])
		fmt.Printf("  %-5s & %-5s -> %-6s (%s)  path: %s\n", pair[0], pair[1], lcm, o.title[lcm],
			strings.Join(o.Chain(pair[0]), " > "))
	}
}
