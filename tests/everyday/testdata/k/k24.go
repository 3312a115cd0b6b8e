package main

import (
	"fmt"
	"os"
	"strings"
	"text/tabwriter"
)

type Country struct {
	Name       string
	Code       string
	Population int64
	AreaKm2    float64
	GDPBillion float64
}

func (c Country) Density() float64   { return float64(c.Population) / c.AreaKm2 }
func (c Country) GDPPerCap() float64 { return c.GDPBillion * 1e9 / float64(c.Population) }

func thousands(n int64) string {
	s := fmt.Sprint(n)
	var b strings.Builder
	pre := len(s) % 3
	if pre > 0 {
		b.WriteString(s[:pre])
	}
	for i := pre; i < len(s); i += 3 {
		if b.Len() > 0 {
			b.WriteByte(',')
		}
		b.WriteString(s[i : i+3])
	}
	return b.String()
}

var countries = []Country{
	{"Iceland", "IS", 383726, 103000, 28.06},
	{"Netherlands", "NL", 17877117, 41850, 1118},
	{"Japan", "JP", 124516650, 377975, 4213},
	{"Brazil", "BR", 216422446, 8515767, 2174},
	{"New Zealand", "NZ", 5223100, 268021, 253.5},
	{"Singapore", "SG", 5917600, 734.3, 501.4},
}

func main() {
	// Left-aligned, space padded, minimal table.
	tw := tabwriter.NewWriter(os.Stdout, 0, 0, 1, ' ', 0)
	fmt.Fprintln(tw, "Code\tName\tPopulation")
	for _, c := range countries {
		fmt.Fprintf(tw, "%s\t%s\t%s\n", c.Code, c.Name, thousands(c.Population))
	}
	tw.Flush()
	fmt.Println()

	// Right-aligned numeric table with debug column separators.
	tw = tabwriter.NewWriter(os.Stdout, 0, 0, 1, ' ', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprintln(tw, " Country\t Area km² \t Density/km² \t GDP $bn \t GDP/cap $ \t")
	var totPop int64
	var totArea, totGDP float64
	for _, c := range countries {
		fmt.Fprintf(tw, " %s\t %s \t %.1f \t %.1f \t %s \t\n",
			c.Name, thousands(int64(c.AreaKm2)), c.Density(), c.GDPBillion, thousands(int64(c.GDPPerCap())))
		totPop += c.Population
		totArea += c.AreaKm2
		totGDP += c.GDPBillion
	}
	agg := Country{"All", "--", totPop, totArea, totGDP}
	fmt.Fprintf(tw, " %s\t %s \t %.1f \t %.1f \t %s \t\n",
		agg.Name, thousands(int64(agg.AreaKm2)), agg.Density(), agg.GDPBillion, thousands(int64(agg.GDPPerCap())))
	tw.Flush()
	fmt.Println()

	// Padding character other than space, and a trailing-cell-less layout.
	tw = tabwriter.NewWriter(os.Stdout, 12, 0, 0, '.', 0)
	for _, c := range countries[:3] {
		fmt.Fprintf(tw, "%s\t%d%%\n", c.Name, int(100*float64(c.Population)/float64(totPop)))
	}
	tw.Flush()
	fmt.Println()

	// Markdown-style output using tabwriter for alignment.
	tw = tabwriter.NewWriter(os.Stdout, 0, 0, 1, ' ', 0)
	fmt.Fprintln(tw, "| Code\t| Pop (M)\t| Share\t|")
	fmt.Fprintln(tw, "|------\t|--------\t|------\t|")
	for _, c := range countries {
		fmt.Fprintf(tw, "| %s\t| %.2f\t| %.1f%%\t|\n", c.Code, float64(c.Population)/1e6, 100*float64(c.Population)/float64(totPop))
	}
	tw.Flush()

	// StripEscape: tabs inside 0xff-escaped segments are treated as text.
	fmt.Println()
	tw = tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', tabwriter.StripEscape)
	fmt.Fprintln(tw, "key\tvalue")
	fmt.Fprintln(tw, "note\t\xffliteral\ttab\xff")
	fmt.Fprintln(tw, "n\t6")
	tw.Flush()
}
