package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

type Row = map[string]any

type Table struct {
	Name string
	Rows []Row
}

type Stats map[string]int // rows emitted per operator kind

type Plan interface {
	Execute(Stats) []Row
	Describe() string
	Children() []Plan
}

type Scan struct{ T *Table }
type Filter struct {
	Col, Desc string
	Pred      func(v any) bool
	Child     Plan
}
type HashJoin struct {
	Left, Right Plan
	LKey, RKey  string
}

func (s Scan) Describe() string     { return fmt.Sprintf("Scan %s (%d rows)", s.T.Name, len(s.T.Rows)) }
func (f Filter) Describe() string   { return "Filter " + f.Col + " " + f.Desc }
func (j HashJoin) Describe() string { return fmt.Sprintf("HashJoin %s = %s", j.LKey, j.RKey) }
func (Scan) Children() []Plan       { return nil }
func (f Filter) Children() []Plan   { return []Plan{f.Child} }
func (j HashJoin) Children() []Plan { return []Plan{j.Left, j.Right} }

func (s Scan) Execute(st Stats) []Row {
	out := make([]Row, 0, len(s.T.Rows))
	for _, r := range s.T.Rows {
		q := Row{}
		for k, v := range r {
			q[s.T.Name+"."+k] = v // qualify column names
		}
		out = append(out, q)
	}
	st["scan"] += len(out)
	return out
}

func (f Filter) Execute(st Stats) []Row {
	out := slices.DeleteFunc(f.Child.Execute(st), func(r Row) bool { return !f.Pred(r[f.Col]) })
	st["filter"] += len(out)
	return out
}

func (j HashJoin) Execute(st Stats) []Row {
	index := map[any][]Row{}
	for _, r := range j.Right.Execute(st) {
		index[r[j.RKey]] = append(index[r[j.RKey]], r)
	}
	var out []Row
	for _, l := range j.Left.Execute(st) {
		for _, r := range index[l[j.LKey]] {
			m := maps.Clone(l)
			maps.Copy(m, r)
			out = append(out, m)
		}
	}
	st["join"] += len(out)
	return out
}

func explain(p Plan, indent string) string {
	s := indent + p.Describe() + "\n"
	for _, c := range p.Children() {
		s += explain(c, indent+"  ")
	}
	return s
}

func tables(p Plan) []string {
	if s, ok := p.(Scan); ok {
		return []string{s.T.Name}
	}
	var out []string
	for _, c := range p.Children() {
		out = append(out, tables(c)...)
	}
	return out
}

// pushDown moves each filter below a join when its column belongs to one join input.
func pushDown(p Plan) Plan {
	switch n := p.(type) {
	case HashJoin:
		n.Left, n.Right = pushDown(n.Left), pushDown(n.Right)
		return n
	case Filter:
		n.Child = pushDown(n.Child)
		j, ok := n.Child.(HashJoin)
		if !ok {
			return n
		}
		table, _, _ := strings.Cut(n.Col, ".")
		for _, side := range []*Plan{&j.Left, &j.Right} {
			if slices.Contains(tables(*side), table) {
				n.Child = *side
				*side = pushDown(n)
				return j
			}
		}
		return n
	}
	return p
}

func run(label string, p Plan) {
	st := Stats{}
	fmt.Printf("-- %s plan --\n%s", label, explain(p, "  "))
	for _, r := range p.Execute(st) {
		fmt.Printf("  %-4v %-9v %v\n", r["emp.name"], r["dept.name"], r["emp.salary"])
	}
	total := 0
	for _, n := range st {
		total += n
	}
	fmt.Printf("  rows emitted: %v, total %d\n", st, total) // fmt sorts map keys
}

func main() {
	emp := &Table{"emp", []Row{
		{"name": "ann", "dept": 1, "salary": 72000}, {"name": "bo", "dept": 2, "salary": 48000},
		{"name": "cy", "dept": 1, "salary": 51000}, {"name": "di", "dept": 3, "salary": 90000},
		{"name": "ed", "dept": 2, "salary": 66000}, {"name": "flo", "dept": 3, "salary": 45000},
		{"name": "gus", "dept": 1, "salary": 39000}, {"name": "hal", "dept": 2, "salary": 81000},
	}}
	dept := &Table{"dept", []Row{{"id": 1, "name": "research", "city": "Oslo"},
		{"id": 2, "name": "sales", "city": "Bergen"}, {"id": 3, "name": "ops", "city": "Oslo"}}}
	logical := Filter{"dept.city", "= Oslo", func(v any) bool { return v == "Oslo" },
		Filter{"emp.salary", "> 50000", func(v any) bool { return v.(int) > 50000 },
			HashJoin{Scan{emp}, Scan{dept}, "emp.dept", "dept.id"}}}
	run("logical", logical)
	run("optimized", pushDown(logical))
}
