package main

import (
	"fmt"
	"os"
	"strings"
	"text/template"
)

type LineItem struct {
	Desc  string
	Qty   int
	Price float64
}

func (l LineItem) Total() float64 { return float64(l.Qty) * l.Price }

type Invoice struct {
	Number   string
	Customer struct {
		Name  string
		Email string
	}
	Items    []LineItem
	Notes    []string
	Paid     bool
	Discount float64
}

func (inv Invoice) Subtotal() float64 {
	s := 0.0
	for _, it := range inv.Items {
		s += it.Total()
	}
	return s
}

const tmpl = `{{define "item"}}{{printf "%-14s" .Desc}} {{printf "%3d" .Qty}} x {{money .Price}} = {{money .Total}}{{end -}}
INVOICE {{.Number | upper}}
Bill to: {{.Customer.Name}}{{with .Customer.Email}} <{{.}}>{{end}}
{{repeat "-" 44}}
{{range $i, $it := .Items}}{{add $i 1}}. {{template "item" $it}}
{{else}}(no items)
{{end}}{{repeat "-" 44}}
Subtotal: {{money .Subtotal}}
{{- if gt .Discount 0.0}}
Discount: {{printf "%.0f%%" (mul .Discount 100)}}
{{- end}}
Status: {{if .Paid}}PAID{{else}}DUE{{end}}
{{- range .Notes}}
 * {{.}}
{{- end}}
`

func main() {
	funcs := template.FuncMap{
		"upper":  strings.ToUpper,
		"repeat": strings.Repeat,
		"money":  func(f float64) string { return fmt.Sprintf("$%8.2f", f) },
		"add":    func(a, b int) int { return a + b },
		"mul":    func(a, b float64) float64 { return a * b },
	}
	t := template.Must(template.New("invoice").Funcs(funcs).Parse(tmpl))

	var inv Invoice
	inv.Number = "inv-2024-001"
	inv.Customer.Name = "Acme Corp"
	inv.Customer.Email = "ap@acme.test"
	inv.Items = []LineItem{{"Consulting", 12, 150}, {"Hosting", 1, 49.99}, {"Support plan", 3, 19.5}}
	inv.Notes = []string{"Net 30", "Thank you!"}
	inv.Discount = 0.1
	if err := t.Execute(os.Stdout, inv); err != nil {
		fmt.Println("exec error:", err)
	}
	fmt.Println("====")

	var empty Invoice
	empty.Number = "inv-0"
	empty.Customer.Name = "Nobody"
	empty.Paid = true
	var sb strings.Builder
	if err := t.Execute(&sb, empty); err != nil {
		fmt.Println("exec error:", err)
	}
	fmt.Print(sb.String())
	fmt.Println("====")

	_, err := template.New("bad").Parse("{{.Name")
	fmt.Println("parse error:", err != nil)
	t2 := template.Must(template.New("x").Parse("{{.Missing}}\n"))
	err = t2.Execute(&sb, inv)
	fmt.Println("exec error:", err)

	m := map[string]int{"b": 2, "a": 1, "c": 3}
	t3 := template.Must(template.New("m").Parse(`{{range $k, $v := .}}{{$k}}={{$v}};{{end}} len={{len .}} b={{index . "b"}}` + "\n"))
	t3.Execute(os.Stdout, m)
	t4 := template.Must(template.New("c").Parse(`{{$x := 5}}{{if and (gt $x 3) (lt $x 10)}}in range{{end}} {{eq "a" "a"}} {{not true}} {{or "" "fallback"}} {{html "<b>"}} {{js "it's"}} {{slice "abcdef" 1 3}}` + "\n"))
	t4.Execute(os.Stdout, nil)
}
