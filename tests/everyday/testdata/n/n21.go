// Kaplan-Meier survival curve for subscription churn, with censoring and plan comparison.
package main

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strings"
	"time"
)

type Sub struct {
	ID    int
	Plan  string
	Start time.Time
	End   time.Time // zero if still active
}

type KMPoint struct {
	Day      int
	AtRisk   int
	Events   int
	Survival float64
	SE       float64
}

func kaplanMeier(durs []int, observed []bool) []KMPoint {
	type obs struct {
		d int
		e bool
	}
	os := make([]obs, len(durs))
	for i := range durs {
		os[i] = obs{durs[i], observed[i]}
	}
	slices.SortFunc(os, func(a, b obs) int { return cmp.Compare(a.d, b.d) })
	var out []KMPoint
	s, greenwood := 1.0, 0.0
	atRisk := len(os)
	for i := 0; i < len(os); {
		d := os[i].d
		events, removed := 0, 0
		for i < len(os) && os[i].d == d {
			if os[i].e {
				events++
			}
			removed++
			i++
		}
		if events > 0 {
			s *= 1 - float64(events)/float64(atRisk)
			if atRisk > events {
				greenwood += float64(events) / float64(atRisk*(atRisk-events))
			}
			out = append(out, KMPoint{d, atRisk, events, s, s * math.Sqrt(greenwood)})
		}
		atRisk -= removed
	}
	return out
}

func survivalAt(km []KMPoint, day int) float64 {
	s := 1.0
	for _, p := range km {
		if p.Day > day {
			break
		}
		s = p.Survival
	}
	return s
}

func main() {
	cutoff := time.Date(2024, time.December, 31, 0, 0, 0, 0, time.UTC)
	base := time.Date(2024, time.January, 1, 0, 0, 0, 0, time.UTC)
	var subs []Sub
	for i := 0; i < 40; i++ {
		plan := "monthly"
		if i%3 == 0 {
			plan = "annual"
		}
		start := base.AddDate(0, 0, (i*17)%200)
		var end time.Time
		life := 20 + (i*53)%300
		if plan == "annual" {
			life += 120
		}
		if i%5 != 4 { // every 5th user never churns
			e := start.AddDate(0, 0, life)
			if e.Before(cutoff) {
				end = e
			}
		}
		subs = append(subs, Sub{i + 1, plan, start, end})
	}
	fmt.Printf("example: %+v\n", subs[1])

	for _, plan := range []string{"monthly", "annual", "all"} {
		var durs []int
		var obs []bool
		for _, s := range subs {
			if plan != "all" && s.Plan != plan {
				continue
			}
			end, churned := s.End, true
			if end.IsZero() {
				end, churned = cutoff, false
			}
			durs = append(durs, int(end.Sub(s.Start)/(24*time.Hour)))
			obs = append(obs, churned)
		}
		km := kaplanMeier(durs, obs)
		censored := 0
		for _, o := range obs {
			if !o {
				censored++
			}
		}
		fmt.Printf("\n[%s] n=%d churned=%d censored=%d\n", plan, len(durs), len(durs)-censored, censored)
		if plan == "all" {
			fmt.Println("  day  at_risk  events  S(t)    se")
			for i, p := range km {
				if i%3 == 0 || i == len(km)-1 {
					fmt.Printf("  %3d  %7d  %6d  %.3f  %.3f\n", p.Day, p.AtRisk, p.Events, p.Survival, p.SE)
				}
			}
		}
		for _, d := range []int{30, 90, 180, 365} {
			s := survivalAt(km, d)
			fmt.Printf("  S(%3d)=%.3f %s\n", d, s, strings.Repeat("|", int(s*30)))
		}
		median := -1
		for _, p := range km {
			if p.Survival <= 0.5 {
				median = p.Day
				break
			}
		}
		if median < 0 {
			fmt.Println("  median survival: not reached")
		} else {
			fmt.Printf("  median survival: %d days\n", median)
		}
	}
}
