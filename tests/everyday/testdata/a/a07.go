// Stream NDJSON metrics with json.Decoder, aggregating per host.
package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"sort"
	"strings"
)

const ndjson = `{"host":"web-1","metric":"cpu","value":41.5,"ts":1700000000}
{"host":"web-2","metric":"cpu","value":77.0,"ts":1700000000}
{"host":"web-1","metric":"mem","value":63.2,"ts":1700000000}
{"host":"db-1","metric":"cpu","value":12.25,"ts":1700000000}
{"host":"web-1","metric":"cpu","value":55.5,"ts":1700000060}
{"host":"web-2","metric":"cpu","value":91.0,"ts":1700000060,"tags":{"alert":"true"}}
{"host":"db-1","metric":"mem","value":88.8,"ts":1700000060}
{"host":"web-2","metric":"mem","value":40.1,"ts":1700000060}
{"host":"db-1","metric":"cpu","value":18.75,"ts":1700000120}
{"host":"web-1","metric":"cpu","value":47.0,"ts":1700000120}
{"host":"web-2","metric":"cpu","value":85.5,"ts":1700000120}
`

type Point struct {
	Host   string            `json:"host"`
	Metric string            `json:"metric"`
	Value  float64           `json:"value"`
	TS     int64             `json:"ts"`
	Tags   map[string]string `json:"tags,omitempty"`
}

type Agg struct {
	N                  int
	Sum, Min, Max, SSq float64
}

func (a *Agg) Add(v float64) {
	if a.N == 0 {
		a.Min, a.Max = v, v
	}
	a.N++
	a.Sum += v
	a.SSq += v * v
	a.Min = math.Min(a.Min, v)
	a.Max = math.Max(a.Max, v)
}

func (a Agg) Mean() float64 { return a.Sum / float64(a.N) }

func (a Agg) StdDev() float64 {
	m := a.Mean()
	return math.Sqrt(a.SSq/float64(a.N) - m*m)
}

type key struct{ host, metric string }

func main() {
	dec := json.NewDecoder(strings.NewReader(ndjson))
	dec.DisallowUnknownFields()
	aggs := map[key]*Agg{}
	var alerts []Point
	var first, last int64
	count := 0
	for {
		var p Point
		err := dec.Decode(&p)
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			fmt.Println("decode:", err)
			return
		}
		count++
		if first == 0 || p.TS < first {
			first = p.TS
		}
		last = max(last, p.TS)
		k := key{p.Host, p.Metric}
		if aggs[k] == nil {
			aggs[k] = &Agg{}
		}
		aggs[k].Add(p.Value)
		if p.Tags["alert"] == "true" || p.Value > 85 {
			alerts = append(alerts, p)
		}
	}
	fmt.Printf("decoded %d points covering %d seconds (input offset %d)\n\n",
		count, last-first, dec.InputOffset())

	keys := make([]key, 0, len(aggs))
	for k := range aggs {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if keys[i].host != keys[j].host {
			return keys[i].host < keys[j].host
		}
		return keys[i].metric < keys[j].metric
	})
	fmt.Printf("%-6s %-4s %3s %7s %7s %7s %7s\n", "host", "met", "n", "min", "mean", "max", "stddev")
	for _, k := range keys {
		a := aggs[k]
		fmt.Printf("%-6s %-4s %3d %7.2f %7.2f %7.2f %7.3f\n", k.host, k.metric, a.N, a.Min, a.Mean(), a.Max, a.StdDev())
	}

	fmt.Println("\nAlerts:")
	for _, p := range alerts {
		fmt.Printf("  %+v\n", p)
	}

	// A second decoder shows token-level walking of a JSON array.
	tokDec := json.NewDecoder(strings.NewReader(`{"hosts":["web-1","web-2","db-1"],"limit":85,"enabled":true}`))
	fmt.Println("\nTokens:")
	for {
		tok, err := tokDec.Token()
		if err != nil {
			break
		}
		fmt.Printf("  %T %v\n", tok, tok)
	}
}
