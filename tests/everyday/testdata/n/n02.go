// Funnel conversion analysis over an in-memory event log.
package main

import (
	"cmp"
	"fmt"
	"os"
	"slices"
	"text/tabwriter"
)

type Step string

const (
	Visit    Step = "visit"
	Signup   Step = "signup"
	AddCart  Step = "add_to_cart"
	Checkout Step = "checkout"
	Purchase Step = "purchase"
)

var funnel = []Step{Visit, Signup, AddCart, Checkout, Purchase}

type Event struct {
	User    int
	Step    Step
	Channel string
	Minute  int
}

func main() {
	channels := []string{"ads", "organic", "email", "referral"}
	var events []Event
	for u := 1; u <= 200; u++ {
		ch := channels[(u*7)%len(channels)]
		depth := (u*31 + len(ch)*3) % 7 // 0..6
		if ch == "email" {
			depth++
		}
		for i, s := range funnel {
			if i > depth {
				break
			}
			events = append(events, Event{u, s, ch, u*3 + i*5})
		}
	}
	// A few out-of-order events: purchase without checkout must not count.
	events = append(events, Event{999, Purchase, "ads", 10}, Event{998, Visit, "ads", 1}, Event{998, Checkout, "ads", 3})

	stepIdx := map[Step]int{}
	for i, s := range funnel {
		stepIdx[s] = i
	}
	// Per user: set of steps reached.
	reached := map[int]map[Step]bool{}
	userCh := map[int]string{}
	for _, e := range events {
		if reached[e.User] == nil {
			reached[e.User] = map[Step]bool{}
		}
		reached[e.User][e.Step] = true
		userCh[e.User] = e.Channel
	}
	// Strict funnel: count user at step i only if reached all steps 0..i.
	depthOf := func(u int) int {
		d := -1
		for i, s := range funnel {
			if !reached[u][s] {
				break
			}
			d = i
		}
		return d
	}
	counts := make([]int, len(funnel))
	byCh := map[string][]int{}
	for u := range reached {
		d := depthOf(u)
		ch := userCh[u]
		if byCh[ch] == nil {
			byCh[ch] = make([]int, len(funnel))
		}
		for i := 0; i <= d; i++ {
			counts[i]++
			byCh[ch][i]++
		}
	}
	fmt.Printf("events=%d users=%d\n\n", len(events), len(reached))
	w := tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintln(w, "step\tusers\tstep_conv\toverall\tdrop")
	for i, s := range funnel {
		stepConv, overall := 1.0, float64(counts[i])/float64(counts[0])
		if i > 0 {
			stepConv = float64(counts[i]) / float64(counts[i-1])
		}
		drop := 0
		if i > 0 {
			drop = counts[i-1] - counts[i]
		}
		fmt.Fprintf(w, "%s\t%d\t%.1f%%\t%.1f%%\t%d\n", s, counts[i], 100*stepConv, 100*overall, drop)
	}
	w.Flush()

	type chRow struct {
		Channel string
		Visits  int
		Buys    int
		Rate    float64
	}
	var rows []chRow
	for ch, c := range byCh {
		rows = append(rows, chRow{ch, c[0], c[len(c)-1], float64(c[len(c)-1]) / float64(c[0])})
	}
	slices.SortFunc(rows, func(a, b chRow) int {
		return cmp.Or(cmp.Compare(b.Rate, a.Rate), cmp.Compare(a.Channel, b.Channel))
	})
	fmt.Println("\nchannel conversion (visit -> purchase):")
	for _, r := range rows {
		fmt.Printf("  %-9s visits=%3d purchases=%3d rate=%6.2f%%\n", r.Channel, r.Visits, r.Buys, 100*r.Rate)
	}
	// Biggest drop-off step.
	worst, worstRate := 0, 2.0
	for i := 1; i < len(funnel); i++ {
		r := float64(counts[i]) / float64(counts[i-1])
		if r < worstRate {
			worst, worstRate = i, r
		}
	}
	fmt.Printf("\nbiggest leak: %s -> %s (%.1f%% continue)\n", funnel[worst-1], funnel[worst], 100*worstRate)
	fmt.Printf("user 999 depth=%d (purchase without prior steps ignored)\n", depthOf(999))
	fmt.Printf("user 998 depth=%d, steps=%v\n", depthOf(998), len(reached[998]))
}
