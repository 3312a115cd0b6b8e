package main

import (
	"fmt"
	"iter"
	"math"
	"strings"
)

type Metric struct {
	Name   string
	Values []float64
}

func pairs[T any](xs []T) iter.Seq2[T, T] {
	return func(yield func(T, T) bool) {
		for i := range xs {
			for j := i + 1; j < len(xs); j++ {
				if !yield(xs[i], xs[j]) {
					return
				}
			}
		}
	}
}

func corr(a, b []float64) float64 {
	n := float64(len(a))
	var ma, mb float64
	for i := range a {
		ma += a[i]
		mb += b[i]
	}
	ma /= n
	mb /= n
	var cov, va, vb float64
	for i := range a {
		cov += (a[i] - ma) * (b[i] - mb)
		va += (a[i] - ma) * (a[i] - ma)
		vb += (b[i] - mb) * (b[i] - mb)
	}
	return cov / math.Sqrt(va*vb)
}

func shade(r float64) string {
	levels := []string{" ", "░", "▒", "▓", "█"}
	i := int(math.Abs(r) * float64(len(levels)-1))
	s := levels[i]
	if r < 0 {
		return "-" + s
	}
	return "+" + s
}

func main() {
	metrics := []Metric{
		{"temp", []float64{12, 15, 18, 22, 25, 28, 30, 27, 23, 17, 13, 10}},
		{"icecream", []float64{110, 130, 170, 220, 260, 300, 340, 290, 230, 160, 120, 100}},
		{"heating", []float64{300, 260, 210, 150, 90, 40, 20, 35, 110, 200, 270, 320}},
		{"umbrellas", []float64{80, 75, 60, 45, 30, 25, 20, 28, 50, 70, 85, 90}},
		{"website", []float64{500, 520, 480, 510, 495, 505, 490, 515, 500, 485, 510, 505}},
	}

	fmt.Printf("%-10s", "")
	for _, m := range metrics {
		fmt.Printf("%10s", m.Name)
	}
	fmt.Println()
	for _, a := range metrics {
		fmt.Printf("%-10s", a.Name)
		for _, b := range metrics {
			fmt.Printf("%10.3f", corr(a.Values, b.Values))
		}
		fmt.Println()
	}

	fmt.Println("\nheatmap:")
	for _, a := range metrics {
		var sb strings.Builder
		for _, b := range metrics {
			sb.WriteString(shade(corr(a.Values, b.Values)))
			sb.WriteByte(' ')
		}
		fmt.Printf("%-10s %s\n", a.Name, strings.TrimRight(sb.String(), " "))
	}

	fmt.Println("\nstrong pairs (|r| > 0.9):")
	count := 0
	for a, b := range pairs(metrics) {
		r := corr(a.Values, b.Values)
		if math.Abs(r) <= 0.9 {
			continue
		}
		count++
		kind := "positive"
		if r < 0 {
			kind = "negative"
		}
		fmt.Printf("  %-9s ~ %-9s r=%+.4f %s\n", a.Name, b.Name, r, kind)
	}
	fmt.Println("  total:", count)

	first := ""
	for a, b := range pairs(metrics) {
		if math.Abs(corr(a.Values, b.Values)) < 0.3 {
			first = a.Name + "/" + b.Name
			break
		}
	}
	fmt.Println("first weak pair:", first)

	// z-normalize temp and show a sparkline
	t := metrics[0].Values
	var mu, sd float64
	for _, v := range t {
		mu += v / float64(len(t))
	}
	for _, v := range t {
		sd += (v - mu) * (v - mu) / float64(len(t))
	}
	sd = math.Sqrt(sd)
	ticks := []rune("▁▂▃▄▅▆▇█")
	var spark []rune
	zs := make([]string, len(t))
	for i, v := range t {
		z := (v - mu) / sd
		zs[i] = fmt.Sprintf("%+.2f", z)
		idx := int((z + 2) / 4 * float64(len(ticks)-1))
		spark = append(spark, ticks[max(0, min(idx, len(ticks)-1))])
	}
	fmt.Println(string(spark), len(spark), len(string(spark)))
	fmt.Println(strings.Join(zs, " "))
}
