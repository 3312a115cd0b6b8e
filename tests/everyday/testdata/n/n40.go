// Marketing attribution: first-touch, last-touch, linear, and time-decay credit over conversion paths.
package main

import (
	"cmp"
	"fmt"
	"math"
	"os"
	"slices"
	"text/tabwriter"
	"time"
)

type Cents int64

func (c Cents) String() string { return fmt.Sprintf("$%d.%02d", c/100, c%100) }

type Touch struct {
	Channel string
	At      time.Time
}

type Conversion struct {
	User    int
	At      time.Time
	Value   Cents
	Touches []Touch
}

type Model func(c Conversion) map[string]float64

func firstTouch(c Conversion) map[string]float64 { return map[string]float64{c.Touches[0].Channel: 1} }
func lastTouch(c Conversion) map[string]float64 {
	return map[string]float64{c.Touches[len(c.Touches)-1].Channel: 1}
}
func linear(c Conversion) map[string]float64 {
	out := map[string]float64{}
	for _, t := range c.Touches {
		out[t.Channel] += 1 / float64(len(c.Touches))
	}
	return out
}

// timeDecay gives weight 2^(-age/halfLife) relative to the conversion time.
func timeDecay(halfLife time.Duration) Model {
	return func(c Conversion) map[string]float64 {
		out := map[string]float64{}
		total := 0.0
		for _, t := range c.Touches {
			w := math.Exp2(-float64(c.At.Sub(t.At)) / float64(halfLife))
			out[t.Channel] += w
			total += w
		}
		for k := range out {
			out[k] /= total
		}
		return out
	}
}

func main() {
	chans := []string{"display", "email", "paid_search", "social", "direct"}
	base := time.Date(2024, time.August, 1, 12, 0, 0, 0, time.UTC)
	var convs []Conversion
	for u := 0; u < 30; u++ {
		at := base.AddDate(0, 0, u%20).Add(time.Duration(u*37%24) * time.Hour)
		n := 1 + (u*5)%4
		var ts []Touch
		for k := n; k >= 1; k-- {
			ch := chans[(u+k*3)%len(chans)]
			if k == 1 && u%3 == 0 {
				ch = "direct"
			}
			ts = append(ts, Touch{ch, at.Add(-time.Duration(k*k*19+u%5) * time.Hour)})
		}
		convs = append(convs, Conversion{u, at, Cents(2500 + (u*1379)%9000), ts})
	}
	fmt.Printf("conversions=%d example path for user %d:\n", len(convs), convs[3].User)
	for _, t := range convs[3].Touches {
		fmt.Printf("  %-12s %s (%v before conversion)\n", t.Channel, t.At.Format("Jan 02 15:04"), convs[3].At.Sub(t.At))
	}

	models := []struct {
		Name string
		M    Model
	}{{"first", firstTouch}, {"last", lastTouch}, {"linear", linear}, {"decay7d", timeDecay(7 * 24 * time.Hour)}}
	credit := map[string]map[string]float64{} // model -> channel -> cents
	var total Cents
	for _, c := range convs {
		total += c.Value
		for _, m := range models {
			if credit[m.Name] == nil {
				credit[m.Name] = map[string]float64{}
			}
			for ch, share := range m.M(c) {
				credit[m.Name][ch] += share * float64(c.Value)
			}
		}
	}
	sorted := slices.Clone(chans)
	slices.SortFunc(sorted, func(a, b string) int {
		return cmp.Or(cmp.Compare(credit["linear"][b], credit["linear"][a]), cmp.Compare(a, b))
	})
	fmt.Printf("\nattributed revenue (total %v):\n", total)
	w := tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprint(w, "channel\t")
	for _, m := range models {
		fmt.Fprintf(w, "%s\t", m.Name)
	}
	fmt.Fprintln(w, "spread\t")
	for _, ch := range sorted {
		fmt.Fprintf(w, "%s\t", ch)
		lo, hi := math.Inf(1), math.Inf(-1)
		for _, m := range models {
			v := credit[m.Name][ch]
			lo, hi = math.Min(lo, v), math.Max(hi, v)
			fmt.Fprintf(w, "%v\t", Cents(math.Round(v)))
		}
		fmt.Fprintf(w, "%.1f pp\t\n", 100*(hi-lo)/float64(total))
	}
	w.Flush()

	// Check each model distributes exactly the total.
	for _, m := range models {
		s := 0.0
		for _, v := range credit[m.Name] {
			s += v
		}
		fmt.Printf("%-8s sums to %v (ok=%t)\n", m.Name, Cents(math.Round(s)), math.Abs(s-float64(total)) < 0.5)
	}
	var lag time.Duration
	for _, c := range convs {
		lag += c.At.Sub(c.Touches[0].At)
	}
	fmt.Printf("mean first-touch-to-conversion lag: %v\n", (lag / time.Duration(len(convs))).Round(time.Minute))
}
