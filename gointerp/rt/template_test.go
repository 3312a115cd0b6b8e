package rt

import (
	"strings"
	"testing"
	"text/template"
	"time"
)

type tplItem struct {
	Name string
	When time.Time
	Tags map[string]int
}

func (i tplItem) Upper(suffix string) string { return strings.ToUpper(i.Name) + suffix }

// The rewritten trees print what the template package prints on compiled
// values: fields, map keys, methods with and without arguments, chains,
// variables and pipelines.
func TestRewrittenTemplateMatchesTemplate(t *testing.T) {
	src := `{{range $i, $it := .}}{{$i}} {{.Name}} {{$it.When.Year}} {{.Upper "!"}} {{.Tags.a}} {{.Tags.zz}} ` +
		`{{printf "%-5s|" .Name}} {{.Name | len}} {{with .Tags}}{{.a}}{{end}} {{(index $ 0).Name}}` + "\n{{end}}"
	items := []tplItem{{"ab", time.Date(2024, 1, 2, 0, 0, 0, 0, time.UTC), map[string]int{"a": 1}}}
	data := struct{ Items []tplItem }{items}
	run := func(rewrite bool) string {
		tpl := template.Must(template.New("t").Parse(`{{template "body" .Items}}{{define "body"}}` + src + `{{end}}`))
		if rewrite {
			tpl = Templated(tpl, nil)
		}
		var sb strings.Builder
		if err := tpl.Execute(&sb, data); err != nil {
			return "error: " + err.Error()
		}
		return sb.String()
	}
	want, got := run(false), run(true)
	if got != want {
		t.Errorf("rewritten:\n%s\nplain:\n%s", got, want)
	}
	tpl := Templated(template.Must(template.New("x").Parse("{{.Nope}}")), nil)
	err := TemplateError(tpl.Execute(&strings.Builder{}, items[0]))
	if err == nil || err.Error() != `template: x:1:2: executing "x" at <.Nope>: can't evaluate field Nope in type rt.tplItem` {
		t.Errorf("error: %v", err)
	}
}
