// Salary bands as an iota enum; classify employees and flag out-of-band pay.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Band int

const (
	BandUnknown Band = iota
	BandIC1
	BandIC2
	BandIC3
	BandIC4
	BandM1
	BandM2
)

var bandNames = [...]string{"UNKNOWN", "IC1", "IC2", "IC3", "IC4", "M1", "M2"}

func (b Band) String() string {
	if b < 0 || int(b) >= len(bandNames) {
		return fmt.Sprintf("Band(%d)", int(b))
	}
	return bandNames[b]
}

type Range struct{ Lo, Hi int } // thousands of dollars

func (r Range) Mid() int { return (r.Lo + r.Hi) / 2 }

var bands = map[Band]Range{
	BandIC1: {60, 85}, BandIC2: {80, 110}, BandIC3: {105, 145},
	BandIC4: {140, 190}, BandM1: {130, 175}, BandM2: {170, 230},
}

type Emp struct {
	Name   string
	Band   Band
	Salary int // thousands
}

// CompaRatio is salary relative to band midpoint.
func (e Emp) CompaRatio() float64 {
	r, ok := bands[e.Band]
	if !ok {
		return 0
	}
	return float64(e.Salary) / float64(r.Mid())
}

func (e Emp) Status() string {
	r, ok := bands[e.Band]
	switch {
	case !ok:
		return "UNBANDED"
	case e.Salary < r.Lo:
		return fmt.Sprintf("BELOW by %dk", r.Lo-e.Salary)
	case e.Salary > r.Hi:
		return fmt.Sprintf("ABOVE by %dk", e.Salary-r.Hi)
	default:
		return "ok"
	}
}

func main() {
	emps := []Emp{
		{"Nora", BandIC2, 95}, {"Ivan", BandIC3, 150}, {"Lena", BandIC1, 58},
		{"Raj", BandM1, 160}, {"Sofia", BandM2, 225}, {"Theo", BandIC4, 141},
		{"Uma", BandIC2, 112}, {"Vic", Band(9), 70}, {"Wes", BandIC3, 120},
	}
	sort.SliceStable(emps, func(i, j int) bool {
		if emps[i].Band != emps[j].Band {
			return emps[i].Band < emps[j].Band
		}
		return emps[i].Salary > emps[j].Salary
	})

	fmt.Printf("%-6s %-9s %7s %8s  %s\n", "Name", "Band", "Salary", "Compa", "Status")
	fmt.Println(strings.Repeat("-", 46))
	counts := make(map[string]int)
	for _, e := range emps {
		st := e.Status()
		key := strings.Fields(st)[0]
		counts[key]++
		fmt.Printf("%-6s %-9v %6dk %8.3f  %s\n", e.Name, e.Band, e.Salary, e.CompaRatio(), st)
	}

	fmt.Println()
	fmt.Println("Band ranges:")
	for b := BandIC1; b <= BandM2; b++ {
		r := bands[b]
		fmt.Printf("  %-4s %3dk - %3dk (mid %dk)\n", b, r.Lo, r.Hi, r.Mid())
	}

	keys := make([]string, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Print("Summary:")
	for _, k := range keys {
		fmt.Printf(" %s=%d", k, counts[k])
	}
	fmt.Println()
}
