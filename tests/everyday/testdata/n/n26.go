// Welch's t-test comparing session lengths of two app versions, with t-distribution p-values.
package main

import (
	"fmt"
	"math"
	"math/rand/v2"
	"time"
)

// betacf: continued fraction for incomplete beta (Numerical Recipes style).
func betacf(a, b, x float64) float64 {
	const eps, fpmin = 3e-14, 1e-300
	qab, qap, qam := a+b, a+1, a-1
	c, d := 1.0, 1-qab*x/qap
	if math.Abs(d) < fpmin {
		d = fpmin
	}
	d = 1 / d
	h := d
	for m := 1; m <= 300; m++ {
		fm := float64(m)
		m2 := 2 * fm
		aa := fm * (b - fm) * x / ((qam + m2) * (a + m2))
		d = 1 + aa*d
		if math.Abs(d) < fpmin {
			d = fpmin
		}
		c = 1 + aa/c
		if math.Abs(c) < fpmin {
			c = fpmin
		}
		d = 1 / d
		h *= d * c
		aa = -(a + fm) * (qab + fm) * x / ((a + m2) * (qap + m2))
		d = 1 + aa*d
		if math.Abs(d) < fpmin {
			d = fpmin
		}
		c = 1 + aa/c
		if math.Abs(c) < fpmin {
			c = fpmin
		}
		d = 1 / d
		del := d * c
		h *= del
		if math.Abs(del-1) < eps {
			break
		}
	}
	return h
}

func regIncBeta(a, b, x float64) float64 {
	if x <= 0 {
		return 0
	}
	if x >= 1 {
		return 1
	}
	la, _ := math.Lgamma(a + b)
	lb, _ := math.Lgamma(a)
	lc, _ := math.Lgamma(b)
	front := math.Exp(la - lb - lc + a*math.Log(x) + b*math.Log(1-x))
	if x < (a+1)/(a+b+2) {
		return front * betacf(a, b, x) / a
	}
	return 1 - front*betacf(b, a, 1-x)/b
}

// twoSidedP returns P(|T| > |t|) for Student's t with df degrees of freedom.
func twoSidedP(t, df float64) float64 { return regIncBeta(df/2, 0.5, df/(df+t*t)) }

func summarize(xs []time.Duration) (n, mean, variance float64) {
	n = float64(len(xs))
	for _, x := range xs {
		mean += x.Seconds()
	}
	mean /= n
	for _, x := range xs {
		d := x.Seconds() - mean
		variance += d * d
	}
	return n, mean, variance / (n - 1)
}

func main() {
	r := rand.New(rand.NewPCG(77, 88))
	gen := func(n int, mu, sd float64) []time.Duration {
		out := make([]time.Duration, n)
		for i := range out {
			s := max(5, mu+sd*r.NormFloat64())
			out[i] = time.Duration(s * float64(time.Second)).Round(time.Second)
		}
		return out
	}
	v1 := gen(45, 240, 60)
	v2 := gen(38, 275, 95)
	fmt.Printf("v1 first: %v\nv2 first: %v\n", v1[:4], v2[:4])

	n1, m1, s1 := summarize(v1)
	n2, m2, s2 := summarize(v2)
	fmt.Printf("\nv1: n=%.0f mean=%.2fs sd=%.2fs (%v)\n", n1, m1, math.Sqrt(s1), time.Duration(m1*float64(time.Second)).Round(time.Second))
	fmt.Printf("v2: n=%.0f mean=%.2fs sd=%.2fs (%v)\n", n2, m2, math.Sqrt(s2), time.Duration(m2*float64(time.Second)).Round(time.Second))

	se := math.Sqrt(s1/n1 + s2/n2)
	t := (m2 - m1) / se
	df := math.Pow(s1/n1+s2/n2, 2) / (math.Pow(s1/n1, 2)/(n1-1) + math.Pow(s2/n2, 2)/(n2-1))
	p := twoSidedP(t, df)
	fmt.Printf("\nWelch t=%.4f df=%.2f p=%.5f\n", t, df, p)

	// Critical t by bisection for 95% CI.
	lo, hi := 0.0, 20.0
	for i := 0; i < 100; i++ {
		mid := (lo + hi) / 2
		if twoSidedP(mid, df) > 0.05 {
			lo = mid
		} else {
			hi = mid
		}
	}
	tc := (lo + hi) / 2
	fmt.Printf("t_crit(0.975, %.2f)=%.4f\n", df, tc)
	fmt.Printf("diff=%.2fs 95%% CI [%.2f, %.2f]\n", m2-m1, m2-m1-tc*se, m2-m1+tc*se)

	// Pooled (Student) t for comparison.
	sp := ((n1-1)*s1 + (n2-1)*s2) / (n1 + n2 - 2)
	tp := (m2 - m1) / math.Sqrt(sp*(1/n1+1/n2))
	fmt.Printf("Student pooled t=%.4f df=%.0f p=%.5f\n", tp, n1+n2-2, twoSidedP(tp, n1+n2-2))
	cohen := (m2 - m1) / math.Sqrt(sp)
	fmt.Printf("Cohen's d=%.3f variance ratio=%.2f\n", cohen, s2/s1)

	fmt.Println("\nreference p-values:")
	for _, c := range [][2]float64{{2.228, 10}, {2.042, 30}, {1.96, 1e6}} {
		fmt.Printf("  t=%.3f df=%g -> p=%.4f\n", c[0], c[1], twoSidedP(c[0], c[1]))
	}
}
