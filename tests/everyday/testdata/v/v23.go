package main

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"
)

const payload = `{
  "dataset": "web_metrics",
  "version": 3,
  "generated": "2024-07-01T00:00:00Z",
  "series": [
    {"name": "pageviews", "unit": "count", "points": [[1, 1200], [2, 1350], [3, 990], [4, 1500]]},
    {"name": "bounce", "unit": "ratio", "points": [[1, 0.41], [2, 0.38], [3, 0.45], [4, 0.36]], "tags": {"team": "growth"}},
    {"name": "errors", "points": []}
  ],
  "extra": {"owner": "analytics", "sla_hours": 24, "pii": false}
}`

type Series struct {
	Name   string            `json:"name"`
	Unit   string            `json:"unit,omitempty"`
	Points [][2]float64      `json:"points"`
	Tags   map[string]string `json:"tags,omitempty"`
}

type Dataset struct {
	Dataset   string         `json:"dataset"`
	Version   int            `json:"version"`
	Generated string         `json:"generated"`
	Series    []Series       `json:"series"`
	Extra     map[string]any `json:"extra"`
}

type SeriesSummary struct {
	Name  string   `json:"name"`
	N     int      `json:"n"`
	Mean  *float64 `json:"mean,omitempty"`
	Max   *float64 `json:"max,omitempty"`
	Trend string   `json:"trend"`
}

func main() {
	var ds Dataset
	if err := json.Unmarshal([]byte(payload), &ds); err != nil {
		fmt.Println("unmarshal:", err)
		return
	}
	fmt.Printf("%s v%d with %d series\n", ds.Dataset, ds.Version, len(ds.Series))
	keys := make([]string, 0, len(ds.Extra))
	for k := range ds.Extra {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		fmt.Printf("  extra.%s = %v (%T)\n", k, ds.Extra[k], ds.Extra[k])
	}

	var out []SeriesSummary
	for _, s := range ds.Series {
		sum := SeriesSummary{Name: s.Name, N: len(s.Points), Trend: "flat"}
		if len(s.Points) > 0 {
			var total, mx float64
			for i, p := range s.Points {
				total += p[1]
				if i == 0 || p[1] > mx {
					mx = p[1]
				}
			}
			mean := total / float64(len(s.Points))
			sum.Mean, sum.Max = &mean, &mx
			first, last := s.Points[0][1], s.Points[len(s.Points)-1][1]
			switch {
			case last > first*1.05:
				sum.Trend = "up"
			case last < first*0.95:
				sum.Trend = "down"
			}
		}
		out = append(out, sum)
		fmt.Printf("  %-10s unit=%-6q tags=%v points=%v\n", s.Name, s.Unit, s.Tags, s.Points)
	}

	b, _ := json.MarshalIndent(out, "", "  ")
	fmt.Println(string(b))

	// round trip the whole dataset compactly
	compact, _ := json.Marshal(ds)
	fmt.Println(len(compact), strings.Count(string(compact), "points"))
	fmt.Println(string(compact[:80]))

	// error cases
	var bad Dataset
	err := json.Unmarshal([]byte(`{"version": "three"}`), &bad)
	fmt.Println("err:", err)
	var ute *json.UnmarshalTypeError
	if e, ok := err.(*json.UnmarshalTypeError); ok {
		ute = e
		fmt.Println("field:", ute.Field, "value:", ute.Value)
	}
	err = json.Unmarshal([]byte(`{"series": [1, 2`), &bad)
	fmt.Println("err:", err)
	var anyv any
	_ = json.Unmarshal([]byte(`[1, "two", 3.5, null, {"k": [true]}]`), &anyv)
	fmt.Printf("%v %T\n", anyv, anyv.([]any)[0])
}
