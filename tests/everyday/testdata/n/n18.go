// Encoding aggregated experiment results as JSON with struct tags and MarshalIndent.
package main

import (
	"encoding/json"
	"fmt"
	"math"
	"slices"
	"time"
)

type Cents int64

func (c Cents) String() string { return fmt.Sprintf("$%.2f", float64(c)/100) }

type Metric struct {
	Name   string  `json:"name"`
	Value  float64 `json:"value"`
	Unit   string  `json:"unit,omitempty"`
	StdErr float64 `json:"std_err,omitempty"`
}

type ArmSummary struct {
	Arm      string   `json:"arm"`
	Users    int      `json:"users"`
	Revenue  Cents    `json:"revenue_cents"`
	Display  string   `json:"revenue_display"`
	Metrics  []Metric `json:"metrics"`
	internal int      // unexported: never encoded
	Debug    string   `json:"-"`
}

type Report struct {
	Experiment string         `json:"experiment"`
	Window     [2]time.Time   `json:"window"`
	Arms       []ArmSummary   `json:"arms"`
	Segments   map[string]int `json:"segments"`
	Notes      []string       `json:"notes,omitempty"`
	Extra      map[string]any `json:"extra"`
}

type purchase struct {
	Arm    string
	User   int
	Amount Cents
	Seg    string
}

func main() {
	var ps []purchase
	segs := []string{"new", "returning", "vip"}
	for i := 0; i < 90; i++ {
		arm := "control"
		if i%2 == 1 {
			arm = "variant"
		}
		amt := Cents(999 + (i*613)%4000)
		if arm == "variant" {
			amt += 150
		}
		ps = append(ps, purchase{arm, i % 37, amt, segs[(i/3)%3]})
	}
	byArm := map[string][]purchase{}
	segCount := map[string]int{}
	for _, p := range ps {
		byArm[p.Arm] = append(byArm[p.Arm], p)
		segCount[p.Seg]++
	}
	rep := Report{
		Experiment: "checkout-button-color",
		Window: [2]time.Time{
			time.Date(2024, 7, 1, 0, 0, 0, 0, time.UTC),
			time.Date(2024, 7, 15, 0, 0, 0, 0, time.UTC),
		},
		Segments: segCount,
		Extra:    map[string]any{"seeded": true, "version": 3, "threshold": 0.05},
	}
	arms := make([]string, 0, len(byArm))
	for a := range byArm {
		arms = append(arms, a)
	}
	slices.Sort(arms)
	for _, a := range arms {
		g := byArm[a]
		users := map[int]bool{}
		var total Cents
		for _, p := range g {
			users[p.User] = true
			total += p.Amount
		}
		mean := float64(total) / float64(len(g)) / 100
		var ss float64
		for _, p := range g {
			d := float64(p.Amount)/100 - mean
			ss += d * d
		}
		se := math.Sqrt(ss/float64(len(g)-1)) / math.Sqrt(float64(len(g)))
		rep.Arms = append(rep.Arms, ArmSummary{
			Arm: a, Users: len(users), Revenue: total, Display: total.String(),
			Metrics: []Metric{
				{Name: "orders", Value: float64(len(g))},
				{Name: "aov", Value: math.Round(mean*100) / 100, Unit: "USD", StdErr: math.Round(se*1000) / 1000},
			},
			internal: len(g), Debug: "not exported to json",
		})
	}
	out, err := json.MarshalIndent(rep, "", "  ")
	if err != nil {
		fmt.Println("error:", err)
		return
	}
	fmt.Println(string(out))

	// Round-trip: decode into generic map and inspect types.
	var back map[string]any
	if err := json.Unmarshal(out, &back); err != nil {
		fmt.Println("error:", err)
		return
	}
	fmt.Printf("decoded top-level keys=%d, arms type=%T, extra.version type=%T\n",
		len(back), back["arms"], back["extra"].(map[string]any)["version"])
}
