package main

import (
	"fmt"
	"os"
	"slices"
	"strconv"
	"strings"
	"text/tabwriter"
)

type Number interface {
	~int | ~int64 | ~float64
}

func Humanize[T Number](v T) string {
	f := float64(v)
	neg := f < 0
	if neg {
		f = -f
	}
	whole := strconv.FormatFloat(f, 'f', 0, 64)
	if float64(int64(f)) != f {
		whole = strconv.FormatFloat(f, 'f', 2, 64)
	}
	intPart, frac, _ := strings.Cut(whole, ".")
	var b strings.Builder
	for i, r := range intPart {
		if i > 0 && (len(intPart)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	s := b.String()
	if frac != "" {
		s += "." + frac
	}
	if neg {
		s = "(" + s + ")"
	}
	return s
}

func SI(bytes int64) string {
	const unit = 1024
	if bytes < unit {
		return fmt.Sprintf("%d B", bytes)
	}
	div, exp := int64(unit), 0
	for n := bytes / unit; n >= unit; n /= unit {
		div *= unit
		exp++
	}
	return fmt.Sprintf("%.1f %ciB", float64(bytes)/float64(div), "KMGTPE"[exp])
}

type Service struct {
	Name     string
	Requests int
	Errors   int
	Storage  int64
	Cost     float64
	Delta    float64
}

func (s Service) ErrorRate() float64 { return 100 * float64(s.Errors) / float64(max(s.Requests, 1)) }

func main() {
	services := []Service{
		{"auth-api", 12_483_221, 3_402, 5_368_709_120, 18_240.5, 1_200},
		{"search", 98_004_117, 120_554, 1_099_511_627_776, 142_880.75, -8_450.25},
		{"billing", 402_119, 12, 734_003_200, 2_310, 0},
		{"notifications", 7_750_600, 88_901, 98_304, 960.1, 45.9},
		{"img-resize", 0, 0, 512, 12.34, -12.34},
	}
	slices.SortFunc(services, func(a, b Service) int { return b.Requests - a.Requests })

	tw := tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprintln(tw, "service\trequests\terrors\terr %\tstorage\tcost $\tΔ vs last mo\t")
	var tot Service
	for _, s := range services {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%.3f\t%s\t%s\t%s\t\n",
			s.Name, Humanize(s.Requests), Humanize(s.Errors), s.ErrorRate(), SI(s.Storage), Humanize(s.Cost), Humanize(s.Delta))
		tot.Requests += s.Requests
		tot.Errors += s.Errors
		tot.Storage += s.Storage
		tot.Cost += s.Cost
		tot.Delta += s.Delta
	}
	fmt.Fprintf(tw, "TOTAL\t%s\t%s\t%.3f\t%s\t%s\t%s\t\n",
		Humanize(tot.Requests), Humanize(tot.Errors), tot.ErrorRate(), SI(tot.Storage), Humanize(tot.Cost), Humanize(tot.Delta))
	tw.Flush()

	fmt.Println()
	tw = tabwriter.NewWriter(os.Stdout, 8, 8, 1, '.', 0)
	for _, s := range services {
		share := 100 * s.Cost / tot.Cost
		fmt.Fprintf(tw, "%s\t%5.1f%% %s\n", s.Name, share, strings.Repeat("▇", int(share/4+0.5)))
	}
	tw.Flush()

	fmt.Println()
	for _, v := range []int64{0, 999, 1000, 1023, 1024, 1536, 1 << 20, 5 << 30, 1<<62 + 1<<61} {
		fmt.Printf("%22s bytes = %s\n", Humanize(v), SI(v))
	}
}
