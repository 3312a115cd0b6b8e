package main

import (
	"fmt"
	"os"
	"strings"
	"text/template"
)

type Block interface {
	Kind() string
}

type Heading struct {
	Level int
	Text  string
}

type Paragraph struct{ Text string }

type BulletList struct {
	Items   []string
	Ordered bool
}

type KeyValues struct {
	Pairs [][2]string
}

type Quote struct {
	Text, Author string
}

func (Heading) Kind() string    { return "heading" }
func (Paragraph) Kind() string  { return "paragraph" }
func (BulletList) Kind() string { return "list" }
func (KeyValues) Kind() string  { return "kv" }
func (Quote) Kind() string      { return "quote" }

func (h Heading) Marks() string { return strings.Repeat("#", h.Level) }

func (kv KeyValues) Width() int {
	w := 0
	for _, p := range kv.Pairs {
		w = max(w, len(p[0]))
	}
	return w
}

const blocks = `
{{- define "heading"}}{{.Marks}} {{.Text}}
{{end}}
{{- define "paragraph"}}{{wrap .Text 60}}
{{end}}
{{- define "list"}}{{range $i, $it := .Items}}{{if $.Ordered}}{{add $i 1}}.{{else}}-{{end}} {{$it}}
{{end}}{{end}}
{{- define "kv"}}{{$w := .Width}}{{range .Pairs}}    {{printf "%-*s : %s" $w (index . 0) (index . 1)}}
{{end}}{{end}}
{{- define "quote"}}> {{.Text}}
> — {{.Author}}
{{end}}
{{- define "doc"}}{{range $i, $b := .}}{{if $i}}
{{end}}{{render $b}}{{end}}{{end}}`

func wrap(s string, width int) string {
	var b strings.Builder
	col := 0
	for _, w := range strings.Fields(s) {
		if col > 0 && col+1+len(w) > width {
			b.WriteString("\n")
			col = 0
		} else if col > 0 {
			b.WriteString(" ")
			col++
		}
		b.WriteString(w)
		col += len(w)
	}
	return b.String()
}

func main() {
	t := template.New("doc")
	counts := map[string]int{}
	t.Funcs(template.FuncMap{
		"wrap": wrap,
		"add":  func(a, b int) int { return a + b },
		"render": func(b Block) (string, error) {
			counts[b.Kind()]++
			var sb strings.Builder
			err := t.ExecuteTemplate(&sb, b.Kind(), b)
			return sb.String(), err
		},
	})
	template.Must(t.Parse(blocks))

	doc := []Block{
		Heading{1, "Post-incident review: checkout outage"},
		Paragraph{"On 12 March the checkout service returned errors for roughly 41 minutes. " +
			"The root cause was an expired TLS certificate on an internal dependency that " +
			"was not covered by automated renewal."},
		Heading{2, "Impact"},
		KeyValues{[][2]string{{"Duration", "41 min"}, {"Failed orders", "1,284"}, {"Revenue at risk", "$52k"}}},
		Heading{2, "Action items"},
		BulletList{Items: []string{"Add certificate expiry alerts", "Inventory internal endpoints", "Run a game day in Q2"}, Ordered: true},
		Heading{2, "Lessons"},
		BulletList{Items: []string{"Automation gaps hide in 'temporary' services", "Alert on symptoms, not only causes"}},
		Quote{"Everything fails, all the time.", "Werner Vogels"},
	}
	if err := t.ExecuteTemplate(os.Stdout, "doc", doc); err != nil {
		fmt.Println("error:", err)
		os.Exit(1)
	}
	fmt.Println()
	fmt.Printf("rendered: heading=%d paragraph=%d list=%d kv=%d quote=%d\n",
		counts["heading"], counts["paragraph"], counts["list"], counts["kv"], counts["quote"])
}
