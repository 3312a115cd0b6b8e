package main

import (
	"fmt"
	"math"
	"sort"
	"strings"
)

type Patient struct {
	ID     int
	Age    int
	BMI    float64
	SysBP  int
	Smoker bool
}

// Bins describes pd.cut with right-closed intervals and labels.
type Bins struct {
	Edges  []float64
	Labels []string
}

// Cut returns the label for x, or "NaN" if outside all bins: (e[i], e[i+1]].
func (b Bins) Cut(x float64) string {
	for i := 0; i+1 < len(b.Edges); i++ {
		if x > b.Edges[i] && x <= b.Edges[i+1] {
			return b.Labels[i]
		}
	}
	return "NaN"
}

var ageBins = Bins{[]float64{0, 17, 34, 49, 64, 120}, []string{"<18", "18-34", "35-49", "50-64", "65+"}}
var bmiBins = Bins{[]float64{0, 18.5, 25, 30, math.Inf(1)}, []string{"under", "normal", "over", "obese"}}

func genPatients() []Patient {
	var ps []Patient
	for i := 1; i <= 60; i++ {
		age := 12 + (i*37)%75
		bmi := 17.0 + float64((i*53)%190)/10
		bp := 100 + age/2 + int(bmi) - 10 + (i*7)%15
		ps = append(ps, Patient{i, age, bmi, bp, i%4 == 0 || i%9 == 0})
	}
	return ps
}

// qcut assigns quartile labels by rank (pd.qcut(x, 4)).
func qcut(xs []float64, q int) ([]int, []float64) {
	s := append([]float64(nil), xs...)
	sort.Float64s(s)
	edges := make([]float64, q+1)
	for i := 0; i <= q; i++ {
		pos := float64(i) / float64(q) * float64(len(s)-1)
		lo := int(pos)
		if lo == len(s)-1 {
			edges[i] = s[lo]
		} else {
			edges[i] = s[lo] + (pos-float64(lo))*(s[lo+1]-s[lo])
		}
	}
	out := make([]int, len(xs))
	for i, x := range xs {
		out[i] = q - 1
		for k := 1; k <= q; k++ {
			if x <= edges[k] {
				out[i] = k - 1
				break
			}
		}
	}
	return out, edges
}

func main() {
	ps := genPatients()
	type cellKey struct{ age, bmi string }
	counts := map[cellKey]int{}
	bpSum := map[string]float64{}
	bpN := map[string]int{}
	smokers := map[string]int{}
	for _, p := range ps {
		a := ageBins.Cut(float64(p.Age))
		counts[cellKey{a, bmiBins.Cut(p.BMI)}]++
		bpSum[a] += float64(p.SysBP)
		bpN[a]++
		if p.Smoker {
			smokers[a]++
		}
	}

	fmt.Printf("%d patients\n\nage group x BMI category counts:\n", len(ps))
	fmt.Printf("%-7s", "")
	for _, l := range bmiBins.Labels {
		fmt.Printf("%8s", l)
	}
	fmt.Printf("%8s\n", "total")
	for _, a := range ageBins.Labels {
		fmt.Printf("%-7s", a)
		tot := 0
		for _, b := range bmiBins.Labels {
			n := counts[cellKey{a, b}]
			tot += n
			fmt.Printf("%8d", n)
		}
		fmt.Printf("%8d\n", tot)
	}

	fmt.Println("\nper age group:")
	for _, a := range ageBins.Labels {
		if bpN[a] == 0 {
			fmt.Printf("  %-6s n=0\n", a)
			continue
		}
		mean := bpSum[a] / float64(bpN[a])
		fmt.Printf("  %-6s n=%2d mean_sysBP=%6.1f smokers=%4.1f%% %s\n", a, bpN[a], mean,
			100*float64(smokers[a])/float64(bpN[a]), strings.Repeat("|", int(mean-100)/3))
	}

	bps := make([]float64, len(ps))
	for i, p := range ps {
		bps[i] = float64(p.SysBP)
	}
	qs, edges := qcut(bps, 4)
	fmt.Printf("\nsysBP quartile edges: %.1f / %.1f / %.1f / %.1f / %.1f\n", edges[0], edges[1], edges[2], edges[3], edges[4])
	ageByQ := make([]float64, 4)
	nByQ := make([]int, 4)
	for i, p := range ps {
		ageByQ[qs[i]] += float64(p.Age)
		nByQ[qs[i]]++
	}
	for k := 0; k < 4; k++ {
		fmt.Printf("  Q%d n=%2d mean_age=%.1f\n", k+1, nByQ[k], ageByQ[k]/float64(nByQ[k]))
	}
}
