package main

import (
	"fmt"
	"math"
)

type Sample struct {
	Name string
	Data []float64
}

func (s Sample) N() float64 { return float64(len(s.Data)) }

func (s Sample) Mean() float64 {
	t := 0.0
	for _, x := range s.Data {
		t += x
	}
	return t / s.N()
}

func (s Sample) Var() float64 {
	m := s.Mean()
	t := 0.0
	for _, x := range s.Data {
		t += (x - m) * (x - m)
	}
	return t / (s.N() - 1)
}

// lgamma wrapper ignoring sign (arguments are positive here).
func lgamma(x float64) float64 {
	v, _ := math.Lgamma(x)
	return v
}

// tPDF is the density of Student's t distribution with nu degrees of freedom.
func tPDF(t, nu float64) float64 {
	return math.Exp(lgamma((nu+1)/2)-lgamma(nu/2)) / math.Sqrt(nu*math.Pi) * math.Pow(1+t*t/nu, -(nu+1)/2)
}

// simpson integrates f on [a,b] with n (even) panels.
func simpson(f func(float64) float64, a, b float64, n int) float64 {
	h := (b - a) / float64(n)
	s := f(a) + f(b)
	for i := 1; i < n; i++ {
		w := 2.0
		if i%2 == 1 {
			w = 4
		}
		s += w * f(a+float64(i)*h)
	}
	return s * h / 3
}

// twoSidedP computes P(|T| > |t|) by integrating the density from 0 to |t|.
func twoSidedP(t, nu float64) float64 {
	area := simpson(func(x float64) float64 { return tPDF(x, nu) }, 0, math.Abs(t), 2000)
	return 1 - 2*area
}

type TestResult struct {
	T, DF, P float64
	Label    string
}

func (r TestResult) String() string {
	verdict := "fail to reject H0"
	if r.P < 0.05 {
		verdict = "reject H0 at 5%"
	}
	return fmt.Sprintf("%-22s t=%+8.4f df=%7.3f p=%.5f  => %s", r.Label, r.T, r.DF, r.P, verdict)
}

func Welch(a, b Sample) TestResult {
	va, vb := a.Var()/a.N(), b.Var()/b.N()
	t := (a.Mean() - b.Mean()) / math.Sqrt(va+vb)
	df := (va + vb) * (va + vb) / (va*va/(a.N()-1) + vb*vb/(b.N()-1))
	return TestResult{t, df, twoSidedP(t, df), "Welch " + a.Name + "/" + b.Name}
}

func Pooled(a, b Sample) TestResult {
	df := a.N() + b.N() - 2
	sp := ((a.N()-1)*a.Var() + (b.N()-1)*b.Var()) / df
	t := (a.Mean() - b.Mean()) / math.Sqrt(sp*(1/a.N()+1/b.N()))
	return TestResult{t, df, twoSidedP(t, df), "Student " + a.Name + "/" + b.Name}
}

func Paired(a, b Sample) TestResult {
	d := Sample{Name: "diff"}
	for i := range a.Data {
		d.Data = append(d.Data, a.Data[i]-b.Data[i])
	}
	t := d.Mean() / math.Sqrt(d.Var()/d.N())
	df := d.N() - 1
	return TestResult{t, df, twoSidedP(t, df), "Paired " + a.Name + "-" + b.Name}
}

func cohenD(a, b Sample) float64 {
	sp := math.Sqrt(((a.N()-1)*a.Var() + (b.N()-1)*b.Var()) / (a.N() + b.N() - 2))
	return (a.Mean() - b.Mean()) / sp
}

func main() {
	control := Sample{"control", []float64{12.1, 14.3, 11.8, 13.5, 12.9, 15.0, 13.2, 12.4, 14.1, 13.7}}
	drugA := Sample{"drugA", []float64{14.8, 16.2, 15.1, 13.9, 17.0, 15.5, 16.8, 14.4, 15.9, 16.1}}
	drugB := Sample{"drugB", []float64{12.5, 15.9, 11.2, 16.8, 13.0, 10.9, 17.5, 12.2, 14.6, 13.1, 15.4, 12.8}}

	for _, s := range []Sample{control, drugA, drugB} {
		fmt.Printf("%-8s n=%2.0f mean=%.3f sd=%.3f se=%.3f\n", s.Name, s.N(), s.Mean(), math.Sqrt(s.Var()), math.Sqrt(s.Var()/s.N()))
	}
	fmt.Println()
	fmt.Println(Welch(drugA, control))
	fmt.Println(Pooled(drugA, control))
	fmt.Println(Welch(drugB, control))
	fmt.Println(Pooled(drugB, control))
	fmt.Println(Welch(drugA, drugB))
	fmt.Printf("\nCohen's d: A vs control %.3f, B vs control %.3f\n", cohenD(drugA, control), cohenD(drugB, control))

	before := Sample{"before", []float64{82, 91, 77, 88, 95, 70, 84, 79}}
	after := Sample{"after", []float64{85, 93, 80, 87, 99, 75, 88, 80}}
	fmt.Println()
	fmt.Println(Paired(after, before))
	fmt.Println(Welch(after, before))

	fmt.Println("\nCritical t values (two-sided 5%) found by bisection on the p-value:")
	for _, df := range []float64{2, 5, 10, 30, 100} {
		lo, hi := 0.0, 20.0
		for i := 0; i < 60; i++ {
			mid := (lo + hi) / 2
			if twoSidedP(mid, df) > 0.05 {
				lo = mid
			} else {
				hi = mid
			}
		}
		fmt.Printf("  df=%3.0f  t*=%.4f\n", df, (lo+hi)/2)
	}
}
