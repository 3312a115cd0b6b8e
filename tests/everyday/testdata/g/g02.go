// Org chart as a tree: build from a flat manager list, print and roll up headcount and cost.
package main

import (
	"errors"
	"fmt"
	"slices"
	"strings"
)

type Node struct {
	ID      string
	Name    string
	Title   string
	Cost    int64 // fully loaded annual cost, whole dollars
	Reports []*Node
}

type row struct {
	id, name, title, manager string
	cost                     int64
}

var ErrNoRoot = errors.New("org chart has no root")

func build(rows []row) (*Node, error) {
	nodes := make(map[string]*Node, len(rows))
	for _, r := range rows {
		nodes[r.id] = &Node{ID: r.id, Name: r.name, Title: r.title, Cost: r.cost}
	}
	var root *Node
	for _, r := range rows {
		n := nodes[r.id]
		if r.manager == "" {
			root = n
			continue
		}
		m, ok := nodes[r.manager]
		if !ok {
			return nil, fmt.Errorf("employee %s: unknown manager %q", r.id, r.manager)
		}
		m.Reports = append(m.Reports, n)
	}
	if root == nil {
		return nil, ErrNoRoot
	}
	for _, n := range nodes {
		slices.SortFunc(n.Reports, func(a, b *Node) int { return strings.Compare(a.Name, b.Name) })
	}
	return root, nil
}

// Rollup returns total headcount under (and including) n and total cost.
func (n *Node) Rollup() (heads int, cost int64) {
	heads, cost = 1, n.Cost
	for _, r := range n.Reports {
		h, c := r.Rollup()
		heads += h
		cost += c
	}
	return
}

func (n *Node) Print(sb *strings.Builder, prefix string, last bool, root bool) {
	branch := "├── "
	next := prefix + "│   "
	if last {
		branch = "└── "
		next = prefix + "    "
	}
	if root {
		branch, next = "", ""
	}
	heads, cost := n.Rollup()
	fmt.Fprintf(sb, "%s%s%s (%s) [org=%d, cost=$%dk]\n", prefix, branch, n.Name, n.Title, heads, cost/1000)
	for i, r := range n.Reports {
		r.Print(sb, next, i == len(n.Reports)-1, false)
	}
}

func main() {
	rows := []row{
		{"E1", "Maria Chen", "CEO", "", 420000},
		{"E2", "Tom Becker", "CFO", "E1", 310000},
		{"E3", "Priya Rao", "CTO", "E1", 330000},
		{"E4", "Luis Gomez", "Controller", "E2", 190000},
		{"E5", "Anna Berg", "Staff Accountant", "E4", 95000},
		{"E6", "Kenji Sato", "VP Engineering", "E3", 260000},
		{"E7", "Zoe Adams", "Eng Manager", "E6", 205000},
		{"E8", "Omar Aziz", "Engineer", "E7", 160000},
		{"E9", "Beth Moore", "Engineer", "E7", 150000},
		{"E10", "Carl West", "SRE", "E6", 170000},
		{"E11", "Dana Fox", "FP&A Analyst", "E2", 120000},
	}
	root, err := build(rows)
	if err != nil {
		fmt.Println("error:", err)
		return
	}
	var sb strings.Builder
	root.Print(&sb, "", true, true)
	fmt.Print(sb.String())

	bad := append(slices.Clone(rows[1:3]), row{"X1", "Ghost", "Intern", "E99", 1})
	if _, err := build(bad); err != nil {
		fmt.Println("validation:", err)
	}
	if _, err := build(nil); errors.Is(err, ErrNoRoot) {
		fmt.Println("validation:", err)
	}
}
