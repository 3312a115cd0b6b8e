package main

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

type Alignment byte

const (
	AlignLeft   Alignment = 'l'
	AlignRight  Alignment = 'r'
	AlignCenter Alignment = 'c'
)

type MDTable struct {
	Headers []string
	Aligns  []Alignment
	Rows    [][]string
}

func (t *MDTable) AddRow(cells ...any) {
	row := make([]string, len(cells))
	for i, c := range cells {
		switch v := c.(type) {
		case float64:
			row[i] = fmt.Sprintf("%.2f", v)
		case bool:
			if v {
				row[i] = "✓"
			} else {
				row[i] = "✗"
			}
		case fmt.Stringer:
			row[i] = v.String()
		default:
			row[i] = fmt.Sprint(v)
		}
		row[i] = strings.ReplaceAll(row[i], "|", `\|`)
	}
	t.Rows = append(t.Rows, row)
}

func padCell(s string, w int, a Alignment) string {
	n := w - utf8.RuneCountInString(s)
	switch a {
	case AlignRight:
		return strings.Repeat(" ", n) + s
	case AlignCenter:
		l := n / 2
		return strings.Repeat(" ", l) + s + strings.Repeat(" ", n-l)
	}
	return s + strings.Repeat(" ", n)
}

func (t *MDTable) String() string {
	widths := make([]int, len(t.Headers))
	for i, h := range t.Headers {
		widths[i] = max(3, utf8.RuneCountInString(h))
	}
	for _, r := range t.Rows {
		for i, c := range r {
			widths[i] = max(widths[i], utf8.RuneCountInString(c))
		}
	}
	var b strings.Builder
	line := func(cells []string, fill func(i int, s string) string) {
		b.WriteString("|")
		for i, c := range cells {
			b.WriteString(" " + fill(i, c) + " |")
		}
		b.WriteString("\n")
	}
	line(t.Headers, func(i int, s string) string { return padCell(s, widths[i], AlignLeft) })
	seps := make([]string, len(widths))
	line(seps, func(i int, _ string) string {
		d := strings.Repeat("-", widths[i])
		switch t.Aligns[i] {
		case AlignRight:
			return d[:len(d)-1] + ":"
		case AlignCenter:
			return ":" + d[2:] + ":"
		}
		return d
	})
	for _, r := range t.Rows {
		line(r, func(i int, s string) string { return padCell(s, widths[i], t.Aligns[i]) })
	}
	return b.String()
}

type Storage int

func (s Storage) String() string {
	if s >= 1024 {
		return fmt.Sprintf("%d TB", s/1024)
	}
	return fmt.Sprintf("%d GB", int(s))
}

func main() {
	plans := &MDTable{
		Headers: []string{"Plan", "Price/mo", "Storage", "SSO", "Notes"},
		Aligns:  []Alignment{AlignLeft, AlignRight, AlignRight, AlignCenter, AlignLeft},
	}
	plans.AddRow("Free", 0.0, Storage(5), false, "1 user")
	plans.AddRow("Team", 12.5, Storage(250), false, "up to 10 users")
	plans.AddRow("Business", 39.0, Storage(2048), true, "audit log | SLA")
	plans.AddRow("Enterprise", 129.99, Storage(10240), true, "custom contract")

	fmt.Println("## Pricing")
	fmt.Println()
	fmt.Print(plans)
	fmt.Println()

	regions := &MDTable{
		Headers: []string{"Region", "Latency (ms)", "Status"},
		Aligns:  []Alignment{AlignLeft, AlignRight, AlignCenter},
	}
	data := []struct {
		name string
		ms   int
		ok   bool
	}{{"eu-west", 18, true}, {"us-east", 42, true}, {"ap-south", 130, false}, {"São Paulo", 95, true}}
	for _, d := range data {
		regions.AddRow(d.name, d.ms, d.ok)
	}
	fmt.Println("## Regions")
	fmt.Println()
	fmt.Print(regions)
	fmt.Println()
	fmt.Printf("_%d plans, %d regions_\n", len(plans.Rows), len(regions.Rows))
}
