// Survey analysis: NPS by segment, Likert crosstab with row percentages, top-2-box scores.
package main

import (
	"fmt"
	"math"
	"os"
	"slices"
	"text/tabwriter"
)

type Likert int

const (
	StronglyDisagree Likert = iota + 1
	Disagree
	Neutral
	Agree
	StronglyAgree
)

func (l Likert) String() string {
	return [...]string{"?", "SD", "D", "N", "A", "SA"}[l]
}

type Response struct {
	ID        int
	Segment   string
	Recommend int // 0..10
	EaseOfUse Likert
	Value     Likert
}

func nps(scores []int) (float64, int, int, int) {
	var pro, pas, det int
	for _, s := range scores {
		switch {
		case s >= 9:
			pro++
		case s >= 7:
			pas++
		default:
			det++
		}
	}
	n := float64(len(scores))
	return 100 * (float64(pro) - float64(det)) / n, pro, pas, det
}

func main() {
	segs := []string{"enterprise", "smb", "startup"}
	var rs []Response
	for i := 0; i < 150; i++ {
		seg := segs[(i*7)%3]
		rec := (i*13 + len(seg)*5 + i/7) % 11
		if seg == "enterprise" && rec < 6 {
			rec += 4
		}
		ease := Likert(1 + (rec+i%3)%5)
		val := Likert(1 + (i*i+rec)%5)
		rs = append(rs, Response{i + 1, seg, rec, ease, val})
	}
	fmt.Printf("responses=%d example=%+v (%v)\n\n", len(rs), rs[0], rs[0].EaseOfUse)

	bySeg := map[string][]int{}
	var all []int
	for _, r := range rs {
		bySeg[r.Segment] = append(bySeg[r.Segment], r.Recommend)
		all = append(all, r.Recommend)
	}
	w := tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(w, "segment\tn\tpromoters\tpassives\tdetractors\tNPS\t±95%\t")
	keys := append(slices.Clone(segs), "ALL")
	for _, k := range keys {
		sc := bySeg[k]
		if k == "ALL" {
			sc = all
		}
		score, pro, pas, det := nps(sc)
		n := float64(len(sc))
		pp, pd := float64(pro)/n, float64(det)/n
		se := math.Sqrt((pp+pd-(pp-pd)*(pp-pd))/n) * 100
		fmt.Fprintf(w, "%s\t%d\t%d\t%d\t%d\t%+.1f\t%.1f\t\n", k, len(sc), pro, pas, det, score, 1.96*se)
	}
	w.Flush()

	// Crosstab of EaseOfUse by segment with row percentages.
	fmt.Println("\nEase of use (row %):")
	ct := map[string]map[Likert]int{}
	for _, r := range rs {
		if ct[r.Segment] == nil {
			ct[r.Segment] = map[Likert]int{}
		}
		ct[r.Segment][r.EaseOfUse]++
	}
	w = tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprint(w, "segment\t")
	for l := StronglyDisagree; l <= StronglyAgree; l++ {
		fmt.Fprintf(w, "%v\t", l)
	}
	fmt.Fprintln(w, "T2B\tmean\t")
	for _, s := range segs {
		total, sum := 0, 0
		for l, c := range ct[s] {
			total += c
			sum += int(l) * c
		}
		fmt.Fprintf(w, "%s\t", s)
		for l := StronglyDisagree; l <= StronglyAgree; l++ {
			fmt.Fprintf(w, "%.0f%%\t", 100*float64(ct[s][l])/float64(total))
		}
		t2b := ct[s][Agree] + ct[s][StronglyAgree]
		fmt.Fprintf(w, "%.1f%%\t%.2f\t\n", 100*float64(t2b)/float64(total), float64(sum)/float64(total))
	}
	w.Flush()

	// Correlation between recommend score and value perception.
	var sx, sy, sxx, syy, sxy float64
	for _, r := range rs {
		x, y := float64(r.Recommend), float64(r.Value)
		sx += x
		sy += y
		sxx += x * x
		syy += y * y
		sxy += x * y
	}
	n := float64(len(rs))
	corr := (n*sxy - sx*sy) / math.Sqrt((n*sxx-sx*sx)*(n*syy-sy*sy))
	fmt.Printf("\ncorr(recommend, value)=%.3f\n", corr)
	dist := make([]int, 11)
	for _, v := range all {
		dist[v]++
	}
	fmt.Printf("recommend distribution 0..10: %v\n", dist)
}
