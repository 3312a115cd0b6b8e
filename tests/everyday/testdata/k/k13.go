package main

import (
	"fmt"
	"math"
	"sort"
	"strings"
)

type Meta struct {
	Name   string
	Unit   string
	Labels map[string]string
}

func (m Meta) ID() string {
	keys := make([]string, 0, len(m.Labels))
	for k := range m.Labels {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var b strings.Builder
	b.WriteString(m.Name)
	if len(keys) > 0 {
		b.WriteByte('{')
		for i, k := range keys {
			if i > 0 {
				b.WriteByte(',')
			}
			fmt.Fprintf(&b, "%s=%q", k, m.Labels[k])
		}
		b.WriteByte('}')
	}
	return b.String()
}

type Metric interface {
	ID() string
	Observe(float64)
	Summary() string
}

type Counter struct {
	Meta
	total float64
}

func (c *Counter) Observe(v float64) {
	if v > 0 {
		c.total += v
	}
}
func (c *Counter) Summary() string { return fmt.Sprintf("total=%g %s", c.total, c.Unit) }

type Gauge struct {
	Meta
	last, min, max float64
	n              int
}

func (g *Gauge) Observe(v float64) {
	if g.n == 0 {
		g.min, g.max = v, v
	}
	g.last, g.n = v, g.n+1
	g.min, g.max = math.Min(g.min, v), math.Max(g.max, v)
}
func (g *Gauge) Summary() string {
	return fmt.Sprintf("last=%g min=%g max=%g %s", g.last, g.min, g.max, g.Unit)
}

// Histogram embeds Gauge to reuse its min/max tracking and adds buckets.
type Histogram struct {
	Gauge
	bounds []float64
	counts []int
}

func (h *Histogram) Observe(v float64) {
	h.Gauge.Observe(v)
	i := sort.SearchFloat64s(h.bounds, v)
	h.counts[i]++
}
func (h *Histogram) Summary() string {
	var parts []string
	for i, c := range h.counts {
		label := "+Inf"
		if i < len(h.bounds) {
			label = fmt.Sprintf("%g", h.bounds[i])
		}
		parts = append(parts, fmt.Sprintf("le%s:%d", label, c))
	}
	return h.Gauge.Summary() + " [" + strings.Join(parts, " ") + "]"
}

func newHistogram(m Meta, bounds ...float64) *Histogram {
	return &Histogram{Gauge: Gauge{Meta: m}, bounds: bounds, counts: make([]int, len(bounds)+1)}
}

func main() {
	reqs := &Counter{Meta: Meta{"http_requests", "req", map[string]string{"svc": "api", "code": "200"}}}
	queue := &Gauge{Meta: Meta{Name: "queue_depth", Unit: "jobs"}}
	lat := newHistogram(Meta{"latency", "ms", map[string]string{"svc": "api"}}, 10, 50, 100, 500)

	registry := []Metric{reqs, queue, lat}

	// Method values bound to specific receivers, used as plain funcs.
	feeds := map[string]func(float64){
		"reqs":  reqs.Observe,
		"queue": queue.Observe,
		"lat":   lat.Observe,
	}
	stream := []struct {
		key string
		v   float64
	}{
		{"reqs", 1}, {"lat", 12}, {"queue", 4}, {"reqs", 1}, {"lat", 48},
		{"queue", 9}, {"lat", 230}, {"reqs", 3}, {"lat", 7}, {"queue", 2},
		{"lat", 1200}, {"reqs", -5}, {"lat", 95}, {"queue", 0},
	}
	for _, s := range stream {
		feeds[s.key](s.v)
	}

	for _, m := range registry {
		fmt.Printf("%-40s %s\n", m.ID(), m.Summary())
	}

	// Promoted fields and method expressions.
	fmt.Println("\nhistogram promoted fields:", lat.Name, lat.Unit, lat.n, lat.min)
	idOf := Meta.ID
	fmt.Println("method expression:", idOf(queue.Meta))
	summarise := (*Histogram).Summary
	fmt.Printf("%T\n", summarise)
	fmt.Printf("%T %T %T\n", registry[0], registry[1], registry[2])
}
