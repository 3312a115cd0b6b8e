package main

import (
	"fmt"
	"os"
	"strings"
	"text/template"
	"time"
)

type Order struct {
	ID       string
	Placed   time.Time
	Items    []Item
	Shipping float64
	Coupon   string
}

type Item struct {
	Name  string
	Qty   int
	Price float64
}

func (o Order) Subtotal() float64 {
	var s float64
	for _, it := range o.Items {
		s += float64(it.Qty) * it.Price
	}
	return s
}

func (o Order) Total() float64 { return o.Subtotal() + o.Shipping }

type Customer struct {
	First, Last string
	Tier        string
	Orders      []Order
}

const emailTmpl = `{{define "item"}}  {{printf "%-22s" .Name}} {{printf "%3d" .Qty}} x {{money .Price}}{{end -}}
Hello {{.First}}{{if eq .Tier "gold"}} (Gold member ★){{end}},
{{with .Orders}}
You placed {{len .}} {{plural (len .) "order" "orders"}} recently:
{{range $i, $o := .}}
#{{inc $i}} {{$o.ID}} on {{date $o.Placed}}
{{- range $o.Items}}
{{template "item" .}}
{{- end}}
  {{"subtotal" | upper | printf "%-28s"}} {{money $o.Subtotal}}
  {{"shipping" | upper | printf "%-28s"}} {{if $o.Shipping}}{{money $o.Shipping}}{{else}}{{printf "%12s" "FREE"}}{{end}}
{{- if $o.Coupon}}
  coupon applied: {{$o.Coupon}}
{{- end}}
  {{"total" | upper | printf "%-28s"}} {{money $o.Total}}
{{end}}
{{- else}}
We miss you! Here's 10% off your next order.
{{end -}}
-- The {{shop}} Team
`

func main() {
	funcs := template.FuncMap{
		"money": func(f float64) string { return fmt.Sprintf("%8.2f EUR", f) },
		"date":  func(t time.Time) string { return t.Format("Mon, 02 Jan 2006") },
		"inc":   func(i int) int { return i + 1 },
		"upper": strings.ToUpper,
		"shop":  func() string { return "Parsewell" },
		"plural": func(n int, one, many string) string {
			if n == 1 {
				return one
			}
			return many
		},
	}
	t := template.Must(template.New("email").Funcs(funcs).Parse(emailTmpl))
	customers := []Customer{
		{"Mia", "Kowalski", "gold", []Order{
			{"A-1001", time.Date(2024, 4, 2, 9, 0, 0, 0, time.UTC), []Item{{"Mechanical keyboard", 1, 89.90}, {"USB-C cable", 3, 7.50}}, 0, "SPRING24"},
			{"A-1007", time.Date(2024, 4, 19, 17, 30, 0, 0, time.UTC), []Item{{"Desk lamp", 1, 34.00}}, 4.95, ""},
		}},
		{"Jonas", "Berg", "basic", nil},
		{"Ana", "Silva", "basic", []Order{
			{"A-1010", time.Date(2024, 5, 1, 12, 0, 0, 0, time.UTC), []Item{{"Notebook (dotted)", 5, 3.20}}, 2.50, ""},
		}},
	}
	for i, c := range customers {
		if i > 0 {
			fmt.Println(strings.Repeat("~", 44))
		}
		if err := t.Execute(os.Stdout, c); err != nil {
			fmt.Println("template error:", err)
		}
	}
	_, err := template.New("bad").Parse("{{.Name")
	fmt.Println("parse error:", err)
}
