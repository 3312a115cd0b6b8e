// Logistic regression by batch gradient descent for churn prediction, with confusion matrix and AUC.
package main

import (
	"cmp"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
)

type Customer struct {
	Tenure   float64 // months
	Tickets  float64
	UsageHrs float64
	Churned  bool
}

func sigmoid(z float64) float64 { return 1 / (1 + math.Exp(-z)) }

func main() {
	r := rand.New(rand.NewPCG(10, 20))
	var cs []Customer
	for i := 0; i < 300; i++ {
		c := Customer{
			Tenure:   float64(1 + r.IntN(48)),
			Tickets:  float64(r.IntN(8)),
			UsageHrs: math.Max(0, 20+8*r.NormFloat64()),
		}
		z := 0.5 - 0.06*c.Tenure + 0.45*c.Tickets - 0.08*c.UsageHrs
		c.Churned = r.Float64() < sigmoid(z)
		cs = append(cs, c)
	}
	// Standardize features.
	raw := func(c Customer) []float64 { return []float64{c.Tenure, c.Tickets, c.UsageHrs} }
	k := 3
	mu, sd := make([]float64, k), make([]float64, k)
	for _, c := range cs {
		for j, v := range raw(c) {
			mu[j] += v / float64(len(cs))
		}
	}
	for _, c := range cs {
		for j, v := range raw(c) {
			sd[j] += (v - mu[j]) * (v - mu[j]) / float64(len(cs))
		}
	}
	for j := range sd {
		sd[j] = math.Sqrt(sd[j])
	}
	X := make([][]float64, len(cs))
	y := make([]float64, len(cs))
	for i, c := range cs {
		X[i] = []float64{1}
		for j, v := range raw(c) {
			X[i] = append(X[i], (v-mu[j])/sd[j])
		}
		if c.Churned {
			y[i] = 1
		}
	}
	train, test := 220, len(cs)
	w := make([]float64, k+1)
	lr := 0.5
	for epoch := 0; epoch <= 2000; epoch++ {
		grad := make([]float64, len(w))
		loss := 0.0
		for i := 0; i < train; i++ {
			z := 0.0
			for j := range w {
				z += w[j] * X[i][j]
			}
			p := sigmoid(z)
			loss -= y[i]*math.Log(p+1e-12) + (1-y[i])*math.Log(1-p+1e-12)
			for j := range w {
				grad[j] += (p - y[i]) * X[i][j] / float64(train)
			}
		}
		for j := range w {
			w[j] -= lr * grad[j]
		}
		if slices.Contains([]int{0, 5, 20, 50, 100, 300, 2000}, epoch) {
			fmt.Printf("epoch %4d log-loss=%.5f\n", epoch, loss/float64(train))
		}
	}
	names := []string{"intercept", "tenure", "tickets", "usage_hrs"}
	fmt.Println("\ncoefficients (standardized) and odds ratio per 1 sd:")
	for j, n := range names {
		fmt.Printf("  %-10s %+8.4f  OR=%.3f\n", n, w[j], math.Exp(w[j]))
	}

	type scored struct {
		P float64
		Y float64
	}
	var ss []scored
	var tp, fp, tn, fn int
	for i := train; i < test; i++ {
		z := 0.0
		for j := range w {
			z += w[j] * X[i][j]
		}
		p := sigmoid(z)
		ss = append(ss, scored{p, y[i]})
		pred := p >= 0.5
		switch {
		case pred && y[i] == 1:
			tp++
		case pred:
			fp++
		case y[i] == 1:
			fn++
		default:
			tn++
		}
	}
	fmt.Printf("\nholdout n=%d  confusion: TP=%d FP=%d TN=%d FN=%d\n", len(ss), tp, fp, tn, fn)
	acc := float64(tp+tn) / float64(len(ss))
	prec := float64(tp) / math.Max(1, float64(tp+fp))
	rec := float64(tp) / math.Max(1, float64(tp+fn))
	fmt.Printf("accuracy=%.3f precision=%.3f recall=%.3f F1=%.3f\n", acc, prec, rec, 2*prec*rec/math.Max(1e-12, prec+rec))

	// AUC via rank-sum (Mann-Whitney).
	slices.SortFunc(ss, func(a, b scored) int { return cmp.Compare(a.P, b.P) })
	var rankSum, nPos float64
	for i, s := range ss {
		if s.Y == 1 {
			rankSum += float64(i + 1)
			nPos++
		}
	}
	nNeg := float64(len(ss)) - nPos
	auc := (rankSum - nPos*(nPos+1)/2) / (nPos * nNeg)
	fmt.Printf("AUC=%.4f (positives=%.0f negatives=%.0f)\n", auc, nPos, nNeg)
}
