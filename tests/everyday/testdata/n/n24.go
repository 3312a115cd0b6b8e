// Chi-square test of independence: device type vs. plan choice, with Cramér's V.
package main

import (
	"fmt"
	"math"
	"os"
	"text/tabwriter"
)

// regularized lower incomplete gamma P(a, x) via series / continued fraction.
func gammaP(a, x float64) float64 {
	if x <= 0 {
		return 0
	}
	lg, _ := math.Lgamma(a)
	if x < a+1 {
		sum, term := 1/a, 1/a
		for n := 1; n < 500; n++ {
			term *= x / (a + float64(n))
			sum += term
			if math.Abs(term) < math.Abs(sum)*1e-15 {
				break
			}
		}
		return sum * math.Exp(-x+a*math.Log(x)-lg)
	}
	// Lentz continued fraction for Q.
	b := x + 1 - a
	c := 1 / 1e-300
	d := 1 / b
	h := d
	for i := 1; i < 500; i++ {
		an := -float64(i) * (float64(i) - a)
		b += 2
		d = an*d + b
		if math.Abs(d) < 1e-300 {
			d = 1e-300
		}
		c = b + an/c
		if math.Abs(c) < 1e-300 {
			c = 1e-300
		}
		d = 1 / d
		del := d * c
		h *= del
		if math.Abs(del-1) < 1e-15 {
			break
		}
	}
	return 1 - math.Exp(-x+a*math.Log(x)-lg)*h
}

func chiSqSurvival(x float64, df int) float64 { return 1 - gammaP(float64(df)/2, x/2) }

func main() {
	rows := []string{"desktop", "mobile", "tablet"}
	cols := []string{"free", "basic", "premium"}
	obs := [][]float64{
		{120, 90, 70},
		{210, 95, 35},
		{40, 30, 20},
	}
	rowSum := make([]float64, len(rows))
	colSum := make([]float64, len(cols))
	total := 0.0
	for i := range obs {
		for j, v := range obs[i] {
			rowSum[i] += v
			colSum[j] += v
			total += v
		}
	}
	w := tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(w, "observed (expected)\tfree\tbasic\tpremium\ttotal\t")
	chi := 0.0
	contrib := make([][]float64, len(rows))
	for i, r := range rows {
		fmt.Fprintf(w, "%s\t", r)
		contrib[i] = make([]float64, len(cols))
		for j := range cols {
			e := rowSum[i] * colSum[j] / total
			c := (obs[i][j] - e) * (obs[i][j] - e) / e
			contrib[i][j] = c
			chi += c
			fmt.Fprintf(w, "%.0f (%.1f)\t", obs[i][j], e)
		}
		fmt.Fprintf(w, "%.0f\t\n", rowSum[i])
	}
	fmt.Fprintf(w, "total\t%.0f\t%.0f\t%.0f\t%.0f\t\n", colSum[0], colSum[1], colSum[2], total)
	w.Flush()

	df := (len(rows) - 1) * (len(cols) - 1)
	p := chiSqSurvival(chi, df)
	k := math.Min(float64(len(rows)), float64(len(cols)))
	v := math.Sqrt(chi / (total * (k - 1)))
	fmt.Printf("\nchi2=%.3f df=%d p=%.6f Cramer's V=%.3f\n", chi, df, p, v)
	fmt.Printf("reject independence at 0.05: %t\n", p < 0.05)

	fmt.Println("\nstandardized residuals (obs-exp)/sqrt(exp):")
	for i, r := range rows {
		fmt.Printf("  %-8s", r)
		for j := range cols {
			e := rowSum[i] * colSum[j] / total
			fmt.Printf(" %+6.2f", (obs[i][j]-e)/math.Sqrt(e))
		}
		fmt.Println()
	}
	// Sanity check of the survival function against known critical values.
	fmt.Println("\ncritical value check:")
	for _, c := range []struct {
		x  float64
		df int
	}{{3.841, 1}, {5.991, 2}, {9.488, 4}, {13.277, 4}} {
		fmt.Printf("  P(X>%.3f | df=%d) = %.4f\n", c.x, c.df, chiSqSurvival(c.x, c.df))
	}
}
