// One dataset, several exporters behind a common interface (CSV, JSON lines, Markdown, summary).
package main

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"
)

type Shipment struct {
	ID        string     `json:"id"`
	Carrier   string     `json:"carrier"`
	WeightKg  float64    `json:"weight_kg"`
	Shipped   time.Time  `json:"shipped"`
	Delivered *time.Time `json:"delivered,omitempty"`
}

func (s Shipment) Transit() (time.Duration, bool) {
	if s.Delivered == nil {
		return 0, false
	}
	return s.Delivered.Sub(s.Shipped), true
}

type Exporter interface {
	Name() string
	Export(w io.Writer, rows []Shipment) error
}

type CSVExporter struct{ Comma rune }

func (e CSVExporter) Name() string { return fmt.Sprintf("csv(%q)", e.Comma) }

func (e CSVExporter) Export(w io.Writer, rows []Shipment) error {
	cw := csv.NewWriter(w)
	cw.Comma = e.Comma
	cw.Write([]string{"id", "carrier", "weight_kg", "shipped", "transit_hours"})
	for _, r := range rows {
		transit := ""
		if d, ok := r.Transit(); ok {
			transit = strconv.FormatFloat(d.Hours(), 'f', 1, 64)
		}
		cw.Write([]string{r.ID, r.Carrier, strconv.FormatFloat(r.WeightKg, 'f', -1, 64), r.Shipped.Format(time.RFC3339), transit})
	}
	cw.Flush()
	return cw.Error()
}

type JSONLExporter struct{}

func (JSONLExporter) Name() string { return "jsonl" }

func (JSONLExporter) Export(w io.Writer, rows []Shipment) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, r := range rows {
		if err := enc.Encode(r); err != nil {
			return err
		}
	}
	return nil
}

type MarkdownExporter struct{ Title string }

func (m MarkdownExporter) Name() string { return "markdown" }

func (m MarkdownExporter) Export(w io.Writer, rows []Shipment) error {
	fmt.Fprintf(w, "### %s\n\n| ID | Carrier | kg | Shipped | Transit |\n|---|---|--:|---|--:|\n", m.Title)
	for _, r := range rows {
		t := "_in transit_"
		if d, ok := r.Transit(); ok {
			t = d.String()
		}
		fmt.Fprintf(w, "| %s | %s | %.1f | %s | %s |\n", r.ID, r.Carrier, r.WeightKg, r.Shipped.Format("Jan 2 15:04"), t)
	}
	return nil
}

// countingWriter wraps any writer and tracks bytes/lines written.
type countingWriter struct {
	io.Writer
	bytes, lines int
}

func (c *countingWriter) Write(p []byte) (int, error) {
	n, err := c.Writer.Write(p)
	c.bytes += n
	c.lines += bytes.Count(p[:n], []byte{'\n'})
	return n, err
}

func at(s string) time.Time {
	t, _ := time.Parse("2006-01-02 15:04", s)
	return t
}

func ptr(t time.Time) *time.Time { return &t }

func main() {
	rows := []Shipment{
		{"SH-1", "DHL", 2.5, at("2024-07-01 09:00"), ptr(at("2024-07-02 14:30"))},
		{"SH-2", "UPS", 12, at("2024-07-01 11:15"), ptr(at("2024-07-04 10:00"))},
		{"SH-3", "FedEx", 0.75, at("2024-07-02 16:40"), nil},
		{"SH-4", "DHL", 30.2, at("2024-07-03 08:05"), ptr(at("2024-07-03 19:50"))},
		{"SH-5", "Post & Co", 1.1, at("2024-07-03 12:00"), ptr(at("2024-07-08 09:00"))},
	}
	exporters := []Exporter{
		CSVExporter{','},
		CSVExporter{';'},
		JSONLExporter{},
		MarkdownExporter{"Shipments week 27"},
	}
	for _, e := range exporters {
		var sb strings.Builder
		cw := &countingWriter{Writer: &sb}
		if err := e.Export(cw, rows); err != nil {
			fmt.Println("export failed:", err)
			continue
		}
		fmt.Printf("== %s: %d bytes, %d lines (%T)\n%s\n", e.Name(), cw.bytes, cw.lines, e, sb.String())
	}

	var total time.Duration
	n := 0
	for _, r := range rows {
		if d, ok := r.Transit(); ok {
			total += d
			n++
		}
	}
	fmt.Printf("delivered %d/%d, mean transit %v\n", n, len(rows), total/time.Duration(n))
}
