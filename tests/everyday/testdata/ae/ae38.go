package main

import (
	"fmt"
	"os"
	"text/template"
)

type Stock struct {
	Qty     int
	Reorder int
	Vendor  string
}

type Digest struct {
	Warehouse  string
	Categories map[string][]string // category -> SKUs
	Stock      map[string]Stock
	Watch      []string
	Recipients []string
	Top        int
}

const digest = `Inventory digest: {{.Warehouse}}
Recipients: {{len .Recipients}} (first: {{index .Recipients 0}}, last: {{index .Recipients (last .Recipients)}})
{{range $cat, $skus := .Categories}}
[{{$cat}}] {{len $skus}} SKU(s), showing up to {{$.Top}}
{{- range $i, $sku := slice $skus 0 (min $.Top (len $skus))}}
{{- $s := index $.Stock $sku}}
  {{printf "%-8s" $sku}} qty={{printf "%-4d" $s.Qty}}
  {{- if eq $s.Qty 0}} OUT OF STOCK
  {{- else if le $s.Qty $s.Reorder}} low (reorder at {{$s.Reorder}})
  {{- else}} ok{{end}}
  {{- if and (lt $s.Qty $s.Reorder) (ne $s.Vendor "")}} -> order from {{$s.Vendor}}{{end}}
  {{- if not $s.Vendor}} [no vendor on file]{{end}}
{{- end}}
{{- if gt (len $skus) $.Top}}
  ... and {{sub (len $skus) $.Top}} more{{end}}
{{end}}
Watch list:
{{- range .Watch}}
  {{.}}: {{with lookup $.Stock .}}{{.Qty}} on hand{{else}}unknown SKU{{end}}
{{- end}}
Search link: https://erp.example/search?q={{urlquery (print .Warehouse " low stock")}}
{{print "stock entries: " (len .Stock) | printf "%-20s|"}} {{printf "categories: %d" (len .Categories)}}
{{println "done" "." -}}
`

func main() {
	funcs := template.FuncMap{
		"last": func(xs []string) int { return len(xs) - 1 },
		"sub":  func(a, b int) int { return a - b },
		"lookup": func(m map[string]Stock, k string) *Stock {
			if s, ok := m[k]; ok {
				return &s
			}
			return nil
		},
		"min": func(a, b int) int {
			if a < b {
				return a
			}
			return b
		},
	}
	t := template.Must(template.New("digest").Funcs(funcs).Parse(digest))
	d := Digest{
		Warehouse: "Leeds #2",
		Categories: map[string][]string{
			"fasteners": {"FST-001", "FST-002", "FST-010", "FST-011", "FST-020"},
			"adhesives": {"ADH-100", "ADH-101"},
			"tools":     {"TL-7"},
		},
		Stock: map[string]Stock{
			"FST-001": {1200, 300, "Boltco"},
			"FST-002": {90, 300, "Boltco"},
			"FST-010": {0, 50, ""},
			"FST-011": {51, 50, "Boltco"},
			"FST-020": {7, 5, "Boltco"},
			"ADH-100": {12, 12, "GlueWorks"},
			"ADH-101": {3, 10, "GlueWorks"},
			"TL-7":    {4, 2, ""},
		},
		Watch:      []string{"TL-7", "XX-999", "FST-010"},
		Recipients: []string{"ops@example.com", "buyer@example.com", "lead@example.com"},
		Top:        3,
	}
	if err := t.Execute(os.Stdout, d); err != nil {
		fmt.Println("error:", err)
		os.Exit(1)
	}
}
