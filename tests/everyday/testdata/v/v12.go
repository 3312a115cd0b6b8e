package main

import (
	"fmt"
	"slices"
	"strings"
)

type Step int

const (
	Visit Step = iota
	Signup
	Activate
	Purchase
	Repeat
)

var stepNames = [...]string{"visit", "signup", "activate", "purchase", "repeat"}

func (s Step) String() string {
	if int(s) < len(stepNames) {
		return stepNames[s]
	}
	return fmt.Sprintf("Step(%d)", int(s))
}

type UserEvent struct {
	User    string
	Step    Step
	Channel string
}

func main() {
	events := []UserEvent{
		{"u1", Visit, "ads"}, {"u1", Signup, "ads"}, {"u1", Activate, "ads"}, {"u1", Purchase, "ads"},
		{"u2", Visit, "seo"}, {"u2", Signup, "seo"},
		{"u3", Visit, "ads"},
		{"u4", Visit, "email"}, {"u4", Signup, "email"}, {"u4", Activate, "email"}, {"u4", Purchase, "email"}, {"u4", Repeat, "email"},
		{"u5", Visit, "seo"}, {"u5", Signup, "seo"}, {"u5", Activate, "seo"},
		{"u6", Visit, "ads"}, {"u6", Signup, "ads"},
		{"u7", Visit, "email"}, {"u7", Signup, "email"}, {"u7", Activate, "email"}, {"u7", Purchase, "email"},
		{"u8", Visit, "seo"},
		{"u9", Visit, "ads"}, {"u9", Signup, "ads"}, {"u9", Activate, "ads"},
		{"u9", Purchase, "ads"}, {"u9", Repeat, "ads"},
		{"u10", Visit, "seo"}, {"u10", Purchase, "seo"}, // skipped steps
	}

	// furthest step reached by each user, only counting contiguous progress
	reached := map[string]map[Step]bool{}
	channel := map[string]string{}
	for _, e := range events {
		if reached[e.User] == nil {
			reached[e.User] = map[Step]bool{}
		}
		reached[e.User][e.Step] = true
		channel[e.User] = e.Channel
	}
	furthest := func(u string) Step {
		s := Visit
		for reached[u][s+1] {
			s++
		}
		return s
	}

	counts := make([]int, len(stepNames))
	byChannel := map[string][]int{}
	for u := range reached {
		f := furthest(u)
		ch := channel[u]
		if byChannel[ch] == nil {
			byChannel[ch] = make([]int, len(stepNames))
		}
		for s := Visit; s <= f; s++ {
			counts[s]++
			byChannel[ch][s]++
		}
	}

	fmt.Println("overall funnel:")
	for s, c := range counts {
		conv := 100.0
		if s > 0 && counts[s-1] > 0 {
			conv = float64(c) / float64(counts[s-1]) * 100
		}
		overall := float64(c) / float64(counts[0]) * 100
		fmt.Printf("  %-9v %3d %-20s step=%5.1f%% overall=%5.1f%%\n", Step(s), c, strings.Repeat("█", c*2), conv, overall)
	}

	chans := make([]string, 0, len(byChannel))
	for ch := range byChannel {
		chans = append(chans, ch)
	}
	slices.Sort(chans)
	fmt.Printf("\n%-8s", "channel")
	for _, n := range stepNames {
		fmt.Printf("%9s", n)
	}
	fmt.Println()
	for _, ch := range chans {
		fmt.Printf("%-8s", ch)
		for _, c := range byChannel[ch] {
			fmt.Printf("%9d", c)
		}
		fmt.Println()
	}

	// biggest drop-off
	worst, worstRate := Step(0), 1.0
	for s := 1; s < len(counts); s++ {
		r := float64(counts[s]) / float64(counts[s-1])
		if r < worstRate {
			worst, worstRate = Step(s), r
		}
	}
	fmt.Printf("\nbiggest drop: %v -> %v (%.0f%% retained)\n", worst-1, worst, worstRate*100)
	fmt.Printf("%v %d %T %q\n", Purchase, Purchase, Purchase, Step(9))
	u10 := furthest("u10")
	fmt.Printf("u10 furthest contiguous step: %v (has purchase: %t)\n", u10, reached["u10"][Purchase])
}
