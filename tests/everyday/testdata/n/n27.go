// Pearson vs. Spearman rank correlation across product metrics, with tie-aware ranks.
package main

import (
	"cmp"
	"fmt"
	"math"
	"slices"
)

type Product struct {
	Name    string
	Price   float64
	Reviews int
	Rating  float64
	Returns float64 // percent
	Sales   int
}

func pearson(x, y []float64) float64 {
	n := float64(len(x))
	var mx, my float64
	for i := range x {
		mx += x[i]
		my += y[i]
	}
	mx, my = mx/n, my/n
	var sxy, sxx, syy float64
	for i := range x {
		dx, dy := x[i]-mx, y[i]-my
		sxy += dx * dy
		sxx += dx * dx
		syy += dy * dy
	}
	return sxy / math.Sqrt(sxx*syy)
}

// ranks returns average ranks (1-based) handling ties.
func ranks(x []float64) []float64 {
	idx := make([]int, len(x))
	for i := range idx {
		idx[i] = i
	}
	slices.SortStableFunc(idx, func(a, b int) int { return cmp.Compare(x[a], x[b]) })
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

func main() {
	ps := []Product{
		{"kettle", 29.99, 410, 4.4, 2.1, 1250}, {"toaster", 24.50, 380, 4.1, 3.5, 1100},
		{"blender", 89.00, 220, 4.6, 1.8, 640}, {"mixer", 249.00, 95, 4.8, 1.2, 210},
		{"grinder", 39.99, 150, 3.9, 5.6, 480}, {"press", 34.00, 300, 4.4, 2.4, 890},
		{"scale", 15.99, 520, 4.1, 4.0, 1500}, {"fryer", 119.00, 600, 4.5, 3.1, 1800},
		{"juicer", 149.00, 60, 3.6, 8.2, 120}, {"steamer", 59.00, 140, 4.1, 2.9, 360},
		{"grill", 79.00, 260, 4.3, 2.2, 700}, {"oven", 199.00, 45, 4.0, 4.4, 95},
	}
	cols := []string{"price", "reviews", "rating", "returns", "sales"}
	get := []func(Product) float64{
		func(p Product) float64 { return p.Price },
		func(p Product) float64 { return float64(p.Reviews) },
		func(p Product) float64 { return p.Rating },
		func(p Product) float64 { return p.Returns },
		func(p Product) float64 { return float64(p.Sales) },
	}
	data := make([][]float64, len(cols))
	for j := range cols {
		for _, p := range ps {
			data[j] = append(data[j], get[j](p))
		}
	}
	printMat := func(title string, f func(a, b []float64) float64) {
		fmt.Println(title)
		fmt.Printf("%9s", "")
		for _, c := range cols {
			fmt.Printf("%9s", c)
		}
		fmt.Println()
		for i, c := range cols {
			fmt.Printf("%9s", c)
			for j := range cols {
				fmt.Printf("%9.3f", f(data[i], data[j]))
			}
			fmt.Println()
		}
	}
	printMat("Pearson r:", pearson)
	fmt.Println()
	printMat("Spearman rho:", spearman)

	fmt.Printf("\nrating ranks (ties averaged): %v\n", ranks(data[2]))
	type pair struct {
		A, B string
		Gap  float64
	}
	var gaps []pair
	for i := range cols {
		for j := i + 1; j < len(cols); j++ {
			gaps = append(gaps, pair{cols[i], cols[j], spearman(data[i], data[j]) - pearson(data[i], data[j])})
		}
	}
	slices.SortFunc(gaps, func(a, b pair) int { return cmp.Compare(math.Abs(b.Gap), math.Abs(a.Gap)) })
	fmt.Println("largest rank-vs-linear gaps (non-linearity / outlier influence):")
	for _, g := range gaps[:4] {
		fmt.Printf("  %-7s ~ %-7s  rho-r=%+.3f\n", g.A, g.B, g.Gap)
	}
	// t statistic for significance of r with n-2 df.
	r := pearson(data[1], data[4])
	n := float64(len(ps))
	fmt.Printf("reviews~sales r=%.3f t=%.3f (df=%.0f)\n", r, r*math.Sqrt((n-2)/(1-r*r)), n-2)
}
