package main

import (
	"fmt"
	"html/template"
	"os"
	"strings"
)

type Product struct {
	ID       int
	Name     string
	Price    float64
	Tags     []string
	Blurb    template.HTML // trusted, pre-sanitised markup
	Color    string
	Discount int
}

func (p Product) Slug() string {
	return strings.ToLower(strings.Join(strings.Fields(p.Name), "-"))
}

func (p Product) Final() float64 { return p.Price * float64(100-p.Discount) / 100 }

type Page struct {
	Title    string
	Query    string
	Products []Product
}

const page = `<!DOCTYPE html>
<title>{{.Title}}</title>
<p>Results for: <em>{{.Query}}</em></p>
<ul class="products">
{{- range .Products}}
  <li id="p{{.ID}}" style="border-color: {{.Color}}">
    <a href="/p/{{.Slug}}?q={{$.Query}}">{{.Name}}</a>
    {{if .Discount}}<s>{{money .Price}}</s> {{end}}<b>{{money .Final}}</b>
    {{- with .Tags}} <small>{{join . " · "}}</small>{{end}}
    <div>{{.Blurb}}</div>
    <button onclick="addToCart({{.ID}}, {{.Name}})">Add</button>
  </li>
{{- end}}
</ul>
<script>var query = {{.Query}}; var count = {{len .Products}};</script>
`

func main() {
	funcs := template.FuncMap{
		"money": func(f float64) string { return fmt.Sprintf("$%.2f", f) },
		"join":  strings.Join,
	}
	t := template.Must(template.New("page").Funcs(funcs).Parse(page))
	p := Page{
		Title: "Search <results>",
		Query: `tea & "cups"`,
		Products: []Product{
			{1, "Glass Teapot", 24.0, []string{"glass", "1L"}, "<i>Heat-resistant</i> borosilicate", "#3a7", 0},
			{2, "Tom's Mug", 9.5, nil, "Holds 350ml", "red", 20},
			{3, "Cups </script>", 15, []string{"set"}, "Set of <b>six</b>", "expression(alert(1))", 0},
		},
	}
	var sb strings.Builder
	if err := t.Execute(&sb, p); err != nil {
		fmt.Println("error:", err)
		os.Exit(1)
	}
	fmt.Print(sb.String())
	fmt.Printf("<!-- %d bytes -->\n", sb.Len())
}
