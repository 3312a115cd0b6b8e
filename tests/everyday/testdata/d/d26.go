package main

import (
	"encoding/json"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

type Row map[string]any

// Exporter renders rows with a fixed column order.
type Exporter interface {
	Export(cols []string, rows []Row) string
}

type Factory func(cfg map[string]string) (Exporter, error)

var (
	exporters = map[string]Factory{}
	aliases   = map[string]string{}
)

func register(name string, f Factory, alias ...string) {
	exporters[name] = f
	for _, a := range alias {
		aliases[a] = name
	}
}

func New(name string, cfg map[string]string) (Exporter, error) {
	if canonical, ok := aliases[name]; ok {
		name = canonical
	}
	f, ok := exporters[name]
	if !ok {
		return nil, fmt.Errorf("no exporter named %q", name)
	}
	e, err := f(cfg)
	if err != nil {
		return nil, fmt.Errorf("exporter %s: %w", name, err)
	}
	return e, nil
}

func cell(v any) string {
	switch x := v.(type) {
	case nil:
		return ""
	case float64:
		return strconv.FormatFloat(x, 'f', 2, 64)
	case bool:
		if x {
			return "yes"
		}
		return "no"
	default:
		return fmt.Sprint(x)
	}
}

// ---- csv ----
type csvExporter struct{ sep string }

func init() {
	register("csv", func(cfg map[string]string) (Exporter, error) {
		sep := cfg["sep"]
		if sep == "" {
			sep = ","
		}
		if len(sep) != 1 {
			return nil, fmt.Errorf("separator must be one character, got %q", sep)
		}
		return csvExporter{sep}, nil
	}, "tsv-ish")
}

func (c csvExporter) Export(cols []string, rows []Row) string {
	var b strings.Builder
	b.WriteString(strings.Join(cols, c.sep) + "\n")
	for _, r := range rows {
		vals := make([]string, len(cols))
		for i, col := range cols {
			s := cell(r[col])
			if strings.ContainsAny(s, c.sep+"\"") {
				s = `"` + strings.ReplaceAll(s, `"`, `""`) + `"`
			}
			vals[i] = s
		}
		b.WriteString(strings.Join(vals, c.sep) + "\n")
	}
	return b.String()
}

// ---- markdown ----
type mdExporter struct{}

func init() {
	register("markdown", func(map[string]string) (Exporter, error) { return mdExporter{}, nil }, "md")
}

func (mdExporter) Export(cols []string, rows []Row) string {
	var b strings.Builder
	b.WriteString("| " + strings.Join(cols, " | ") + " |\n|")
	b.WriteString(strings.Repeat("---|", len(cols)) + "\n")
	for _, r := range rows {
		b.WriteString("|")
		for _, col := range cols {
			b.WriteString(" " + cell(r[col]) + " |")
		}
		b.WriteString("\n")
	}
	return b.String()
}

// ---- json lines ----
type jsonlExporter struct{ pretty bool }

func init() {
	register("jsonl", func(cfg map[string]string) (Exporter, error) {
		var e jsonlExporter
		if v, ok := cfg["pretty"]; ok {
			p, err := strconv.ParseBool(v)
			if err != nil {
				return nil, err
			}
			e.pretty = p
		}
		return e, nil
	}, "json", "ndjson")
}

func (j jsonlExporter) Export(cols []string, rows []Row) string {
	var b strings.Builder
	for _, r := range rows {
		sub := make(map[string]any, len(cols)) // encoding/json sorts map keys
		for _, c := range cols {
			sub[c] = r[c]
		}
		var out []byte
		if j.pretty {
			out, _ = json.MarshalIndent(sub, "", "  ")
		} else {
			out, _ = json.Marshal(sub)
		}
		b.Write(out)
		b.WriteByte('\n')
	}
	return b.String()
}

func main() {
	names := make([]string, 0, len(exporters))
	for n := range exporters {
		names = append(names, n)
	}
	sort.Strings(names)
	fmt.Println("exporters:", names)

	cols := []string{"sku", "name", "price", "in_stock"}
	rows := []Row{
		{"sku": "A-1", "name": "Widget", "price": 4.5, "in_stock": true},
		{"sku": "B-22", "name": `Gadget, "deluxe"`, "price": 129.0, "in_stock": false},
		{"sku": "C-3", "name": "Gizmo", "price": nil, "in_stock": true},
	}

	requests := []struct {
		name string
		cfg  map[string]string
	}{
		{"csv", nil},
		{"tsv-ish", map[string]string{"sep": ";"}},
		{"md", nil},
		{"ndjson", nil},
		{"json", map[string]string{"pretty": "true"}},
		{"csv", map[string]string{"sep": "::"}},
		{"json", map[string]string{"pretty": "maybe"}},
		{"xml", nil},
	}
	for _, r := range requests {
		e, err := New(r.name, r.cfg)
		fmt.Printf("--- %s %v\n", r.name, r.cfg)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		out := rows
		if r.name == "json" {
			out = rows[:1]
		}
		fmt.Print(e.Export(cols, out))
	}
}
