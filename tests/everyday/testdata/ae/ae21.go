package main

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

type Panel interface {
	Title() string
	Body() []string
}

type StatPanel struct {
	Name  string
	Stats [][2]string
}

func (s StatPanel) Title() string { return s.Name }
func (s StatPanel) Body() []string {
	w := 0
	for _, kv := range s.Stats {
		w = max(w, len(kv[0])+1)
	}
	out := make([]string, len(s.Stats))
	for i, kv := range s.Stats {
		out[i] = fmt.Sprintf("%-*s %s", w, kv[0]+":", kv[1])
	}
	return out
}

type ChartPanel struct {
	Name   string
	Labels []string
	Values []int
	Max    int
}

func (c ChartPanel) Title() string { return c.Name }
func (c ChartPanel) Body() []string {
	out := make([]string, len(c.Values))
	for i, v := range c.Values {
		n := v * 12 / c.Max
		out[i] = fmt.Sprintf("%-3s %-12s %3d", c.Labels[i], strings.Repeat("▇", n), v)
	}
	return out
}

type TextPanel struct {
	Name string
	Text string
	Wrap int
}

func (t TextPanel) Title() string { return t.Name }
func (t TextPanel) Body() []string {
	var lines []string
	cur := ""
	for _, w := range strings.Fields(t.Text) {
		if cur != "" && len(cur)+1+len(w) > t.Wrap {
			lines = append(lines, cur)
			cur = ""
		}
		if cur != "" {
			cur += " "
		}
		cur += w
	}
	return append(lines, cur)
}

func width(s string) int { return utf8.RuneCountInString(s) }

func box(p Panel) []string {
	body := p.Body()
	w := width(p.Title()) + 2
	for _, l := range body {
		w = max(w, width(l))
	}
	top := "┌─ " + p.Title() + " " + strings.Repeat("─", w-width(p.Title())-1) + "┐"
	out := []string{top}
	for _, l := range body {
		out = append(out, "│ "+l+strings.Repeat(" ", w-width(l))+" │")
	}
	return append(out, "└"+strings.Repeat("─", w+2)+"┘")
}

func row(panels ...Panel) string {
	boxes := make([][]string, len(panels))
	height := 0
	for i, p := range panels {
		boxes[i] = box(p)
		height = max(height, len(boxes[i]))
	}
	var b strings.Builder
	for y := 0; y < height; y++ {
		for i, bx := range boxes {
			if i > 0 {
				b.WriteString("  ")
			}
			if y < len(bx) {
				b.WriteString(bx[y])
			} else {
				b.WriteString(strings.Repeat(" ", width(bx[0])))
			}
		}
		b.WriteString("\n")
	}
	return b.String()
}

func main() {
	fmt.Println("WEEKLY OPERATIONS DASHBOARD — week 23")
	fmt.Println()
	fmt.Print(row(
		StatPanel{"Orders", [][2]string{{"placed", "1,942"}, {"shipped", "1,877"}, {"returned", "23"}}},
		StatPanel{"Support", [][2]string{{"tickets", "310"}, {"median reply", "2h14m"}, {"CSAT", "94%"}}},
	))
	fmt.Print(row(
		ChartPanel{"Orders per day", []string{"Mon", "Tue", "Wed", "Thu", "Fri"}, []int{288, 301, 356, 412, 585}, 585},
		TextPanel{"Notes", "Friday spike driven by the newsletter promo. Warehouse added a second shift on Thursday to keep up.", 24},
	))
	fmt.Print(row(TextPanel{"Next week", "Inventory count on Tuesday; carrier rate change effective Monday.", 40}))
}
