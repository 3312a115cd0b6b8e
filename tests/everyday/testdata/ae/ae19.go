package main

import (
	"fmt"
	"sort"
	"strings"
)

type Sale struct {
	Region  string
	Rep     string
	Quarter int
	Amount  int // dollars
}

type Totals [4]int

func (t Totals) Sum() int {
	s := 0
	for _, v := range t {
		s += v
	}
	return s
}

func (t *Totals) Add(o Totals) {
	for i := range t {
		t[i] += o[i]
	}
}

func thousands(n int) string {
	s := fmt.Sprint(n)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	var parts []string
	for len(s) > 3 {
		parts = append([]string{s[len(s)-3:]}, parts...)
		s = s[:len(s)-3]
	}
	parts = append([]string{s}, parts...)
	out := strings.Join(parts, ",")
	if neg {
		out = "-" + out
	}
	return out
}

func growth(prev, cur int) string {
	if prev == 0 {
		return "   n/a"
	}
	return fmt.Sprintf("%+5.1f%%", float64(cur-prev)/float64(prev)*100)
}

func main() {
	sales := []Sale{
		{"West", "Kim", 1, 42000}, {"West", "Kim", 2, 45500}, {"West", "Kim", 3, 39000}, {"West", "Kim", 4, 51000},
		{"West", "Ola", 1, 18000}, {"West", "Ola", 2, 22000}, {"West", "Ola", 4, 30500},
		{"East", "Raj", 1, 61000}, {"East", "Raj", 2, 58250}, {"East", "Raj", 3, 63000}, {"East", "Raj", 4, 70100},
		{"East", "Eve", 2, 12000}, {"East", "Eve", 3, 27000}, {"East", "Eve", 4, 26000},
		{"Central", "Tom", 1, 33000}, {"Central", "Tom", 2, 31000}, {"Central", "Tom", 3, 35500}, {"Central", "Tom", 4, 34000},
	}
	byRegion := map[string]map[string]*Totals{}
	for _, s := range sales {
		reps := byRegion[s.Region]
		if reps == nil {
			reps = map[string]*Totals{}
			byRegion[s.Region] = reps
		}
		if reps[s.Rep] == nil {
			reps[s.Rep] = &Totals{}
		}
		reps[s.Rep][s.Quarter-1] += s.Amount
	}
	regions := make([]string, 0, len(byRegion))
	for r := range byRegion {
		regions = append(regions, r)
	}
	sort.Strings(regions)

	const rowFmt = "%-9s %-5s %10s %10s %10s %10s %11s\n"
	line := strings.Repeat("-", 71)
	fmt.Println("ANNUAL SALES REPORT FY2023")
	fmt.Println(line)
	fmt.Printf(rowFmt, "Region", "Rep", "Q1", "Q2", "Q3", "Q4", "Total")
	fmt.Println(line)
	var grand Totals
	row := func(region, rep string, t Totals) {
		fmt.Printf(rowFmt, region, rep, thousands(t[0]), thousands(t[1]), thousands(t[2]), thousands(t[3]), thousands(t.Sum()))
	}
	for _, r := range regions {
		reps := make([]string, 0)
		for rep := range byRegion[r] {
			reps = append(reps, rep)
		}
		sort.Strings(reps)
		var sub Totals
		for i, rep := range reps {
			label := ""
			if i == 0 {
				label = r
			}
			row(label, rep, *byRegion[r][rep])
			sub.Add(*byRegion[r][rep])
		}
		row("", "sub", sub)
		fmt.Println()
		grand.Add(sub)
	}
	fmt.Println(line)
	row("ALL", "", grand)
	fmt.Println(line)
	fmt.Println("Quarter-over-quarter growth:")
	for q := 1; q < 4; q++ {
		fmt.Printf("  Q%d -> Q%d: %s\n", q, q+1, growth(grand[q-1], grand[q]))
	}
	best, bestAmt := "", 0
	for _, r := range regions {
		for rep, t := range byRegion[r] {
			if s := t.Sum(); s > bestAmt || (s == bestAmt && rep < best) {
				best, bestAmt = rep, s
			}
		}
	}
	fmt.Printf("Top rep: %s with $%s (%.1f%% of total)\n", best, thousands(bestAmt), float64(bestAmt)/float64(grand.Sum())*100)
	fmt.Println(thousands(-1234567), thousands(999), thousands(1000))
}
