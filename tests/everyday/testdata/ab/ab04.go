package main

import (
	"fmt"
	"sort"
	"strings"
)

type Employee struct {
	ID   int
	Name string
	Dept string
}

type Review struct {
	EmpID int
	Score float64
	Year  int
}

// Row of a left join: right-hand columns are pointers so absent values are nil (NaN in pandas).
type Row struct {
	ID    int
	Name  string
	Dept  string
	Score *float64
	Year  *int
}

var employees = []Employee{
	{1, "Alice", "Eng"},
	{2, "Bob", "Eng"},
	{3, "Chen", "Sales"},
	{4, "Dana", "Sales"},
	{5, "Eve", "Ops"},
	{6, "Farid", "Ops"},
	{7, "Gita", "Eng"},
}

var reviews = []Review{
	{1, 4.5, 2024},
	{2, 3.8, 2024},
	{4, 4.1, 2024},
	{5, 2.9, 2024},
	{7, 4.8, 2024},
	{9, 3.3, 2024},
}

func LeftJoin(left []Employee, right []Review) []Row {
	idx := map[int]Review{}
	for _, r := range right {
		idx[r.EmpID] = r
	}
	out := make([]Row, 0, len(left))
	for _, e := range left {
		row := Row{ID: e.ID, Name: e.Name, Dept: e.Dept}
		if r, ok := idx[e.ID]; ok {
			s, y := r.Score, r.Year
			row.Score, row.Year = &s, &y
		}
		out = append(out, row)
	}
	return out
}

func fmtScore(p *float64) string {
	if p == nil {
		return "NaN"
	}
	return fmt.Sprintf("%.1f", *p)
}

func fmtYear(p *int) string {
	if p == nil {
		return "<NA>"
	}
	return fmt.Sprint(*p)
}

func printRows(rows []Row) {
	fmt.Printf("%3s  %-6s %-6s %5s %5s\n", "id", "name", "dept", "score", "year")
	for _, r := range rows {
		fmt.Printf("%3d  %-6s %-6s %5s %5s\n", r.ID, r.Name, r.Dept, fmtScore(r.Score), fmtYear(r.Year))
	}
}

func main() {
	rows := LeftJoin(employees, reviews)
	fmt.Println("left join employees <- reviews")
	printRows(rows)

	// isna().sum()
	missing := 0
	for _, r := range rows {
		if r.Score == nil {
			missing++
		}
	}
	fmt.Printf("\nmissing scores: %d of %d (%.1f%%)\n", missing, len(rows), 100*float64(missing)/float64(len(rows)))

	// groupby(dept).score.mean() skips NaN, like pandas does.
	type acc struct {
		sum      float64
		n, total int
	}
	depts := map[string]*acc{}
	for _, r := range rows {
		a := depts[r.Dept]
		if a == nil {
			a = &acc{}
			depts[r.Dept] = a
		}
		a.total++
		if r.Score != nil {
			a.sum += *r.Score
			a.n++
		}
	}
	names := make([]string, 0, len(depts))
	for d := range depts {
		names = append(names, d)
	}
	sort.Strings(names)
	fmt.Println("\nmean score by dept (NaN skipped):")
	deptMean := map[string]float64{}
	for _, d := range names {
		a := depts[d]
		m := a.sum / float64(a.n)
		deptMean[d] = m
		fmt.Printf("  %-6s mean=%.3f count=%d/%d\n", d, m, a.n, a.total)
	}

	// fillna with dept mean
	for i := range rows {
		if rows[i].Score == nil {
			m := deptMean[rows[i].Dept]
			rows[i].Score = &m
		}
	}
	fmt.Println("\nafter fillna(groupby dept mean):")
	printRows(rows)

	// Reviews that matched nobody (right anti-join).
	known := map[int]bool{}
	for _, e := range employees {
		known[e.ID] = true
	}
	var orphans []string
	for _, r := range reviews {
		if !known[r.EmpID] {
			orphans = append(orphans, fmt.Sprintf("emp#%d(%.1f)", r.EmpID, r.Score))
		}
	}
	fmt.Println("\norphan reviews:", strings.Join(orphans, ", "))
}
