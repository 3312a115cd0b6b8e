// Budget vs actual variance by department and GL category, with threshold flags.
package main

import (
	"fmt"
	"math"
	"sort"
	"strings"
)

type Key struct {
	Dept, Category string
}

type Figures struct {
	Budget, Actual int64 // whole dollars
}

func (f Figures) Variance() int64 { return f.Budget - f.Actual } // positive = favourable

func (f Figures) Pct() float64 {
	if f.Budget == 0 {
		return math.Inf(-1)
	}
	return float64(f.Variance()) / float64(f.Budget) * 100
}

type Flag int

const (
	OnTrack Flag = iota
	Watch
	Over
)

func (fl Flag) String() string {
	switch fl {
	case Watch:
		return "WATCH"
	case Over:
		return "OVER!"
	}
	return ""
}

func classify(f Figures) Flag {
	p := f.Pct()
	switch {
	case p < -10:
		return Over
	case p < 0:
		return Watch
	}
	return OnTrack
}

func main() {
	data := map[Key]Figures{
		{"Marketing", "Advertising"}: {120000, 138500},
		{"Marketing", "Events"}:      {45000, 31200},
		{"Marketing", "Salaries"}:    {310000, 312400},
		{"Engineering", "Cloud"}:     {96000, 121750},
		{"Engineering", "Salaries"}:  {1250000, 1198000},
		{"Engineering", "Software"}:  {38000, 37100},
		{"G&A", "Legal"}:             {60000, 84250},
		{"G&A", "Rent"}:              {180000, 180000},
		{"G&A", "Travel"}:            {0, 4200},
	}
	keys := make([]Key, 0, len(data))
	for k := range data {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if keys[i].Dept != keys[j].Dept {
			return keys[i].Dept < keys[j].Dept
		}
		return keys[i].Category < keys[j].Category
	})

	line := strings.Repeat("-", 72)
	fmt.Printf("%-12s %-12s %11s %11s %11s %8s %s\n", "Dept", "Category", "Budget", "Actual", "Variance", "Var%", "Flag")
	fmt.Println(line)
	deptTotals := map[string]Figures{}
	var grand Figures
	prev := ""
	for _, k := range keys {
		f := data[k]
		dept := k.Dept
		if dept == prev {
			dept = ""
		}
		prev = k.Dept
		pct := fmt.Sprintf("%7.1f%%", f.Pct())
		if math.IsInf(f.Pct(), 0) {
			pct = "     n/a"
		}
		fmt.Printf("%-12s %-12s %11d %11d %+11d %8s %v\n", dept, k.Category, f.Budget, f.Actual, f.Variance(), pct, classify(f))
		t := deptTotals[k.Dept]
		t.Budget += f.Budget
		t.Actual += f.Actual
		deptTotals[k.Dept] = t
		grand.Budget += f.Budget
		grand.Actual += f.Actual
	}
	fmt.Println(line)
	depts := make([]string, 0, len(deptTotals))
	for d := range deptTotals {
		depts = append(depts, d)
	}
	sort.Strings(depts)
	for _, d := range depts {
		f := deptTotals[d]
		fmt.Printf("%-25s %11d %11d %+11d %7.1f%% %v\n", d+" total", f.Budget, f.Actual, f.Variance(), f.Pct(), classify(f))
	}
	fmt.Printf("%-25s %11d %11d %+11d %7.1f%% %v\n", "COMPANY", grand.Budget, grand.Actual, grand.Variance(), grand.Pct(), classify(grand))

	var overs []string
	for _, k := range keys {
		if classify(data[k]) == Over {
			overs = append(overs, k.Dept+"/"+k.Category)
		}
	}
	fmt.Printf("\nLines needing explanation (%d): %s\n", len(overs), strings.Join(overs, ", "))
}
