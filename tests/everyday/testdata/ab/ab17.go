package main

import (
	"fmt"
	"sort"
	"strings"
)

type Step struct {
	User  string
	Stage string
	Seq   int // event order within the session log
	Src   string
}

var stages = []string{"visit", "view_product", "add_to_cart", "checkout", "purchase"}

var stageIdx = func() map[string]int {
	m := map[string]int{}
	for i, s := range stages {
		m[s] = i
	}
	return m
}()

// Event log encoded compactly: "user:source:stage,stage,..."
var logLines = []string{
	"a01:ads:visit,view_product,add_to_cart,checkout,purchase",
	"a02:ads:visit,view_product",
	"a03:organic:visit,view_product,add_to_cart",
	"a04:organic:visit",
	"a05:email:visit,view_product,add_to_cart,checkout,purchase",
	"a06:ads:visit,view_product,add_to_cart,checkout",
	"a07:organic:visit,view_product,view_product,add_to_cart,checkout,purchase",
	"a08:email:visit,view_product,add_to_cart",
	"a09:ads:visit",
	"a10:organic:visit,view_product,add_to_cart,checkout,purchase",
	"a11:email:visit,view_product",
	"a12:ads:visit,add_to_cart",
	"a13:organic:visit,view_product,add_to_cart,checkout",
	"a14:email:visit,view_product,add_to_cart,checkout,purchase",
	"a15:ads:visit,view_product,add_to_cart",
	"a16:organic:visit,view_product",
}

func parseLog() []Step {
	var out []Step
	for _, line := range logLines {
		parts := strings.SplitN(line, ":", 3)
		for i, st := range strings.Split(parts[2], ",") {
			out = append(out, Step{parts[0], st, i, parts[1]})
		}
	}
	return out
}

// Funnel counts users reaching each stage *in order* (a stage counts only if all previous were reached).
type Funnel struct {
	Counts []int
}

func BuildFunnel(steps []Step, filter func(Step) bool) Funnel {
	reached := map[string]int{} // user -> highest contiguous stage index reached
	for _, s := range steps {
		if !filter(s) {
			continue
		}
		cur, ok := reached[s.User]
		if !ok {
			cur = -1
		}
		if idx := stageIdx[s.Stage]; idx == cur+1 {
			reached[s.User] = idx
		}
	}
	f := Funnel{Counts: make([]int, len(stages))}
	for _, r := range reached {
		for i := 0; i <= r; i++ {
			f.Counts[i]++
		}
	}
	return f
}

func (f Funnel) Print() {
	top := f.Counts[0]
	for i, c := range f.Counts {
		conv := 100.0
		if i > 0 && f.Counts[i-1] > 0 {
			conv = 100 * float64(c) / float64(f.Counts[i-1])
		}
		overall := 100 * float64(c) / float64(top)
		fmt.Printf("  %-12s %3d  step=%5.1f%%  overall=%5.1f%%  %s\n", stages[i], c, conv, overall,
			strings.Repeat("▇", c))
	}
}

func main() {
	steps := parseLog()
	fmt.Printf("parsed %d events for %d users\n\n", len(steps), len(logLines))
	fmt.Println("overall funnel:")
	BuildFunnel(steps, func(Step) bool { return true }).Print()

	sources := map[string]bool{}
	for _, s := range steps {
		sources[s.Src] = true
	}
	var srcs []string
	for s := range sources {
		srcs = append(srcs, s)
	}
	sort.Strings(srcs)
	for _, src := range srcs {
		fmt.Printf("\nfunnel for source=%s:\n", src)
		BuildFunnel(steps, func(s Step) bool { return s.Src == src }).Print()
	}

	// Biggest drop-off step overall
	f := BuildFunnel(steps, func(Step) bool { return true })
	worst, worstLoss := 0, 0.0
	for i := 1; i < len(f.Counts); i++ {
		loss := 1 - float64(f.Counts[i])/float64(f.Counts[i-1])
		if loss > worstLoss {
			worst, worstLoss = i, loss
		}
	}
	fmt.Printf("\nbiggest drop-off: %s -> %s (%.1f%% lost)\n", stages[worst-1], stages[worst], worstLoss*100)
}
