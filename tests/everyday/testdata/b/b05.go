package main

import (
	"fmt"
	"math"
	"sort"
)

type Column struct {
	Name   string
	Values []float64
}

type Dataset []Column

func pearson(x, y []float64) float64 {
	n := float64(len(x))
	var sx, sy float64
	for i := range x {
		sx += x[i]
		sy += y[i]
	}
	mx, my := sx/n, sy/n
	var cov, vx, vy float64
	for i := range x {
		dx, dy := x[i]-mx, y[i]-my
		cov += dx * dy
		vx += dx * dx
		vy += dy * dy
	}
	return cov / math.Sqrt(vx*vy)
}

// ranks assigns average ranks, handling ties.
func ranks(x []float64) []float64 {
	idx := make([]int, len(x))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool { return x[idx[a]] < x[idx[b]] })
	r := make([]float64, len(x))
	for i := 0; i < len(idx); {
		j := i
		for j+1 < len(idx) && x[idx[j+1]] == x[idx[i]] {
			j++
		}
		avg := float64(i+j)/2 + 1
		for k := i; k <= j; k++ {
			r[idx[k]] = avg
		}
		i = j + 1
	}
	return r
}

func spearman(x, y []float64) float64 { return pearson(ranks(x), ranks(y)) }

func (d Dataset) Matrix(corr func(a, b []float64) float64) [][]float64 {
	m := make([][]float64, len(d))
	for i := range d {
		m[i] = make([]float64, len(d))
		for j := range d {
			if i == j {
				m[i][j] = 1
				continue
			}
			m[i][j] = corr(d[i].Values, d[j].Values)
		}
	}
	return m
}

func (d Dataset) PrintMatrix(title string, m [][]float64) {
	fmt.Println(title)
	fmt.Printf("%-10s", "")
	for _, c := range d {
		fmt.Printf("%10s", c.Name)
	}
	fmt.Println()
	for i, row := range m {
		fmt.Printf("%-10s", d[i].Name)
		for _, v := range row {
			fmt.Printf("%10.3f", v)
		}
		fmt.Println()
	}
}

type pair struct {
	a, b string
	r    float64
}

func strength(r float64) string {
	switch a := math.Abs(r); {
	case a >= 0.8:
		return "very strong"
	case a >= 0.6:
		return "strong"
	case a >= 0.4:
		return "moderate"
	case a >= 0.2:
		return "weak"
	}
	return "negligible"
}

func main() {
	ds := Dataset{
		{"temp", []float64{14.2, 16.4, 11.9, 15.2, 18.5, 22.1, 19.4, 25.1, 23.4, 18.1, 22.6, 17.2}},
		{"icecream", []float64{215, 325, 185, 332, 406, 522, 412, 614, 544, 421, 445, 408}},
		{"umbrellas", []float64{48, 31, 55, 36, 22, 12, 20, 5, 9, 27, 14, 30}},
		{"visitors", []float64{120, 150, 98, 135, 180, 240, 200, 310, 265, 175, 230, 160}},
		{"shoe_size", []float64{42, 39, 44, 41, 40, 43, 38, 42, 41, 40, 44, 39}},
	}
	p := ds.Matrix(pearson)
	s := ds.Matrix(spearman)
	ds.PrintMatrix("Pearson correlation:", p)
	fmt.Println()
	ds.PrintMatrix("Spearman rank correlation:", s)

	var pairs []pair
	for i := range ds {
		for j := i + 1; j < len(ds); j++ {
			pairs = append(pairs, pair{ds[i].Name, ds[j].Name, p[i][j]})
		}
	}
	sort.Slice(pairs, func(i, j int) bool { return math.Abs(pairs[i].r) > math.Abs(pairs[j].r) })
	fmt.Println("\nPairs ranked by |r|:")
	for _, pr := range pairs {
		n := float64(len(ds[0].Values))
		t := pr.r * math.Sqrt((n-2)/(1-pr.r*pr.r))
		fmt.Printf("  %-9s ~ %-9s r=%+.3f t=%+7.2f  %s\n", pr.a, pr.b, pr.r, t, strength(pr.r))
	}
	fmt.Println("\nranks(shoe_size):", ranks(ds[4].Values))
}
