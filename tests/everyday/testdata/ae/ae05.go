package main

import (
	"fmt"
	htmltemplate "html/template"
	"os"
	"strings"
	texttemplate "text/template"
)

type Customer struct {
	First, Last string
	Email       string
	Tier        string
}

func (c Customer) FullName() string { return c.First + " " + c.Last }

type Order struct {
	ID       string
	Customer Customer
	Items    []string
	Tracking string
	Note     string
}

func (o Order) TrackURL() string {
	return "https://track.example.com/pkg?id=" + o.Tracking + "&src=email"
}

const textBody = `To: {{.Customer.FullName}} <{{.Customer.Email}}>
Subject: Your order {{.ID}} has shipped

Hi {{.Customer.First}},

Good news! Your order {{.ID}} is on its way.
{{range $i, $item := .Items}}  {{inc $i}}. {{$item}}
{{end}}
Track it here: {{.TrackURL}}
{{- if eq .Customer.Tier "gold"}}
As a Gold member, shipping was free.{{end}}
{{with .Note}}
Note from us: {{.}}
{{end}}
-- The Shop Team
`

const htmlBody = `<html><body>
<p>Hi {{.Customer.First}},</p>
<p>Your order <b>{{.ID}}</b> is on its way.</p>
<ol>
{{- range .Items}}
  <li>{{.}}</li>
{{- end}}
</ol>
<p><a href="{{.TrackURL}}" title="{{.Customer.FullName}}">Track package</a></p>
{{- with .Note}}
<p class="note">{{.}}</p>
{{- end}}
</body></html>
`

func main() {
	fm := map[string]any{"inc": func(i int) int { return i + 1 }}
	tt := texttemplate.Must(texttemplate.New("text").Funcs(fm).Parse(textBody))
	ht := htmltemplate.Must(htmltemplate.New("html").Parse(htmlBody))

	orders := []Order{
		{
			ID:       "A-1001",
			Customer: Customer{"Jo", "O'Brien", "jo@example.com", "gold"},
			Items:    []string{"Tea kettle", "Mugs <set of 4>", "Sugar & spice"},
			Tracking: "ZX9 81",
			Note:     `Fragile items are "double-boxed".`,
		},
		{
			ID:       "A-1002",
			Customer: Customer{"Sam", "Lee", "sam@example.org", "basic"},
			Items:    []string{"Notebook"},
			Tracking: "QQ12",
		},
	}
	for _, o := range orders {
		var sb strings.Builder
		if err := tt.Execute(&sb, o); err != nil {
			fmt.Println("text error:", err)
			os.Exit(1)
		}
		fmt.Print(sb.String())
		fmt.Println("---- html part ----")
		if err := ht.Execute(os.Stdout, o); err != nil {
			fmt.Println("html error:", err)
			os.Exit(1)
		}
		fmt.Println("====================")
	}
}
