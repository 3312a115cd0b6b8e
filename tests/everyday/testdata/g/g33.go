// Performance review calibration: rating distribution vs target curve with histograms.
package main

import (
	"fmt"
	"math"
	"sort"
	"strings"
)

type Rating int

const (
	Below Rating = iota + 1
	Partially
	Meets
	Exceeds
	Outstanding
)

func (r Rating) String() string {
	return map[Rating]string{
		Below: "Below", Partially: "Partially Meets", Meets: "Meets",
		Exceeds: "Exceeds", Outstanding: "Outstanding",
	}[r]
}

var target = map[Rating]float64{Below: 0.05, Partially: 0.10, Meets: 0.55, Exceeds: 0.22, Outstanding: 0.08}

type Review struct {
	Emp    string
	Team   string
	Rating Rating
}

type Distribution map[Rating]int

func (d Distribution) Total() (n int) {
	for _, v := range d {
		n += v
	}
	return
}

func (d Distribution) Mean() float64 {
	s := 0
	for r, v := range d {
		s += int(r) * v
	}
	return float64(s) / float64(d.Total())
}

func histogram(d Distribution, width int) string {
	var b strings.Builder
	n := d.Total()
	for r := Outstanding; r >= Below; r-- {
		share := float64(d[r]) / float64(n)
		bar := strings.Repeat("█", int(math.Round(share*float64(width))))
		tgt := target[r]
		diff := share - tgt
		mark := ""
		if math.Abs(diff) > 0.05 {
			mark = fmt.Sprintf("  (%+.0fpp vs target)", diff*100)
		}
		fmt.Fprintf(&b, "  %-16v %3d %5.1f%% |%-*s|%s\n", r, d[r], share*100, width, bar, mark)
	}
	return b.String()
}

func main() {
	ratings := []Rating{Meets, Exceeds, Meets, Outstanding, Meets, Partially, Exceeds, Exceeds, Meets, Meets,
		Exceeds, Outstanding, Meets, Below, Meets, Exceeds, Exceeds, Meets, Partially, Meets,
		Outstanding, Exceeds, Meets, Meets, Exceeds, Meets, Meets, Exceeds, Meets, Outstanding}
	teams := []string{"Platform", "Payments", "Growth"}
	var reviews []Review
	for i, r := range ratings {
		reviews = append(reviews, Review{fmt.Sprintf("emp%02d", i+1), teams[i%len(teams)], r})
	}

	overall := Distribution{}
	byTeam := map[string]Distribution{}
	for _, rv := range reviews {
		overall[rv.Rating]++
		if byTeam[rv.Team] == nil {
			byTeam[rv.Team] = Distribution{}
		}
		byTeam[rv.Team][rv.Rating]++
	}

	fmt.Printf("Company (n=%d, mean %.2f)\n", overall.Total(), overall.Mean())
	fmt.Print(histogram(overall, 30))

	names := make([]string, 0, len(byTeam))
	for t := range byTeam {
		names = append(names, t)
	}
	sort.Slice(names, func(i, j int) bool { return byTeam[names[i]].Mean() > byTeam[names[j]].Mean() })
	for _, t := range names {
		d := byTeam[t]
		fmt.Printf("\n%s (n=%d, mean %.2f)\n", t, d.Total(), d.Mean())
		fmt.Print(histogram(d, 20))
	}

	top := overall[Exceeds] + overall[Outstanding]
	allowed := int(math.Floor((target[Exceeds] + target[Outstanding]) * float64(overall.Total())))
	fmt.Printf("\nTop-box ratings: %d, target allows %d", top, allowed)
	if top > allowed {
		fmt.Printf(" -> calibrate down %d\n", top-allowed)
	} else {
		fmt.Println(" -> within guidance")
	}
}
