// Headcount pivot: department x job level with filled seats, open reqs and cost.
package main

import (
	"fmt"
	"os"
	"slices"
	"strings"
	"text/tabwriter"
)

type Level string

var levelOrder = []Level{"Associate", "Senior", "Lead", "Manager", "Director"}

type Person struct {
	Name  string
	Dept  string
	Level Level
	Cost  int  // thousands
	Open  bool // open requisition, not yet filled
}

type Cell struct {
	Filled, Open int
	Cost         int
}

type Pivot map[string]map[Level]*Cell

func (p Pivot) cell(dept string, l Level) *Cell {
	row, ok := p[dept]
	if !ok {
		row = map[Level]*Cell{}
		p[dept] = row
	}
	c, ok := row[l]
	if !ok {
		c = &Cell{}
		row[l] = c
	}
	return c
}

func (c *Cell) String() string {
	if c == nil || c.Filled+c.Open == 0 {
		return "."
	}
	if c.Open > 0 {
		return fmt.Sprintf("%d+%d", c.Filled, c.Open)
	}
	return fmt.Sprint(c.Filled)
}

func main() {
	people := []Person{
		{"a", "Engineering", "Associate", 110, false}, {"b", "Engineering", "Senior", 150, false},
		{"c", "Engineering", "Senior", 155, false}, {"d", "Engineering", "Lead", 185, false},
		{"e", "Engineering", "Manager", 200, false}, {"f", "Engineering", "Senior", 150, true},
		{"g", "Engineering", "Associate", 105, true}, {"h", "Sales", "Associate", 75, false},
		{"i", "Sales", "Associate", 72, false}, {"j", "Sales", "Senior", 95, false},
		{"k", "Sales", "Director", 190, false}, {"l", "Sales", "Associate", 75, true},
		{"m", "Support", "Associate", 60, false}, {"n", "Support", "Associate", 62, false},
		{"o", "Support", "Lead", 85, false}, {"p", "Finance", "Senior", 120, false},
		{"q", "Finance", "Director", 210, false}, {"r", "Support", "Manager", 110, true},
	}
	pv := Pivot{}
	colTotals := map[Level]*Cell{}
	for _, l := range levelOrder {
		colTotals[l] = &Cell{}
	}
	for _, p := range people {
		c := pv.cell(p.Dept, p.Level)
		t := colTotals[p.Level]
		if p.Open {
			c.Open++
			t.Open++
		} else {
			c.Filled++
			t.Filled++
		}
		c.Cost += p.Cost
		t.Cost += p.Cost
	}
	depts := make([]string, 0, len(pv))
	for d := range pv {
		depts = append(depts, d)
	}
	slices.Sort(depts)

	tw := tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', tabwriter.AlignRight)
	header := []string{"Dept"}
	for _, l := range levelOrder {
		header = append(header, string(l))
	}
	header = append(header, "Total", "Cost(k)")
	fmt.Fprintln(tw, strings.Join(header, "\t")+"\t")
	for _, d := range depts {
		cols := []string{d}
		var tot Cell
		for _, l := range levelOrder {
			c := pv[d][l]
			cols = append(cols, c.String())
			if c != nil {
				tot.Filled += c.Filled
				tot.Open += c.Open
				tot.Cost += c.Cost
			}
		}
		cols = append(cols, tot.String(), fmt.Sprint(tot.Cost))
		fmt.Fprintln(tw, strings.Join(cols, "\t")+"\t")
	}
	cols := []string{"All"}
	var all Cell
	for _, l := range levelOrder {
		c := colTotals[l]
		cols = append(cols, c.String())
		all.Filled += c.Filled
		all.Open += c.Open
		all.Cost += c.Cost
	}
	cols = append(cols, all.String(), fmt.Sprint(all.Cost))
	fmt.Fprintln(tw, strings.Join(cols, "\t")+"\t")
	tw.Flush()
	fmt.Println("\n(n+m = n filled, m open reqs)")
	fmt.Printf("Open req budget: %dk across %d reqs (%.0f%% of planned headcount)\n",
		func() (s int) {
			for _, p := range people {
				if p.Open {
					s += p.Cost
				}
			}
			return
		}(), all.Open, 100*float64(all.Open)/float64(all.Open+all.Filled))
}
